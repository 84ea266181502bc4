// `entre import` with the reading and checking of the file in a worker thread (validation-worker.ts)
// while this thread writes the rows already checked into an open transaction: a large list takes the
// time of the longer of the two rather than of both. Still all rows or none: the transaction commits
// only once the worker has checked the last row and found no problem, and rolls back otherwise, so a
// bad row on the last line leaves the store as it was, with every problem reported by line.
// Only for a connection nothing else uses meanwhile (the command line): between the worker's messages
// the transaction stays open, and anything else written on the connection would join it.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../store/database';
import { createEvent, getActiveEvent, setActiveEvent } from '../store/events';
import { beginGuestListWrite } from './apply-import';
import { describeColumns } from './guest-list';
import type { ImportOptions, ImportResult } from './import-guest-list';
import type { ValidationMessage } from './validation-worker';

export async function importGuestListFilePipelined(
  db: Db,
  file: string,
  eventName?: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const validation = validateInWorker(file);
  try {
    const first = await validation.next();
    if (first.kind !== 'columns') return first.kind === 'done' ? { ok: false, problems: first.problems } : unexpected();
    db.exec('BEGIN IMMEDIATE');
    try {
      let event = getActiveEvent(db);
      if (!event) {
        event = createEvent(db, { name: eventName ?? path.parse(file).name, startsOn: null, venue: null });
        setActiveEvent(db, event.id);
      }
      const write = beginGuestListWrite(db, event.id, first.expectedRows, options);
      try {
        for (let message = await validation.next(); ; message = await validation.next()) {
          if (message.kind === 'rows') write.add(message.rows);
          else if (message.kind !== 'done') unexpected();
          else if (message.problems.length > 0) {
            db.exec('ROLLBACK');
            return { ok: false, problems: message.problems };
          } else {
            const summary = write.finish();
            db.exec('COMMIT');
            return { ok: true, eventName: event.name, columns: describeColumns(first.header), ...summary };
          }
        }
      } finally {
        write.end();
      }
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  } finally {
    await validation.stop();
  }
}

const unexpected = (): never => {
  throw new Error('the import worker sent its messages out of order');
};

/** The worker's messages in order; its failure, or its end before "done", as an error. */
function validateInWorker(file: string): { next(): Promise<ValidationMessage>; stop(): Promise<void> } {
  // Built, the worker is out/cli/validation-worker.js beside this chunk; from source (tests, an unbuilt
  // checkout) it is TypeScript, which the worker first registers tsx for, as bin/entre.js does.
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = fromSource
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./validation-worker.ts', import.meta.url).href)}); })`,
        { eval: true, workerData: { file } },
      )
    : new Worker(new URL('./validation-worker.js', import.meta.url), { workerData: { file } });
  const arrived: ValidationMessage[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: ValidationMessage) => {
    arrived.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure ??= error;
    notify();
  });
  worker.on('exit', () => {
    failure ??= new Error('the import worker stopped before it had checked the whole file');
    notify();
  });
  return {
    async next() {
      while (arrived.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      return arrived.shift()!;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
