package eu.inzage.adapters;

import eu.inzage.adapters.internal.controllers.ProfileAdapter;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Participant;
import java.util.List;
import java.util.Optional;

/**
 * How Inzage deals with one controller (GDPR Art. 4(7)): its profile, what it needs to find a
 * participant's data, how a request reaches it, and in which forms it answers. Adapters are
 * registered in code in a {@link ControllerRegistry}; the built-in ones come from {@link
 * ControllerAdapters}, any other is made with {@link #builder(ControllerProfile)} or from the open
 * directory. Implementations are immutable and thread-safe and hold no personal data.
 */
public interface ControllerAdapter {

  /** The controller's facts: name, address, channels, calendar, request language. */
  ControllerProfile profile();

  /** Where the adapter comes from. */
  Origin origin();

  /**
   * What the controller needs to find a participant's data, each with how to ask for it; the codes
   * are the profile's {@link ControllerProfile#identifiers()}.
   */
  List<IdentifierNeed> identifiers();

  /**
   * How a request is submitted: the preferred route first, then the fallbacks. Only channels the
   * controller publishes for requests; a self-service download portal is not one (its export is not
   * a full Art. 15 answer).
   */
  List<SubmissionRoute> routes();

  /**
   * Whether the controller asks for an identity document with every request. Art. 12(6) GDPR lets a
   * controller ask for more only when it has reasonable doubts; EDPB Guidelines 01/2022 §§73–79
   * call an ID copy generally disproportionate.
   */
  boolean needsIdDocument();

  /** The forms in which the controller is known to answer, for reading and assessing replies. */
  List<ReplyFormat> replyFormats();

  /** The slug: the profile's id. */
  default String id() {
    return profile().id();
  }

  /** The preferred route, if the controller publishes any. */
  default Optional<SubmissionRoute> preferredRoute() {
    return routes().stream().findFirst();
  }

  /** The first route through the given channel, if there is one. */
  default Optional<SubmissionRoute> route(ChannelType channel) {
    return routes().stream().filter(r -> r.channel() == channel).findFirst();
  }

  /**
   * The identifiers this participant has not supplied, in the adapter's order. An account
   * identifier counts only when it is recorded for this controller ({@code accounts.SLUG}); the
   * participant's own contact e-mail or phone number never stands in for it (Art. 5(1)(c)).
   */
  default List<IdentifierNeed> missing(Participant participant) {
    return identifiers().stream()
        .filter(need -> !ProfileAdapter.supplied(need.identifier(), participant, id()))
        .toList();
  }

  /**
   * A builder for an adapter over a profile: for a controller the application adds in code. Without
   * further settings the adapter needs every identifier of the profile ({@link
   * IdentifierNeed.Need#REQUIRED}) and submits through the profile's channels, preferred first.
   */
  static Builder builder(ControllerProfile profile) {
    return new Builder(profile);
  }

  /** Where an adapter comes from. */
  enum Origin {
    /** One of Inzage's own controllers, with checked facts. */
    BUILT_IN,
    /** A controller of the open directory, made by the generic adapter. */
    DIRECTORY,
    /** A controller the application describes in code. */
    CODE
  }

  /**
   * Builds an adapter. Each setting may be made once; {@link #build()} checks that the identifier
   * needs cover exactly the profile's identifiers. Not thread-safe.
   */
  final class Builder {
    private final ControllerProfile profile;
    private Origin origin;
    private List<IdentifierNeed> identifiers;
    private List<SubmissionRoute> routes;
    private Boolean needsIdDocument;
    private List<ReplyFormat> replyFormats;

    private Builder(ControllerProfile profile) {
      this.profile = java.util.Objects.requireNonNull(profile, "profile");
    }

    /** Where the adapter comes from (default {@link Origin#CODE}). */
    public Builder origin(Origin value) {
      this.origin = once(this.origin, value, "origin");
      return this;
    }

    /** The identifiers the controller needs, with how to ask for each. */
    public Builder identifiers(List<IdentifierNeed> values) {
      this.identifiers = List.copyOf(once(this.identifiers, values, "identifiers"));
      return this;
    }

    /** The routes, preferred first (default: the profile's channels, preferred first). */
    public Builder routes(List<SubmissionRoute> values) {
      this.routes = List.copyOf(once(this.routes, values, "routes"));
      return this;
    }

    /** Whether the controller asks for an identity document (default false). */
    public Builder needsIdDocument(boolean value) {
      this.needsIdDocument = once(this.needsIdDocument, value, "needsIdDocument");
      return this;
    }

    /** The forms in which the controller answers (default: a letter or e-mail). */
    public Builder replyFormats(List<ReplyFormat> values) {
      this.replyFormats = List.copyOf(once(this.replyFormats, values, "replyFormats"));
      return this;
    }

    /**
     * The adapter.
     *
     * @throws InvalidInputException naming {@code identifiers} when the needs do not cover exactly
     *     the profile's identifiers (a letter would show what nobody asked for, or the reverse)
     */
    public ControllerAdapter build() {
      return ProfileAdapter.of(
          profile,
          origin == null ? Origin.CODE : origin,
          identifiers,
          routes,
          needsIdDocument != null && needsIdDocument,
          replyFormats);
    }

    private static <T> T once(T current, T value, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " already set");
      }
      return java.util.Objects.requireNonNull(value, name);
    }
  }
}
