// `entre whos-who`: the booklet of consenting guests from this station's store (docs/photos.md).
import fs from 'node:fs';
import type { Command, Option } from 'commander';
import { openDatabase } from '../store/database';
import { resolveStorePath } from '../paths';
import { renderWhosWho, whosWhoEntries } from './whos-who';

export function addWhosWhoCommand(program: Command, dbOption: () => Option): void {
  program
    .command('whos-who')
    .description('an A4 booklet of the guests who consented to a photo, by department, as a PDF')
    .requiredOption('--out <file>', 'the PDF to write')
    .addOption(dbOption())
    .action(async (options: { db?: string; out: string }) => {
      const db = openDatabase(resolveStorePath(options.db));
      try {
        const { event, entries } = whosWhoEntries(db);
        fs.writeFileSync(options.out, await renderWhosWho(`Deltagare · ${event}`, entries));
        console.log(`Wrote the who's-who of ${entries.length} guests to ${options.out}.`);
      } finally {
        db.close();
      }
    });
}
