/**
 * The root of Inzage's API: the error types shared by every module ({@link
 * eu.inzage.core.InzageException} and its subtypes) and the violation codes of input validation.
 */
package eu.inzage.core;
