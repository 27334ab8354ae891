/**
 * Inzage core: the model, JSON, validation, reference data, and (later) the rules of the GDPR
 * calendar, lifecycle and docket. Depends on no other Inzage module.
 */
module eu.inzage.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires de.focus_shift.jollyday.core;
  requires ical4j.core;

  exports eu.inzage.core;
  exports eu.inzage.core.model;
  exports eu.inzage.core.json;
  exports eu.inzage.core.validation;
  exports eu.inzage.core.validation.constraints;
  exports eu.inzage.core.catalog;
  exports eu.inzage.core.eligibility;
  exports eu.inzage.core.deadline;
  exports eu.inzage.core.lifecycle;
  exports eu.inzage.core.docket;

  opens eu.inzage.core.model to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens eu.inzage.core.lifecycle to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens eu.inzage.core.validation.constraints to
      org.hibernate.validator;
}
