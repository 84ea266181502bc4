// Writing what a command produced to the file the organizer named: a missing folder is created (as
// `invitations --out` always did), and every other path problem is one plain sentence, not an errno.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';

export class OutputFileError extends Error {}

/** Writes the bytes, creating the folder first; failures become an OutputFileError in plain words. */
export function writeOutputFile(file: string, bytes: string | Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, bytes);
  } catch (error) {
    throw new OutputFileError(pathProblem(file, error as NodeJS.ErrnoException, 'written'));
  }
}

/** Makes the folder a command writes its files into; a path problem becomes an OutputFileError in plain words. */
export function makeOutputFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    const problem = error as NodeJS.ErrnoException;
    throw new OutputFileError(
      problem.code === 'EEXIST' && path.resolve(problem.path ?? '') === path.resolve(dir)
        ? `${dir} is a file, not a folder: give the name of a folder to write into.`
        : pathProblem(dir, problem, 'written'),
    );
  }
}

/**
 * Writes pieces of text as they come (a long export), each before the next is asked for, to the file
 * or, without one, to standard output. The file appears only whole: pieces go to a file beside it,
 * renamed when the last is written, so an export that stops half-way leaves no truncated file and an
 * older file of that name stays as it was. Path problems become an OutputFileError in plain words;
 * a failure while reading the pieces (the store) says the file was not written.
 */
export async function writeOutputPieces(
  file: string | undefined,
  pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const write = async (out: NodeJS.WritableStream) => {
    for await (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  };
  if (!file) return write(process.stdout);
  const partial = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial`);
  try {
    fs.mkdirSync(path.dirname(partial), { recursive: true });
    const out = fs.createWriteStream(partial);
    await once(out, 'open');
    try {
      await write(out);
    } finally {
      out.end();
      await finished(out);
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const problem = error as NodeJS.ErrnoException;
    throw new OutputFileError(
      problem.code
        ? pathProblem(file, problem, 'written')
        : `${file} was not written: the export stopped (${problem.message}).`,
    );
  }
}

/** A sentence for a file that could not be read or written, naming the file and what to do. */
export function pathProblem(file: string, error: NodeJS.ErrnoException, done: 'read' | 'written'): string {
  switch (error.code) {
    case 'ENOENT':
      return `The file ${file} does not exist: check the name and the folder.`;
    case 'EISDIR':
      return `${file} is a folder: give a file name, e.g. ${path.join(file, done === 'read' ? 'gaster.csv' : 'narvaro.csv')}.`;
    case 'EEXIST': // making the folder it goes in, where a file of that name stands
      return `${file} cannot be ${done}: ${error.path ?? 'part of its path'} is a file, not a folder.`;
    case 'ENOTDIR':
      return `${file} cannot be ${done}: part of its path is a file, not a folder.`;
    case 'EACCES':
    case 'EPERM':
      return `${file} cannot be ${done}: permission denied. Choose a folder you may ${done === 'read' ? 'read' : 'write to'}.`;
    case 'EROFS':
      return `${file} cannot be written: the disk is read-only.`;
    case 'ENOSPC':
      return `The disk is full: ${file} was not written.`;
    default:
      return `${file} cannot be ${done}: ${error.message}`;
  }
}
