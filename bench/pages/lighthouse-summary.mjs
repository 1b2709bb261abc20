// Reads a Lighthouse JSON report and prints one JSON line with what bench/pages.sh tabulates.
// Usage: node lighthouse-summary.mjs <report.json>
import { readFileSync } from 'node:fs';

const lhr = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const num = (id) => lhr.audits[id]?.numericValue ?? null;
const failedA11y = Object.values(lhr.audits)
  .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
  .map((a) => a.id);
const renderBlocking = (lhr.audits['render-blocking-resources']?.details?.items ?? []).map((i) => i.url);
console.log(JSON.stringify({
  url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
  formFactor: lhr.configSettings.formFactor,
  performance: score('performance'),
  accessibility: score('accessibility'),
  fcpMs: num('first-contentful-paint'),
  lcpMs: num('largest-contentful-paint'),
  bytes: num('total-byte-weight'),
  failedA11y,
  renderBlocking,
  runtimeError: lhr.runtimeError?.message ?? null,
}));
