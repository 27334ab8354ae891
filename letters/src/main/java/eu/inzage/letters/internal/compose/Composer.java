package eu.inzage.letters.internal.compose;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SupervisoryAuthority;
import eu.inzage.letters.LetterEvent;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link LetterInput} into a {@link LetterDocument}: chooses the language, fills the
 * template of the kind with the participant's, controller's and organisation's data, and builds the
 * letter frame (sender, recipient, reference, date, signature). Thread-safe.
 */
public final class Composer {
  private static final String FALLBACK = "en";

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
      Scope scope = scope(input, l, today, authority).flag("bilingual", languages.size() > 1);
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
    Signature signature = signature(input, languages, today, drawn);
    String place = org.address() == null ? null : blankToNull(org.address().city());
    String dated = place == null ? date(labels, today) : place + ", " + date(labels, today);
    LetterDocument document =
        new LetterDocument(
            language,
            org.name(),
            String.join(" \u00b7 ", nonBlank(org.legalForm(), org.website())),
            returnLine(org),
            sender(org, labels),
            recipient,
            List.of(
                new LetterDocument.Field(labels.get("label.reference"), reference),
                new LetterDocument.Field(labels.get("label.date"), dated)),
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
      LetterInput input, Labels labels, LocalDate today, SupervisoryAuthority authority) {
    Participant p = input.participant();
    ControllerProfile c = input.controller();
    Organisation org = input.organisation();
    LetterFacts facts = input.facts();
    Scope scope = Scope.root(labels.language() + "/" + input.kind().id());
    scope
        .put("participant", p.name())
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
        .put("residence", country(p.residence(), labels))
        .put("email", blankToNull(p.email()))
        .put("phone", blankToNull(p.phone()))
        .put("birthDate", date(labels, p.birthDate()))
        .put("address", p.address() == null ? null : oneLine(p.address(), labels))
        .put("representative", c.representative() == null ? null : c.representative().name());
    scope.list("identifiers", identifiers(p, c, labels, scope, false));
    scope.list("accounts", identifiers(p, c, labels, scope, true));
    boolean complaint = input.kind() == LetterKind.COMPLAINT;
    List<Scope> items = new ArrayList<>();
    for (AccessItem item : AccessItem.values()) {
      items.add(item(item, labels, scope, complaint));
    }
    scope.list("items", items);
    List<Scope> missing = new ArrayList<>();
    for (AccessItem item : facts.missing()) {
      missing.add(item(item, labels, scope, complaint));
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
    scope.put("validUntil", date(labels, facts.validUntil()));
    scope.flag("subDelegation", facts.subDelegation() == null || facts.subDelegation());
    scope.flag("signed", facts.signature() != null);
    return scope;
  }

  /**
   * One Art. 15 item; {@code cited} in the language's citation style (complaints), else with the
   * reference as the regulation numbers it.
   */
  private static Scope item(AccessItem item, Labels labels, Scope parent, boolean cited) {
    return parent
        .child()
        .put("name", labels.get("item." + item.name()))
        .put(
            "provision",
            cited
                ? Findings.cite(item.provision(), labels)
                : labels.format("provision", Scope.root("provision").put("ref", item.provision())));
  }

  static List<Scope> identifiers(
      Participant p, ControllerProfile c, Labels labels, Scope parent, boolean accountsOnly) {
    Map<String, String> values = new LinkedHashMap<>();
    Account account = p.accountAt(c.id()).orElse(null);
    if (!accountsOnly) {
      values.put("name", p.name());
      for (String id : c.identifiers()) {
        values.putIfAbsent(id, identifier(id, p, account));
      }
    }
    if (account != null) {
      for (String id : List.of("username", "email", "phone", "userId")) {
        values.putIfAbsent(id, identifier(id, null, account));
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

  private static String identifier(String id, Participant p, Account account) {
    return switch (id) {
      case "username" -> account == null ? null : account.username();
      case "email" -> account != null && account.email() != null ? account.email() : own(p, true);
      case "phone" -> account != null && account.phone() != null ? account.phone() : own(p, false);
      case "userId" -> account == null ? null : account.userId();
      default -> null;
    };
  }

  private static String own(Participant p, boolean email) {
    return p == null ? null : email ? p.email() : p.phone();
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

  private Signature signature(
      LetterInput input, List<String> languages, LocalDate today, SignatureImage drawn) {
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
    String place =
        facts.signedAt() != null && !facts.signedAt().isBlank()
            ? facts.signedAt().strip()
            : p.address() == null ? null : blankToNull(p.address().city());
    if (evidence == null) {
      String line = joined(languages, l -> labels(l).get("signature.line"));
      return new Signature(null, null, line, List.of(p.name()), List.of());
    }
    LocalDate signedOn =
        facts.signedOn() != null
            ? facts.signedOn()
            : evidence.signedAt() != null
                ? LocalDate.ofInstant(evidence.signedAt(), ZoneOffset.UTC)
                : today;
    List<String> audit = new ArrayList<>();
    String how =
        switch (evidence.kind()) {
          case DRAWN -> "signature.drawn";
          case TYPED -> "signature.typed";
          case QUALIFIED -> "signature.qualified";
        };
    audit.add(joined(languages, l -> labels(l).get(how)));
    String placeDate =
        place == null ? date(labels, signedOn) : place + ", " + date(labels, signedOn);
    audit.add(joined(languages, l -> labels(l).get("audit.place")) + ": " + placeDate);
    if (evidence.signedAt() != null) {
      audit.add(
          joined(languages, l -> labels(l).get("audit.time"))
              + ": "
              + AUDIT_TIME.format(evidence.signedAt().atOffset(ZoneOffset.UTC)));
    }
    if (evidence.ipAddress() != null && !evidence.ipAddress().isBlank()) {
      audit.add(joined(languages, l -> labels(l).get("audit.ip")) + ": " + evidence.ipAddress());
    }
    if (evidence.emailVerification() != null && !evidence.emailVerification().isBlank()) {
      audit.add(
          joined(languages, l -> labels(l).get("audit.email"))
              + ": "
              + evidence.emailVerification());
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

  static String returnLine(Organisation org) {
    List<String> parts = new ArrayList<>();
    parts.add(org.name());
    if (org.address() != null) {
      parts.addAll(org.address().lines());
    }
    return String.join(" \u00b7 ", parts);
  }

  List<String> sender(Organisation org, Labels labels) {
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

  private static Locale locale(Labels labels) {
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
