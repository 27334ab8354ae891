package eu.inzage.adapters.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An identification element a controller has confirmed that it needs in a request (the directory's
 * {@code required-elements}).
 *
 * @param description what the element is, as the directory describes it
 * @param type {@code input}, {@code textarea}, {@code email}, {@code address}, {@code name} or
 *     {@code birthdate}
 * @param optional whether the controller accepts a request without it
 */
public record RequiredElement(String description, String type, boolean optional) {

  /** Words of a description that name an account, customer or contract number. */
  private static final Pattern ACCOUNT_NUMBER =
      Pattern.compile(
          "(?iu)\\b(?:no\\.|nr\\.|n°|number|nummer|numéro|numero|id|customer|kunden\\w*|account"
              + "|konto|klant\\w*|client|contract|vertrag\\w*)(?:\\b|$)");

  /**
   * The profile identifier that carries this element into a letter: {@code email}, {@code
   * birthDate} and {@code address} for elements of those types, {@code userId} for free text
   * ({@code input}, {@code textarea}) whose description names an account, customer or contract
   * number; empty for the name (every letter shows it) and for any other free text, which a letter
   * cannot fill in.
   */
  public Optional<String> identifier() {
    return Optional.ofNullable(
        switch (type) {
          case "email" -> "email";
          case "birthdate" -> "birthDate";
          case "address" -> "address";
          case "input", "textarea" ->
              description != null && ACCOUNT_NUMBER.matcher(description).find() ? "userId" : null;
          default -> null;
        });
  }
}
