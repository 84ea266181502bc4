// `entre staff-pin`: the organizer sets the staff PIN before the event, so nobody at the kiosk has to
// choose it (and whoever first taps the staff entry cannot). The PIN is read from standard input, so
// it stays out of the shell's history and the process list.
import { type CliCommand, dbOption, withStore } from '../command';

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0]!.trim();
}

export const staffPinCommand: CliCommand = (program) =>
  program
    .command('staff-pin')
    .description(
      'set the staff PIN ahead of the event (4 to 12 digits, read from standard input: echo 2468 | entre staff-pin)',
    )
    .addOption(dbOption())
    .action(async (options: { db?: string }) => {
      if (process.stdin.isTTY) process.stderr.write('Staff PIN (4 to 12 digits), then Enter: ');
      const pin = await readFirstLine();
      const { PinError, setPinAhead } = await import('../../staff/pin');
      await withStore(options.db, (db) => {
        try {
          setPinAhead(db, pin);
        } catch (error) {
          if (error instanceof PinError) throw new Error(`${error.message} Nothing was changed.`, { cause: error });
          throw error;
        }
      });
      console.log('Staff PIN set. The kiosk asks for it at the staff entry; wrong tries and any lockout are cleared.');
    });
