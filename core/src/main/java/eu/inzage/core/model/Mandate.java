package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.validation.MaxLength;
import eu.inzage.core.internal.validation.ParticipantId;
import eu.inzage.core.internal.validation.PlainText;
import eu.inzage.core.internal.validation.Required;
import eu.inzage.core.internal.validation.SlugKey;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A mandate (Dutch <i>volmacht</i>, Art. 3:60 BW; German §§164 ff. BGB): the participant authorises
 * the organisation to exercise their rights with the named controllers and to receive the answer
 * and the data on their behalf (see {@code docs/law/mandate.md}). Art. 80 GDPR covers only the
 * follow-up (complaint, proceedings, compensation). Holds personal data: {@link #toString()}
 * redacts it.
 *
 * @param id mandate id (the reference printed in annexes)
 * @param principal the participant who grants the mandate
 * @param agent the organisation that receives it
 * @param controllers the controllers the mandate covers (slugs)
 * @param rights the rights it covers: Art. 15 including the copy, optionally Arts. 16–21
 * @param mayReceiveData authority to receive the answer and the data on the principal's behalf
 * @param followUp authorised follow-up (Art. 77 complaint, Arts. 78/79 proceedings, Art. 82)
 * @param subDelegation whether the organisation may sub-delegate (e.g. to a lawyer)
 * @param signedOn date of signature
 * @param signedAt place of signature
 * @param validUntil last day of validity, or null for "until revoked"
 * @param revocation how the principal revokes the mandate
 * @param revokedOn the day the mandate was revoked, or null
 * @param adultDeclared the principal's statement to be at least 18 (a campaign rule, see {@code
 *     docs/law/eligibility.md})
 * @param languages the languages of the mandate text: the participant's, and the controller's
 *     request language (or English) when they differ
 * @param signature the evidence of signature
 * @param textSha256 the SHA-256 (hex) of the signed text
 */
public record Mandate(
    @Required @ParticipantId String id,
    @Required @Valid Participant principal,
    @Required @Valid Organisation agent,
    List<@SlugKey String> controllers,
    Set<Right> rights,
    boolean mayReceiveData,
    Set<FollowUp> followUp,
    boolean subDelegation,
    @Required LocalDate signedOn,
    @PlainText @MaxLength(200) String signedAt,
    LocalDate validUntil,
    @PlainText @MaxLength(1000) String revocation,
    LocalDate revokedOn,
    boolean adultDeclared,
    List<String> languages,
    @Valid SignatureEvidence signature,
    @PlainText @MaxLength(64) String textSha256) {

  /** Makes the collections immutable and ordered. */
  public Mandate {
    controllers = Normalise.list(controllers);
    rights = Normalise.enumSet(rights, Right.class);
    followUp = Normalise.enumSet(followUp, FollowUp.class);
    languages = Normalise.list(languages);
  }

  /**
   * Whether the mandate authorises acting on the given day: signed on or before it, not expired,
   * not revoked on or before it.
   */
  public boolean isInForceOn(LocalDate day) {
    return !day.isBefore(signedOn)
        && (validUntil == null || !day.isAfter(validUntil))
        && (revokedOn == null || day.isBefore(revokedOn));
  }

  /** Whether the mandate covers the given controller. */
  public boolean covers(String controllerId) {
    return controllers.contains(controllerId);
  }

  @Override
  public String toString() {
    return "Mandate[id="
        + id
        + ", principal="
        + (principal == null ? null : principal.id())
        + ", controllers="
        + controllers
        + ", <redacted>]";
  }
}
