package eu.inzage.letters.internal.compose;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.FollowUp;
import eu.inzage.core.model.Mandate;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SupervisoryAuthority;
import eu.inzage.letters.LetterEvent;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.RequestFacts;
import eu.inzage.letters.internal.document.Block;
import eu.inzage.letters.internal.document.BodyBuilder;
import eu.inzage.letters.internal.document.LetterDocument;
import eu.inzage.letters.internal.document.Signature;
import eu.inzage.letters.internal.document.SignatureImage;
import eu.inzage.letters.internal.document.TextRenderer;
import eu.inzage.letters.internal.template.Labels;
import eu.inzage.letters.internal.template.Scope;
import eu.inzage.letters.internal.template.Template;
import eu.inzage.letters.internal.template.TemplateStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link LetterInput} into a {@link LetterDocument}: chooses the language, fills the
 * template of the kind with the participant's, controller's and organisation's data, and builds the
 * letter frame (sender, recipient, reference, date, signature). Thread-safe.
 */
public final class Composer {
  private static final String FALLBACK = "en";

  /** The place or day of signature when none was recorded: a line to fill in. */
  private static final String BLANK = "_______________";

  /** The template flag of each answer a complaint describes. */
  static final Map<Findings.Answer, String> ANSWER_FLAGS =
      Map.of(
          Findings.Answer.NONE, "answerNone",
          Findings.Answer.INCOMPLETE, "answerIncomplete",
          Findings.Answer.REFUSED, "answerRefused",
          Findings.Answer.NO_DATA, "answerNoData",
          Findings.Answer.PROCESSOR, "answerProcessor",
          Findings.Answer.UNCLASSIFIED, "answerUnclassified");

  private static final DateTimeFormatter AUDIT_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

  private final TemplateStore store;
  private final SupervisoryAuthorities authorities;
  private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

  /** A composer over the built-in templates. */
  public Composer(SupervisoryAuthorities authorities) {
    this.store = TemplateStore.builtIn();
    this.authorities = authorities;
  }

  /** Whether a template of this id (e.g. {@code cover}) exists in a language. */
  boolean supports(String language, String templateId) {
    return store.supports(language, templateId);
  }

  Template template(String language, String templateId) {
    return store
        .template(language, templateId)
        .orElseThrow(() -> new IllegalStateException("no template " + language + "/" + templateId));
  }

  /** Whether a kind has a template in a language. */
  public boolean supports(String language, LetterKind kind) {
    return store.supports(language, kind.id());
  }

  /** The result of composing: the document and the language decisions taken. */
  public record Composed(
      LetterDocument document,
      String language,
      String requestedLanguage,
      boolean fallback,
      List<String> languages,
      String subject,
      String reference,
      String mandateSha256,
      String recipient) {}

  /** Composes a letter written on {@code today}. */
  public Composed compose(LetterInput input, LocalDate today) {
    return compose(input, today, null);
  }

  /**
   * Composes a letter written on {@code today}; a mandate with a drawn signature shows {@code
   * drawn} when given (decoded beforehand, so that the PNG need not be kept), else the facts' PNG.
   */
  public Composed compose(LetterInput input, LocalDate today, SignatureImage drawn) {
    LetterKind kind = input.kind();
    if (kind == LetterKind.ERASURE) {
      requireErasureInstruction(input.facts(), today);
    }
    String explicit = explicitLanguage(input.language());
    Participant participant = input.participant();
    ControllerProfile controller = input.controller();
    SupervisoryAuthority authority =
        kind == LetterKind.COMPLAINT
            ? authorities.competent(participant.residence(), participant.address(), "participant")
            : null;
    String requested;
    if (explicit != null) {
      requested = explicit;
    } else if (kind == LetterKind.COMPLAINT) {
      requested =
          authority.complaintLanguages().contains(participant.language())
              ? participant.language()
              : authority.complaintLanguage();
    } else if (kind == LetterKind.MANDATE) {
      requested = firstNonNull(participant.language(), controller.requestLanguage(), FALLBACK);
    } else {
      requested = firstNonNull(controller.requestLanguage(), participant.language(), FALLBACK);
    }
    boolean fallback = !supports(requested, kind);
    String language = fallback ? FALLBACK : requested;
    List<String> languages = new ArrayList<>(List.of(language));
    if (kind == LetterKind.MANDATE) {
      String other = firstNonNull(controller.requestLanguage(), FALLBACK);
      if (!supports(other, kind)) {
        other = FALLBACK;
      }
      if (!other.equals(language)) {
        languages.add(other);
      }
    }
    String reference =
        input.reference() != null && !input.reference().isBlank()
            ? input.reference().strip()
            : participant.id() + "/" + controller.id();

    Labels labels = labels(language);
    List<Block> body = new ArrayList<>();
    BodyBuilder primary = null;
    List<String> subjects = new ArrayList<>();
    for (String lang : languages) {
      Labels l = labels(lang);
      Scope scope = scope(input, l, today, authority, languages.size() > 1);
      BodyBuilder builder = new BodyBuilder();
      template(lang, kind).render(scope, builder);
      if (languages.size() > 1) {
        body.add(new Block.Heading(l.get("mandate.version")));
      }
      body.addAll(builder.blocks());
      if (builder.subject() == null) {
        throw new IllegalStateException("template " + lang + "/" + kind.id() + " has no @subject");
      }
      subjects.add(builder.subject());
      if (primary == null) {
        primary = builder;
      }
    }
    String subject = String.join(" / ", subjects);
    String sha256 = null;
    String fingerprint = null;
    if (kind == LetterKind.MANDATE) {
      sha256 = sha256(subject + "\n\n" + TextRenderer.body(body));
      String hash = sha256;
      fingerprint =
          joined(
              languages,
              l -> labels(l).format("mandate.fingerprint", Scope.root(l).put("hash", hash)));
    }
    Organisation org = input.organisation();
    List<String> recipient = recipient(kind, controller, authority, org, labels);
    Signature signature = signature(input, languages, drawn);
    List<LetterDocument.Field> info = new ArrayList<>();
    info.add(new LetterDocument.Field(labels.get("label.reference"), reference));
    if (kind != LetterKind.MANDATE) {
      String place = org.address() == null ? null : blankToNull(org.address().city());
      // a letter whose sending day is recorded is dated that day, not the day it was written
      LocalDate on = input.facts().sentOn() != null ? input.facts().sentOn() : today;
      String dated = place == null ? date(labels, on) : place + ", " + date(labels, on);
      info.add(new LetterDocument.Field(labels.get("label.date"), dated));
    }
    LetterDocument document =
        new LetterDocument(
            language,
            org.name(),
            String.join(" \u00b7 ", nonBlank(org.legalForm(), org.website())),
            returnLine(org),
            sender(org, labels),
            recipient,
            List.copyOf(info),
            subject,
            primary.salutation(),
            body,
            primary.closing(),
            signature,
            fingerprint,
            labels.get("label.enclosures"),
            primary.enclosures(),
            labels.get("label.cc"),
            primary.cc(),
            labels.get("label.page"),
            subject,
            org.name());
    return new Composed(
        document,
        language,
        requested,
        fallback,
        List.copyOf(languages),
        subject,
        reference,
        sha256,
        recipient.isEmpty() ? null : recipient.get(0));
  }

  /**
   * An erasure letter (Art. 17) is sent only on the participant's own dated instruction: the
   * mandate covers erasure only on instruction (see {@code
   * docs/law/access-right.md#article-17-erasure}).
   *
   * @throws InvalidInputException at {@code facts.erasureInstructedOn}: {@code REQUIRED} when not
   *     recorded, {@code INVALID_VALUE} when after the day of the letter
   */
  static void requireErasureInstruction(LetterFacts facts, LocalDate today) {
    LocalDate instructed = facts.erasureInstructedOn();
    if (instructed == null) {
      throw new InvalidInputException(
          "facts.erasureInstructedOn",
          ViolationCode.REQUIRED,
          "an erasure letter needs the date of the participant's signed erasure instruction");
    }
    if (instructed.isAfter(today)) {
      throw new InvalidInputException(
          "facts.erasureInstructedOn",
          ViolationCode.INVALID_VALUE,
          "the erasure instruction cannot be signed after the letter is written");
    }
  }

  /**
   * Refuses a mandate whose day of signature was not recorded: a mandate is dated by its signature
   * only, never by the day it is printed.
   *
   * @throws InvalidInputException at {@code field}, {@code REQUIRED}
   */
  public static void requireSignedOn(LetterFacts facts, String field) {
    if (facts.signedOn() == null) {
      throw new InvalidInputException(
          field, ViolationCode.REQUIRED, "a mandate states the day it was signed");
    }
  }

  private static String joined(
      List<String> languages, java.util.function.Function<String, String> f) {
    List<String> parts = new ArrayList<>();
    for (String lang : languages) {
      parts.add(f.apply(lang));
    }
    return String.join(" / ", parts);
  }

  Template template(String language, LetterKind kind) {
    return store
        .template(language, kind.id())
        .orElseThrow(() -> new IllegalStateException("no template " + language + "/" + kind.id()));
  }

  Labels labels(String language) {
    return store
        .labels(language)
        .orElseThrow(() -> new IllegalStateException("no labels for " + language));
  }

  static String explicitLanguage(String language) {
    if (language == null) {
      return null;
    }
    String lang = language.strip().toLowerCase(Locale.ROOT);
    if (!lang.matches("[a-z]{2,3}")) {
      throw new InvalidInputException(
          "language", ViolationCode.UNKNOWN_LANGUAGE, "expected an ISO 639-1 language code");
    }
    return lang;
  }

  private Scope scope(
      LetterInput input,
      Labels labels,
      LocalDate today,
      SupervisoryAuthority authority,
      boolean bilingual) {
    Participant p = input.participant();
    ControllerProfile c = input.controller();
    Organisation org = input.organisation();
    LetterFacts facts = input.facts();
    Scope scope = Scope.root(labels.language() + "/" + input.kind().id());
    scope
        .flag("bilingual", bilingual)
        .put("participant", p.name())
        .put("ofParticipant", of(p.name()))
        .put("organisation", org.name())
        .put("organisationEmail", blankToNull(org.email()))
        .put("organisationWebsite", blankToNull(org.website()))
        .put("organisationAddress", org.address() == null ? null : oneLine(org.address(), labels))
        .put("legalForm", blankToNull(org.legalForm()))
        .put("registration", blankToNull(org.registration()))
        .put("objectives", blankToNull(org.statutoryObjectives()))
        .put("signatory", blankToNull(org.signatory()))
        .put("controller", c.legalName())
        .put("today", date(labels, today))
        .put("received", date(labels, facts.received()))
        .put("due", date(labels, facts.due()))
        .flag("overdue", facts.due() != null && today.isAfter(facts.due()))
        .flag("electronic", RequestFacts.isElectronic(facts.channel()))
        .put("residence", country(p.residence(), labels))
        .put("inResidence", inCountry(p.residence(), labels))
        .put("email", blankToNull(p.email()))
        .put("phone", blankToNull(p.phone()))
        .put("birthDate", date(labels, p.birthDate()))
        .put("address", p.address() == null ? null : oneLine(p.address(), labels))
        .put("representative", c.representative() == null ? null : c.representative().name());
    scope.list("identifiers", identifiers(p, c, labels, scope, false));
    scope.list("accounts", identifiers(p, c, labels, scope, true));
    List<Scope> items = new ArrayList<>();
    for (AccessItem item : AccessItem.values()) {
      items.add(item(item, labels, scope));
    }
    scope.list("items", items);
    List<Scope> missing = new ArrayList<>();
    for (AccessItem item : facts.missing()) {
      missing.add(item(item, labels, scope));
    }
    scope.list("missing", missing);
    List<Scope> events = new ArrayList<>();
    for (LetterEvent event : facts.events()) {
      if (event == null || event.date() == null) {
        throw new InvalidInputException(
            "events.date", ViolationCode.REQUIRED, "every event needs its date");
      }
      String text = event.text();
      if ((text == null || text.isBlank())
          && event.kind() != null
          && labels.has("event." + event.kind())) {
        text = labels.get("event." + event.kind());
      }
      if (text != null && !text.isBlank()) {
        events.add(scope.child().put("date", date(labels, event.date())).put("text", text.strip()));
      }
    }
    scope.list("events", events);
    if (authority != null) {
      Findings.authority(scope, authority, c, authorities, this, labels);
      Findings.standing(scope, org, labels);
      Findings.Answer answer = Findings.answer(facts);
      for (Findings.Answer a : Findings.Answer.values()) {
        scope.flag(ANSWER_FLAGS.get(a), a == answer);
      }
      scope.put("answeredOn", date(labels, Findings.answeredOn(facts)));
    }
    scope
        .put("submitted", date(labels, facts.submitted()))
        .put("proof", blankToNull(facts.proof()))
        .put("oneMonth", date(labels, facts.oneMonth()))
        .put("extensionNotified", date(labels, facts.extensionNotified()))
        .flag(
            "lateExtension",
            facts.extensionNotified() != null
                && facts.oneMonth() != null
                && facts.extensionNotified().isAfter(facts.oneMonth()))
        .put("processorClaimed", date(labels, facts.processorClaimed()))
        .put("finalDate", date(labels, facts.finalDate()))
        .put("erasureInstructedOn", date(labels, facts.erasureInstructedOn()))
        .put("copyReceived", date(labels, facts.copyReceived()))
        .put("objectionGrounds", withoutFinalStop(facts.objectionGrounds()));
    scope.flag("subDelegation", facts.subDelegation() == null || facts.subDelegation());
    scope.flag("signed", facts.signature() != null);
    if (input.kind() == LetterKind.MANDATE) {
      mandate(scope, input, labels);
    }
    return scope;
  }

  /** French countries named with "au" (masculine) or "aux" (plural), or without article ("à"). */
  private static final Map<String, String> FRENCH_IN =
      Map.of(
          "NL", "aux ", "US", "aux ", "DK", "au ", "LU", "au ", "PT", "au ", "LI", "au ", "GB",
          "au ", "CY", "à ", "MT", "à ");

  /**
   * "In" a country as the letter's language says it: French "aux Pays-Bas", "au Danemark", "en
   * France", "à Chypre" ({@code {inResidence}}); other languages the country's name alone.
   */
  static String inCountry(String code, Labels labels) {
    String name = country(code, labels);
    if (name == null || !"fr".equals(labels.language())) {
      return name;
    }
    return FRENCH_IN.getOrDefault(code, "en ") + name;
  }

  /**
   * French "de" before a name, elided before a vowel or a mute h: "de Zoë", "d'Élodie", "d'Hélène".
   * Used by the French templates only ({@code {ofParticipant}}).
   */
  static String of(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      return "de " + n;
    }
    char first =
        java.text.Normalizer.normalize(n.substring(0, 1), java.text.Normalizer.Form.NFD)
            .toLowerCase(Locale.ROOT)
            .charAt(0);
    return "aeiouyh".indexOf(first) >= 0 ? "d'" + n : "de " + n;
  }

  /**
   * The terms only a mandate states: its last day (the default term when none was signed), the
   * governing law, the follow-up it authorises and the language of the statutory objectives.
   */
  private void mandate(Scope scope, LetterInput input, Labels labels) {
    LetterFacts facts = input.facts();
    Organisation org = input.organisation();
    scope
        .put("signedOn", date(labels, facts.signedOn()))
        .put(
            "validUntil",
            facts.signedOn() == null
                ? date(labels, facts.validUntil())
                : date(labels, Mandate.lastDay(facts.signedOn(), facts.validUntil())))
        .flag("defaultTerm", facts.validUntil() == null);
    GoverningLaw.of(org).into(scope, labels);
    Set<FollowUp> followUp =
        facts.followUp() == null ? EnumSet.allOf(FollowUp.class) : facts.followUp();
    scope
        .flag("followUp", !followUp.isEmpty())
        .flag("complaint", followUp.contains(FollowUp.COMPLAINT))
        .flag("proceedings", followUp.contains(FollowUp.PROCEEDINGS))
        .flag("compensation", followUp.contains(FollowUp.COMPENSATION));
    String written = org.statutoryObjectivesLanguage();
    String note = null;
    if (written != null && !written.equals(labels.language())) {
      String name = Locale.forLanguageTag(written).getDisplayLanguage(locale(labels));
      note = labels.format("mandate.objectivesIn", Scope.root("objectives").put("language", name));
    } else if (written == null && scope.truthy("bilingual")) {
      note = labels.get("mandate.objectivesUntranslated");
    }
    scope.put("objectivesNote", note);
  }

  private static Scope item(AccessItem item, Labels labels, Scope parent) {
    return parent
        .child()
        .put("name", labels.get("item." + item.name()))
        .put("provision", cite(item.provision(), labels));
  }

  private static final java.util.regex.Pattern PROVISION =
      java.util.regex.Pattern.compile("(\\d+)(?:\\((\\d+)\\))?(?:\\(([a-z])\\))?");

  /**
   * A provision of the GDPR cited as lawyers of the letter's language cite it: {@code 15(1)(a)} is
   * "Art. 15(1)(a) GDPR", "art. 15 lid 1 onder a AVG", "Art. 15 Abs. 1 lit. a DSGVO", "article 15,
   * paragraphe 1, point a) du RGPD" (labels {@code cite.article}, {@code cite.paragraph}, {@code
   * cite.point}).
   */
  static String cite(String provision, Labels labels) {
    java.util.regex.Matcher m = PROVISION.matcher(provision);
    if (!m.matches()) {
      return labels.format("provision", Scope.root("provision").put("ref", provision));
    }
    Scope ref =
        Scope.root("cite")
            .put("article", m.group(1))
            .put("paragraph", m.group(2))
            .put("point", m.group(3));
    String key =
        m.group(3) != null ? "cite.point" : m.group(2) != null ? "cite.paragraph" : "cite.article";
    return labels.format(key, ref);
  }

  /**
   * The identifiers a letter shows. For the controller ({@code accountsOnly} false): the name and
   * the identifiers its profile needs ({@link ControllerProfile#identifiers()}), each taken from
   * the participant's account at that controller only, so that no controller learns contact details
   * it does not already hold (data minimisation, Art. 5(1)(c) GDPR): a missing account identifier
   * is left out, never replaced by the participant's own e-mail address or phone number. For the
   * mandate ({@code accountsOnly} true): every identifier of the account. A profile that needs the
   * date of birth ({@code birthDate}) gets the participant's.
   */
  List<Scope> identifiers(
      Participant p, ControllerProfile c, Labels labels, Scope parent, boolean accountsOnly) {
    Map<String, String> values = new LinkedHashMap<>();
    Account account = p.accountAt(c.id()).orElse(null);
    if (!accountsOnly) {
      values.put("name", p.name());
      for (String id : c.identifiers()) {
        values.putIfAbsent(id, participantValue(id, p, account, labels));
      }
    } else if (account != null) {
      for (String id : List.of("username", "email", "phone", "userId")) {
        values.putIfAbsent(id, identifier(id, account));
      }
    }
    List<Scope> list = new ArrayList<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        continue;
      }
      String key = "identifier." + e.getKey();
      String label = labels.has(key) ? labels.get(key) : e.getKey();
      list.add(parent.child().put("label", label).put("value", e.getValue().strip()));
    }
    return list;
  }

  /**
   * The value of one identifier a profile needs: the date of birth ({@code birthDate}) and the
   * postal address ({@code address}) are the participant's own, shown only to a controller whose
   * profile asks for them; every other identifier comes from the account at that controller.
   */
  private String participantValue(String id, Participant p, Account account, Labels labels) {
    return switch (id) {
      case "birthDate" -> date(labels, p.birthDate());
      case "address" -> p.address() == null ? null : oneLine(p.address(), labels);
      default -> identifier(id, account);
    };
  }

  private static String identifier(String id, Account account) {
    if (account == null) {
      return null;
    }
    return switch (id) {
      case "username" -> account.username();
      case "email" -> account.email();
      case "phone" -> account.phone();
      case "userId" -> account.userId();
      default -> null;
    };
  }

  List<String> recipient(
      LetterKind kind,
      ControllerProfile controller,
      SupervisoryAuthority authority,
      Organisation org,
      Labels labels) {
    String home = org.address() == null ? null : org.address().country();
    List<String> lines = new ArrayList<>();
    if (kind == LetterKind.MANDATE) {
      return lines;
    }
    if (authority != null) {
      lines.add(authority.name());
      if (authority.postalAddress() != null) {
        for (String part : authority.postalAddress().split(",\\s*", -1)) {
          if (!part.isBlank()) {
            lines.add(part.strip());
          }
        }
      }
      if (!authority.country().equals(home)) {
        lines.add(country(authority.country(), labels).toUpperCase(locale(labels)));
      }
      return lines;
    }
    lines.add(controller.legalName());
    lines.add(labels.get("label.attention"));
    Address address = controller.address();
    if (address != null) {
      lines.addAll(address.lines());
      if (address.country() != null && !address.country().equals(home)) {
        lines.add(country(address.country(), labels).toUpperCase(locale(labels)));
      }
    }
    return lines;
  }

  private Signature signature(LetterInput input, List<String> languages, SignatureImage drawn) {
    Labels labels = labels(languages.get(0));
    if (input.kind() != LetterKind.MANDATE) {
      Organisation org = input.organisation();
      List<String> lines = new ArrayList<>();
      if (org.signatory() != null && !org.signatory().isBlank()) {
        lines.add(org.signatory().strip());
      }
      lines.add(org.name());
      return new Signature(null, null, null, lines, List.of());
    }
    Participant p = input.participant();
    LetterFacts facts = input.facts();
    SignatureEvidence evidence = facts.signature();
    // the place only as recorded: a line to fill in otherwise, never the participant's home town
    String place = facts.signedAt() != null ? blankToNull(facts.signedAt()) : null;
    String placeDate =
        (place == null ? BLANK : place)
            + ", "
            + (facts.signedOn() == null ? BLANK : date(labels, facts.signedOn()));
    String colon = labels.get("colon");
    String placeLine = joined(languages, l -> labels(l).get("audit.place")) + colon + placeDate;
    if (evidence == null) {
      String line = joined(languages, l -> labels(l).get("signature.line"));
      return new Signature(null, null, line, List.of(p.name()), List.of(placeLine));
    }
    // the IP address and the e-mail verification stay in the organisation's evidence (Art.
    // 5(1)(c) GDPR): the controller needs to see that and when the participant signed, not how
    // the organisation checked it
    List<String> audit = new ArrayList<>();
    String how =
        switch (evidence.kind()) {
          case DRAWN -> "signature.drawn";
          case TYPED -> "signature.typed";
          case QUALIFIED -> "signature.qualified";
        };
    audit.add(joined(languages, l -> labels(l).get(how)));
    audit.add(placeLine);
    if (evidence.signedAt() != null) {
      audit.add(
          joined(languages, l -> labels(l).get("audit.time"))
              + colon
              + AUDIT_TIME.format(evidence.signedAt().atOffset(ZoneOffset.UTC)));
    }
    SignatureImage image =
        evidence.kind() != eu.inzage.core.model.SignatureKind.DRAWN
            ? null
            : drawn != null ? drawn : image(evidence);
    String typed = image == null ? firstNonNull(blankToNull(evidence.typedName()), p.name()) : null;
    return new Signature(image, typed, null, List.of(p.name()), audit);
  }

  /**
   * The drawn signature of the evidence, decoded and scaled for the page.
   *
   * @throws InvalidInputException at {@code facts.signature.imagePng} when it is missing, not
   *     base64, not a PNG within the limits of {@link SignatureImage}, or does not decode
   */
  public static SignatureImage image(SignatureEvidence evidence) {
    String field = "facts.signature.imagePng";
    if (evidence.imagePng() == null) {
      throw new InvalidInputException(
          field, ViolationCode.REQUIRED, "a drawn signature needs its image");
    }
    SignatureImage.Problem problem = SignatureImage.problem(evidence.imagePng());
    if (problem != null) {
      throw new InvalidInputException(field, problem.code(), problem.message());
    }
    return SignatureImage.decode(evidence.imageBytes(), field);
  }

  /**
   * A document in the letter frame of {@code org} without closing or signature, enclosures or
   * copies: the collective cover letters and the post bundle's address sheet.
   */
  static LetterDocument unsigned(
      Labels labels,
      Organisation org,
      List<String> recipient,
      List<LetterDocument.Field> info,
      String subject,
      String salutation,
      List<Block> body,
      String title) {
    return new LetterDocument(
        labels.language(),
        org.name(),
        String.join(" \u00b7 ", nonBlank(org.legalForm(), org.website())),
        returnLine(org),
        sender(org, labels),
        recipient,
        info,
        subject,
        salutation,
        body,
        null,
        null,
        null,
        labels.get("label.enclosures"),
        List.of(),
        labels.get("label.cc"),
        List.of(),
        labels.get("label.page"),
        title,
        org.name());
  }

  static String returnLine(Organisation org) {
    List<String> parts = new ArrayList<>();
    parts.add(org.name());
    if (org.address() != null) {
      parts.addAll(org.address().lines());
    }
    return String.join(" \u00b7 ", parts);
  }

  static List<String> sender(Organisation org, Labels labels) {
    List<String> lines = new ArrayList<>();
    if (org.address() != null) {
      lines.addAll(org.address().lines());
      if (org.address().country() != null) {
        lines.add(country(org.address().country(), labels));
      }
    }
    if (org.email() != null && !org.email().isBlank()) {
      lines.add(labels.get("label.email") + " " + org.email());
    }
    if (org.website() != null && !org.website().isBlank()) {
      lines.add(org.website());
    }
    if (org.registration() != null && !org.registration().isBlank()) {
      lines.add(labels.get("label.registration") + " " + org.registration());
    }
    return lines;
  }

  String oneLine(Address address, Labels labels) {
    List<String> parts = new ArrayList<>(address.lines());
    if (address.country() != null) {
      parts.add(country(address.country(), labels));
    }
    return String.join(", ", parts);
  }

  static Locale locale(Labels labels) {
    return Locale.forLanguageTag(labels.language());
  }

  static String country(String code, Labels labels) {
    if (code == null) {
      return null;
    }
    String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale(labels));
    return name == null || name.isBlank() ? code : name;
  }

  String date(Labels labels, LocalDate date) {
    if (date == null) {
      return null;
    }
    DateTimeFormatter format =
        dateFormats.computeIfAbsent(
            labels.language(),
            lang -> DateTimeFormatter.ofPattern(labels.get("date.pattern"), locale(labels)));
    return format.format(date);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> nonBlank(String... values) {
    List<String> list = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        list.add(v.strip());
      }
    }
    return list;
  }

  /** The text without its final full stops (the template ends the sentence), or null if blank. */
  static String withoutFinalStop(String value) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '.') {
      end--;
    }
    return blankToNull(text.substring(0, end));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
