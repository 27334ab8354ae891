package eu.inzage.adapters.channels;

import eu.inzage.core.ConfigurationException;

/** The strict-builder rules of this package: each setting once, required ones present. */
final class Settings {
  private Settings() {}

  static <T> T once(T current, T value, String setting) {
    if (current != null) {
      throw new ConfigurationException(setting + " is given twice");
    }
    if (value == null) {
      throw new ConfigurationException(setting + " must not be null");
    }
    return value;
  }

  static void required(Object value, String setting) {
    if (value == null) {
      throw new ConfigurationException(setting + " is required");
    }
  }
}
