// Printing through CUPS with its own command-line tools: `lpstat` to see whether the queue can print,
// `lp` to submit the PDF at the preset's exact media size, then `lpstat` again until CUPS is done.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cupsMedia } from '../../shared/badge/presets';
import { PrintError, type BadgePrintRequest, type PrintBackend } from './print-backend';

const run = promisify(execFile);

export interface CupsOptions {
  /** How long a badge may take before staff are told; a label printer needs a few seconds. */
  finishWithinMs?: number;
  pollEveryMs?: number;
}

/** printer-state-reasons CUPS reports, in the words staff need. */
const REASONS: [RegExp, (printer: string) => string][] = [
  [/media-empty|media-needed/, (p) => `Out of labels: load a new roll in "${p}", then retry.`],
  [/media-jam/, (p) => `Labels jammed in "${p}": clear the jam, then retry.`],
  [/cover-open|door-open/, (p) => `The cover of "${p}" is open: close it, then retry.`],
  [
    /offline|connecting-to-device|timed-out|shutdown/,
    (p) => `"${p}" is switched off or not connected: check its cable and power, then retry.`,
  ],
];

/** Reads `lpstat -l -p PRINTER` output; null when the queue can print. */
export function queueProblem(printer: string, lpstatOutput: string): string | null {
  const alerts = /Alerts:\s*(.*)/.exec(lpstatOutput)?.[1] ?? '';
  for (const [pattern, message] of REASONS) if (pattern.test(alerts)) return message(printer);
  const disabled = /^printer \S+ disabled since[^\n]*\n\t(.*)/m.exec(lpstatOutput);
  if (disabled || /^printer \S+ disabled/m.test(lpstatOutput)) {
    const why = disabled?.[1]?.trim();
    const reason = why && why !== 'reason unknown' && !why.includes(':') ? ` (${why})` : '';
    return `Printer stopped: "${printer}" is paused in CUPS${reason}. Resume it (cupsenable ${printer}), then retry.`;
  }
  return null;
}

function cupsFailure(printer: string, error: unknown): PrintError {
  const output = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`;
  if ((error as { code?: unknown }).code === 'ENOENT')
    return new PrintError('Printing is not installed: the CUPS tools (lp, lpstat) are missing on this computer.');
  if (/scheduler is not running|Unable to connect/i.test(output))
    return new PrintError('The print service (CUPS) is not running on this computer: start it, then retry.');
  if (/Invalid destination|does not exist|No destinations|Unknown destination/i.test(output))
    return new PrintError(
      `Printer not found: there is no printer called "${printer}". Check the printer in badge settings.`,
    );
  return new PrintError(`The badge could not be sent to "${printer}": ${output.trim().split('\n')[0]}`);
}

async function lpstat(printer: string, args: string[]): Promise<string> {
  try {
    return (await run('lpstat', args, { timeout: 10_000 })).stdout;
  } catch (error) {
    throw cupsFailure(printer, error);
  }
}

async function checkQueue(printer: string): Promise<void> {
  const problem = queueProblem(printer, await lpstat(printer, ['-l', '-p', printer]));
  if (problem) throw new PrintError(problem);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function cupsBackend({ finishWithinMs = 60_000, pollEveryMs = 200 }: CupsOptions = {}): PrintBackend {
  return {
    async print(request: BadgePrintRequest) {
      const { printer } = request;
      await checkQueue(printer);
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'entre-badge-'));
      try {
        const file = path.join(dir, 'badge.pdf');
        await fs.writeFile(file, await request.pdf());
        let submitted: string;
        try {
          submitted = (
            await run('lp', ['-d', printer, '-o', `media=${cupsMedia(request.preset)}`, '-t', request.title, file], {
              timeout: 10_000,
            })
          ).stdout;
        } catch (error) {
          throw cupsFailure(printer, error);
        }
        const jobId = /request id is (\S+)/.exec(submitted)?.[1];
        if (!jobId) throw new PrintError(`CUPS did not accept the badge for "${printer}": ${submitted.trim()}`);
        await waitUntilFinished(printer, jobId, finishWithinMs, pollEveryMs);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Done when the job leaves CUPS's list of unfinished jobs; a queue that stops meanwhile fails it. */
async function waitUntilFinished(printer: string, jobId: string, withinMs: number, everyMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const pending = await lpstat(printer, ['-o', printer]);
    if (!pending.split('\n').some((line) => line.startsWith(`${jobId} `))) return;
    const problem = queueProblem(printer, await lpstat(printer, ['-l', '-p', printer]));
    if (problem || Date.now() > deadline) {
      // Cancelled so that a retry does not print the badge twice once the printer comes back.
      await run('cancel', [jobId]).catch(() => undefined);
      throw new PrintError(
        problem ??
          `"${printer}" did not finish the badge within ${Math.round(withinMs / 1000)} seconds: check the printer, then retry.`,
      );
    }
    await sleep(everyMs);
  }
}
