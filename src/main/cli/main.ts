// `entre`: the command line for organizers and for the browser station. Built to out/cli/ at install
// (scripts/build-cli.mjs) and run by bin/entre.js; each command loads what it runs only when it runs.
import { Command } from 'commander';
import { fail } from './command';
import { COMMANDS } from './commands';

export function buildCli(): Command {
  const program = new Command('entre').description('Entré: check-in kiosk for the venue entrance').showHelpAfterError();
  for (const addCommand of COMMANDS) addCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    fail((error as Error).message);
  }
}
