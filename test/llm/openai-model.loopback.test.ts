/** The OpenAI-compatible model against a loopback fake server speaking the real wire protocol (no network, no key). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIModel, ModelError, type OpenAIModelOptions } from '../../bot/llm/index.ts';
import type { ModelTool } from '../../bot/core/model.ts';
import { chatReply, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  // The SDK's first request loads its HTTP stack; keep that out of the timed tests.
  fake.queueChat(chatReply.text('热身'));
  await make().explain({ system: 's', user: 'u' });
});
afterAll(async () => { await fake.close(); });
beforeEach(() => fake.reset());

const make = (extra: Partial<OpenAIModelOptions> = {}) =>
  createOpenAIModel({ baseURL: fake.baseURL, apiKey: 'sk-test', model: 'qwen-plus', timeoutMs: 5000, breaker: { failureThreshold: 100 }, ...extra });

const prompt = { system: '把答复改写得亲切一些。', user: '<模板答复>可获：90万元（900,000元）</模板答复>' };
const tool: ModelTool = {
  name: 'record_facts',
  description: '记录用户消息中的事实',
  parameters: { type: 'object', properties: { contractAmountYuan: { type: 'number' }, institutionType: { type: 'string' } }, additionalProperties: false },
};
const reading = { instructions: '读出事实。', message: '和江南大学签了300万', history: ['我们是企业'], tool };
const faithful = '好消息！按技术合同实际成交额的30%计算，您可获得90万元（900,000元）补助，未超过100万元上限。';

/** The ModelError a call rejects with (fails the test if it resolves). */
async function fault(p: Promise<unknown>): Promise<ModelError> {
  const e = await p.then(() => { throw new Error('resolved instead of rejecting'); }, (err: unknown) => err);
  expect(e).toBeInstanceOf(ModelError);
  expect((e as ModelError).message).toMatch(/^llm: /);
  return e as ModelError;
}

describe('explain', () => {
  it('returns a faithful text and sends the prompt, the model and the key', async () => {
    fake.queueChat(chatReply.text(faithful));
    expect(await make().explain(prompt)).toBe(faithful);
    const [req] = fake.chatRequests();
    expect(req!.headers.authorization).toBe('Bearer sk-test');
    expect(req!.body).toMatchObject({ model: 'qwen-plus', messages: [{ role: 'system', content: prompt.system }, { role: 'user', content: prompt.user }] });
    expect((req!.body as { stream?: boolean }).stream).toBeFalsy();
  });

  it('streams the deltas in order and resolves with the whole text', async () => {
    fake.queueChat(chatReply.text(faithful, { pieces: 7 }));
    const deltas: string[] = [];
    const text = await make().explain(prompt, { onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBe(7);
    expect(deltas.join('')).toBe(faithful);
    expect(text).toBe(faithful);
    expect((fake.chatRequests()[0]!.body as { stream?: boolean }).stream).toBe(true);
  });

  it.each([
    ['a 500', chatReply.status(500), 'http'],
    ['a 429', chatReply.status(429, 'rate limited'), 'http'],
    ['a malformed body', chatReply.malformed(), 'malformed'],
    ['an empty reply', chatReply.empty(), 'empty'],
    ['a cut body', chatReply.cut(faithful, 2), 'cut'],
    ['a reply stopped by the token limit', chatReply.text('您可获得', { finishReason: 'length' }), 'truncated'],
  ] as const)('ends %s unstreamed in ModelError %s', async (_name, reply, expected) => {
    fake.queueChat(reply);
    expect((await fault(make().explain(prompt))).fault).toBe(expected);
  });

  it.each([
    ['a 500', chatReply.status(500), 'http'],
    ['a malformed event', chatReply.malformed(), 'malformed'],
    ['an empty stream', chatReply.empty(), 'empty'],
    ['a stream cut halfway', chatReply.cut(faithful, 3), 'cut'],
    ['a tool call instead of text', chatReply.tool('x', {}), 'empty'],
  ] as const)('ends %s streamed in ModelError %s', async (_name, reply, expected) => {
    fake.queueChat(reply);
    expect((await fault(make().explain(prompt, { onDelta: () => {} }))).fault).toBe(expected);
  });

  it('names the HTTP status and does not retry', async () => {
    fake.queueChat(chatReply.status(503, 'overloaded'), chatReply.text(faithful));
    const e = await fault(make().explain(prompt));
    expect(e.status).toBe(503);
    expect(e.message).toBe('llm: http: HTTP 503: overloaded');
    expect(fake.chatRequests().length).toBe(1);
  });

  it('delivers the deltas before a cut, then rejects', async () => {
    fake.queueChat(chatReply.cut(faithful, 2));
    const deltas: string[] = [];
    await fault(make().explain(prompt, { onDelta: (d) => deltas.push(d) }));
    expect(deltas.length).toBe(2);
    expect(faithful.startsWith(deltas.join(''))).toBe(true);
  });

  it('passes an error of onDelta through untouched', async () => {
    fake.queueChat(chatReply.text(faithful));
    const boom = new Error('client went away');
    await expect(make().explain(prompt, { onDelta: () => { throw boom; } })).rejects.toBe(boom);
  });
});

describe('timeouts', () => {
  const margin = 250;

  it.each([
    ['a server that never answers, unstreamed', chatReply.hang(), false],
    ['a server that never answers, streamed', chatReply.hang(), true],
    ['a stream that stalls after two chunks', chatReply.stall(faithful, 2), true],
    ['a body that stalls halfway', chatReply.stall(faithful, 1), false],
  ] as const)('ends %s within the timeout', async (_name, reply, stream) => {
    fake.queueChat(reply);
    const t0 = performance.now();
    const e = await fault(make({ timeoutMs: 300 }).explain(prompt, stream ? { onDelta: () => {} } : {}));
    const elapsed = performance.now() - t0;
    expect(e.fault).toBe('timeout');
    expect(e.message).toContain('300 ms');
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(300 + margin);
  });

  it('ends a hanging tool call within the timeout', async () => {
    fake.queueChat(chatReply.hang());
    const t0 = performance.now();
    expect((await fault(make({ timeoutMs: 300 }).understand(reading))).fault).toBe('timeout');
    expect(performance.now() - t0).toBeLessThan(300 + margin);
  });

  it("stops at once when the caller aborts, and says it was the caller", async () => {
    fake.queueChat(chatReply.hang());
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    const t0 = performance.now();
    const e = await fault(make({ timeoutMs: 5000 }).explain(prompt, { signal: abort.signal, onDelta: () => {} }));
    expect(e.fault).toBe('aborted');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('understand', () => {
  it('forces the tool and returns its arguments as parsed JSON', async () => {
    fake.queueChat(chatReply.tool('record_facts', { contractAmountYuan: 3000000, institutionType: 'university' }));
    expect(await make().understand(reading)).toEqual({ contractAmountYuan: 3000000, institutionType: 'university' });
    const body = fake.chatRequests()[0]!.body as Record<string, unknown>;
    expect(body.tools).toEqual([{ type: 'function', function: tool }]);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'record_facts' } });
    expect(body.temperature).toBe(0);
    expect(body.messages).toEqual([
      { role: 'system', content: '读出事实。' },
      { role: 'user', content: '我们是企业' },
      { role: 'user', content: '和江南大学签了300万' },
    ]);
  });

  it.each([
    ['arguments that are not JSON', chatReply.tool('record_facts', '{"contractAmountYuan": 300'), 'bad-tool-arguments'],
    ['a call of another tool', chatReply.tool('delete_everything', {}), 'no-tool-call'],
    ['text instead of a tool call', chatReply.text('好的'), 'no-tool-call'],
    ['a 500', chatReply.status(500), 'http'],
    ['a malformed body', chatReply.malformed(), 'malformed'],
    ['a cut body', chatReply.cut('x', 1), 'cut'],
  ] as const)('ends %s in ModelError %s', async (_name, reply, expected) => {
    fake.queueChat(reply);
    expect((await fault(make().understand(reading))).fault).toBe(expected);
  });

  it('returns invented arguments as they are: validating them is the caller\'s part', async () => {
    fake.queueChat(chatReply.tool('record_facts', { contractAmountYuan: 99999999, inventedField: true }));
    expect(await make().understand(reading)).toEqual({ contractAmountYuan: 99999999, inventedField: true });
  });
});

describe('a connection that cannot be made', () => {
  it('ends in ModelError connection', async () => {
    const m = createOpenAIModel({ baseURL: 'http://127.0.0.1:9/v1', apiKey: 'sk-test', model: 'm', timeoutMs: 2000 });
    expect((await fault(m.explain(prompt))).fault).toBe('connection');
  });
});
