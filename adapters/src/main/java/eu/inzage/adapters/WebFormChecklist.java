package eu.inzage.adapters;

import eu.inzage.core.model.Account;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an operator fills into a controller's web form, field by field: the route's {@link
 * FormField}s with the participant's, the organisation's and the letter's values. Only the
 * identifiers recorded for this controller are filled in (Art. 5(1)(c) GDPR); a value that is not
 * known stays null. Holds personal data: {@link #toString()} shows only the number of fields.
 */
public final class WebFormChecklist {
  private static final List<FormField> GENERIC =
      List.of(
          new FormField("Name", FormField.Value.NAME, null, true),
          new FormField("E-mail address for the reply", FormField.Value.REPLY_EMAIL, null, true),
          new FormField("Your request", FormField.Value.REQUEST_TEXT, null, true),
          new FormField("Attachments", FormField.Value.ATTACHMENTS, null, false));

  private final List<Item> items;

  private WebFormChecklist(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /**
   * The checklist for one request.
   *
   * @param controllerId the controller, whose account identifiers are filled in
   * @param route the web form (its fields; a form whose fields are not known gets name, reply
   *     address, request text and attachments)
   * @param participant the participant
   * @param organisation the organisation that submits, to which the answer is to be sent
   * @param requestText the access request's plain text
   * @param attachmentNames the files to attach, in order
   */
  public static WebFormChecklist of(
      String controllerId,
      SubmissionRoute route,
      Participant participant,
      Organisation organisation,
      String requestText,
      List<String> attachmentNames) {
    Objects.requireNonNull(route, "route");
    Account account = participant.accountAt(controllerId).orElse(null);
    List<Item> items = new ArrayList<>();
    for (FormField field : route.formFields().isEmpty() ? GENERIC : route.formFields()) {
      String value =
          switch (field.value()) {
            case REQUEST_TYPE -> field.option();
            case NAME -> participant.name();
            case USERNAME -> account == null ? null : account.username();
            case ACCOUNT_EMAIL -> account == null ? null : account.email();
            case PHONE -> account == null ? null : account.phone();
            case COUNTRY ->
                new Locale.Builder()
                    .setRegion(participant.residence())
                    .build()
                    .getDisplayCountry(Locale.ENGLISH);
            case REPLY_EMAIL -> organisation.email();
            case REQUEST_TEXT -> requestText;
            case ATTACHMENTS -> String.join(", ", attachmentNames);
            case CONFIRMATION ->
                "tick: the organisation acts for the data subject under the attached mandate";
          };
      items.add(new Item(field.label(), value, field.required()));
    }
    return new WebFormChecklist(items);
  }

  /** The fields in the form's order. */
  public List<Item> items() {
    return items;
  }

  /** The number of fields; no values. */
  @Override
  public String toString() {
    return "WebFormChecklist[" + items.size() + " fields]";
  }

  /**
   * One field.
   *
   * @param label the form's field
   * @param value what to fill in, or null when it is not known
   * @param required whether the form needs it
   */
  public record Item(String label, String value, boolean required) {
    /** The label only. */
    @Override
    public String toString() {
      return "Item[" + label + "]";
    }
  }
}
