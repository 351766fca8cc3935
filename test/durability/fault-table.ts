/**
 * `npx tsx test/durability/fault-table.ts [FAULT_ID…]`: damages a copy of a good
 * DATA_DIR each way the suite does, starts the real server on it, asks the
 * 300万元 question twice and /healthz around it, and prints one line per fault:
 * what the server did. Slow (a server start per fault); the suite asserts,
 * this reports.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asUser, copyDataDir, makeReadOnly, makeWritable } from '../support/data-dir.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { EXPECTED_YUAN, FAULTS, QUESTION } from './faults.ts';

async function chat(url: string, sessionId?: string): Promise<string> {
  try {
    const res = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: QUESTION, ...(sessionId ? { sessionId } : {}) }),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json()) as { calculations?: { measure: number; amountYuan: number | null }[]; error?: string };
    if (res.status !== 200) return `${res.status}`;
    const amount = json.calculations?.find((c) => c.measure === 6)?.amountYuan;
    return amount === EXPECTED_YUAN ? '200 ✓900000' : `200 ✗${amount}`;
  } catch (e) {
    return `no answer (${(e as Error & { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`;
  }
}

async function health(url: string): Promise<string> {
  try {
    return String((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).status);
  } catch {
    return '—';
  }
}

export async function makeGoodDataDir(): Promise<{ dir: string; sessionId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-good-'));
  const started = await startServerProcess(dir);
  if (!started.ready) throw new Error(`the server did not start on a fresh DATA_DIR:\n${started.server.output()}`);
  const { url } = started.server;
  const first = (await (await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: '我们企业跟研究所签了技术合同，能补多少？' }) })).json()) as { sessionId: string };
  // Enough sessions for the database to span a few pages.
  for (let i = 0; i < 60; i++) {
    await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: `我们企业和江南大学签了${100 + i}万元技术合同，能拿多少补助？` }) });
  }
  await started.server.stop();
  return { dir, sessionId: first.sessionId };
}

async function probe(server: ServerProcess, sessionId?: string): Promise<string> {
  const h1 = await health(server.url);
  const c1 = await chat(server.url, sessionId);
  await new Promise((r) => setTimeout(r, 300));
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  const h2 = alive ? await health(server.url) : '—';
  const c2 = alive ? await chat(server.url, sessionId) : '—';
  const died = alive ? '' : `; died (${server.child.signalCode ?? `exit ${server.child.exitCode}`})`;
  return `healthz ${h1}, chat ${c1}${died}${alive ? `, then healthz ${h2}, chat ${c2}` : ''}`;
}

function lastLines(text: string, n = 2): string {
  return text.trim().split('\n').filter((l) => !/^\s+at /.test(l)).slice(-n).join(' | ').slice(0, 300);
}

async function main() {
  const only = process.argv.slice(2);
  const good = await makeGoodDataDir();
  const rows: string[] = [];
  const run = async (id: string, what: string, prepare: () => { dir: string; cleanup?: () => void; user?: { uid?: number; gid?: number } }, sessionId?: string) => {
    if (only.length > 0 && !only.includes(id)) return;
    const { dir, cleanup, user } = prepare();
    const started = await startServerProcess(dir, user ?? {});
    let line: string;
    if (started.ready) {
      line = await probe(started.server, sessionId);
      const log = lastLines(started.server.output().split('web chat:')[0]!.split('\n').filter((l) => /index|retrieval|session|database|sqlite|moved|rebuil/i.test(l)).join('\n'), 2);
      if (log) line += `  [log: ${log}]`;
      await started.server.stop();
    } else {
      line = `refused to start (${started.signal ?? `exit ${started.code}`}): ${lastLines(started.server.output())}`;
    }
    rows.push(`| ${id} | ${what} | ${line} |`);
    console.log(rows.at(-1));
    cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  };

  for (const f of FAULTS) {
    await run(f.id, f.what, () => {
      const dir = copyDataDir(good.dir);
      f.damage(dir, { sessionId: good.sessionId });
      return { dir };
    }, f.id === 'db-bad-row' ? good.sessionId : undefined);
  }
  await run('read-only-good', 'DATA_DIR read-only (a good copy), server not root', () => {
    const dir = copyDataDir(good.dir);
    chmodSync(dir, 0o755);
    makeReadOnly(dir);
    return { dir, user: asUser(), cleanup: () => makeWritable(dir) };
  });
  await run('read-only-empty', 'DATA_DIR read-only and empty, server not root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-fault-'));
    chmodSync(dir, 0o555);
    return { dir, user: asUser(), cleanup: () => chmodSync(dir, 0o755) };
  });
  await run('data-dir-file', 'DATA_DIR is a file', () => {
    const parent = mkdtempSync(join(tmpdir(), 'cg-fault-'));
    const dir = join(parent, 'data');
    writeFileSync(dir, 'not a folder');
    return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
  });
  rmSync(good.dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
