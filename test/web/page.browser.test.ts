/**
 * The chat page in a real headless Chromium (Debian's chromium, driven by
 * playwright-core) against the real server on loopback.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`browser test: no Chromium at ${executablePath}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('chat page (headless Chromium)', () => {
  it('asks a question, shows the amount, opens the citation', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(server.url);
    await expect.poll(() => page.textContent('#policy-validity')).toBe('2025-09-01 至 2028-08-31');
    await page.fill('#input', '我们企业和江南大学签了300万元技术合同，能拿多少补助？');
    await page.click('#send');
    const reply = page.locator('.msg.assistant').last();
    await reply.locator('table.calculations td.amount').first().waitFor();
    expect(await reply.locator('td.amount').first().textContent()).toContain('90万元');
    expect(await reply.locator('.answer').textContent()).toContain('300万元 × 30% = 90万元');
    expect(await reply.locator('.checklist li.met').count()).toBeGreaterThan(0);
    const citation = reply.locator('details.citation').first();
    expect(await citation.locator('summary').textContent()).toContain('第6条');
    expect(await citation.locator('.excerpt').isVisible()).toBe(false);
    await citation.locator('summary').click();
    expect(await citation.locator('.excerpt').isVisible()).toBe(true);
    expect(await citation.locator('.excerpt').textContent()).toContain('按技术合同实际成交额的30%');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers a clarifying question as buttons and continues the conversation', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.fill('#input', '我在省级创新创业大赛拿了二等奖，能直接评职称吗？');
    await page.press('#input', 'Enter');
    const first = page.locator('.msg.assistant').last();
    await first.locator('.options button').first().waitFor();
    await first.locator('.options button', { hasText: '科研人员' }).click();
    await expect.poll(() => page.locator('.msg.assistant').count()).toBe(2);
    const second = page.locator('.msg.assistant').nth(1);
    await second.locator('.options button', { hasText: '是' }).click();
    await expect.poll(() => page.locator('.msg.assistant').count()).toBe(3);
    const third = page.locator('.msg.assistant').nth(2);
    await third.locator('.checklist').first().waitFor();
    expect(await third.locator('.checklist li.unmet').count()).toBe(0);
    expect(await third.locator('.answer').textContent()).toContain('可直接申报相应职称');
    await page.close();
  });

  it('shows user text as text, never as HTML', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await page.goto(server.url);
    const evil = '<img src=x onerror="alert(1)"><b>粗体</b>';
    await page.fill('#input', evil);
    await page.click('#send');
    await page.locator('.msg.assistant').first().waitFor();
    expect(await page.locator('.msg.user').first().textContent()).toContain(evil);
    expect(await page.locator('#messages img').count()).toBe(0);
    expect(await page.locator('#messages b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});
