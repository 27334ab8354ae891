/**
 * Reading controllers' replies to an access request (GDPR Art. 15) safely: {@link
 * eu.inzage.adapters.replies.SafeArchive} walks a ZIP archive as a stream within {@link
 * eu.inzage.adapters.replies.ArchiveLimits} (expanded size, expansion ratio, entry count, nesting)
 * and refuses path traversal and symbolic links, writing nothing to disk; {@link
 * eu.inzage.adapters.replies.TikTokExportReader} reads TikTok's "Download your data" JSON export of
 * either generation with a streaming parser into categories with record counts and date ranges (see
 * {@code docs/replies.md}). Whether a reply answers Art. 15 fully is assessed elsewhere.
 */
package eu.inzage.adapters.replies;
