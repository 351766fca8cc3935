/**
 * Knowledge bases for tests: copies of the bundled one with edits, the
 * measure-6 revision bureau staff would publish, the kb CLI and the real
 * server (bot/main.ts) as child processes on loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundledKnowledgeDir } from '../../knowledge/index.ts';

export const root = join(import.meta.dirname, '../..');
export const tsx = join(root, 'node_modules/.bin/tsx');
export const policyFile = 'policy/wuxi-2025-full-chain-tech-transfer-measures.txt';
export const question = '我们企业和江南大学签了300万元技术合同，能拿多少补助？';

const made: string[] = [];

/** A new temporary folder, removed by cleanupTemp. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTemp() {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A copy of the bundled knowledge base (data only), with each file in `edits` changed (null deletes it). */
export function knowledgeCopy(edits: Record<string, (text: string) => string | null> = {}): string {
  const dir = tempDir('kb-');
  cpSync(bundledKnowledgeDir, dir, { recursive: true, filter: (src) => !/\.ts$/.test(src) });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    let before = '';
    try {
      before = readFileSync(path, 'utf8');
    } catch {
      // A new file.
    }
    const next = edit(before);
    if (next === null) unlinkSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, next);
    }
  }
  return dir;
}

const m6Sentence = '按技术合同实际成交额的30%，给予企业最高100万元补助';
/** Measure 6's contract subsidy at `percent` and `capWan` 万元, in the policy text and in the data alike. */
export function m6Edits(percent: number, capWan: number): Record<string, (text: string) => string> {
  const sentence = `按技术合同实际成交额的${percent}%，给予企业最高${capWan}万元补助`;
  const replace = (t: string) => {
    if (!t.includes(m6Sentence)) throw new Error('test: the bundled measure 6 sentence changed; update test/support/knowledge.ts');
    return t.replaceAll(m6Sentence, sentence);
  };
  return {
    [policyFile]: replace,
    'measures/06.yaml': (t) =>
      replace(t)
        .replace('rate: { kind: exact, percent: "30" }', `rate: { kind: exact, percent: "${percent}" }`)
        .replace('cap: { yuan: 1000000, per: per_enterprise }', `cap: { yuan: ${capWan * 10000}, per: per_enterprise }`),
  };
}

/** The revision of the issue: measure 6 at 40%, up to 150万元. */
export function revisedCopy(extra: Record<string, (text: string) => string | null> = {}): string {
  return knowledgeCopy({ ...m6Edits(40, 150), ...extra });
}

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** `npm run --silent kb -- …` as a child process over DATA_DIR. */
export function kb(dataDir: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['knowledge/cli.ts', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

export const lastLine = (s: string) => s.trim().split('\n').pop()!.trim();

export interface ServerProcess {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `npm start` (bot/main.ts) on a free loopback port and waits until it serves. */
export async function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(tsx, ['bot/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (c: Buffer) => {
      output += c.toString('utf8');
      const m = output.match(/web chat: (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The amount /api/chat computes for measure 6's contract subsidy for `message`, or null. */
export async function m6Amount(url: string, message = question): Promise<number | null> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message, asOf: '2026-06-01' }) });
  const json = (await res.json()) as { calculations?: { measure: number; benefit: string; amountYuan: number | null }[] };
  return json.calculations?.find((c) => c.measure === 6 && c.benefit === 'm6-contract-subsidy')?.amountYuan ?? null;
}

/** Polls until `probe` returns `want`, or fails after `withinMs`; resolves with the time it took. */
export async function within<T>(withinMs: number, probe: () => Promise<T>, want: T): Promise<number> {
  const started = Date.now();
  let last: T | undefined;
  while (Date.now() - started < withinMs) {
    last = await probe();
    if (last === want) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${String(want)} within ${withinMs} ms; last saw ${String(last)}`);
}
