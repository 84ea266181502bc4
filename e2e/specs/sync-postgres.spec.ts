// The sync suite against a PostgreSQL hub. In CI the database must be there: a missing
// ENTRE_TEST_DATABASE_URL fails the run instead of skipping it quietly.
import { test } from '@playwright/test';
import { defineSyncSuite } from '../helpers/sync-suite';
import { postgresBackend } from '../helpers/sync-cluster';

const url = process.env.ENTRE_TEST_DATABASE_URL;
if (!url && process.env.CI === 'true') {
  throw new Error('ENTRE_TEST_DATABASE_URL is not set: .ci/setup.d/postgres.sh should have started PostgreSQL.');
}
test.skip(!url, 'no PostgreSQL here: set ENTRE_TEST_DATABASE_URL (see .ci/setup.d/postgres.sh)');

defineSyncSuite(async () => postgresBackend(url!));
