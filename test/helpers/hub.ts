// A real hub on a free loopback port, closed with its storage when the test that started it ends.
import { onTestFinished } from 'vitest';
import { startHub, type RunningHub } from '../../src/main/hub/server';
import type { HubStorage } from '../../src/main/hub/storage';

export async function tempHub(storage: HubStorage): Promise<RunningHub> {
  const hub = await startHub(storage, '127.0.0.1', 0).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  onTestFinished(async () => {
    await hub.close();
    await storage.close();
  });
  return hub;
}
