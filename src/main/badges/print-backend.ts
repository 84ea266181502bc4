// Where a badge goes once rendered: a CUPS queue (browser station, CLI) or Electron's silent printing.
import type { PageLayout } from '../../shared/badge/layout';
import type { PrintFailure } from '../../shared/badge/print-jobs';
import type { BadgePreset } from '../../shared/badge/presets';

export interface BadgePrintRequest {
  printer: string;
  preset: BadgePreset;
  pages: PageLayout[];
  /** Shown in the printer's queue (and names the cups-pdf file). */
  title: string;
  pdf(): Promise<Buffer>;
}

/**
 * What the backend knows when the badge has left it: `printed` when the printer system reported the job
 * finished (CUPS), `sent` when it only took the job and tells nothing more (Electron's printing).
 */
export type PrintOutcome = 'printed' | 'sent';

export interface PrintBackend {
  /** Resolves once the badge is printed or handed over (see PrintOutcome); rejects with a PrintError saying why. */
  print(request: BadgePrintRequest): Promise<PrintOutcome>;
}

/** A printing problem staff can act on: its code picks the words staff read, in their language. */
export class PrintError extends Error {
  constructor(
    readonly failure: PrintFailure,
    printer: string,
  ) {
    super(`Badge not printed on "${printer}" (${failure.code})${failure.detail ? `: ${failure.detail}` : ''}`);
  }
}
