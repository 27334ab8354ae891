/**
 * Inzage campaign: the collective campaign's store. {@code eu.inzage.campaign} holds {@link
 * eu.inzage.campaign.CampaignStore}: campaigns, registrations, requests and their events, and the
 * ledger of submissions on H2 (embedded) or PostgreSQL, migrated by Flyway, with work claimed per
 * request and later work scheduled by db-scheduler on the same database.
 */
// db-scheduler has no module descriptor; its builder is part of the API, so readers need it too
@SuppressWarnings("requires-transitive-automatic")
module eu.inzage.campaign {
  requires transitive eu.inzage.core;
  requires transitive eu.inzage.crypto;
  requires transitive eu.inzage.adapters;
  requires transitive java.sql;
  requires org.slf4j;
  requires flyway.core;
  requires com.h2database;
  // the scheduler of later work: its builder is part of the store's API
  requires transitive com.github.kagkarlsson.scheduler;

  exports eu.inzage.campaign;

  // the registration's rules are constraint annotations on a record, read by the validator
  opens eu.inzage.campaign to
      org.hibernate.validator;
}
