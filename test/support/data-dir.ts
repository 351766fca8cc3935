/**
 * A good DATA_DIR and the ways a disk, an operator or a crash damages one:
 * bytes flipped, a file cut short, a page of the database overwritten, a
 * folder where a file should be, a directory nobody may write.
 */
import { chmodSync, closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The files of a saved index, relative to DATA_DIR. */
export const INDEX_FILES = {
  manifest: 'index/manifest.json',
  hnsw: 'index/vectors/hnswlib.index',
  docstore: 'index/vectors/docstore.json',
  args: 'index/vectors/args.json',
} as const;
export const SESSIONS_FILE = 'sessions.sqlite';

/** A copy of `good` in a fresh temporary folder. */
export function copyDataDir(good: string, prefix = 'cg-fault-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(good, dir, { recursive: true });
  return dir;
}

/** Inverts `count` bytes of `file` from `offset` (negative: from the end). */
export function flipBytes(file: string, offset: number, count = 4): void {
  const bytes = readFileSync(file);
  const at = offset < 0 ? bytes.length + offset : offset;
  if (at < 0 || at + count > bytes.length) throw new Error(`flipBytes: ${file} has ${bytes.length} bytes; cannot flip ${count} at ${at}`);
  for (let i = at; i < at + count; i++) bytes[i] = bytes[i]! ^ 0xff;
  writeFileSync(file, bytes);
}

/** Writes `value` as a little-endian uint32 at `offset`. */
export function writeUint32(file: string, offset: number, value: number): void {
  const bytes = readFileSync(file);
  bytes.writeUInt32LE(value, offset);
  writeFileSync(file, bytes);
}

/** Replaces the first occurrence of `from` with `to`; fails when `from` is absent. */
export function replaceText(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`replaceText: ${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/** Cuts `file` to a share of its length. */
export function truncateTo(file: string, share: number): void {
  truncateSync(file, Math.floor(statSync(file).size * share));
}

/**
 * Overwrites pages of an SQLite file with pseudo-random bytes (a fixed seed, so
 * a failure can be replayed). Page 1 holds the header; `pages` are 1-based.
 */
export function scribblePages(file: string, pages: number[], seed = 1, pageSize = 4096): void {
  let x = seed >>> 0 || 1;
  const next = () => {
    // xorshift32
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x & 0xff;
  };
  const fd = openSync(file, 'r+');
  try {
    for (const p of pages) {
      const junk = Buffer.alloc(pageSize);
      for (let i = 0; i < pageSize; i++) junk[i] = next();
      writeSync(fd, junk, 0, pageSize, (p - 1) * pageSize);
    }
  } finally {
    closeSync(fd);
  }
}

/** Removes a file (or folder) and puts an empty folder in its place. */
export function folderInPlaceOf(path: string): void {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path);
}

/**
 * Makes a directory tree readable but not writable. Root ignores permissions,
 * so a test run as root must also run the process as another user (see `asUser`).
 */
export function makeReadOnly(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) makeReadOnly(p);
    else chmodSync(p, 0o444);
  }
  chmodSync(dir, 0o555);
}

/** Undoes `makeReadOnly` so the folder can be removed. */
export function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) makeWritable(p);
    else chmodSync(p, 0o644);
  }
}

/** The user a test runs a process as when a permission must hold: nobody, when the test runs as root. */
export function asUser(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
}
