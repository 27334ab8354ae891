/**
 * JSON, the interchange format of every model type: one Jackson module ({@link
 * eu.inzage.core.json.InzageJacksonModule}) and a configured, immutable entry point ({@link
 * eu.inzage.core.json.InzageJson}) that turns malformed input into field-level violations.
 */
package eu.inzage.core.json;
