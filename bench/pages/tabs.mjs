// Opens N anonymous tabs (one browser context) on a URL, waits for load + 2 s, and reports whether
// any WebSocket opened and how much the server's resident memory grew per tab. Nothing is forced
// (no GC, no circuit disposal): it measures what a crowd of readers costs.
// Usage: node tabs.mjs <url> <tabs> <server-pid>   → prints one JSON line
// BENCH_COOKIE="a=1; b=2" opens them as the person those cookies sign in (the interactive control page).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [url, tabsArg, pid] = process.argv.slice(2);
const tabs = Number(tabsArg);
const rssKb = () => Number(/VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext();
  const cookies = (process.env.BENCH_COOKIE ?? '').split(';').map((c) => c.trim()).filter(Boolean).map((c) => {
    const at = c.indexOf('=');
    return { name: c.slice(0, at), value: c.slice(at + 1), url: new URL(url).origin };
  });
  if (cookies.length > 0) {
    await context.addCookies(cookies);
  }
  const sockets = [];
  const watch = (page) => page.on('websocket', (ws) => sockets.push(ws.url()));

  // One tab first, not counted, so that the measured growth is per reader and not the first
  // render's code being loaded.
  const warm = await context.newPage();
  await warm.goto(url, { waitUntil: 'load' });
  await sleep(2000);
  await warm.close();
  await sleep(500);

  const before = rssKb();
  const pages = [];
  for (let i = 0; i < tabs; i++) {
    const page = await context.newPage();
    watch(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() !== 200) {
      throw new Error(`tab ${i + 1}: ${url} answered ${response ? response.status() : 'nothing'}`);
    }
    pages.push(page);
  }
  await sleep(2000);
  const after = rssKb();
  console.log(JSON.stringify({
    url, tabs, websockets: sockets.length, websocketUrl: sockets[0] ?? null,
    rssBeforeKb: before, rssAfterKb: after, perTabKb: (after - before) / tabs,
  }));
} finally {
  await browser.close();
}
