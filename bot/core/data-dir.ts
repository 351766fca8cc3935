/**
 * DATA_DIR checked before anything is kept in it: it must be a folder this
 * process may write. A fault names the path and says what to do, so a
 * service that cannot start says why in its first line.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirError extends Error {
  constructor(readonly path: string, message: string, options?: ErrorOptions) {
    super(`data: ${message}`, options);
    this.name = 'DataDirError';
  }
}

const user = () => (process.getuid ? `the user running the server (uid ${process.getuid()})` : 'the user running the server');
const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/** Creates `dir` when missing and checks that it is a writable folder; throws DataDirError otherwise. */
export function checkDataDir(dir: string): void {
  let stat;
  try {
    stat = statSync(dir);
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') throw new DataDirError(dir, `cannot look at DATA_DIR ${dir} (${codeOf(e)}); check the permissions of the folders above it`, { cause: e });
  }
  if (stat && !stat.isDirectory()) throw new DataDirError(dir, `DATA_DIR ${dir} is a file, not a folder; point DATA_DIR at a folder, or move the file away`);
  if (!stat) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new DataDirError(dir, `cannot create DATA_DIR ${dir} (${codeOf(e)}); create it and make it writable by ${user()}`, { cause: e });
    }
  }
  // Permission bits do not say what root, ACLs or a read-only mount allow: try it.
  const probe = join(dir, `.write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    const code = codeOf(e);
    const fix = code === 'ENOSPC' ? 'free some space on its disk' : code === 'EROFS' ? 'mount it read-write' : `make it writable by ${user()} (for example chown or chmod u+w)`;
    throw new DataDirError(dir, `DATA_DIR ${dir} is not writable (${code}); ${fix}`, { cause: e });
  }
}
