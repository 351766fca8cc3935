/** The circuit breaker in front of the endpoint: counted by the requests the loopback fake receives. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIModel, ModelError } from '../../bot/llm/index.ts';
import { chatReply, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  // The SDK's first request loads its HTTP stack; under a busy test run that alone can outlast a short timeout.
  fake.queueChat(chatReply.text('热身'));
  await createOpenAIModel({ baseURL: fake.baseURL, apiKey: 'sk-test', model: 'm' }).explain({ system: 's', user: 'u' });
});
afterAll(async () => { await fake.close(); });
beforeEach(() => fake.reset());

const prompt = { system: 's', user: 'u' };
const START = Date.parse('2026-03-15T08:00:00Z');

function setup() {
  const clock = { t: START };
  const model = createOpenAIModel({
    baseURL: fake.baseURL, apiKey: 'sk-test', model: 'm', timeoutMs: 1000,
    breaker: { failureThreshold: 3, cooldownMs: 10_000, now: () => clock.t },
  });
  const faultOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof ModelError ? e.fault : `not a ModelError: ${String(e)}`));
  return { clock, model, faultOf };
}

describe('circuit breaker', () => {
  it('opens after three failures in a row and stops calling the endpoint', async () => {
    const { model, faultOf } = setup();
    fake.queueChat(chatReply.status(500), chatReply.malformed(), chatReply.hang());
    expect(await faultOf(model.explain(prompt))).toBe('http');
    expect(await faultOf(model.explain(prompt))).toBe('malformed');
    expect(model.health()).toEqual({ state: 'closed', consecutiveFailures: 2 });
    expect(await faultOf(model.explain(prompt))).toBe('timeout');
    expect(model.health()).toEqual({ state: 'open', consecutiveFailures: 3, openUntil: new Date(START + 10_000).toISOString() });

    fake.queueChat(chatReply.text('不该被调用'));
    for (let i = 0; i < 5; i++) expect(await faultOf(model.explain(prompt, { onDelta: () => {} }))).toBe('circuit-open');
    expect(await faultOf(model.understand({ instructions: 'i', message: 'm', history: [], tool: { name: 't', description: 'd', parameters: {} } }))).toBe('circuit-open');
    expect(fake.chatRequests().length).toBe(3);
  });

  it('says why and until when it refuses', async () => {
    const { model } = setup();
    fake.queueChat(chatReply.status(500), chatReply.status(500), chatReply.status(500));
    for (let i = 0; i < 3; i++) await model.explain(prompt).catch(() => {});
    await expect(model.explain(prompt)).rejects.toThrow(/^llm: circuit-open: 3 failures in a row; not calling until 2026-03-15T08:00:10.000Z$/);
  });

  it('half-opens after the cooldown: one probe goes through, and its success closes the circuit', async () => {
    const { clock, model, faultOf } = setup();
    fake.queueChat(chatReply.status(500), chatReply.status(500), chatReply.status(500));
    for (let i = 0; i < 3; i++) await faultOf(model.explain(prompt));
    clock.t += 10_000;
    expect(model.health().state).toBe('half-open');

    fake.queueChat(chatReply.stall('探测中', 1), chatReply.text('好的'), chatReply.text('好的'));
    const probe = faultOf(model.explain(prompt, { onDelta: () => {} }));
    // While the probe is under way, other calls are still refused.
    expect(await faultOf(model.explain(prompt))).toBe('circuit-open');
    expect(await probe).toBe('timeout');
    expect(model.health()).toMatchObject({ state: 'open', consecutiveFailures: 4 });
    expect(fake.chatRequests().length).toBe(4);

    clock.t += 10_000;
    expect(await model.explain(prompt)).toBe('好的');
    expect(model.health()).toEqual({ state: 'closed', consecutiveFailures: 0 });
    expect(await model.explain(prompt)).toBe('好的');
    expect(fake.chatRequests().length).toBe(6);
  });

  it('does not count a call the caller aborted', async () => {
    const { model, faultOf } = setup();
    fake.queueChat(chatReply.hang(), chatReply.hang(), chatReply.hang(), chatReply.hang());
    for (let i = 0; i < 4; i++) {
      const abort = new AbortController();
      setTimeout(() => abort.abort(), 20);
      expect(await faultOf(model.explain(prompt, { signal: abort.signal }))).toBe('aborted');
    }
    expect(model.health()).toEqual({ state: 'closed', consecutiveFailures: 0 });
  });

  it('a success in between resets the count', async () => {
    const { model, faultOf } = setup();
    fake.queueChat(chatReply.status(500), chatReply.status(500), chatReply.text('好的'), chatReply.status(500), chatReply.status(500));
    for (let i = 0; i < 5; i++) await faultOf(model.explain(prompt));
    expect(model.health()).toEqual({ state: 'closed', consecutiveFailures: 2 });
    expect(fake.chatRequests().length).toBe(5);
  });
});
