/**
 * Inzage letters: access requests (Art. 15 GDPR), mandates, reminders, complaints (Art. 77) and
 * erasure requests (Art. 17) as PDF/A-2b and as plain text, from one template per language and
 * kind; collective cover letters and complaints (Art. 80(1)) in volumes; the organisation's PAdES
 * seal. Only {@code eu.inzage.letters} is API; everything under {@code internal} may change.
 */
module eu.inzage.letters {
  requires transitive eu.inzage.core;
  requires jakarta.validation;
  requires org.apache.fontbox;
  requires org.apache.pdfbox;
  // PDFBox (an automatic module) logs through commons-logging, an explicit module
  requires org.apache.commons.logging;
  // PDFBox frees its mapped buffers with sun.misc.Unsafe; without this module on the module path
  // it falls back to a reflective path that Java 17 refuses and logs an error for each run
  requires jdk.unsupported;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.util;
  requires org.apache.pdfbox.io;
  requires org.apache.xmpbox;
  requires java.xml;
  requires java.desktop;
  requires org.slf4j;

  exports eu.inzage.letters;

  opens eu.inzage.letters to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
