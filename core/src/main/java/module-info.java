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
  // jollyday's XML calendars: found by jollyday as a service, read through internal.jollyday
  requires de.focus_shift.jollyday.jaxb;
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
  // jollyday-core reflects on the holiday configuration's class to choose its parsers
  opens eu.inzage.core.internal.jollyday to
      de.focus_shift.jollyday.core;

  uses de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService;

  provides de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService with
      eu.inzage.core.internal.jollyday.ExportingConfigurationService;
}
