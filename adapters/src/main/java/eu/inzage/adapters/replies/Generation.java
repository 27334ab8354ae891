package eu.inzage.adapters.replies;

/** The generation of a TikTok "Download your data" JSON export, told by its top-level sections. */
public enum Generation {
  /**
   * The current export ({@code user_data_tiktok.json}): {@code Your Activity}, {@code Likes and
   * Favorites}, {@code Profile And Settings}, {@code Direct Message}, {@code Post}, …
   */
  CURRENT,
  /**
   * The export of 2020 to 2022 ({@code user_data.json}): {@code Activity}, {@code Ads and data},
   * {@code App Settings}, {@code Direct Messages}, {@code Profile}, {@code Video}.
   */
  LEGACY,
  /** Neither: no known section, or as many of one generation as of the other. */
  UNKNOWN
}
