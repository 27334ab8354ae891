package eu.inzage.adapters.internal.intake;

import java.util.List;

/**
 * Who a message is: its Message-ID (null when missing or malformed), its stable key and its raw
 * header lines.
 *
 * @param malformedId true when a Message-ID header is present but malformed or repeated
 */
record Identity(
    String messageId, String messageKey, boolean malformedId, List<String> headerLines) {
  @Override
  public String toString() {
    return "Identity[" + messageKey + "]";
  }
}
