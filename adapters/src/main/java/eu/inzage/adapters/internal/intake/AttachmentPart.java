package eu.inzage.adapters.internal.intake;

import jakarta.mail.Part;

/** A part to hand to the sink, with its sanitised name and media type. */
record AttachmentPart(Part part, String fileName, String mediaType) {
  @Override
  public String toString() {
    return "AttachmentPart[" + mediaType + "]";
  }
}
