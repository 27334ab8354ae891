package eu.inzage.adapters.internal.controllers;

import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.Identifier;
import eu.inzage.adapters.IdentifierNeed;
import eu.inzage.adapters.ReplyFormat;
import eu.inzage.adapters.SubmissionRoute;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ContactChannel;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Participant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The one implementation of {@link ControllerAdapter}: a profile and its facts. Immutable. */
public final class ProfileAdapter implements ControllerAdapter {
  /** What every controller can answer with: a letter or an e-mail, with or without files. */
  public static final ReplyFormat LETTER =
      new ReplyFormat(
          "letter",
          "a letter or e-mail, with or without attached files",
          List.of("*.eml", "*.txt", "*.pdf"));

  private final ControllerProfile profile;
  private final Origin origin;
  private final List<IdentifierNeed> identifiers;
  private final List<SubmissionRoute> routes;
  private final boolean needsIdDocument;
  private final List<ReplyFormat> replyFormats;

  private ProfileAdapter(
      ControllerProfile profile,
      Origin origin,
      List<IdentifierNeed> identifiers,
      List<SubmissionRoute> routes,
      boolean needsIdDocument,
      List<ReplyFormat> replyFormats) {
    this.profile = profile;
    this.origin = origin;
    this.identifiers = identifiers;
    this.routes = routes;
    this.needsIdDocument = needsIdDocument;
    this.replyFormats = replyFormats;
  }

  /**
   * An adapter; null lists take the defaults: every identifier of the profile required, the
   * profile's channels as routes (preferred first, no self-service portal), a letter as the reply.
   *
   * @throws InvalidInputException naming {@code identifiers} when the needs and the profile's
   *     identifiers differ, or the profile names an identifier Inzage does not know
   */
  public static ProfileAdapter of(
      ControllerProfile profile,
      Origin origin,
      List<IdentifierNeed> identifiers,
      List<SubmissionRoute> routes,
      boolean needsIdDocument,
      List<ReplyFormat> replyFormats) {
    List<IdentifierNeed> needs = identifiers == null ? defaultNeeds(profile) : identifiers;
    check(profile, needs);
    return new ProfileAdapter(
        profile,
        origin,
        List.copyOf(needs),
        routes == null ? routes(profile) : List.copyOf(routes),
        needsIdDocument,
        replyFormats == null ? List.of(LETTER) : List.copyOf(replyFormats));
  }

  /**
   * Whether the participant supplies an identifier for a controller: account identifiers from the
   * account at that controller only, the date of birth and the address from the participant.
   */
  public static boolean supplied(Identifier identifier, Participant p, String controllerId) {
    Account account = p.accountAt(controllerId).orElse(null);
    return switch (identifier) {
      case BIRTH_DATE -> p.birthDate() != null;
      case ADDRESS -> p.address() != null;
      case USERNAME -> account != null && present(account.username());
      case EMAIL -> account != null && present(account.email());
      case PHONE -> account != null && present(account.phone());
      case USER_ID -> account != null && present(account.userId());
    };
  }

  /**
   * The profile's channels as routes, preferred first: post to the profile's address, e-mail with a
   * copy to the Art. 27 representative's address; a self-service portal is left out.
   */
  public static List<SubmissionRoute> routes(ControllerProfile profile) {
    List<ContactChannel> channels = new ArrayList<>(profile.channels());
    ChannelType preferred = profile.preferredChannel();
    channels.sort((a, b) -> Boolean.compare(b.type() == preferred, a.type() == preferred));
    List<SubmissionRoute> routes = new ArrayList<>();
    String representative =
        profile.representative() == null ? null : profile.representative().email();
    for (ContactChannel c : channels) {
      switch (c.type()) {
        case EMAIL ->
            routes.add(
                new SubmissionRoute(
                    c.type(),
                    c.target(),
                    c.purpose(),
                    null,
                    representative == null ? List.of() : List.of(representative),
                    List.of()));
        case POST ->
            routes.add(
                new SubmissionRoute(
                    c.type(), c.target(), c.purpose(), profile.address(), List.of(), List.of()));
        case WEB_FORM ->
            routes.add(
                new SubmissionRoute(c.type(), c.target(), c.purpose(), null, List.of(), List.of()));
        case PORTAL -> {
          // a self-service download is not a way to make an Art. 15 request
        }
      }
    }
    return List.copyOf(routes);
  }

  /** The plain question for an identifier at a controller, where the adapter has no own words. */
  public static String question(Identifier identifier, String controllerName) {
    String at = controllerName.endsWith(".") ? controllerName : controllerName + ".";
    return switch (identifier) {
      case USERNAME -> "Your user name at " + at;
      case EMAIL -> "The e-mail address of your account at " + at;
      case PHONE -> "The phone number of your account at " + at;
      case USER_ID -> "Your customer or account number at " + at;
      case BIRTH_DATE -> "Your date of birth.";
      case ADDRESS -> "Your postal address.";
    };
  }

  private static List<IdentifierNeed> defaultNeeds(ControllerProfile profile) {
    List<IdentifierNeed> needs = new ArrayList<>();
    for (String code : profile.identifiers()) {
      Identifier identifier = identifier(code);
      needs.add(
          new IdentifierNeed(
              identifier, IdentifierNeed.Need.REQUIRED, question(identifier, profile.legalName())));
    }
    return needs;
  }

  private static Identifier identifier(String code) {
    return Identifier.fromCode(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "identifiers",
                    ViolationCode.INVALID_VALUE,
                    "unknown identifier '"
                        + code
                        + "'; known: username, email, phone, userId, birthDate, address"));
  }

  private static void check(ControllerProfile profile, List<IdentifierNeed> needs) {
    Set<Identifier> declared = new LinkedHashSet<>();
    for (String code : profile.identifiers()) {
      declared.add(identifier(code));
    }
    Set<Identifier> asked = new LinkedHashSet<>();
    for (IdentifierNeed need : needs) {
      if (!asked.add(need.identifier())) {
        throw new InvalidInputException(
            "identifiers",
            ViolationCode.INVALID_VALUE,
            "identifier '" + need.identifier().code() + "' is asked for twice");
      }
    }
    if (!asked.equals(declared)) {
      throw new InvalidInputException(
          "identifiers",
          ViolationCode.INVALID_VALUE,
          "the needs must cover exactly the profile's identifiers "
              + profile.identifiers()
              + ", not "
              + asked.stream().map(Identifier::code).toList());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public ControllerProfile profile() {
    return profile;
  }

  @Override
  public Origin origin() {
    return origin;
  }

  @Override
  public List<IdentifierNeed> identifiers() {
    return identifiers;
  }

  @Override
  public List<SubmissionRoute> routes() {
    return routes;
  }

  @Override
  public boolean needsIdDocument() {
    return needsIdDocument;
  }

  @Override
  public List<ReplyFormat> replyFormats() {
    return replyFormats;
  }

  @Override
  public String toString() {
    return "ControllerAdapter[id=" + profile.id() + ", origin=" + origin + "]";
  }
}
