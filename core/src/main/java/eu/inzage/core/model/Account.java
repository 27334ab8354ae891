package eu.inzage.core.model;

import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PhoneNumber;
import eu.inzage.core.validation.constraints.PlainText;

/**
 * How one controller knows a participant: the identifiers it needs to find the person's data (EDPB
 * Guidelines 01/2022 §§58–65: ask only for what is needed to identify the person).
 *
 * @param username the user name at the controller (TikTok: {@code @handle})
 * @param email the e-mail address registered with the controller
 * @param phone the phone number registered with the controller
 * @param userId the controller's own account number, where known
 */
public record Account(
    @PlainText @MaxLength(200) String username,
    @PlainText @MaxLength(254) @EmailAddress String email,
    @PlainText @MaxLength(40) @PhoneNumber String phone,
    @PlainText @MaxLength(200) String userId) {

  @Override
  public String toString() {
    return "Account[<redacted>]";
  }
}
