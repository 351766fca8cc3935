/**
 * The chat page with a model, in headless Chromium against the real server
 * and the loopback fake model: it asks /api/chat/stream, shows the checked
 * sentences as they arrive, then the cards from the final JSON; when the
 * model stalls it shows the template answer instead, then the cards.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIModel } from '../../bot/llm/index.ts';
import { launchBrowser, screenshot, seriousAxeViolations } from '../support/browser.ts';
import { chatReply, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.ts';
import { postChat, startTestServer, type TestServer } from '../support/server.ts';

const TIMEOUT_MS = 2000;
const QUESTION = '我们企业和江南大学签了300万元技术合同，能拿多少补助？';
const FAITHFUL = '您和江南大学签的300万元技术合同，按成交额的30%计算，可以拿到90万元补助。没有超过每家企业100万元的上限，两项条件都满足。';

let fake: FakeOpenAI;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({ model: createOpenAIModel({ baseURL: fake.baseURL, apiKey: 'sk-test', model: 'fake-chat', timeoutMs: TIMEOUT_MS }), modelTimeoutMs: TIMEOUT_MS });
  browser = await launchBrowser();
  // The SDK's first request loads its HTTP stack: not on the clock of a test.
  fake.queueChat(chatReply.text('热身。'));
  await postChat(server.url, { message: QUESTION });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.close();
});

/** Opens the page; every piece of text put in the streaming bubble is recorded in `window.drafts` (a replacement marked). */
async function open(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light' });
  await context.addInitScript(() => {
    const w = window as unknown as { drafts: string[] };
    w.drafts = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          const parent = n.nodeType === Node.TEXT_NODE ? n.parentElement : null;
          if (parent?.matches('.msg.draft .answer')) w.drafts.push(`${parent.closest('.replaced') ? 'replace: ' : ''}${n.textContent}`);
        }
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r: Request) => { if (r.url().includes('/api/chat')) requests.push(new URL(r.url()).pathname); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await expect.poll(() => page.textContent('#policy-validity')).toBe('有效期 2025-09-01 至 2028-08-31');
  // /api/info has said a model is configured once the title is in.
  await page.waitForFunction(() => document.querySelector('#policy-title')?.textContent === '无锡市促进全链式科技成果转化的若干措施');
  return { page, requests, errors };
}

const drafts = (page: Page) => page.evaluate(() => (window as unknown as { drafts: string[] }).drafts);

describe('chat page with a model (headless Chromium, loopback fake model)', () => {
  it('streams the checked sentences, then shows the model\'s words above the cards of the engine\'s figures', async () => {
    const { page, requests, errors } = await open();
    fake.reset();
    fake.queueChat(chatReply.text(FAITHFUL, { pieces: 10 }));
    await page.fill('#input', QUESTION);
    await page.press('#input', 'Enter');
    const reply = page.locator('.msg.assistant:not(.draft)');
    await reply.locator('.card.calc').waitFor();
    expect(requests).toEqual(['/api/chat/stream']);

    // Sentence by sentence while it was written.
    const seen = await drafts(page);
    expect(seen).toEqual(['您和江南大学签的300万元技术合同，按成交额的30%计算，可以拿到90万元补助。', '没有超过每家企业100万元的上限，两项条件都满足。']);
    expect(await page.locator('.msg.draft').count()).toBe(0);

    expect(await reply.getAttribute('data-mode')).toBe('llm');
    expect(await reply.locator('.answer.explanation').textContent()).toBe(FAITHFUL);
    // Every figure on the card is the engine's.
    expect(await reply.locator('.card.calc .wan').textContent()).toBe('90万元');
    expect(await reply.locator('.card.calc .exact').textContent()).toBe('900,000元');
    expect(await reply.locator('.card.calc .formula').textContent()).toContain('300万元 × 30% = 90万元');
    expect((await reply.locator('.answer.explanation').boundingBox())!.y).toBeLessThan((await reply.locator('.card.calc').boundingBox())!.y);
    await screenshot(page, 'stream-llm-390');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the template answer at once when the model stalls mid-stream, then the cards', async () => {
    const { page, errors } = await open();
    fake.reset();
    fake.queueChat(chatReply.stall('您可以拿到90万元补助。没有超过每家企业100万元的上限，两项', 6));
    await page.fill('#input', QUESTION);
    await page.press('#input', 'Enter');
    // The first sentence shows while the model hangs.
    await expect.poll(() => page.locator('.msg.draft .answer').textContent(), { timeout: TIMEOUT_MS }).toBe('您可以拿到90万元补助。');
    const reply = page.locator('.msg.assistant:not(.draft)');
    await reply.locator('.card.calc').waitFor({ timeout: TIMEOUT_MS * 3 });
    const seen = await drafts(page);
    expect(seen[0]).toBe('您可以拿到90万元补助。');
    // Replaced by the template answer before the final reply was drawn.
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatch(/^replace: 【第6条·产学研合作技术合同补助】可获 90万元/);
    expect(await reply.getAttribute('data-mode')).toBe('template');
    expect(await reply.locator('.answer').count()).toBe(0);
    expect(await reply.locator('.card.calc .wan').textContent()).toBe('90万元');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
