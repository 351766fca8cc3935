/**
 * `npm start` (bot/main.ts as a child process) with TELEGRAM_BOT_TOKEN set,
 * against the loopback fake Bot API server: long polling, webhook mode on the
 * web server's own port with the secret token checked, a refused token and an
 * unreachable API each reported once while the web server keeps serving.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTemp, question, startServerProcess, tempDir, type ServerProcess } from '../support/knowledge.ts';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.ts';
import { botReplies, privateChat, user } from '../support/telegram.ts';

/** A port free a moment ago (the webhook URL must name the web server's port before it starts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const count = (text: string, part: string) => text.split(part).length - 1;

let polling: { fake: FakeTelegram; server: ServerProcess };
let webhook: { fake: FakeTelegram; server: ServerProcess; port: number };
let refused: { fake: FakeTelegram; server: ServerProcess };
let unreachable: ServerProcess;

beforeAll(async () => {
  const [a, b, c] = await Promise.all([startFakeTelegram(), startFakeTelegram(), startFakeTelegram()]);
  const port = await freePort();
  const closedPort = await freePort();
  const [s1, s2, s3, s4] = await Promise.all([
    startServerProcess(tempDir('cg-tg-poll-'), { TELEGRAM_BOT_TOKEN: a.token, TELEGRAM_API_ROOT: a.apiRoot, ADMIN_TELEGRAM_IDS: '9001, 9002' }),
    startServerProcess(tempDir('cg-tg-hook-'), { TELEGRAM_BOT_TOKEN: b.token, TELEGRAM_API_ROOT: b.apiRoot, PORT: String(port), TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook` }),
    startServerProcess(tempDir('cg-tg-bad-'), { TELEGRAM_BOT_TOKEN: '123456:this-token-was-revoked-by-botfather', TELEGRAM_API_ROOT: c.apiRoot }),
    startServerProcess(tempDir('cg-tg-down-'), { TELEGRAM_BOT_TOKEN: a.token, TELEGRAM_API_ROOT: `http://127.0.0.1:${closedPort}` }),
  ]);
  polling = { fake: a, server: s1! };
  webhook = { fake: b, server: s2!, port };
  refused = { fake: c, server: s3! };
  unreachable = s4!;
}, 120_000);

afterAll(async () => {
  await Promise.all([polling?.server.stop(), webhook?.server.stop(), refused?.server.stop(), unreachable?.stop()]);
  await Promise.all([polling?.fake.close(), webhook?.fake.close(), refused?.fake.close()]);
  cleanupTemp();
});

const waitOutput = async (server: ServerProcess, part: string) => {
  const until = Date.now() + 20_000;
  while (!server.output().includes(part)) {
    if (Date.now() > until) throw new Error(`expected «${part}» in the output:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('npm start with TELEGRAM_BOT_TOKEN (loopback fake Bot API)', () => {
  it('polls the Bot API at TELEGRAM_API_ROOT and answers beside the web server', async () => {
    const { fake, server } = polling;
    await waitOutput(server, 'is polling');
    expect(server.output()).toContain('telegram: starting (long polling');
    expect(server.output()).toContain('2 admin(s)');
    const chat = privateChat(user);
    fake.sendText(chat, user, question);
    const [reply] = await botReplies(fake, chat.id, 0);
    expect(reply!.text.split('\n')[0]).toBe('【第6条·产学研合作技术合同补助】可获 90万元');
    expect(fake.calls.some((c) => c.method === 'deleteWebhook')).toBe(true);
    expect(fake.commands.get('default')?.map((c) => c.command)).toEqual(['start', 'help', 'measures', 'calc', 'reset']);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('in webhook mode, registers the URL with a secret token and serves it on the web server', async () => {
    const { fake, server, port } = webhook;
    await waitOutput(server, 'receives updates by webhook');
    const hook = fake.webhook()!;
    expect(hook.url).toBe(`http://127.0.0.1:${port}/telegram/webhook`);
    expect(hook.secretToken).toMatch(/^[A-Za-z0-9_-]{20,256}$/);
    expect(server.output()).not.toContain(hook.secretToken!);
    // The fake delivers the update to the webhook, as Telegram would.
    const chat = privateChat(user);
    fake.sendText(chat, user, '/start');
    const [reply] = await botReplies(fake, chat.id, 0);
    expect(reply!.text).toContain('成果转化政策助手');
    // Anyone else posting to the webhook is refused, and nothing is sent.
    const update = { update_id: 999, message: { message_id: 50, date: 0, chat: { id: 77, type: 'private', first_name: 'x' }, from: { id: 77, is_bot: false, first_name: 'x' }, text: '/start' } };
    const forged = await fetch(`${server.url}/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' }, body: JSON.stringify(update) });
    expect(forged.status).toBe(401);
    const none = await fetch(`${server.url}/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update) });
    expect(none.status).toBe(401);
    expect((await fetch(`${server.url}/telegram/webhook`)).status).toBe(405);
    expect(fake.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === 77)).toEqual([]);
    expect(fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('reports a refused token once, clearly, and keeps serving the web chat', async () => {
    const { server } = refused;
    await waitOutput(server, 'refused TELEGRAM_BOT_TOKEN');
    await new Promise((r) => setTimeout(r, 1500));
    expect(count(server.output(), 'refused TELEGRAM_BOT_TOKEN')).toBe(1);
    expect(server.output()).toContain('(401 Unauthorized)');
    expect(server.output()).not.toContain('this-token-was-revoked');
    const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: question }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { answer: string }).answer).toContain('可获 90万元');
  });

  it('reports an unreachable Bot API once and keeps serving the web chat', async () => {
    await waitOutput(unreachable, 'cannot reach the Bot API');
    await new Promise((r) => setTimeout(r, 1500));
    expect(count(unreachable.output(), 'cannot reach the Bot API')).toBe(1);
    expect(unreachable.output()).toContain('ECONNREFUSED');
    // The error names the URL, which holds the token: never printed.
    expect(unreachable.output()).not.toContain(polling.fake.token.split(':')[1]!);
    expect((await fetch(`${unreachable.url}/healthz`)).status).toBe(200);
  });
});
