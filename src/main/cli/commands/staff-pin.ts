// `entre staff-pin`: the organizer sets the staff PIN before the event, so nobody at the kiosk has to
// choose it. The PIN is read from standard input, so it stays out of the shell's history and the
// process list. `--setup-code` instead prints the code with which someone at the kiosk may choose the
// first PIN there (without it, whoever first taps the staff entry cannot).
import { type CliCommand, dbOption, withStore } from '../command';

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0]!.trim();
}

/**
 * A line typed at a terminal without showing it, as a password is typed (Backspace works, Ctrl+C stops).
 * The terminal stops echoing before the prompt appears: a PIN typed the moment the prompt shows would
 * otherwise be echoed by the terminal before the program got to hide it.
 */
function readHiddenLine(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve) => {
    let typed = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.off('data', onData);
      stdin.pause();
      process.stderr.write('\n');
      resolve(typed.trim());
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.exit(130);
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    process.stderr.write(prompt);
  });
}

async function printSetupCode(dbPath: string | undefined): Promise<void> {
  const { formatSetupCode, isPinSet, staffSetupCode } = await import('../../staff/pin');
  await withStore(dbPath, (db) => {
    if (isPinSet(db))
      throw new Error(
        'A staff PIN is already set: staff enter it at the kiosk. To change it: echo 2468 | entre staff-pin',
      );
    console.log(`Setup code: ${formatSetupCode(staffSetupCode(db))}`);
    console.log('At the kiosk, tap the staff entry and type it with the new PIN. It works until a PIN is set.');
  });
}

export const staffPinCommand: CliCommand = (program) =>
  program
    .command('staff-pin')
    .description(
      'set the staff PIN ahead of the event (4 to 12 digits, read from standard input: echo 2468 | entre staff-pin)',
    )
    .addOption(dbOption())
    .option('--setup-code', 'print the code for choosing the first PIN at the kiosk instead')
    .action(async (options: { db?: string; setupCode?: boolean }) => {
      if (options.setupCode) return printSetupCode(options.db);
      const pin = process.stdin.isTTY
        ? await readHiddenLine('Staff PIN (4 to 12 digits, not shown as you type), then Enter: ')
        : await readFirstLine();
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
