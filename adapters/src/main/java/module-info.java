/**
 * Inzage adapters: per-controller behaviour, submission channels, reply intake and assessment.
 * {@code eu.inzage.adapters} holds the controller adapters and their registry; {@code
 * eu.inzage.adapters.directory} reads the open controller directory (the datarequests.org data
 * format) into controller profiles and supervisory authorities; {@code eu.inzage.adapters.channels}
 * submits requests by e-mail (SMTP) or into an outbox of {@code .eml} files, with a proof of
 * submission; {@code eu.inzage.adapters.intake} reads controllers' answers from an IMAP mailbox,
 * matches each to its request and seals their attachments into the participant's vault; {@code
 * eu.inzage.adapters.replies} reads replies safely (ZIP archives within limits, TikTok's JSON
 * export as a stream and its TXT export, Zoom's mixed files), finds what a letter states, and
 * assesses a reply against Art. 15.
 */
module eu.inzage.adapters {
  requires transitive eu.inzage.core;
  // the vault sink's API names the vault and participant keys
  requires transitive eu.inzage.crypto;
  requires com.fasterxml.jackson.databind;
  // the CSV reports of a Zoom reply, read as a stream
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.networknt.schema;
  requires org.slf4j;
  // the e-mail channel and the reply intake: the Jakarta Mail API and Angus's SMTP and IMAP
  // providers (the SMTP transport is subclassed to tell whether the message data were on their way
  // when a send failed)
  requires jakarta.mail;
  requires org.eclipse.angus.mail;
  // the text of a reply that came as a PDF letter
  requires org.apache.pdfbox;

  exports eu.inzage.adapters;
  exports eu.inzage.adapters.directory;
  exports eu.inzage.adapters.intake;
  exports eu.inzage.adapters.channels;
  exports eu.inzage.adapters.replies;

  // the header rules are constraint annotations on a record, read by the validator
  opens eu.inzage.adapters.internal.channels to
      org.hibernate.validator;
}
