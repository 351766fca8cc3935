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
  it('reads the edge limits in seconds, with defaults', () => {
    expect(readConfig({}).web).toEqual({ headersTimeoutMs: 10_000, bodyTimeoutMs: 15_000, keepAliveTimeoutMs: 5_000, maxConnectionsPerClient: 32 });
    expect(readConfig({}).shutdownTimeoutMs).toBe(10_000);
    const c = readConfig({ HEADERS_TIMEOUT_SECONDS: '5', BODY_TIMEOUT_SECONDS: '2.5', KEEP_ALIVE_TIMEOUT_SECONDS: '1', MAX_CONNECTIONS_PER_CLIENT: '0', SHUTDOWN_TIMEOUT_SECONDS: '30', ALLOWED_HOSTS: 'chat.example.org, localhost:3000,[::1]:3000' });
    expect(c.web).toEqual({ headersTimeoutMs: 5000, bodyTimeoutMs: 2500, keepAliveTimeoutMs: 1000, maxConnectionsPerClient: 0, allowedHosts: ['chat.example.org', 'localhost:3000', '[::1]:3000'] });
    expect(c.shutdownTimeoutMs).toBe(30_000);
  });
  it('names the edge variable at fault', () => {
    expect(() => readConfig({ BODY_TIMEOUT_SECONDS: '0' })).toThrow(/config: BODY_TIMEOUT_SECONDS: «0» is not a number of seconds/);
    expect(() => readConfig({ HEADERS_TIMEOUT_SECONDS: 'ten' })).toThrow(/config: HEADERS_TIMEOUT_SECONDS:/);
    expect(() => readConfig({ MAX_CONNECTIONS_PER_CLIENT: '-1' })).toThrow(/config: MAX_CONNECTIONS_PER_CLIENT: «-1» is not a whole number/);
    expect(() => readConfig({ ALLOWED_HOSTS: 'ok.example,http://bad/' })).toThrow(/config: ALLOWED_HOSTS: «http:\/\/bad\/» is not a host name/);
  });
  it('reads ADMIN_TOKEN and QUESTION_LOG', () => {
    expect(readConfig({})).toMatchObject({ adminToken: null, questionLog: true });
    expect(readConfig({ ADMIN_TOKEN: 'a'.repeat(24), QUESTION_LOG: 'off' })).toMatchObject({ adminToken: 'a'.repeat(24), questionLog: false });
    expect(readConfig({ ADMIN_TOKEN: '' }).adminToken).toBeNull();
    expect(() => readConfig({ ADMIN_TOKEN: 'short' })).toThrow(/config: ADMIN_TOKEN: is 5 characters; use at least 16/);
    expect(() => readConfig({ QUESTION_LOG: 'maybe' })).toThrow(/config: QUESTION_LOG: «maybe» is not on or off/);
  });
  it('reads the model settings only when OPENAI_API_KEY is set', () => {
    expect(readConfig({}).llm).toBeNull();
    expect(readConfig({ LLM_MODEL: 'deepseek-chat', OPENAI_BASE_URL: 'not a url', LLM_TIMEOUT_MS: 'soon' }).llm).toBeNull();
    expect(readConfig({ OPENAI_API_KEY: 'sk-test', LLM_MODEL: 'gpt-4o-mini' }).llm).toEqual({
      baseURL: 'https://api.openai.com/v1', apiKey: 'sk-test', model: 'gpt-4o-mini', timeoutMs: 8000,
    });
    expect(readConfig({ OPENAI_API_KEY: 'ollama', LLM_MODEL: 'qwen2.5:7b', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_TIMEOUT_MS: '20000' }).llm).toEqual({
      baseURL: 'http://127.0.0.1:11434/v1', apiKey: 'ollama', model: 'qwen2.5:7b', timeoutMs: 20000,
    });
  });
  it('names the model variable at fault', () => {
    expect(() => readConfig({ OPENAI_API_KEY: 'sk-test' })).toThrow(/^config: LLM_MODEL: is required when OPENAI_API_KEY is set/);
    expect(() => readConfig({ OPENAI_API_KEY: 'sk-test', LLM_MODEL: 'm', OPENAI_BASE_URL: 'api.deepseek.com' })).toThrow(/^config: OPENAI_BASE_URL: «api.deepseek.com» is not an http\(s\) URL/);
    expect(() => readConfig({ OPENAI_API_KEY: 'sk-test', LLM_MODEL: 'm', OPENAI_BASE_URL: 'ftp://x/v1' })).toThrow(/^config: OPENAI_BASE_URL/);
    for (const bad of ['soon', '8s', '1.5', '0', '-1', '499', '120001']) {
      expect(() => readConfig({ OPENAI_API_KEY: 'sk-test', LLM_MODEL: 'm', LLM_TIMEOUT_MS: bad })).toThrow(/^config: LLM_TIMEOUT_MS: «.*» is not a whole number of milliseconds from 500 to 120000/);
    }
  });
});
