/**
 * /api/chat under load: the real server in a child process (template mode),
 * driven by autocannon at 20 concurrent connections for 100,000 requests;
 * prints req/s, latency p50/p95 and the server's RSS before and after.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const messages = [
  '我们企业和江南大学签了300万元技术合同，能拿多少补助？',
  '我在省级创新创业大赛拿了二等奖，是第一完成人，能直接评职称吗？',
  '政策有效期到什么时候？',
  '用了8万元科技创新券，在省平台上用的，能拿多少',
  '中试平台能拿多少支持',
  '技术经纪人撮合了1000万的交易，评上了年度优秀，已经落地，能拿多少',
  '区里的补贴和市里的能一起拿吗',
  '今天天气怎么样',
];

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

async function load(url: string, amount: number) {
  let i = 0;
  return autocannon({
    url: `${url}/api/chat`,
    connections: 20,
    amount,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ message: messages[i++ % messages.length], sessionId: `bench-${i % 500}` }) }),
      },
    ],
  });
}

export async function benchHttp(total = Number(process.env.BENCH_HTTP_REQUESTS ?? 100_000)): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'bot', 'main.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('web chat:')) resolve(); });
      child.once('exit', (code) => reject(new Error(`bench: the server exited (${code}) before it was ready`)));
    });
    const url = `http://127.0.0.1:${port}`;
    await load(url, 2000); // warm-up
    const before = rssMiB(child.pid!);
    const r = await load(url, total);
    const after = rssMiB(child.pid!);
    const errors = r.errors + r.timeouts + r.non2xx;
    console.log(`http: ${r.requests.total.toLocaleString('en-US')} requests to POST /api/chat, 20 connections, template mode`);
    console.log(`http: ${Math.round(r.requests.average).toLocaleString('en-US')} req/s (target ≥ 1,000); latency p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms (target p95 ≤ 30 ms)`);
    console.log(`http: errors ${errors} (non-2xx ${r.non2xx}, timeouts ${r.timeouts}); server RSS ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
