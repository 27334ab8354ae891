package eu.inzage.adapters;

import java.util.List;
import java.util.Objects;

/**
 * A form in which a controller is known to answer: the hook through which a reply is recognised,
 * read and assessed against Art. 15 GDPR.
 *
 * @param code a stable code, e.g. {@code tiktok-json}
 * @param description what the reply looks like
 * @param fileNames glob patterns of the files that carry it ({@code user_data_tiktok.json}, {@code
 *     *.vtt}); never null
 */
public record ReplyFormat(String code, String description, List<String> fileNames) {

  /** Checks the code and description; makes the list immutable. */
  public ReplyFormat {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    fileNames = fileNames == null ? List.of() : List.copyOf(fileNames);
  }
}
