/**
 * Built-in reference data: the profiles of the three controllers of the SOMI campaign (TikTok,
 * Zoom, Palantir; see {@code docs/controllers.md}) and the 31 supervisory authorities of the EU,
 * the EEA and Switzerland (GDPR Art. 51, see {@code docs/authorities.md}). Both are resource files,
 * loaded once.
 */
package eu.inzage.core.catalog;
