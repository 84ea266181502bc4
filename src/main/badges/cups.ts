// Printing through CUPS with its own command-line tools: `lpstat` to see whether the queue can print,
// `lp` to submit the PDF at the preset's exact media size, then `lpstat` again until CUPS is done.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cupsMedia } from '../../shared/badge/presets';
import type { PrintErrorCode, PrintFailure } from '../../shared/badge/print-jobs';
import { PrintError, type BadgePrintRequest, type PrintBackend } from './print-backend';

const run = promisify(execFile);

export interface CupsOptions {
  /** How long a badge may take before staff are told; a label printer needs a few seconds. */
  finishWithinMs?: number;
  pollEveryMs?: number;
}

/** printer-state-reasons CUPS reports that staff can fix at the printer. */
const REASONS: [RegExp, PrintErrorCode][] = [
  [/media-empty|media-needed/, 'out-of-labels'],
  [/media-jam/, 'jammed'],
  [/cover-open|door-open/, 'cover-open'],
  [/offline|connecting-to-device|timed-out|shutdown/, 'offline'],
];

/** Reads `lpstat -l -p PRINTER` output; null when the queue can print. */
export function queueProblem(lpstatOutput: string): PrintFailure | null {
  const alerts = /Alerts:\s*(.*)/.exec(lpstatOutput)?.[1] ?? '';
  for (const [pattern, code] of REASONS) if (pattern.test(alerts)) return { code, detail: alerts.trim() };
  const disabled = /^printer \S+ disabled since[^\n]*\n\t(.*)/m.exec(lpstatOutput);
  if (disabled || /^printer \S+ disabled/m.test(lpstatOutput)) {
    const why = disabled?.[1]?.trim();
    return { code: 'stopped', detail: why && why !== 'reason unknown' && !why.includes(':') ? why : null };
  }
  return null;
}

function cupsFailure(printer: string, error: unknown): PrintError {
  const output = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`;
  const detail = output.trim().split('\n')[0] ?? null;
  const failure = (code: PrintErrorCode) => new PrintError({ code, detail }, printer);
  if ((error as { code?: unknown }).code === 'ENOENT') return failure('not-installed');
  if (/scheduler is not running|Unable to connect/i.test(output)) return failure('cups-down');
  if (/Invalid destination|does not exist|No destinations|Unknown destination/i.test(output))
    return failure('no-printer');
  return failure('failed');
}

async function lpstat(printer: string, args: string[]): Promise<string> {
  try {
    return (await run('lpstat', args, { timeout: 10_000 })).stdout;
  } catch (error) {
    throw cupsFailure(printer, error);
  }
}

async function checkQueue(printer: string): Promise<void> {
  const problem = queueProblem(await lpstat(printer, ['-l', '-p', printer]));
  if (problem) throw new PrintError(problem, printer);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function cupsBackend({ finishWithinMs = 60_000, pollEveryMs = 200 }: CupsOptions = {}): PrintBackend {
  return {
    async print(request: BadgePrintRequest) {
      const { printer } = request;
      // Windows has no CUPS (and no lp): there the Electron kiosk prints, through the system's own printing.
      if (process.platform === 'win32') throw new PrintError({ code: 'needs-electron-kiosk', detail: null }, printer);
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
        if (!jobId) throw new PrintError({ code: 'rejected', detail: submitted.trim() || null }, printer);
        await waitUntilFinished(printer, jobId, finishWithinMs, pollEveryMs);
        return 'printed';
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
    const problem = queueProblem(await lpstat(printer, ['-l', '-p', printer]));
    if (problem || Date.now() > deadline) {
      // Cancelled so that a retry does not print the badge twice once the printer comes back.
      await run('cancel', [jobId]).catch(() => undefined);
      throw new PrintError(problem ?? { code: 'timeout', detail: null, seconds: Math.round(withinMs / 1000) }, printer);
    }
    await sleep(everyMs);
  }
}
