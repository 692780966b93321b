// Opens the seed article's HTML page in a real browser: Debian's Chromium, driven by playwright-core (which only
// drives it; no browser is ever downloaded). Skipped, with a message, where Chromium is not installed.
// The callbacks given to $$eval and evaluate run in the page, hence the DOM types.
/// <reference lib="dom" />
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, type Entity, type Extraction } from '../src/types.js';
import { cli, cliHere, fixture } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

// Playwright gives every launch a fresh, throw-away profile (its own --user-data-dir), so no state carries over.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the HTML page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  let json: Extraction;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const seed = fixture('seoul-trilateral.txt');
    const html = cli(['--format', 'html', seed]);
    expect(html.status).toBe(0);
    json = JSON.parse((await cliHere(['--format', 'json', seed])).stdout) as Extraction;
    dir = mkdtempSync(path.join(tmpdir(), 'article-entities-browser-'));
    const file = path.join(dir, 'seoul-trilateral.html');
    writeFileSync(file, html.stdout);
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, offline: true });
    page = await context.newPage();
    // A Content-Security-Policy violation or a script error shows up here.
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every mention as a visible, coloured mark, and nothing went wrong loading the page', async () => {
    const marks = await page.$$eval('.article-text mark', (ms) => ms.map((m) => {
      const r = m.getBoundingClientRect();
      return { visible: r.width > 0 && r.height > 0 && m.checkVisibility(), background: getComputedStyle(m).backgroundColor };
    }));
    const mentions = KINDS.reduce((n, k) => n + ((json[k] ?? []) as Entity[]).reduce((s, e) => s + e.mentions.length, 0), 0);
    expect(marks).toHaveLength(mentions);
    expect(marks.filter((m) => !m.visible)).toEqual([]);
    expect(marks.filter((m) => m.background === 'rgba(0, 0, 0, 0)')).toEqual([]);
    expect(await page.locator('.article-text').innerText()).toContain('Joy Sakurai, the deputy chief of mission');
    expect(problems).toEqual([]);
  });

  it('counts as many entities of each kind as the JSON, in the text and in the side panel', async () => {
    for (const kind of KINDS) {
      const expected = ((json[kind] ?? []) as Entity[]).length;
      const inText = await page.$$eval(`.article-text mark[data-kind="${kind}"]`, (ms) => new Set(ms.map((m) => m.dataset.entity)).size);
      expect({ kind, inText }).toEqual({ kind, inText: expected });
      await expect.poll(() => page.locator(`.panel section[data-kind="${kind}"] li`).count()).toBe(expected);
    }
  });

  it('outlines every mention of an entity while one of them or its list entry is hovered', async () => {
    const japan = (json.countries ?? []).findIndex((c) => c.code === 'JP');
    const selector = `.article-text mark[data-kind="countries"][data-entity="${japan}"]`;
    await page.hover(`.panel a[data-kind="countries"][data-entity="${japan}"]`);
    expect(await page.$$eval(selector, (ms) => ms.map((m) => m.classList.contains('hl') && getComputedStyle(m).outlineStyle)))
      .toEqual(json.countries![japan]!.mentions.map(() => 'solid'));
    expect(await page.$$eval('.article-text mark.hl', (ms) => ms.length)).toBe(json.countries![japan]!.mentions.length);
    // The surname is the same person as the full name.
    await page.hover('.article-text mark[data-kind="people"]:text-is("Sakurai")');
    expect(await page.$$eval('.article-text mark.hl', (ms) => ms.map((m) => m.textContent))).toEqual(['Joy Sakurai', 'Sakurai']);
    await page.mouse.move(0, 0);
    expect(await page.$$eval('.article-text mark.hl', (ms) => ms.length)).toBe(0);
  });

  it('shows one kind at a time with the filter, and all again', async () => {
    const look = (): Promise<Record<string, string[]>> => page.evaluate(() => {
      const out: Record<string, string[]> = {};
      document.querySelectorAll<HTMLElement>('.article-text mark').forEach((m) => {
        (out[m.dataset.kind!] ??= []).push(getComputedStyle(m).backgroundColor);
      });
      return out;
    });
    await page.check('input[data-filter][value="people"]');
    const filtered = await look();
    expect(filtered.people!.every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(filtered.countries!.every((c) => c === 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(await page.locator('.panel section:visible').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-kind')))).toEqual(['people']);
    const shot = path.join(dir, 'seoul-trilateral-people.png');
    await page.screenshot({ path: shot });
    await page.check('input[data-filter][value=""]');
    expect(Object.values(await look()).flat().every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
    const full = path.join(dir, 'seoul-trilateral.png');
    await page.screenshot({ path: full, fullPage: true });
    console.log(`browser screenshots: ${full} and ${shot}`);
    expect(existsSync(full) && existsSync(shot)).toBe(true);
  });

  it('without JavaScript still shows the marks and the lists, and hides the controls that would not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const plain = await context.newPage();
    await plain.goto(url);
    expect(await plain.locator('.article-text mark').count()).toBeGreaterThan(0);
    expect(await plain.locator('.article-text mark').first().isVisible()).toBe(true);
    expect(await plain.locator('.panel li').count()).toBe(KINDS.reduce((n, k) => n + ((json[k] ?? []) as Entity[]).length, 0));
    expect(await plain.locator('.controls').isVisible()).toBe(false);
    await context.close();
  });
});
