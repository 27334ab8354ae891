package eu.inzage.adapters.replies;

/**
 * The kind of an export: whose format it is and, for TikTok's JSON, which generation. One value per
 * reader outcome, so that an {@link ExportReading} says how it was read.
 */
public enum Generation {
  /**
   * TikTok's current JSON export ({@code user_data_tiktok.json}): {@code Your Activity}, {@code
   * Likes and Favorites}, {@code Profile And Settings}, {@code Direct Message}, {@code Post}, …
   */
  CURRENT,
  /**
   * TikTok's JSON export of 2020 to 2022 ({@code user_data.json}): {@code Activity}, {@code Ads and
   * data}, {@code App Settings}, {@code Direct Messages}, {@code Profile}, {@code Video}.
   */
  LEGACY,
  /** A TikTok JSON export with no known section, or as many of one generation as of the other. */
  UNKNOWN,
  /**
   * TikTok's export in TXT: one {@code .txt} file per category in a folder per section ({@code
   * Activity/Login History.txt}), records as blocks of {@code Key: value} lines.
   */
  TXT,
  /**
   * A Zoom reply: a ZIP of CSV reports, VTT transcripts, TXT chats, JSON metadata and media files
   * ({@link ZoomReplyReader}).
   */
  ZOOM
}
