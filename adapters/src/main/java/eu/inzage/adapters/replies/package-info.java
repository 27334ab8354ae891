/**
 * Reading controllers' replies to an access request (GDPR Art. 15) safely: {@link
 * eu.inzage.adapters.replies.SafeArchive} walks a ZIP archive as a stream within {@link
 * eu.inzage.adapters.replies.ArchiveLimits} (expanded size, expansion ratio, entry count, nesting)
 * and refuses path traversal and symbolic links, writing nothing to disk; {@link
 * eu.inzage.adapters.replies.TikTokExportReader} reads TikTok's "Download your data" export (JSON
 * of either generation with a streaming parser, or TXT) and {@link
 * eu.inzage.adapters.replies.ZoomReplyReader} a Zoom reply (CSV, VTT, chat, JSON and media files)
 * into categories with record counts and date ranges; {@link
 * eu.inzage.adapters.replies.ReplyAssessor} assesses a reply against Art. 15 GDPR (see {@code
 * docs/replies.md}).
 */
package eu.inzage.adapters.replies;
