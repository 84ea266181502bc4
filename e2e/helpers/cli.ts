// Running the real `entre` command line from the tests, as an organizer would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { rememberSetupCode } from './staff';

export const ENTRE_BIN = path.resolve('bin/entre.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRE_BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `entre serve` on a free loopback port and resolves with its URL once it listens. */
export function startServe(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; process: ChildProcess }> {
  // The setup code is printed before the address, so it is known once the address is.
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRE_BIN, 'serve', '--port', '0', ...args], {
      env: { ...process.env, ...env },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /(http:\/\/\S+)/.exec(output);
      if (match) {
        const setupCode = /Setup code for choosing it at the kiosk: (\d{4} \d{4})/.exec(output)?.[1];
        if (setupCode) rememberSetupCode(match[1]!, setupCode);
        resolve({ url: match[1]!, process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`entre serve exited with ${code}: ${output}`)));
  });
}

/** How long `entre serve` may take to end after SIGTERM; it ends in milliseconds, or seconds when a request is under way. */
const SERVE_EXIT_DEADLINE_MS = 15_000;

/**
 * Stops an `entre serve` and resolves once it has exited: its port and store are free again. One that
 * outlives the deadline is killed and the test fails saying so, rather than as a fixture's timeout.
 */
export function stopServe(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`entre serve did not end within ${SERVE_EXIT_DEADLINE_MS / 1000} s of SIGTERM`));
    }, SERVE_EXIT_DEADLINE_MS);
    child.once('exit', () => {
      clearTimeout(deadline);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
