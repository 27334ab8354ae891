package eu.inzage.adapters;

import java.util.Objects;

/**
 * One field of a controller's web form, for the operator's checklist: the label the form shows and
 * what goes into it.
 *
 * @param label the field's label as the form shows it
 * @param value what to fill in
 * @param option for a choice ({@link Value#REQUEST_TYPE}), the option to pick; otherwise null
 * @param required whether the form refuses to send without it
 */
public record FormField(String label, Value value, String option, boolean required) {

  /** Checks that the label and the value are present. */
  public FormField {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }

  /** What goes into a field. */
  public enum Value {
    /** The kind of request: pick {@link FormField#option()}. */
    REQUEST_TYPE,
    /** The participant's full name. */
    NAME,
    /** The participant's user name at the controller. */
    USERNAME,
    /** The e-mail address of the participant's account at the controller. */
    ACCOUNT_EMAIL,
    /** The phone number of the participant's account at the controller. */
    PHONE,
    /** The participant's country of residence. */
    COUNTRY,
    /** The organisation's e-mail address, to which the answer is to be sent. */
    REPLY_EMAIL,
    /** The text of the access request (the letter's plain text). */
    REQUEST_TEXT,
    /** The letter and the mandate as PDF files. */
    ATTACHMENTS,
    /** A declaration the operator ticks (acting on the participant's behalf, truthfulness …). */
    CONFIRMATION
  }
}
