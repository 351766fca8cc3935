/**
 * /api/chat under load: the real server in a child process (template mode),
 * driven by autocannon at 20 concurrent connections for 100,000 requests, each
 * a new conversation (no session id). Four of the ten questions carry a figure
 * that changes per request: 3,988 different first turns in a cycle of 9,970
 * requests, more than the assistant keeps (1,000), so each is worked out anew.
 * The other six repeat, as the page's example questions do, and are answered
 * from the kept first turns. Prints req/s, latency p50/p95,
 * the server's RSS before and after, and the same load against a trivial
 * node:http JSON handler in the same run, with the ratio between the two.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/** Typical questions; {n} becomes a different figure on each request. */
const messages = [
  '我们企业和江南大学签了{n}万元技术合同，能拿多少补助？',
  '我在省级创新创业大赛拿了二等奖，是第一完成人，能直接评职称吗？',
  '政策有效期到什么时候？',
  '用了{n}千元科技创新券，在省平台上用的，能拿多少',
  '中试平台能拿多少支持',
  '技术经纪人撮合了{n}万的交易，评上了年度优秀，已经落地，能拿多少',
  '区里的补贴和市里的能一起拿吗',
  '今天天气怎么样',
  '我们学校有省重点实验室，今年新增和企业的技术合同{n}万，能拿多少',
  '青年科学家支撑计划给多少钱',
];
const message = (i: number) => messages[i % messages.length]!.replace('{n}', String(100 + (i % 997)));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * A load's result with its rate measured here: autocannon notices that the
 * last of `amount` requests is answered only at its next one-second tick, so
 * its own duration (and a rate from it) is whole seconds late.
 */
type Load = autocannon.Result & { rate: number; seconds: number };

function load(url: string, amount: number, latencies?: number[], path = '/api/chat'): Promise<Load> {
  let i = 0;
  let done!: (r: Load) => void;
  let fail!: (e: unknown) => void;
  const result = new Promise<Load>((resolve, reject) => { done = resolve; fail = reject; });
  const started = performance.now();
  let last = started;
  let answered = 0;
  const instance = autocannon({
    url: `${url}${path}`,
    connections: 20,
    amount,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ message: message(i++) }) }),
      },
    ],
  }, (err, r) => (err ? fail(err) : done({ ...r, seconds: (last - started) / 1000, rate: (1000 * answered) / (last - started) })));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    last = performance.now();
    answered++;
    latencies?.push(ms);
  });
  return result;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchHttp(total = Number(process.env.BENCH_HTTP_REQUESTS ?? 100_000)): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', join(import.meta.dirname, 'memory-probe.ts'), join(import.meta.dirname, '..', 'bot', 'main.ts')],
    { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const memory = () =>
    new Promise<{ rss: number; heapAfterGc: number }>((resolve) => {
      const rss = rssMiB(child.pid!);
      child.once('message', (m) => resolve({ rss, heapAfterGc: (m as NodeJS.MemoryUsage).heapUsed / 1048576 }));
      child.send('memory');
    });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('web chat:')) resolve(); });
      child.once('exit', (code) => reject(new Error(`bench: the server exited (${code}) before it was ready`)));
    });
    const url = `http://127.0.0.1:${port}`;
    await load(url, 2000); // warm-up
    // Memory is read before, half-way and after: a leak keeps growing in the
    // second half, while V8 sizing its heap to the load grows only at first.
    const rss = [await memory()];
    const latencies: number[] = [];
    const halves = [];
    for (const amount of [Math.floor(total / 2), total - Math.floor(total / 2)]) {
      halves.push(await load(url, amount, latencies));
      rss.push(await memory());
    }
    latencies.sort((a, b) => a - b);
    const requests = halves.reduce((n, r) => n + r.requests.total, 0);
    const seconds = halves.reduce((n, r) => n + r.seconds, 0);
    const errors = halves.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    console.log(`http: ${requests.toLocaleString('en-US')} requests to POST /api/chat, 20 connections, template mode`);
    console.log(`http: ${Math.round(requests / seconds).toLocaleString('en-US')} req/s (target ≥ 1,000); latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (target p95 ≤ 30 ms)`);
    const at = `before, after ${Math.floor(total / 2).toLocaleString('en-US')}, after ${total.toLocaleString('en-US')}`;
    console.log(`http: errors ${errors}`);
    const chatRate = requests / seconds;
    // The trivial handler answers a run of `total` in a second or two, where a stall of the shared machine weighs a lot:
    // it gets at least 100,000 requests, so its rate is measured over several seconds too.
    const trivialRate = await trivialThroughput(Math.max(total, 100_000));
    console.log(`http: a trivial node:http JSON handler in the same run: ${Math.round(trivialRate).toLocaleString('en-US')} req/s; /api/chat reaches ${((100 * chatRate) / trivialRate).toFixed(1)}% of it (target ≥ 25%)`);
    console.log(`http: server RSS ${rss.map((m) => `${m.rss.toFixed(0)}`).join(' → ')} MiB; JS heap after a full GC ${rss.map((m) => m.heapAfterGc.toFixed(1)).join(' → ')} MiB (${at})`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Requests per second of the trivial handler (bench/trivial-server.ts) under the same load. */
async function trivialThroughput(total: number): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'trivial-server.ts')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('trivial: ready')) resolve(); });
      child.once('exit', (code) => reject(new Error(`bench: the trivial server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}`;
    await load(url, 2000, undefined, '/');
    const r = await load(url, total, undefined, '/');
    return r.rate;
  } finally {
    child.kill('SIGTERM');
  }
}
