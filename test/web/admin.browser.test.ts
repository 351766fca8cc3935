/**
 * The admin page in a real headless Chromium (Debian's chromium, driven by
 * playwright-core) against the real server (npm start with ADMIN_TOKEN) on
 * loopback: a wrong token gets nothing; staff log in, upload a zip, read the
 * diff, publish, and roll back; on a phone-sized screen too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeFiles } from '../../knowledge/index.ts';
import { cleanupTemp, m6Amount, revisedCopy, startServerProcess, tempDir, within, type ServerProcess } from '../support/knowledge.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const token = 'browser-admin-token-0123456789abcdef';
let server: ServerProcess;
let browser: Browser;

function zipOf(dir: string): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (const f of knowledgeFiles(dir)) entries[`knowledge/${f}`] = readFileSync(join(dir, f));
  return Buffer.from(zipSync(entries));
}

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`browser test: no Chromium at ${executablePath}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  server = await startServerProcess(tempDir('cg-admin-browser-'), { ADMIN_TOKEN: token });
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanupTemp();
});

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // A 401 before login is expected; anything else is not.
    if (m.type() === 'error' && !/401/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

async function logIn(page: Page, name: string, tokenGiven: string) {
  await page.goto(`${server.url}/admin`);
  await page.locator('#login-form').waitFor();
  await page.fill('#login-name', name);
  await page.fill('#login-token', tokenGiven);
  await page.click('#login-form button[type=submit]');
}

describe('admin page (headless Chromium)', () => {
  it('gives nothing to a wrong token', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, '张三', 'not-the-token-at-all');
    await expect.poll(() => page.textContent('#login-error')).toBe('口令不正确');
    expect(await page.isVisible('#app')).toBe(false);
    expect(await context.cookies()).toEqual([]);
    const status = await page.evaluate(async () => (await fetch('/admin/api/history')).status);
    expect(status).toBe(401);
    expect(page.url()).not.toContain('token');
    await context.close();
  });

  it('logs in, uploads a zip, shows the diff, publishes, and rolls back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logIn(page, '张三', token);
    await page.locator('#app').waitFor();
    expect(await page.textContent('#who-name')).toBe('已登录：张三');
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'cg_admin', httpOnly: true, sameSite: 'Strict', path: '/admin' });
    expect(page.url()).toBe(`${server.url}/admin`);
    await expect.poll(() => page.textContent('#serving-version')).toMatch(/^[0-9a-f]{16}$/);
    const bundled = (await page.textContent('#serving-version'))!;

    await page.setInputFiles('#zip-file', { name: 'knowledge.zip', mimeType: 'application/zip', buffer: zipOf(revisedCopy()) });
    await page.click('#zip-form button[type=submit]');
    await expect.poll(() => page.textContent('#diff'), { timeout: 30_000 }).toContain('第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元');
    expect(await page.locator('#diff del').allTextContents()).toEqual(['30%', '100万元']);
    expect(await page.locator('#diff ins').allTextContents()).toEqual(['40%', '150万元']);
    expect(await page.isVisible('#publish-form')).toBe(true);

    await page.fill('#publish-note', '市科技局2026年第3号通知');
    await page.click('#publish');
    await expect.poll(() => page.textContent('#notice'), { timeout: 30_000 }).toContain('已发布版本');
    await within(5000, () => m6Amount(server.url), 1200000);
    const first = page.locator('#history-list > li').first();
    await expect.poll(() => first.textContent()).toContain('市科技局2026年第3号通知');
    expect(await first.textContent()).toContain('当前版本');
    expect(await first.textContent()).toContain('张三');
    await expect.poll(() => page.textContent('#serving-state'), { timeout: 30_000 }).toBe('（当前版本）');
    expect(await page.textContent('#serving-version')).not.toBe(bundled);

    const bundledEntry = page.locator('#history-list > li', { hasText: bundled });
    await bundledEntry.locator('button.rollback').click();
    await bundledEntry.locator('form.confirm input').fill('撤回：通知尚未生效');
    await bundledEntry.locator('form.confirm button[type=submit]').click();
    await expect.poll(() => page.textContent('#notice'), { timeout: 30_000 }).toContain(`已回滚到版本 ${bundled}`);
    await within(5000, () => m6Amount(server.url), 900000);
    await expect.poll(() => page.locator('#history-list > li').first().textContent()).toContain('撤回：通知尚未生效');
    await expect.poll(() => page.textContent('#serving-version'), { timeout: 30_000 }).toBe(bundled);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows the faults of a bad edit by file and field, and publishes nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, '李四', token);
    await page.locator('#app').waitFor();
    await page.locator('#history-list > li').first().waitFor();
    const before = await page.locator('#history-list > li').count();
    await page.selectOption('#edit-file', 'measures/06.yaml');
    await page.click('#edit-open');
    await expect.poll(() => page.inputValue('#edit-text')).toContain('percent: "30"');
    const text = await page.inputValue('#edit-text');
    await page.fill('#edit-text', text.replace('cap: { yuan: 1000000, per: per_enterprise }', 'cap: { yuan: 2000000, per: per_enterprise }'));
    await page.click('#edit-form button[type=submit]');
    await expect.poll(() => page.textContent('#issues'), { timeout: 90_000 }).toContain('measures/06.yaml — benefits[1].cap.yuan');
    expect(await page.isVisible('#publish-form')).toBe(false);
    expect(await page.locator('#history-list > li').count()).toBe(before);
    await context.close();
  }, 120_000);

  it('shows unanswered questions and fits a phone screen; no serious accessibility faults', async () => {
    await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: '我们签了5万美元的技术合同' }) });
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, '王五', token);
    await page.locator('#app').waitFor();
    await expect.poll(() => page.textContent('#q-groups')).toContain('我们签了5万美元的技术合同');
    expect(await page.textContent('#q-kinds')).toContain('数字无法使用：1');
    await page.click('[data-days="30"]');
    await expect.poll(() => page.getAttribute('#csv', 'href')).toBe('/admin/api/questions.csv?days=30');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document);
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
