package eu.inzage.adapters.channels;

import java.util.Objects;

/**
 * An e-mail address with an optional display name, as checked by {@link EmailSubmission.Builder}:
 * an ASCII address and a display name of plain text (no CR, LF or other control characters). {@link
 * #toString()} shows neither (GDPR Art. 5(1)(f)).
 *
 * @param address the address ({@code privacy@controller.example})
 * @param displayName the display name, or null for none
 */
public record Mailbox(String address, String displayName) {

  /** Checks that the address is present; the builder has checked its content. */
  public Mailbox {
    Objects.requireNonNull(address, "address");
  }

  /** The domain part of the address. */
  public String domain() {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  /** Shows whether a display name is present, never the address or the name. */
  @Override
  public String toString() {
    return "Mailbox[" + (displayName == null ? "address" : "address with display name") + "]";
  }
}
