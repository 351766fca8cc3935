/**
 * The runtime swapping knowledge versions under a conversation. An
 * OpenAI-compatible embeddings fake on loopback holds a turn's query in
 * flight while a new version is published and swapped in: the turn finishes
 * on the version it started on, the next turn uses the new one.
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.ts';
import { cleanupTemp, knowledgeCopy, m6Edits, question, revisedCopy, tempDir } from '../support/knowledge.ts';

let fake: FakeOpenAI;
let rt: Runtime;
const logged: string[] = [];

const amount = (r: { calculations: { benefit: string; amountYuan: number | null }[] }) => r.calculations.find((c) => c.benefit === 'm6-contract-subsidy')?.amountYuan;

beforeAll(async () => {
  fake = await startFakeOpenAI({ dimensions: 16 });
  rt = await createRuntime({
    dataDir: tempDir('cg-rt-'),
    embeddings: { kind: 'openai', baseURL: fake.baseURL, model: 'toy' },
    today: () => '2026-06-01',
    // Only refresh() swaps here, so each step is deterministic.
    pollMs: 3_600_000,
    log: (m) => logged.push(m),
  });
}, 60_000);

afterAll(async () => {
  rt?.close();
  await fake?.close();
  cleanupTemp();
});

describe('runtime over published versions', () => {
  it('finishes a running turn on the version it started on; the next turn uses the new one', async () => {
    expect(amount(await rt.assistant.chat({ message: question }))).toBe(900000);
    const old = rt.kb.version;

    // A question that names no item goes through retrieval, where the fake embedder holds it.
    fake.setDelay(1500);
    const seen = fake.requests.length;
    const running = rt.assistant.chat({ message: '企业与高校院所搞产学研项目，市里按什么比例给钱' });
    await expect.poll(() => fake.requests.length, { timeout: 5000 }).toBeGreaterThan(seen);
    fake.setDelay(0);

    const published = await rt.versions!.publish(revisedCopy(), { by: 'test' });
    if (!published.ok) throw new Error('publish failed');
    expect(await rt.refresh()).toBe(published.version);
    expect(rt.kb.version).toBe(published.version);
    expect(rt.status()).toMatchObject({ version: published.version, current: true, problems: [] });

    // Whatever it found, the held turn answers from the version it started on: none of the new figures.
    const finished = await running;
    expect(finished.answer).not.toMatch(/40%|150万元/);
    expect(finished.calculations.every((c) => c.capYuan !== 1500000)).toBe(true);
    expect(amount(await rt.assistant.chat({ message: question }))).toBe(1200000);
    expect(logged.some((m) => m.includes(`now serving version ${published.version} (was ${old}`))).toBe(true);
  }, 60_000);

  it('keeps serving when a rebuild fails, logs it, and swaps once the next version builds', async () => {
    const serving = rt.kb.version;
    const next = await rt.versions!.publish(knowledgeCopy(m6Edits(50, 200)), { by: 'test' });
    if (!next.ok) throw new Error('publish failed');
    fake.failNext(400);
    expect(await rt.refresh()).toBe(serving);
    expect(amount(await rt.assistant.chat({ message: question }))).toBe(1200000);
    const status = rt.status();
    expect(status.current).toBe(false);
    expect(status.problems.join('\n')).toMatch(new RegExp(`could not switch to version ${next.version}: .*still serving ${serving}`));
    expect(logged.some((m) => m.includes(`could not switch to version ${next.version}`))).toBe(true);

    // The same pointer is not retried every poll; a later change is.
    expect(await rt.refresh()).toBe(serving);
    const third = await rt.versions!.publish(knowledgeCopy(m6Edits(20, 100)), { by: 'test' });
    if (!third.ok) throw new Error('publish failed');
    expect(await rt.refresh()).toBe(third.version);
    expect(amount(await rt.assistant.chat({ message: question }))).toBe(600000);
    expect(rt.status()).toMatchObject({ current: true, problems: [] });
  }, 60_000);

  it('refuses to swap to a version damaged after it was published', async () => {
    const serving = rt.kb.version;
    const next = await rt.versions!.publish(revisedCopy({ 'lexicon.yaml': (t) => t.replace('words:\n', 'words:\n  - 横向课题\n') }), { by: 'test' });
    if (!next.ok) throw new Error('publish failed');
    const file = join(rt.versions!.dirOf(next.version), 'measures', '06.yaml');
    truncateSync(file, 10);
    expect(await rt.refresh()).toBe(serving);
    expect(rt.status().problems.join('\n')).toContain(file);
  }, 60_000);
});
