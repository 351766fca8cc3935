/**
 * Headless Chromium for the page tests (Debian's chromium, driven by
 * playwright-core), with axe-core and screenshots saved as test artefacts.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots for review: git-ignored, kept after the run. */
export const artifactsDir = join(import.meta.dirname, '../../test-artifacts/web');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`browser test: no Chromium at ${executablePath}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations.
 * The source is evaluated over the devtools protocol, which the page's
 * Content-Security-Policy (script-src 'self') does not block.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Whether an element lies wholly inside the window and inside the scrolling
 * conversation (not under the header or the input box), i.e. it is seen on
 * the screen as it is, without scrolling.
 */
export async function onScreen(page: Page, locator: Locator, within = page.locator('#chat')): Promise<boolean> {
  const [box, area] = [await locator.boundingBox(), await within.boundingBox()];
  const size = page.viewportSize();
  if (!box || !area || !size) return false;
  const top = Math.max(0, area.y);
  const bottom = Math.min(size.height, area.y + area.height);
  return box.y >= top - 0.5 && box.y + box.height <= bottom + 0.5 && box.x >= 0 && box.x + box.width <= size.width + 0.5;
}
