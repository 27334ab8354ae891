/**
 * Inzage adapters: per-controller behaviour, submission channels, reply intake and assessment.
 * {@code eu.inzage.adapters} holds the controller adapters and their registry; {@code
 * eu.inzage.adapters.directory} reads the open controller directory (the datarequests.org data
 * format) into controller profiles and supervisory authorities.
 */
module eu.inzage.adapters {
  requires transitive eu.inzage.core;
  requires com.fasterxml.jackson.databind;
  requires com.networknt.schema;
  requires org.slf4j;

  exports eu.inzage.adapters;
  exports eu.inzage.adapters.directory;
}
