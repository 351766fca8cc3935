import { describe, expect, it } from 'vitest';
import { readConfig } from '../../bot/main.ts';

describe('configuration from the environment', () => {
  it('has working defaults with no variables set', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', embeddings: { kind: 'local' } });
    expect(c.dataDir).toMatch(/\/data$/);
  });
  it('reads an OpenAI-compatible embeddings endpoint', () => {
    expect(readConfig({ EMBEDDINGS: 'openai', EMBEDDINGS_MODEL: 'bge-m3', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }).embeddings).toEqual({
      kind: 'openai', baseURL: 'http://127.0.0.1:11434/v1', model: 'bge-m3',
    });
  });
  it('names the variable at fault', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/config: PORT/);
    expect(() => readConfig({ EMBEDDINGS: 'openai' })).toThrow(/config: EMBEDDINGS_MODEL: is required/);
    expect(() => readConfig({ EMBEDDINGS: 'magic' })).toThrow(/config: EMBEDDINGS: «magic» is not supported/);
  });
  it('reads ADMIN_TOKEN and QUESTION_LOG', () => {
    expect(readConfig({})).toMatchObject({ adminToken: null, questionLog: true });
    expect(readConfig({ ADMIN_TOKEN: 'a'.repeat(24), QUESTION_LOG: 'off' })).toMatchObject({ adminToken: 'a'.repeat(24), questionLog: false });
    expect(readConfig({ ADMIN_TOKEN: '' }).adminToken).toBeNull();
    expect(() => readConfig({ ADMIN_TOKEN: 'short' })).toThrow(/config: ADMIN_TOKEN: is 5 characters; use at least 16/);
    expect(() => readConfig({ QUESTION_LOG: 'maybe' })).toThrow(/config: QUESTION_LOG: «maybe» is not on or off/);
  });
});
