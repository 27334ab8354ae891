package eu.inzage.core.internal.validation;

import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.json.JsonErrors;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.LanguageCode;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.PhoneNumber;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.Slug;
import eu.inzage.core.validation.constraints.SlugKey;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps Jakarta Validation's violations to Inzage's (dotted path, code, message). */
public final class ViolationMapper {
  private static final Map<Class<? extends Annotation>, ViolationCode> CODES =
      Map.ofEntries(
          Map.entry(Required.class, ViolationCode.REQUIRED),
          Map.entry(NotNull.class, ViolationCode.REQUIRED),
          Map.entry(NotBlank.class, ViolationCode.REQUIRED),
          Map.entry(PlainText.class, ViolationCode.CONTROL_CHARACTERS),
          Map.entry(MaxLength.class, ViolationCode.TOO_LONG),
          Map.entry(ParticipantId.class, ViolationCode.INVALID_ID),
          Map.entry(Slug.class, ViolationCode.INVALID_ID),
          Map.entry(SlugKey.class, ViolationCode.INVALID_ID),
          Map.entry(EmailAddress.class, ViolationCode.INVALID_EMAIL),
          Map.entry(PhoneNumber.class, ViolationCode.INVALID_PHONE),
          Map.entry(CountryCode.class, ViolationCode.UNKNOWN_COUNTRY),
          Map.entry(LanguageCode.class, ViolationCode.UNKNOWN_LANGUAGE),
          Map.entry(PastOrPresent.class, ViolationCode.FUTURE_DATE),
          Map.entry(Past.class, ViolationCode.FUTURE_DATE));

  private static final Set<Class<? extends Annotation>> TODAY_RELATIVE =
      Set.of(Past.class, PastOrPresent.class, Future.class, FutureOrPresent.class);

  private ViolationMapper() {}

  /** The Inzage violation for one constraint violation. */
  public static Violation toViolation(ConstraintViolation<?> v) {
    return toViolation(v, "");
  }

  /**
   * The Inzage violation for one constraint violation, its path below {@code prefix} (a field name,
   * for a check of one field's value; empty for a whole object).
   */
  public static Violation toViolation(ConstraintViolation<?> v, String prefix) {
    Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
    ViolationCode code = CODES.getOrDefault(type, ViolationCode.INVALID_VALUE);
    String path = path(v.getPropertyPath());
    if (!prefix.isEmpty() && !path.equals(prefix) && !path.startsWith(prefix + ".")) {
      path = path.isEmpty() ? prefix : prefix + "." + path;
    }
    return new Violation(path, code, v.getMessage());
  }

  /**
   * Whether the constraint judges a date against today (a birth date in the future), so that its
   * outcome depends on a clock.
   */
  public static boolean judgesToday(ConstraintViolation<?> v) {
    return TODAY_RELATIVE.contains(v.getConstraintDescriptor().getAnnotation().annotationType());
  }

  /** {@code accounts[tiktok].email} becomes {@code accounts.tiktok.email}. */
  static String path(Path path) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getKey() != null ? node.getKey() : node.getIndex();
        if (key != null) {
          parts.add(JsonErrors.safe(key.toString()));
        }
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        parts.add(name);
      }
    }
    return String.join(".", parts);
  }
}
