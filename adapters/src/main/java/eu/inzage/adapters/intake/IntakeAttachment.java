package eu.inzage.adapters.intake;

/**
 * One attachment of a matched reply, as it was handed to the {@link AttachmentSink}.
 *
 * @param index the position among the message's attachments, from 1
 * @param fileName the sanitised file name (a single path element of letters, digits, {@code .},
 *     {@code -}, {@code _}, {@code (}, {@code )} and spaces; {@code attachment-N} when the message
 *     gave none)
 * @param mediaType the declared media type in lower case, {@code application/octet-stream} when it
 *     is missing or malformed
 * @param size the decoded size in bytes
 * @param sha256 the SHA-256 of the decoded bytes, in lower-case hexadecimal
 * @param location where the sink stored it (the sink's own opaque text, e.g. a path)
 */
public record IntakeAttachment(
    int index, String fileName, String mediaType, long size, String sha256, String location) {
  /** Without the file name, which can name a person. */
  @Override
  public String toString() {
    return "IntakeAttachment[index="
        + index
        + ", mediaType="
        + mediaType
        + ", size="
        + size
        + ", sha256="
        + sha256
        + "]";
  }
}
