package eu.inzage.adapters;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a controller may need to find a participant's data (EDPB Guidelines 01/2022 §§58–65: no more
 * than is needed to identify the person). Each has the code a {@code ControllerProfile} lists in
 * {@code identifiers}.
 */
public enum Identifier {
  /** The user name at the controller ({@code accounts.SLUG.username}; TikTok: the handle). */
  USERNAME("username"),
  /** The e-mail address registered with the controller ({@code accounts.SLUG.email}). */
  EMAIL("email"),
  /** The phone number registered with the controller ({@code accounts.SLUG.phone}). */
  PHONE("phone"),
  /** The controller's own account or customer number ({@code accounts.SLUG.userId}). */
  USER_ID("userId"),
  /** The participant's date of birth ({@code birthDate}). */
  BIRTH_DATE("birthDate"),
  /** The participant's postal address ({@code address}). */
  ADDRESS("address");

  private final String code;

  Identifier(String code) {
    this.code = code;
  }

  /** The code in profiles and JSON, e.g. {@code username}. */
  public String code() {
    return code;
  }

  /** The identifier with this code, if there is one. */
  public static Optional<Identifier> fromCode(String code) {
    return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
  }
}
