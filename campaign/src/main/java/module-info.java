module eu.inzage.campaign {
  requires transitive eu.inzage.core;
  requires transitive eu.inzage.crypto;
  requires transitive eu.inzage.adapters;
  requires transitive java.sql;
  requires org.slf4j;
  requires flyway.core;
  requires com.h2database;
  requires com.github.kagkarlsson.scheduler;

  exports eu.inzage.campaign;
}
