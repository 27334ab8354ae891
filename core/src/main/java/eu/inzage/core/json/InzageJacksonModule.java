package eu.inzage.core.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.inzage.core.internal.json.StrictTemporals;
import eu.inzage.core.lifecycle.EventKind;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Campaign;
import eu.inzage.core.model.ContactChannel;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Mandate;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.Representative;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SupervisoryAuthority;
import eu.inzage.core.model.Wave;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Jackson module that reads and writes every Inzage model type. It brings the {@code java.time}
 * support it needs and writes only the fields that carry a value, so the output is the canonical
 * shape of {@code docs/formats.md}. Dates and instants are read only as ISO texts between {@link
 * eu.inzage.core.deadline.Dates#EARLIEST} and {@link eu.inzage.core.deadline.Dates#LATEST} (never
 * from numbers or arrays). Register it explicitly ({@code mapper.registerModule(new
 * InzageJacksonModule())}) or use {@link InzageJson}, which also sets the strict reading rules.
 */
public final class InzageJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public InzageJacksonModule() {
    super("InzageJacksonModule");
    for (Class<?> type :
        List.of(
            Participant.class,
            Address.class,
            Account.class,
            Organisation.class,
            ControllerProfile.class,
            ContactChannel.class,
            Representative.class,
            SupervisoryAuthority.class,
            AccessRequest.class,
            Mandate.class,
            SignatureEvidence.class,
            Campaign.class,
            Wave.class)) {
      setMixInAnnotation(type, OmitEmpty.class);
    }
    setMixInAnnotation(RequestHistory.class, OmitEmpty.class);
    // lifecycle events: the kind is named in "type"; only the registered names are accepted, so
    // input can never choose another class
    setMixInAnnotation(RequestEvent.class, EventTyping.class);
    for (EventKind kind : EventKind.values()) {
      registerSubtypes(new NamedType(kind.eventType(), kind.code()));
    }
    // dates and instants only as ISO texts within the plausible range (Dates.EARLIEST..LATEST);
    // registered after the java.time module, so these take precedence over its lenient readers
    addDeserializer(LocalDate.class, new StrictTemporals.LocalDateReader());
    addDeserializer(Instant.class, new StrictTemporals.InstantReader());
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  /** Lifecycle events carry their kind in the property {@code type}; null fields are omitted. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class EventTyping {
    @JsonIgnore
    @SuppressWarnings("UnusedMethod") // a Jackson mix-in: annotates RequestEvent.kind()
    abstract EventKind kind();
  }

  /** Model types are written without null fields and without empty collections. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private abstract static class OmitEmpty {}
}
