package eu.inzage.core;

/**
 * Inzage was configured inconsistently: a builder setting given twice or missing, a template or
 * calendar that cannot be loaded, a key type used where another is needed. A programming or
 * deployment error, not bad input from a participant or a controller.
 */
public class ConfigurationException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** A configuration error described without personal data. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** A configuration error with its cause. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
