/**
 * Starts the real server (`node --import tsx bot/main.ts`, as `npm run
 * serve:prod` does) in a child process on a loopback port it picks itself, and reports
 * whether it came up or why it did not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface ServerProcess {
  /** Where it listens; set once it is ready (it picks a free port itself, so no other process can take it first). */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has ended. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export type StartResult = { ready: true; server: ServerProcess } | { ready: false; server: ServerProcess; code: number | null; signal: NodeJS.Signals | null };

/**
 * Spawns the server over `dataDir` and waits until it listens (its "web chat:"
 * line) or exits. `uid`/`gid` run it as another user (a read-only directory
 * only stops a process that is not root).
 */
export async function startServerProcess(
  dataDir: string,
  options: { env?: Record<string, string>; uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<StartResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bot/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const server: ServerProcess = {
    url: '',
    port: 0,
    child,
    output: () => out,
    exited,
    async stop(graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const r = await exited;
        clearTimeout(timer);
        return r;
      }
      return exited;
    },
  };
  // Generous: on a busy two-core machine a start has taken over 20 s.
  const deadline = options.timeoutMs ?? 90_000;
  return new Promise<StartResult>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, deadline);
    const onData = () => {
      const listening = /web chat: http:\/\/([^/\s]+):(\d+)\//.exec(out);
      if (listening) {
        server.port = Number(listening[2]);
        server.url = `http://127.0.0.1:${server.port}`;
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve({ ready: true, server });
      }
    };
    child.stdout!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      resolve({ ready: false, server, code, signal });
    });
  });
}
