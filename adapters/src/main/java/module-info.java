/**
 * Inzage adapters: per-controller behaviour, submission channels, reply intake and assessment. The
 * first API package reads the open controller directory (the datarequests.org data format) into
 * controller profiles and supervisory authorities.
 */
module eu.inzage.adapters {
  requires transitive eu.inzage.core;
  requires com.fasterxml.jackson.databind;
  requires com.networknt.schema;
  requires org.slf4j;

  exports eu.inzage.adapters.directory;
}
