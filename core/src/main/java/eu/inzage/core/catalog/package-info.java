/**
 * Built-in reference data: the profiles of the three controllers of the SOMI campaign (TikTok,
 * Zoom, Palantir; LAW.md §7) and the 31 supervisory authorities of the EU, the EEA and Switzerland
 * (GDPR Art. 51, LAW.md §6). Both are resource files, loaded once.
 */
package eu.inzage.core.catalog;
