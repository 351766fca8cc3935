/**
 * Published versions of the knowledge base under DATA_DIR/knowledge:
 *
 *   versions/<id>/files/…        the files, exactly as validated (id: their content hash)
 *   versions/<id>/manifest.json  each file's size and sha256, checked when loaded
 *   current.json                 the version that serves, with its audit entry (written atomically)
 *   audit.sqlite                 every publish and rollback: who, when, note, what changed
 *   damaged/                     versions found damaged, moved aside
 *
 * A version is written to a temporary folder and renamed into place, so a
 * version folder is always whole; the pointer is replaced by rename. Publishes
 * and rollbacks run under the audit log's writers' lock, so two at once (in
 * one process or several) are both recorded and the last one is current.
 * The bundled knowledge/ is the first version when DATA_DIR has none.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openSqliteAuditLog, type AuditEntry, type AuditLog, type AuditWriter, type VersionAction } from './audit.ts';
import { diffKnowledge, formatDiff, type KnowledgeDiff } from './diff.ts';
import type { KnowledgeIssue } from './issues.ts';
import { bundledKnowledgeDir, hashKnowledgeFiles, knowledgeFiles, loadKnowledge, validateKnowledge } from './loader.ts';
import type { KnowledgeBase } from './schema.ts';

export interface VersionStoreOptions {
  /** DATA_DIR; the store lives in DATA_DIR/knowledge. */
  dataDir: string;
  /** The knowledge base that comes with the release (default: the bundled knowledge/). */
  bundledDir?: string;
  /** Default: SQLite in DATA_DIR/knowledge/audit.sqlite. */
  audit?: AuditLog;
  now?: () => Date;
}

/** Which version serves, and the audit entry that made it so. */
export interface CurrentPointer {
  version: string;
  seq: number;
  at: string;
}

export interface HistoryEntry {
  version: string;
  action: VersionAction;
  by: string;
  at: string;
  note: string | null;
  current: boolean;
  summary: string;
  seq: number;
  details: string[];
}

export type Preview =
  | { ok: true; base: string; version: string; diff: KnowledgeDiff }
  | { ok: false; base: string; issues: KnowledgeIssue[] };

export type PublishResult = { ok: true; version: string; entry: HistoryEntry; diff: KnowledgeDiff | null } | { ok: false; issues: KnowledgeIssue[] };

export interface ChangeOptions {
  by: string;
  note?: string | null;
  /** The version the change was reviewed against: refused when another change came first. */
  base?: string;
}

export type VersionErrorCode = 'unknown_version' | 'ambiguous_version' | 'damaged' | 'unchanged' | 'stale' | 'target_exists' | 'bad_input';

/** A change the store refuses (not a fault of the knowledge itself); names what is at fault. */
export class VersionError extends Error {
  readonly code: VersionErrorCode;
  constructor(code: VersionErrorCode, message: string) {
    super(`knowledge: ${message}`);
    this.name = 'VersionError';
    this.code = code;
  }
}

export interface VersionStore {
  /** DATA_DIR/knowledge. */
  readonly root: string;
  /** Problems found and repaired when the store was opened (damaged audit log, stale pointer), by name. */
  readonly problems: readonly string[];
  /** The version that should serve, from current.json; null when it cannot be read. */
  current(): CurrentPointer | null;
  /** The folder holding a stored version's files. */
  dirOf(version: string): string;
  /** A full version id from an id or a unique prefix of at least 4 characters. */
  resolve(idOrPrefix: string): string;
  /** What is wrong with a stored version's files, each naming its file; empty when it is whole. */
  verify(version: string): string[];
  /** Verifies and loads a stored version; throws VersionError (damaged) or KnowledgeError. */
  load(version: string): KnowledgeBase;
  /** Verifies every stored version; damaged ones are restored (the bundled one) or moved aside. Returns what was found. */
  check(): string[];
  /** Validates a folder and compares it with the current version, changing nothing. */
  preview(dir: string): Preview;
  publish(dir: string, options: ChangeOptions): Promise<PublishResult>;
  rollback(version: string, options: ChangeOptions): Promise<HistoryEntry>;
  /** Every publish and rollback, newest first. */
  history(): Promise<HistoryEntry[]>;
  /** Copies a stored version's files into `dir` (new or empty); returns the files written. */
  exportTo(version: string, dir: string): string[];
  close(): void;
}

interface Manifest {
  format: 1;
  version: string;
  createdAt: string;
  files: Record<string, { bytes: number; sha256: string }>;
}

const MANIFEST = 'manifest.json';
const FILES = 'files';
const versionRe = /^[0-9a-f]{16}$/;
const prefixRe = /^[0-9a-f]{4,16}$/;
/** Temporary folders older than this are leftovers of a crash. */
const STALE_TMP_MS = 10 * 60 * 1000;
/** Knowledge bases kept loaded for diffs (immutable, so cached by id). */
const CACHE_SIZE = 4;

function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

function fsyncPath(path: string) {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a file beside its final name, flushes it, then renames it into place. */
export function writeFileAtomic(path: string, content: string) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fd = openSync(tmp, 'w');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncPath(dirname(path));
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** Opens the store under DATA_DIR/knowledge, recording the bundled knowledge base as the first version when there is none. */
export async function openVersionStore(options: VersionStoreOptions): Promise<VersionStore> {
  const root = join(resolve(options.dataDir), 'knowledge');
  const versionsDir = join(root, 'versions');
  const damagedDir = join(root, 'damaged');
  const pointerPath = join(root, 'current.json');
  const bundledDir = resolve(options.bundledDir ?? bundledKnowledgeDir);
  const now = options.now ?? (() => new Date());
  mkdirSync(versionsDir, { recursive: true });
  const audit = options.audit ?? openSqliteAuditLog(join(root, 'audit.sqlite'));
  const problems: string[] = [];
  if (audit.problem) problems.push(`knowledge: the audit log ${audit.problem}`);
  const cache = new Map<string, KnowledgeBase>();

  const dirOf = (version: string) => join(versionsDir, version, FILES);

  function readPointer(): CurrentPointer | null {
    try {
      const p = JSON.parse(readFileSync(pointerPath, 'utf8')) as Partial<CurrentPointer>;
      if (typeof p.version === 'string' && versionRe.test(p.version) && typeof p.seq === 'number' && typeof p.at === 'string') {
        return { version: p.version, seq: p.seq, at: p.at };
      }
      return null;
    } catch {
      return null;
    }
  }

  function writePointer(entry: AuditEntry) {
    writeFileAtomic(pointerPath, `${JSON.stringify({ version: entry.version, seq: entry.seq, at: entry.at, by: entry.by }, null, 2)}\n`);
  }

  function verify(version: string): string[] {
    const dir = join(versionsDir, version);
    const files = join(dir, FILES);
    if (!existsSync(dir)) {
      const aside = existsSync(damagedDir) ? readdirSync(damagedDir).filter((d) => d.startsWith(`${version}-`)) : [];
      return [`${dir} does not exist${aside.length ? ` (found damaged earlier and moved aside to ${join(damagedDir, aside[aside.length - 1]!)})` : ''}`];
    }
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
      if (manifest.version !== version || typeof manifest.files !== 'object' || manifest.files === null) throw new Error('not this version');
    } catch {
      return [`${join(dir, MANIFEST)} is missing or unreadable (truncated?)`];
    }
    const faults: string[] = [];
    for (const [file, want] of Object.entries(manifest.files)) {
      const path = join(files, file);
      if (!existsSync(path)) {
        faults.push(`${path} is missing`);
        continue;
      }
      const buf = readFileSync(path);
      if (buf.length !== want.bytes) faults.push(`${path} has ${buf.length} bytes, ${want.bytes} expected (truncated or changed)`);
      else if (sha256(buf) !== want.sha256) faults.push(`${path} differs from its checksum (damaged or changed by hand)`);
    }
    const present = existsSync(files) ? knowledgeFiles(files) : [];
    for (const f of present) if (!(f in manifest.files)) faults.push(`${join(files, f)} is not part of version ${version} (added by hand?)`);
    return faults;
  }

  function load(version: string): KnowledgeBase {
    // Checked every time (a few ms): files can be damaged after they were first loaded.
    const faults = verify(version);
    if (faults.length) throw new VersionError('damaged', `version ${version} is damaged: ${faults.join('; ')}`);
    const hit = cache.get(version);
    if (hit) return hit;
    const kb = loadKnowledge(dirOf(version));
    cache.set(version, kb);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return kb;
  }

  /**
   * Copies a folder's knowledge files into a new temporary version folder
   * and validates the copy, so what is stored is exactly what was checked.
   */
  function stage(src: string): { ok: true; tmp: string; version: string } | { ok: false; issues: KnowledgeIssue[] } {
    const tmp = join(versionsDir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    const files = join(tmp, FILES);
    try {
      const list = knowledgeFiles(src);
      const manifest: Manifest = { format: 1, version: '', createdAt: now().toISOString(), files: {} };
      for (const f of list) {
        const to = join(files, f);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(join(src, f), to);
        fsyncPath(to);
        const buf = readFileSync(to);
        manifest.files[f] = { bytes: buf.length, sha256: sha256(buf) };
      }
      const result = validateKnowledge(files);
      if (!result.ok) {
        rmSync(tmp, { recursive: true, force: true });
        return { ok: false, issues: result.issues };
      }
      manifest.version = result.kb.version;
      writeFileAtomic(join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      return { ok: true, tmp, version: manifest.version };
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
  }

  function moveAside(version: string, why: string): string {
    mkdirSync(damagedDir, { recursive: true });
    const aside = join(damagedDir, `${version}-${stamp(now())}`);
    renameSync(join(versionsDir, version), aside);
    cache.delete(version);
    return `knowledge: version ${version} is damaged — ${why}; moved aside to ${aside}`;
  }

  /** Renames a staged folder into place; a whole version already there is kept, a damaged one moved aside. */
  function install(tmp: string, version: string) {
    const final = join(versionsDir, version);
    for (let attempt = 0; ; attempt++) {
      if (existsSync(final)) {
        const faults = verify(version);
        if (faults.length === 0) {
          rmSync(tmp, { recursive: true, force: true });
          return;
        }
        problems.push(moveAside(version, faults.join('; ')));
      }
      try {
        renameSync(tmp, final);
        fsyncPath(versionsDir);
        return;
      } catch (e) {
        // Another process installed the same version between our check and rename.
        const code = (e as NodeJS.ErrnoException).code;
        if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= 3) throw e;
      }
    }
  }

  function stageAndInstall(src: string) {
    const staged = stage(src);
    if (staged.ok) install(staged.tmp, staged.version);
    return staged;
  }

  const toHistory = (e: AuditEntry, pointer: CurrentPointer | null): HistoryEntry => ({
    version: e.version,
    action: e.action,
    by: e.by,
    at: e.at,
    note: e.note,
    current: pointer !== null && pointer.seq === e.seq,
    summary: e.summary,
    seq: e.seq,
    details: e.details,
  });

  function diffOrNote(from: string | null, to: KnowledgeBase): { diff: KnowledgeDiff | null; summary: string; details: string[] } {
    if (!from) return { diff: null, summary: '初始版本', details: [] };
    try {
      const diff = diffKnowledge(load(from), to);
      return { diff, summary: diff.summary, details: formatDiff(diff) };
    } catch (e) {
      const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      return { diff: null, summary: `无法与版本 ${from} 比较（${why}）`, details: [] };
    }
  }

  async function record(log: AuditWriter, version: string, action: VersionAction, by: string, note: string | null, madeCurrent: boolean, from: string | null) {
    const { diff, summary, details } = diffOrNote(from, load(version));
    const entry = await log.append({ version, action, by, at: now().toISOString(), note, summary, details, madeCurrent });
    if (madeCurrent) writePointer(entry);
    return { entry, diff };
  }

  // First use, a release's new bundled knowledge base, and a pointer that disagrees with the log.
  await audit.exclusive(async (log) => {
    const entries = await log.entries();
    const pointer = readPointer();
    if (entries.length === 0 && pointer && verify(pointer.version).length === 0) {
      const { entry } = await record(log, pointer.version, 'publish', 'system', '审计日志缺失或损坏后重建：此版本当时为当前版本', true, null);
      entries.unshift(entry);
      problems.push(`knowledge: the audit log was empty while ${pointerPath} named version ${pointer.version}; recorded it as current again`);
    }
    const bundledId = hashKnowledgeFiles(bundledDir);
    if (!entries.some((e) => e.action === 'bundled' && e.version === bundledId)) {
      const staged = stageAndInstall(bundledDir);
      if (!staged.ok) {
        if (entries.length === 0) throw new VersionError('bad_input', `the bundled knowledge base ${bundledDir} is invalid: ${staged.issues.map((i) => `${i.file}${i.field ? ` — ${i.field}` : ''}: ${i.message}`).join('; ')}`);
        problems.push(`knowledge: the bundled knowledge base ${bundledDir} is invalid and was not recorded`);
      } else {
        const latest = await log.latestCurrent();
        // A release replaces the knowledge it brought before, never what staff published.
        const takeOver = !latest || latest.action === 'bundled';
        const note = !latest
          ? '随程序发布的知识库（初始版本）'
          : takeOver
            ? '程序更新带来的知识库'
            : '程序更新带来的知识库；当前版本由工作人员发布，未切换（如需采用，请回滚到此版本）';
        await record(log, staged.version, 'bundled', 'system', note, takeOver, latest?.version ?? null);
        if (latest && !takeOver) problems.push(`knowledge: this release brings knowledge version ${staged.version}; version ${latest.version} published by ${latest.by} stays current (roll back to ${staged.version} to use the release's)`);
      }
    }
    const latest = await log.latestCurrent();
    const found = readPointer();
    if (latest && (!found || found.seq !== latest.seq || found.version !== latest.version)) {
      if (existsSync(pointerPath)) problems.push(`knowledge: ${pointerPath} ${found ? `named version ${found.version} (entry ${found.seq})` : 'was unreadable'}; the audit log says ${latest.version} (entry ${latest.seq}); rewrote it`);
      writePointer(latest);
    }
  });

  function resolveVersion(input: string): string {
    const id = input.trim().toLowerCase();
    if (!prefixRe.test(id)) throw new VersionError('bad_input', `«${input}» is not a version id (4–16 hexadecimal characters; see kb history)`);
    const ids = readdirSync(versionsDir).filter((d) => versionRe.test(d) && d.startsWith(id));
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1) throw new VersionError('ambiguous_version', `«${input}» matches ${ids.length} versions (${ids.join(', ')}); give more characters`);
    const aside = existsSync(damagedDir) ? readdirSync(damagedDir).find((d) => d.startsWith(id)) : undefined;
    if (aside) throw new VersionError('damaged', `version «${input}» was found damaged and moved aside to ${join(damagedDir, aside)}; publish its files again to restore it`);
    throw new VersionError('unknown_version', `no version «${input}» in ${versionsDir}; see kb history for the versions there are`);
  }

  function check(): string[] {
    const found: string[] = [];
    const bundledId = hashKnowledgeFiles(bundledDir);
    for (const name of readdirSync(versionsDir)) {
      const path = join(versionsDir, name);
      if (name.startsWith('.tmp-')) {
        if (Date.now() - statSync(path).mtimeMs > STALE_TMP_MS) rmSync(path, { recursive: true, force: true });
        continue;
      }
      if (!versionRe.test(name)) continue;
      const faults = verify(name);
      if (faults.length === 0) continue;
      const moved = moveAside(name, faults.join('; '));
      if (name === bundledId) {
        stageAndInstall(bundledDir);
        found.push(`${moved}; restored from the bundled ${bundledDir}`);
      } else found.push(moved);
    }
    return found;
  }

  async function change(action: 'publish' | 'rollback', version: string, options: ChangeOptions) {
    const by = options.by.trim();
    if (!by) throw new VersionError('bad_input', 'say who makes the change (--by NAME)');
    const note = options.note?.trim() || null;
    return audit.exclusive(async (log) => {
      const latest = await log.latestCurrent();
      if (options.base && latest && latest.version !== options.base) {
        throw new VersionError('stale', `version ${latest.version} was made current (${latest.action} by ${latest.by} at ${latest.at}) after you reviewed against ${options.base}; review the changes again`);
      }
      if (latest?.version === version) {
        throw new VersionError('unchanged', action === 'publish' ? `nothing to publish: it is identical to the current version ${version}` : `version ${version} is already current`);
      }
      const { entry, diff } = await record(log, version, action, by, note, true, latest?.version ?? null);
      return { entry: toHistory(entry, { version, seq: entry.seq, at: entry.at }), diff };
    });
  }

  return {
    root,
    problems,
    current: readPointer,
    dirOf,
    resolve: resolveVersion,
    verify,
    load,
    check,
    preview(dir) {
      const base = readPointer()?.version ?? '';
      const result = validateKnowledge(dir);
      if (!result.ok) return { ok: false, base, issues: result.issues };
      let before: KnowledgeBase;
      try {
        before = load(base);
      } catch (e) {
        return { ok: false, base, issues: [{ file: root, message: `the current version ${base} cannot be read to compare with: ${e instanceof Error ? e.message : String(e)}` }] };
      }
      return { ok: true, base, version: result.kb.version, diff: diffKnowledge(before, result.kb) };
    },
    async publish(dir, options) {
      if (!options.by.trim()) throw new VersionError('bad_input', 'say who publishes (--by NAME)');
      const src = resolve(dir);
      if (!existsSync(src) || !statSync(src).isDirectory()) return { ok: false, issues: [{ file: dir, message: 'not a directory; pass the folder that holds document.yaml' }] };
      const staged = stageAndInstall(src);
      if (!staged.ok) return staged;
      const { entry, diff } = await change('publish', staged.version, options);
      return { ok: true, version: staged.version, entry, diff };
    },
    async rollback(input, options) {
      const version = resolveVersion(input);
      load(version);
      return (await change('rollback', version, options)).entry;
    },
    async history() {
      const entries = await audit.entries();
      const pointer = readPointer();
      return entries.map((e) => toHistory(e, pointer));
    },
    exportTo(input, dir) {
      const version = resolveVersion(input);
      const faults = verify(version);
      if (faults.length) throw new VersionError('damaged', `version ${version} is damaged: ${faults.join('; ')}`);
      const target = resolve(dir);
      if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
        throw new VersionError('target_exists', `${dir} exists and is not an empty folder; export into a new folder`);
      }
      const files = knowledgeFiles(dirOf(version));
      for (const f of files) {
        mkdirSync(dirname(join(target, f)), { recursive: true });
        copyFileSync(join(dirOf(version), f), join(target, f));
      }
      return files;
    },
    close: () => audit.close(),
  };
}
