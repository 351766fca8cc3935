/** OpenAI-compatible embeddings against a loopback fake server (real HTTP, no network). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { createPolicyRetriever, OpenAICompatibleEmbeddings, RetrievalError } from '../../retrieval/index.ts';
import { startFakeOpenAI, toyEmbedding, type FakeOpenAI } from '../support/fake-openai.ts';

let fake: FakeOpenAI;
beforeAll(async () => { fake = await startFakeOpenAI({ dimensions: 16 }); });
afterAll(async () => { await fake.close(); });

const make = (extra: Partial<ConstructorParameters<typeof OpenAICompatibleEmbeddings>[0]> = {}) =>
  new OpenAICompatibleEmbeddings({ baseURL: fake.baseURL, apiKey: 'sk-test', model: 'bge-m3', batchSize: 2, retryDelayMs: 5, timeoutMs: 500, ...extra });

describe('OpenAI-compatible embeddings (loopback fake server)', () => {
  it('batches inputs, sends model and key, and keeps the order by index', async () => {
    fake.requests.length = 0;
    const e = make();
    const texts = ['中试', '职称', '创新券', '揭榜', '基金'];
    const vectors = await e.embedDocuments(texts);
    expect(vectors).toEqual(texts.map((t) => toyEmbedding(t, 16)));
    expect(fake.requests.map((r) => (r.body as { input: string[] }).input)).toEqual([['中试', '职称'], ['创新券', '揭榜'], ['基金']]);
    expect(fake.requests[0]!.path).toBe('/v1/embeddings');
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    expect((fake.requests[0]!.body as { model: string }).model).toBe('bge-m3');
    expect(e.info.dimensions).toBe(16);
  });

  it('retries 429 and 5xx answers, then succeeds', async () => {
    fake.requests.length = 0;
    fake.failNext(429, 503);
    expect(await make().embedQuery('中试')).toEqual(toyEmbedding('中试', 16));
    expect(fake.requests.length).toBe(3);
  });

  it('gives up after the retries with an error naming the endpoint', async () => {
    fake.failNext(500, 500, 500);
    await expect(make({ maxRetries: 2 }).embedQuery('x')).rejects.toThrow(/embeddings failed after 3 attempts/);
  });

  it('does not retry a 401 and says what to check', async () => {
    fake.requests.length = 0;
    fake.failNext(401);
    const err = await make().embedQuery('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetrievalError);
    expect(String(err)).toMatch(/HTTP 401.*OPENAI_API_KEY/);
    expect(fake.requests.length).toBe(1);
  });

  it('times out a slow server and retries', async () => {
    fake.setDelay(300);
    try {
      await expect(make({ timeoutMs: 50, maxRetries: 1 }).embedQuery('x')).rejects.toThrow(/failed after 2 attempts/);
    } finally {
      fake.setDelay(0);
    }
  });

  it('serves a retriever built on the remote embeddings, recorded in the manifest', async () => {
    const kb = loadKnowledge();
    const r = await createPolicyRetriever(kb, { embeddings: { kind: 'openai', baseURL: fake.baseURL, model: 'bge-m3' } });
    expect(r.manifest.embedder).toContain('bge-m3');
    expect(r.manifest.dimensions).toBe(16);
    const hit = await r.search('小批量试生产');
    expect(hit.cited).toBe(true);
  });

  it('refuses a configuration without a model', () => {
    expect(() => new OpenAICompatibleEmbeddings({ baseURL: fake.baseURL, model: '' })).toThrow(/EMBEDDINGS_MODEL/);
  });
});
