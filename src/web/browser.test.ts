/**
 * The playground in a real Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core; one browser for every case): the terminal runs the lab
 * shell, the topology follows, a ping's packets step across the link and
 * open to their ICMP header and walk, Tab completes (a second Tab lists),
 * the pcapng downloads, the topology is drawn the same for the same lab,
 * and the page's timeline is the one `tuxnet run --trace-format=json`
 * prints for the same script and seed. Screenshots go to test-artifacts/ (gitignored). Without
 * Chromium every case skips, saying why.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startWebServer, WEB_ROOT, type WebServer } from '../cli/web_cmd.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium): browser tests skipped`;
if (skip) console.log(`# ${skip}`);

/** Lines of `tuxnet run --trace --trace-format=json` that are walks. */
function cliWalks(script: string, seed: number): unknown[] {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'run', `--seed=${seed}`, '--trace', '--trace-format=json', '-'], { input: script, encoding: 'utf8' });
  return out.split('\n').filter((l) => l.startsWith('{"id":')).map((l) => JSON.parse(l) as unknown);
}

function base64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

describe('the playground in Chromium', { skip }, () => {
  let browser: Browser;
  let server: WebServer;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) execFileSync(process.execPath, [join(ROOT, 'web/build.mjs'), '--quiet']);
    mkdirSync(ARTIFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    server = await startWebServer(WEB_ROOT, null);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="1"]');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Type a command line into the terminal and wait until it has run. */
  async function type(p: Page, line: string): Promise<void> {
    const n = Number(await p.getAttribute('body', 'data-commands'));
    await p.click('#terminal');
    await p.keyboard.type(line);
    await p.keyboard.press('Enter');
    await p.waitForSelector(`body[data-commands="${n + 1}"][data-busy="0"]`);
  }

  test('typed commands draw two hosts and one link', async () => {
    await type(page, 'ip netns add a');
    await type(page, 'ip link add v0 type veth peer name v1 netns a');
    assert.deepEqual(await page.$$eval('#hosts li', (l) => l.map((x) => x.textContent)), ['(init)', 'a']);
    assert.deepEqual(await page.$$eval('#links li', (l) => l.map((x) => x.textContent)), ['veth v0 — v1 ((init) — a)']);
    const nodes = await page.evaluate<number>("document.querySelectorAll('#topology canvas').length");
    assert.ok(nodes > 0, 'cytoscape drew on its canvas');
  });

  test('a ping steps across the link; a packet opens to its ICMP header and walk', async () => {
    for (const l of ['ip addr add 10.0.0.1/24 dev v0', 'ip link set v0 up', 'ip -n a addr add 10.0.0.2/24 dev v1', 'ip -n a link set v1 up']) await type(page, l);
    await type(page, 'ping -c 1 10.0.0.2');
    // History: Up recalls the last line, Enter runs it again.
    const n = Number(await page.getAttribute('body', 'data-commands'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`body[data-commands="${n + 1}"][data-busy="0"]`);
    // xterm parses its writes later and draws them on the next frame: wait for the screen to show the second run.
    const shown = "((document.querySelector('#terminal')?.textContent ?? '').match(/1 packets transmitted, 1 received/g) ?? []).length >= 2";
    await page.waitForFunction(shown, undefined, { timeout: 5000 }).catch(() => undefined);
    const term = await page.$eval('#terminal', (e) => e.textContent ?? '');
    assert.equal(term.match(/1 packets transmitted, 1 received/g)?.length, 2, term);
    const rows = await page.$$eval('#packets button', (l) => l.map((x) => x.textContent ?? ''));
    assert.ok(rows.some((r) => r.includes('echo request')) && rows.some((r) => r.includes('ARP request')), rows.join('\n'));
    // Step with the keyboard: focus the Step button, press Enter, read the status.
    await page.focus('#tl-next');
    await page.keyboard.press('Enter');
    assert.match(await page.textContent('#tl-status') ?? '', /^event 1\//);
    for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
    assert.match(await page.textContent('#tl-status') ?? '', /^event 8\//);
    // Packet #1's walk crosses into a: a step there has its namespace as the current node.
    const req = rows.findIndex((r) => r.includes('echo request'));
    await page.click(`#packets button[data-walk="${req}"]`);
    const detail = await page.textContent('#detail') ?? '';
    assert.match(detail, /Internet Control Message Protocol/);
    assert.match(detail, /Type: 8 \(Echo \(ping\) request\)/);
    assert.match(detail, /Identifier \(BE\): \d+/);
    assert.match(detail, /ip_local_out\s+v0\s+ttl 64/);
    assert.match(detail, /netns a/);
    assert.match(detail, /icmp_rcv/);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-1280x720.png') });
  });

  test('Tab completes in the terminal: one match completes, a second Tab lists several', async () => {
    const rows = "(document.querySelector('#terminal .xterm-rows')?.innerText ?? '').trimEnd().split('\\n').map((l) => l.trimEnd())";
    /** Wait until the last rows of the terminal are `want` (xterm draws on the next frame). */
    const lastRows = (...want: string[]): Promise<unknown> =>
      page.waitForFunction(`JSON.stringify(${rows}.slice(-${want.length})) === ${JSON.stringify(JSON.stringify(want))}`);
    await page.click('#terminal');
    await page.keyboard.type('ifconf');
    await page.keyboard.press('Tab');
    await lastRows('tuxnet# ifconfig');
    await page.keyboard.press('Control+U');
    await page.keyboard.type('ip link show v');
    await page.keyboard.press('Tab');
    // the only device of this namespace starting with v
    await lastRows('tuxnet# ip link show v0');
    await page.keyboard.press('Control+U');
    await page.keyboard.type('trace');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // several matches and no longer prefix: the second Tab lists them, then the prompt and the line again
    await lastRows('tracepath   traceroute', 'tuxnet# trace');
    await page.keyboard.type('path -n 127.0.0.1 | head -1');
    const n = Number(await page.getAttribute('body', 'data-commands'));
    await page.keyboard.press('Enter');
    await page.waitForSelector(`body[data-commands="${n + 1}"][data-busy="0"]`);
  });

  test('the run downloads as pcapng', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-pcap')]);
    assert.equal(download.suggestedFilename(), 'tuxnet.pcapng');
    const file = await download.path();
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x0a, 0x0d, 0x0d, 0x0a], 'a Section Header Block');
    assert.ok(bytes.length > 200);
  });

  test('the topology layout is seeded: the same lab draws the same picture', async () => {
    const script = readFileSync(join(ROOT, 'examples/icmp-redirect-lan.sh'), 'utf8');
    const draw = async (): Promise<unknown> => {
      const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await p.goto(`${server.url}#seed=5&script=${base64url(script)}`);
      await p.waitForSelector('body[data-ready="1"]');
      const pos = await p.evaluate<Record<string, unknown>>('window.tuxnet.positions()');
      await p.close();
      return pos;
    };
    const first = await draw();
    assert.ok(Object.keys(first as object).length >= 3, JSON.stringify(first));
    assert.deepEqual(await draw(), first);
  });

  test('the same seed and script give the same timeline as tuxnet run --trace-format=json', async () => {
    const script = readFileSync(join(ROOT, 'examples/icmp-redirect-lan.sh'), 'utf8');
    const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await p.goto(`${server.url}#seed=3&script=${base64url(script)}`);
    await p.waitForSelector('body[data-ready="1"]');
    const walks = await p.evaluate<unknown[]>('window.tuxnet.walks()');
    const expected = cliWalks(script, 3);
    assert.ok(expected.length > 5);
    assert.deepEqual(walks, expected);
    await p.close();
  });

  test('tuxnet web SCRIPT: the page runs the served script; Share gives a URL that runs it again', async () => {
    const script = 'ip netns add x\nip netns add y\nip link add x0 netns x type veth peer name y0 netns y\n';
    const s = await startWebServer(WEB_ROOT, script);
    const p = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await p.goto(s.url);
      await p.waitForSelector('body[data-ready="1"]');
      assert.deepEqual(await p.$$eval('#hosts li', (l) => l.map((x) => x.textContent)), ['x', 'y'], 'the empty shell namespace left out');
      assert.equal(await p.$$eval('#links li', (l) => l.length), 1);
      // Readable on a phone: nothing wider than the screen.
      assert.ok(await p.evaluate<boolean>('document.documentElement.scrollWidth <= 390'));
      await p.screenshot({ path: join(ARTIFACTS, 'playground-390.png'), fullPage: true });
      await p.click('#btn-share');
      const url = await p.inputValue('#share-url');
      assert.match(url, /#seed=1&script=[A-Za-z0-9_-]+$/);
      const q = await browser.newPage();
      await q.goto(url.replace(s.url, server.url));
      await q.waitForSelector('body[data-ready="1"]');
      assert.deepEqual(await q.$$eval('#hosts li', (l) => l.map((x) => x.textContent)), ['x', 'y']);
      await q.close();
    } finally {
      await p.close();
      await s.close();
    }
  });

  test('an example loads from the menu; no page errors', async () => {
    const n = await page.$$eval('#examples option', (l) => l.length);
    assert.ok(n >= 6, 'examples/ and labs/ are in the menu');
    await page.selectOption('#examples', 'labs/default.sh');
    await page.waitForFunction("document.querySelectorAll('#hosts li').length === 2 && document.body.dataset.busy === '0'");
    await page.waitForFunction("(document.querySelector('#terminal')?.textContent ?? '').includes('a: neighbours')");
    assert.deepEqual(errors, []);
  });
});
