package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.KeepAsideReason;
import eu.inzage.adapters.intake.MatchRule;
import eu.inzage.adapters.intake.RequestLookup;
import eu.inzage.core.validation.Identifiers;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The matching rules, tried in the order of {@link MatchRule}; the first that decides wins. */
final class ReferenceMatcher {
  private final RequestLookup lookup;
  private final String localPrefix;
  private final String domain;
  private final Pattern inText;

  /**
   * The rules for one intake.
   *
   * @param localPart the lower-case local part before {@code +REF}
   * @param domain the lower-case domain of per-request addresses, or null for any
   * @param referencePattern how a reference looks in a subject or body
   */
  ReferenceMatcher(
      RequestLookup lookup, String localPart, String domain, Pattern referencePattern) {
    this.lookup = lookup;
    this.localPrefix = localPart + "+";
    this.domain = domain;
    this.inText =
        Pattern.compile(
            "(?<![A-Za-z0-9_-])(" + referencePattern.pattern() + ")(?![A-Za-z0-9_-])",
            referencePattern.flags());
  }

  /** The outcome of matching: a reference and its rule, or the reason it was kept aside. */
  record Outcome(String reference, MatchRule rule, KeepAsideReason reason, String detail) {
    static Outcome matched(String reference, MatchRule rule) {
      return new Outcome(reference, rule, null, null);
    }

    static Outcome aside(KeepAsideReason reason, String detail) {
      return new Outcome(null, null, reason, detail);
    }

    boolean isMatch() {
      return reference != null;
    }
  }

  Outcome match(Inspection inspection) throws MessagingException, IOException {
    Set<String> found = new LinkedHashSet<>();
    for (String address : inspection.recipients()) {
      fromAddress(address).ifPresent(found::add);
    }
    Outcome outcome = decide(found, MatchRule.REPLY_ADDRESS);
    if (outcome != null) {
      return outcome;
    }
    for (String id : inspection.repliedIds()) {
      lookup.referenceForMessageId(id).filter(Identifiers::isValid).ifPresent(found::add);
    }
    outcome = decide(found, MatchRule.MESSAGE_ID);
    if (outcome != null) {
      return outcome;
    }
    inText(inspection.subject(), found);
    outcome = decide(found, MatchRule.REFERENCE_IN_SUBJECT);
    if (outcome != null) {
      return outcome;
    }
    if (inspection.body() != null) {
      inText(MessageInspector.readText(inspection.body()), found);
      outcome = decide(found, MatchRule.REFERENCE_IN_BODY);
      if (outcome != null) {
        return outcome;
      }
    }
    return Outcome.aside(KeepAsideReason.UNMATCHED, "no rule found a known request");
  }

  /** The reference of a per-request address, when it is one and names a known request. */
  private Optional<String> fromAddress(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    String local = address.substring(0, at);
    String addressDomain = address.substring(at + 1);
    if (local.length() <= localPrefix.length()
        || !local.regionMatches(true, 0, localPrefix, 0, localPrefix.length())
        || (domain != null && !domain.equalsIgnoreCase(addressDomain))) {
      return Optional.empty();
    }
    return known(local.substring(localPrefix.length()));
  }

  private void inText(String text, Set<String> into) {
    Matcher matcher = inText.matcher(text);
    while (matcher.find()) {
      known(matcher.group(1)).ifPresent(into::add);
    }
  }

  /** The caller's reference for a well-formed candidate, when it knows one. */
  private Optional<String> known(String candidate) {
    if (!Identifiers.isValid(candidate)) {
      return Optional.empty();
    }
    return lookup.knownReference(candidate).filter(Identifiers::isValid);
  }

  private static Outcome decide(Set<String> found, MatchRule rule) {
    if (found.isEmpty()) {
      return null;
    }
    if (found.size() > 1) {
      return Outcome.aside(
          KeepAsideReason.AMBIGUOUS, "rule " + rule + " names more than one request");
    }
    return Outcome.matched(found.iterator().next(), rule);
  }
}
