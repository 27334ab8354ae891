package eu.inzage.adapters.intake;

/**
 * What an {@link AttachmentSink} is told about an attachment before it reads the bytes.
 *
 * @param reference the request reference the reply was matched to (safe as a path element)
 * @param messageKey the message's stable key (32 hexadecimal digits, safe as a path element)
 * @param index the attachment's position in the message, from 1
 * @param fileName the sanitised file name (a single, safe path element)
 * @param mediaType the declared media type in lower case
 */
public record AttachmentTarget(
    String reference, String messageKey, int index, String fileName, String mediaType) {
  /** Without the file name, which can name a person. */
  @Override
  public String toString() {
    return "AttachmentTarget[reference="
        + reference
        + ", messageKey="
        + messageKey
        + ", index="
        + index
        + ", mediaType="
        + mediaType
        + "]";
  }
}
