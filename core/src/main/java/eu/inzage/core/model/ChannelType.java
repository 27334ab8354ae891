package eu.inzage.core.model;

/**
 * The official channels through which a controller receives requests. The deadline runs from the
 * day a request reaches any official channel (EDPB Guidelines 01/2022 §159), so the channel decides
 * the receipt day.
 */
public enum ChannelType {
  /** An e-mail address the controller publishes for data-subject requests. */
  EMAIL,
  /** A web form (TikTok's privacy form). */
  WEB_FORM,
  /** Letter post to the controller's postal address. */
  POST,
  /** A logged-in self-service portal or "download your data" function. */
  PORTAL
}
