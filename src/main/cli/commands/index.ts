// Every `entre` command, in the order `entre --help` lists them. Adding one: a module beside this file
// that exports a CliCommand (see ../command.ts), and one line here.
import type { CliCommand } from '../command';
import { serveCommand } from './serve';
import { importCommand } from './import';
import { exportCommand } from './export';
import { invitationCommands } from './invitations';
import { staffPinCommand } from './staff-pin';
import { badgesCommand } from './badges';
import { hubCommands } from './hub';
import { syncCommands } from './sync';
import { whosWhoCommand } from './whos-who';
import { forumCommands } from './forums';
import { eventCommand } from './event';

export const COMMANDS: CliCommand[] = [
  serveCommand,
  importCommand,
  eventCommand,
  exportCommand,
  invitationCommands,
  staffPinCommand,
  badgesCommand,
  hubCommands,
  syncCommands,
  whosWhoCommand,
  forumCommands,
];
