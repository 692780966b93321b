#!/usr/bin/env node
// Measures the two date libraries the project considered, chrono-node and compromise-dates, on TimeBank
// (../shared/eval/timebank-dev) with the project's scorer, next to the project's own date rules. This is how the
// README's date-library table was made:  npm run build && node test/measure-date-libraries.mjs
// Each library's output is turned into the contract's dates (TIMEX3 value cut to the granularity the library is
// sure of); a library error costs only the sentence it happened in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'eval', 'timebank-dev');
const docs = path.join(corpus, 'docs');
const pad = (n) => String(n).padStart(2, '0');
const UNIT = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S' };

function isoWeek(iso) {
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const y = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(y, 0, 4));
  return `${y}-W${pad(1 + Math.round(((d - jan4) / 864e5 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7))}`;
}

function withChrono(body, documentDate) {
  const ref = documentDate ? new Date(documentDate + 'T12:00:00') : new Date(0);
  return chrono.parse(body, ref, { forwardDate: false }).map((r) => {
    const s = r.start;
    let value = String(s.get('year'));
    if (s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday')) value += '-' + pad(s.get('month'));
    if (s.isCertain('day') || s.isCertain('weekday')) value += '-' + pad(s.get('day'));
    if (s.isCertain('hour')) value += 'T' + pad(s.get('hour')) + ':' + pad(s.get('minute'));
    return { name: r.text, value, kind: 'date', mentions: [{ text: r.text, start: r.index, end: r.index + r.text.length }] };
  });
}

let compromiseFailures = 0;
function withCompromiseDates(body, documentDate) {
  const out = [];
  for (const m of body.matchAll(/[^.!?\n]+[.!?]*/g)) {
    if (!m[0].trim()) continue;
    try {
      const doc = nlp(m[0]);
      for (const [kind, method] of [['date', 'dates'], ['time', 'times'], ['duration', 'durations']]) {
        for (const j of doc[method]({ today: documentDate, timezone: 'UTC' }).json({ offset: true })) {
          if (!j.offset) continue;
          const start = m.index + j.offset.start;
          const text = body.slice(start, start + j.offset.length).replace(/[\s,.;:]+$/, '');
          let value = '';
          if (kind === 'date' && j.dates?.start) {
            const { unit, start: s } = j.dates;
            value = unit === 'year' ? s.slice(0, 4) : unit === 'month' ? s.slice(0, 7) : unit === 'week' ? isoWeek(s)
              : unit === 'quarter' ? `${s.slice(0, 4)}-Q${Math.floor((Number(s.slice(5, 7)) - 1) / 3) + 1}`
              : unit === 'hour' || unit === 'minute' ? s.slice(0, 16) : s.slice(0, 10);
          }
          if (kind === 'duration' && j.duration) {
            const [k, n] = Object.entries(j.duration)[0] ?? [];
            if (k) value = `P${['hour', 'minute', 'second'].includes(k) ? 'T' : ''}${n}${UNIT[k] ?? ''}`;
          }
          out.push({ name: text, value, kind, mentions: [{ text, start, end: start + text.length }] });
        }
      }
    } catch {
      compromiseFailures++;
    }
  }
  return out;
}

const dir = mkdtempSync(path.join(tmpdir(), 'ae-date-libraries-'));
for (const [name, find] of [['chrono-node', withChrono], ['compromise-dates', withCompromiseDates]]) {
  const lines = [];
  for (const f of readdirSync(docs).sort()) {
    const text = readFileSync(path.join(docs, f), 'utf8');
    const header = /^date (\d{4}-\d{2}-\d{2})/.exec(text);
    const body = header ? ' '.repeat(header[0].length) + text.slice(header[0].length) : text;
    lines.push(JSON.stringify({ file: `docs/${f}`, documentDate: header?.[1] ?? null, dates: find(body, header?.[1]) }));
  }
  const file = path.join(dir, `${name}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`== ${name}${name === 'compromise-dates' ? ` (threw on ${compromiseFailures} sentences)` : ''}`);
  process.stdout.write(spawnSync(process.execPath, [path.join(corpus, '..', 'score.mjs'), corpus, file], { encoding: 'utf8' }).stdout);
}
console.log('== article-entities rules');
process.stdout.write(spawnSync(process.execPath, [path.join(corpus, '..', 'score.mjs'), corpus, '--', process.execPath, path.join(root, 'bin', 'article-entities.js'), '--types', 'dates', '--format', 'json'], { encoding: 'utf8' }).stdout);
