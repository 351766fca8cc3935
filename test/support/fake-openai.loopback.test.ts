/** The fake OpenAI server itself: its chat wire format read by the real SDK and by raw HTTP. */
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chatReply, splitPieces, startFakeOpenAI, type FakeOpenAI } from './fake-openai.ts';

let fake: FakeOpenAI;
let client: OpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  client = new OpenAI({ baseURL: fake.baseURL, apiKey: 'sk-test', maxRetries: 0, logLevel: 'off' });
});
afterAll(async () => { await fake.close(); });
beforeEach(() => fake.reset());

const ask = { model: 'm', messages: [{ role: 'user' as const, content: '你好' }] };

describe('fake OpenAI chat completions', () => {
  it('streams tool-call arguments in pieces that join into the JSON', async () => {
    fake.queueChat(chatReply.tool('record_facts', { contractAmountYuan: 3000000 }, { pieces: 5 }));
    const stream = await client.chat.completions.create({ ...ask, stream: true });
    const pieces: string[] = [];
    let name = '';
    let finish: string | null = null;
    for await (const chunk of stream) {
      const call = chunk.choices[0]?.delta.tool_calls?.[0];
      if (call?.function?.name) name = call.function.name;
      if (call?.function?.arguments) pieces.push(call.function.arguments);
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(name).toBe('record_facts');
    expect(pieces.length).toBe(5);
    expect(JSON.parse(pieces.join(''))).toEqual({ contractAmountYuan: 3000000 });
    expect(finish).toBe('tool_calls');
  });

  it('ends a stream with data: [DONE] and sends chat.completion.chunk events', async () => {
    fake.queueChat(chatReply.text('可获90万元', { pieces: 2 }));
    const res = await fetch(`${fake.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ask, stream: true }) });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = (await res.text()).split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, '')) as { object: string; choices: { delta: { content?: string } }[] });
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.map((c) => c.choices[0]!.delta.content ?? '').join('')).toBe('可获90万元');
  });

  it('answers with the queue in order, then 500 when it is empty, and records every request', async () => {
    fake.queueChat(chatReply.text('一'), chatReply.status(429));
    expect((await client.chat.completions.create(ask)).choices[0]!.message.content).toBe('一');
    await expect(client.chat.completions.create(ask)).rejects.toMatchObject({ status: 429 });
    await expect(client.chat.completions.create(ask)).rejects.toMatchObject({ status: 500 });
    expect(fake.chatRequests().map((r) => (r.body as { model: string }).model)).toEqual(['m', 'm', 'm']);
  });

  it('cuts text into pieces without splitting a character', () => {
    expect(splitPieces('可获90万元', 3)).toEqual(['可获', '90', '万元']);
    expect(splitPieces('可获90万元', 4)).toEqual(['可获', '90', '万', '元']);
    expect(splitPieces('😀😀😀', 3)).toEqual(['😀', '😀', '😀']);
    expect(splitPieces('', 4)).toEqual(['']);
  });
});
