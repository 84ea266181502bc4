import { defineSyncSuite } from '../helpers/sync-suite';
import { sqliteBackend } from '../helpers/sync-cluster';

defineSyncSuite(async (dir) => sqliteBackend(dir));
