package eu.inzage.campaign;

/**
 * The store's contract on a real PostgreSQL, each test in a new schema: skipped locally without
 * {@code INZAGE_TEST_POSTGRES_URL}, a failure under {@code CI=true} (see {@link TestDatabases}).
 */
class PostgresCampaignStoreTest extends CampaignStoreContract {
  @Override
  protected String freshDatabaseUrl() {
    return TestDatabases.freshPostgresSchema();
  }
}
