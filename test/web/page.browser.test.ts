/**
 * The chat page in a real headless Chromium (Debian's chromium, driven by
 * playwright-core) against the real server on loopback, at a phone's size
 * (390 × 844) and a desktop's (1280 × 900). Screenshots go to
 * test-artifacts/web/ (git-ignored) for review; axe-core checks each state.
 */
import type { Browser, BrowserContext, Dialog, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remarkLines } from '../../bot/web/public/format.js';
import { launchBrowser, onScreen, screenshot, seriousAxeViolations } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const o of opened.values()) await o.close();
  await browser?.close();
  await server?.close();
});

interface Viewport {
  width: number;
  height: number;
  phone: boolean;
}
const phone: Viewport = { width: 390, height: 844, phone: true };
const desktop: Viewport = { width: 1280, height: 900, phone: false };

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Script errors and console errors (failed loads excepted where a test fails them on purpose). */
  errors: string[];
  close(): Promise<void>;
}

async function openPage(vp: Viewport): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    colorScheme: 'light',
    ...(vp.phone ? { isMobile: true, hasTouch: true } : {}),
  });
  // The copy button's text is kept where the test can read it.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => { (window as unknown as { copied: string }).copied = text; } },
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  await page.goto(server.url);
  await expect.poll(() => page.textContent('#policy-validity')).toBe('有效期 2025-09-01 至 2028-08-31');
  return { page, context, errors, close: () => context.close() };
}

/**
 * One page per size, kept for the whole file (a new browser context costs
 * seconds on a small machine): each test starts with 新对话 and no routes.
 */
const opened = new Map<Viewport, Opened>();
async function pageAt(vp: Viewport): Promise<Opened> {
  let o = opened.get(vp);
  if (!o) {
    o = await openPage(vp);
    opened.set(vp, o);
    return o;
  }
  await o.page.unrouteAll({ behavior: 'wait' });
  await o.page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await o.page.click('#reset');
  await o.page.mouse.move(0, vp.height / 2); // no hover colour left on 新对话 in the screenshots
  o.errors.length = 0;
  return o;
}

/** Sends a question from the input box; resolves with the reply element and the JSON the server sent. */
async function ask(page: Page, text: string) {
  const before = await page.locator('.msg.assistant').count();
  const response = page.waitForResponse((r: Response) => r.url().endsWith('/api/chat'));
  await page.fill('#input', text);
  await page.press('#input', 'Enter');
  const json = (await (await response).json()) as Record<string, any>;
  const reply = page.locator('.msg.assistant').nth(before);
  await reply.waitFor();
  return { reply, json };
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe.each([phone, desktop])('chat page at $width × $height (headless Chromium)', (vp) => {
  const tag = String(vp.width);

  it('start page: the date is a setting explained in words, the header one row; no serious axe violation', async () => {
    const { page, errors } = await pageAt(vp);
    await screenshot(page, `start-${tag}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The title and the menu share one row; the date is not on screen until asked for.
    const title = (await page.locator('h1').boundingBox())!;
    const menu = (await page.locator('#settings > summary').boundingBox())!;
    expect(Math.abs(title.y + title.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(12);
    expect((await page.locator('.topbar').boundingBox())!.height).toBeLessThan(vp.phone ? 70 : 80);
    expect(await page.locator('#as-of').isVisible()).toBe(false);
    await page.click('#settings > summary');
    expect(await page.locator('#as-of').isVisible()).toBe(true);
    expect(await page.locator('.settings-panel').textContent()).toContain('按某一日期的政策计算');
    expect(await page.locator('.settings-panel').textContent()).toContain('合同签订日');
    expect(await onScreen(page, page.locator('.settings-panel'), page.locator('body'))).toBe(true);
    await screenshot(page, `settings-${tag}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#as-of').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('an answer: a result card on the first screen, the answer text not repeated; citation in context; copy', async () => {
    const { page, errors } = await pageAt(vp);
    const { reply, json } = await ask(page, '我们企业和江南大学签了300万元技术合同，能拿多少补助？');
    const card = reply.locator('.card.calc');
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getAttribute('class')).toContain('tone-ok');
    const headline = card.locator('.headline');
    expect(await headline.locator('.verdict').textContent()).toBe('可获');
    expect(await headline.locator('.wan').textContent()).toBe('90万元');
    expect(await headline.locator('.exact').textContent()).toBe('900,000元');
    expect(await onScreen(page, headline)).toBe(true);
    expect(await card.locator('.formula').textContent()).toContain('300万元 × 30% = 90万元');
    expect(await card.locator('.checklist li.met').count()).toBe(json.calculations[0].conditions.filter((c: { status: string }) => c.status === 'met').length);
    expect(await card.locator('.checklist li.met .sr-only').first().textContent()).toBe('已满足：');

    // Cards and remarks, not the answer text that says the same again.
    expect(await reply.locator('.answer').count()).toBe(0);
    const shown = (await reply.locator('.bubble').textContent())!;
    for (const line of remarkLines(json.remarks)) expect(occurrences(shown, line)).toBe(1);
    for (const c of json.calculations[0].conditions) expect(occurrences(shown, c.label)).toBe(1);
    expect(occurrences(shown, json.calculations[0].formulaText)).toBe(1);
    await screenshot(page, `answer-${tag}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // One expandable block per measure, the cited sentence marked within its measure.
    const citations = reply.locator('details.citation');
    expect(await citations.count()).toBe(new Set(json.citations.map((c: { measure: number }) => c.measure)).size);
    const first = citations.first();
    expect(await first.locator('summary').textContent()).toContain('第6条');
    expect(await first.locator('.citation-body').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('.measure-text').textContent()).toContain('六、组织实施体系化科技成果转移转化');
    expect(await first.locator('mark').first().textContent()).toContain('按技术合同实际成交额的30%');
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, `citation-${tag}`);

    // Copy: plain text with the figures and the clauses.
    await reply.locator('button.copy').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '')).toContain('90万元');
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toContain('问：我们企业和江南大学签了300万元技术合同');
    expect(copied).toContain('依据：\n第6条（组织实施体系化科技成果转移转化）：对与科研事业单位开展产学研合作的企业');
    expect(await reply.locator('button.copy').textContent()).toBe('已复制');
    expect(errors).toEqual([]);
  });

  it('a clarifying question: its options at the top of the card, on the first screen; the conversation goes on', async () => {
    const { page, errors } = await pageAt(vp);
    const { reply } = await ask(page, '我们单位有人拿了创新创业大赛的奖，能直接评职称吗？');
    const card = reply.locator('.card.check');
    const option = card.locator('.options button').first();
    await option.waitFor();
    expect(await card.locator('.headline').textContent()).toMatch(/还需确认 \d 项/);
    expect(await onScreen(page, card.locator('.headline'))).toBe(true);
    expect(await onScreen(page, option)).toBe(true);
    // Above the checklist, right under the result.
    expect((await option.boundingBox())!.y).toBeLessThan((await card.locator('.checklist').boundingBox())!.y);
    expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(vp.phone ? 44 : 34);
    await screenshot(page, `question-${tag}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await card.locator('.options button', { hasText: '省级' }).click();
    await expect.poll(() => page.locator('.msg.assistant').count()).toBe(2);
    // A tap on a phone brings up no keyboard over the reply; a click on a desktop goes back to the input box.
    expect(await page.evaluate(() => document.activeElement?.id === 'input')).toBe(!vp.phone);
    const second = page.locator('.msg.assistant').nth(1);
    await second.locator('.options button', { hasText: '是' }).click();
    await expect.poll(() => page.locator('.msg.assistant').count()).toBe(3);
    const third = page.locator('.msg.assistant').nth(2).locator('.card.check');
    await third.waitFor();
    expect(await third.getAttribute('class')).toContain('tone-ok');
    expect(await third.locator('.headline').textContent()).toContain('符合');
    expect(await third.locator('.checklist li.unmet, .checklist li.unknown').count()).toBe(0);
    expect(await onScreen(page, third.locator('.headline'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a failed send: marked on the message in Chinese, and retried without a second copy', async () => {
    const { page, errors } = await pageAt(vp);
    await page.route('**/api/chat', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'internal error; the server keeps running — try again or report it' }) }),
    );
    await page.fill('#input', '中试平台能拿多少支持');
    await page.press('#input', 'Enter');
    const failed = page.locator('.msg.user.failed');
    await failed.locator('.send-error').waitFor();
    const said = (await failed.locator('.send-error-text').textContent())!;
    expect(said).toMatch(/未发送：.*请/);
    expect(said).not.toMatch(/[a-z]{3,}/i);
    expect(await page.inputValue('#input')).toBe('');
    expect(await onScreen(page, failed.locator('button.retry'))).toBe(true);
    await screenshot(page, `error-${tag}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.unroute('**/api/chat');
    await failed.locator('button.retry').click();
    await page.locator('.msg.assistant').first().waitFor();
    expect(await page.locator('.msg.user').count()).toBe(1);
    expect(await page.locator('.msg.user.failed, .send-error').count()).toBe(0);
    expect(await page.locator('.msg.assistant .card.calc .wan').first().textContent()).toBe('500万元');
    expect(errors).toEqual([]);
  });
});

describe('chat page details (headless Chromium)', () => {
  it('answers without a computed benefit as text, with no card', async () => {
    const { page } = await pageAt(desktop);
    const { reply, json } = await ask(page, '政策有效期到什么时候？');
    expect(json.calculations).toEqual([]);
    expect(await reply.locator('.card').count()).toBe(0);
    expect(await reply.locator('.answer').textContent()).toBe(json.answer);
  });

  it('computes as of the date chosen in the settings, and says so on the answer', async () => {
    const { page } = await pageAt(phone);
    await page.click('#settings > summary');
    await page.fill('#as-of', '2029-01-01');
    await page.keyboard.press('Escape');
    expect(await page.locator('#settings-label').textContent()).toBe('按 2029-01-01');
    const sent: unknown[] = [];
    const record = (r: Request) => { if (r.url().endsWith('/api/chat')) sent.push(r.postDataJSON()); };
    page.on('request', record);
    const { reply } = await ask(page, '我们企业和江南大学签了300万元技术合同，能拿多少补助？');
    page.off('request', record);
    expect(sent).toMatchObject([{ asOf: '2029-01-01' }]);
    expect(await reply.locator('.as-of-note').textContent()).toBe('按 2029-01-01 的政策计算');
    const card = reply.locator('.card.calc');
    expect(await card.getAttribute('data-status')).toBe('not_in_force');
    expect(await card.getAttribute('class')).toContain('tone-bad');
    await page.click('#settings > summary');
    await page.click('#as-of-clear');
    expect(await page.inputValue('#as-of')).toBe('');
    expect(await page.locator('#settings-label').textContent()).toBe('设置');
  });

  it('shows several benefits as compact cards with the question above them', async () => {
    const { page } = await pageAt(phone);
    const calc = (measure: number, title: string, headline: string, amountYuan: number, status = 'computed') => ({
      measure, benefit: `b${measure}`, title, beneficiary: 'enterprise', beneficiaryLabel: '企业', status, amountYuan, capYuan: 1000000,
      formula: '', eligible: null, conditions: [{ id: 'c', label: `条件${measure}`, status: 'unknown' }], notes: [], headline, formulaText: '',
    });
    await page.route('**/api/chat', (route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        answer: '（不显示）',
        citations: [],
        calculations: [calc(6, '产学研合作技术合同补助', '最高可获 90万元（还需确认 1 项条件）', 900000), calc(7, '科研平台资助', '最高可获 30万元（还需确认 1 项条件）', 300000)],
        checks: [],
        missing: ['x'],
        remarks: ['以上各项分属不同条款。'],
        question: { fact: 'x', text: '合作方是否为科研事业单位？', example: '是', options: ['是', '否'] },
        mode: 'template',
        sessionId: 'fixture',
      }),
    }));
    const { reply } = await ask(page, '两项各能拿多少');
    expect(await reply.locator('.cards.several > .card').count()).toBe(2);
    expect(await reply.locator('.cards.several > .question + .card').count()).toBe(1);
    expect(await reply.getByText('（不显示）').count()).toBe(0);
    expect(await reply.locator('.card .wan').allTextContents()).toEqual(['90万元', '30万元']);
    expect(await reply.locator('.card .verdict-detail').first().textContent()).toBe('还需确认 1 项条件');
    expect(await onScreen(page, reply.locator('.options button').first())).toBe(true);
    expect(await onScreen(page, reply.locator('.card .headline').first())).toBe(true);
    await screenshot(page, 'several-390');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says in Chinese what to do about errors whose server text is English; a message to shorten goes back to the input', async () => {
    const { page } = await pageAt(desktop);
    let reply: { status: number; body: object } = { status: 400, body: { error: 'asOf: must be a real date written YYYY-MM-DD', field: 'asOf' } };
    await page.route('**/api/chat', (route) => route.fulfill({ status: reply.status, contentType: 'application/json', body: JSON.stringify(reply.body) }));
    await page.fill('#input', '第一问');
    await page.press('#input', 'Enter');
    await page.locator('.send-error').waitFor();
    expect(await page.locator('.send-error-text').textContent()).toContain('设置');
    expect(await page.locator('.send-error button.retry').count()).toBe(1);

    reply = { status: 413, body: { error: 'request body is larger than 16384 bytes; shorten the message' } };
    await page.locator('.send-error button.retry').click();
    await expect.poll(() => page.locator('.send-error-text').textContent()).toContain('太长');
    await page.locator('.send-error button.edit').click();
    expect(await page.locator('.msg.user').count()).toBe(0);
    expect(await page.inputValue('#input')).toBe('第一问');

    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => route.abort('connectionrefused'));
    await page.press('#input', 'Enter');
    await expect.poll(() => page.locator('.send-error-text').textContent()).toContain('没有连上服务器');
    expect(await page.locator('.msg.user').count()).toBe(1);
  });

  it('prints the conversation without the controls, every citation open', async () => {
    const { page } = await pageAt(desktop);
    const { reply } = await ask(page, '我们企业和江南大学签了300万元技术合同，能拿多少补助？');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.composer-wrap', '.tools', '.msg-actions']) expect(await page.locator(hidden).first().isVisible()).toBe(false);
    expect(await reply.locator('.card .wan').isVisible()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await reply.locator('details.citation[open] mark').first().isVisible()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await reply.locator('details.citation[open]').count()).toBe(0);
  });

  it('shows user text as text, never as HTML', async () => {
    const { page } = await pageAt(desktop);
    let dialogs = 0;
    const dismiss = async (d: Dialog) => { dialogs++; await d.dismiss(); };
    page.on('dialog', dismiss);
    const evil = '<img src=x onerror="alert(1)"><b>粗体</b>';
    await ask(page, evil);
    expect(await page.locator('.msg.user').first().textContent()).toContain(evil);
    expect(await page.locator('#messages img').count()).toBe(0);
    expect(await page.locator('#messages b').count()).toBe(0);
    expect(dialogs).toBe(0);
    page.off('dialog', dismiss);
  });
});
