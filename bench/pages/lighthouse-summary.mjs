// Reads a Lighthouse JSON report and prints one JSON line with what bench/pages.sh tabulates.
// Usage: node lighthouse-summary.mjs <report.json>
import { readFileSync } from 'node:fs';

const lhr = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const num = (id) => lhr.audits[id]?.numericValue ?? null;
const a11yIds = new Set(lhr.categories.accessibility.auditRefs.map((r) => r.id));
const failedA11y = Object.values(lhr.audits).filter((a) => a.score === 0 && a11yIds.has(a.id)).map((a) => a.id);

// From the network log rather than the render-blocking audit: with Chromium 156, Lighthouse
// 12.2.3 cannot read some trace events, and the audits built on them (render-blocking-resources,
// largest-contentful-paint-element, layout-shifts...) end in an error. The metrics are unaffected.
const requests = lhr.audits['network-requests']?.details?.items ?? [];
const scripts = requests.filter((r) => r.resourceType === 'Script' && r.transferSize > 0);
const largest = [...requests].sort((a, b) => b.transferSize - a.transferSize)[0];
const name = (url) => new URL(url).pathname.split('/').pop() || new URL(url).pathname;
console.log(JSON.stringify({
  url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
  formFactor: lhr.configSettings.formFactor,
  performance: score('performance'),
  accessibility: score('accessibility'),
  fcpMs: num('first-contentful-paint'),
  lcpMs: num('largest-contentful-paint'),
  bytes: num('total-byte-weight'),
  failedA11y,
  scripts: scripts.length,
  scriptBytes: scripts.reduce((s, r) => s + r.transferSize, 0),
  largest: largest && {
    name: name(largest.url),
    bytes: largest.transferSize,
    // a response body sent as is arrives with at least its own size
    compressed: largest.transferSize < largest.resourceSize,
  },
  erroredAudits: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id),
  runtimeError: lhr.runtimeError?.message ?? null,
}));
