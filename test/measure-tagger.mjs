#!/usr/bin/env node
// Measures the taggers side by side (issue 17): which compromise tags the extractors read, how often the `pre` and
// `fast` taggers give the same answer as the `full` one to each read, and the library's throughput with each, the
// taggers alternating over the same texts so the machine's load cancels out.
//   node test/measure-tagger.mjs [--rounds N] [--speed CORPUS|none] [CORPUS...|none]   (needs npm run build and ../shared)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseArticle } = await import(path.join(root, 'dist', 'article', 'article.js'));
const { extractArticle, extract } = await import(path.join(root, 'dist', 'extract.js'));
const evalDir = path.resolve(root, '..', 'shared', 'eval');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const rounds = Number(option('--rounds', '3'));
const speedCorpus = option('--speed', 'conll2003-train');
const corpora = args.length ? args : ['conll2003-dev', 'timebank-dev'];
const OTHERS = ['pre', 'fast'];

const texts = (corpus) => {
  const dir = path.join(evalDir, corpus, 'docs');
  return readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
};

/** A tag set that counts each read, and whether each other tagger's set for the same word answers the same. */
class ReadCounter extends Set {
  constructor(tags, others, stats) {
    super(tags);
    this.others = others;
    this.stats = stats;
  }

  has(tag) {
    const answer = super.has(tag);
    const s = (this.stats[tag] ??= { reads: 0, yes: 0, ...Object.fromEntries(OTHERS.map((o) => [o, 0])) });
    s.reads++;
    if (answer) s.yes++;
    OTHERS.forEach((o, k) => { if ((this.others[k]?.has(tag) ?? false) === answer) s[o]++; });
    return answer;
  }
}

/** Per tag over every word: how often each tagger gives it and both give it (precision, recall of the other). */
function countWords(full, other, words) {
  const byStart = new Map(other.tokens.map((t) => [t.start, t]));
  for (const t of full.tokens) {
    const o = byStart.get(t.start);
    words.tokens++;
    if (!o || o.end !== t.end) { words.misaligned++; continue; }
    for (const tag of new Set([...t.tags, ...o.tags])) {
      const w = (words.tags[tag] ??= { full: 0, other: 0, both: 0 });
      if (t.tags.has(tag)) w.full++;
      if (o.tags.has(tag)) w.other++;
      if (t.tags.has(tag) && o.tags.has(tag)) w.both++;
    }
  }
}

function agreement(corpus) {
  const stats = {};
  const words = Object.fromEntries(OTHERS.map((o) => [o, { tokens: 0, misaligned: 0, tags: {} }]));
  for (const text of texts(corpus)) {
    const full = parseArticle(text, { tagger: 'full' });
    const others = OTHERS.map((tagger) => parseArticle(text, { tagger }));
    others.forEach((o, k) => countWords(full, o, words[OTHERS[k]]));
    const maps = others.map((o) => new Map(o.tokens.map((t) => [t.start, t])));
    for (const t of full.tokens) t.tags = new ReadCounter(t.tags, maps.map((m) => m.get(t.start)?.tags), stats);
    extractArticle(full);
  }
  console.log(`\n${corpus}: tags the extractors read (full tagger), and how often the other taggers answer the same`);
  console.log(`${'tag'.padEnd(14)} ${'reads'.padStart(8)} ${'yes'.padStart(7)}   ${OTHERS.map((o) => `${o} same`.padStart(10)).join(' ')}`
    + `   ${OTHERS.map((o) => `${o} P/R words`.padStart(18)).join(' ')}`);
  const total = { reads: 0, ...Object.fromEntries(OTHERS.map((o) => [o, 0])) };
  for (const [tag, s] of Object.entries(stats).sort((a, b) => b[1].reads - a[1].reads)) {
    total.reads += s.reads;
    OTHERS.forEach((o) => { total[o] += s[o]; });
    const pr = OTHERS.map((o) => {
      const w = words[o].tags[tag] ?? { full: 0, other: 0, both: 0 };
      const p = w.other ? w.both / w.other : 1;
      const r = w.full ? w.both / w.full : 1;
      return `${p.toFixed(3)}/${r.toFixed(3)} ${String(w.full).padStart(6)}`.padStart(18);
    });
    console.log(`${tag.padEnd(14)} ${String(s.reads).padStart(8)} ${String(s.yes).padStart(7)}   `
      + `${OTHERS.map((o) => (s[o] / s.reads).toFixed(4).padStart(10)).join(' ')}   ${pr.join(' ')}`);
  }
  console.log(`${'all reads'.padEnd(14)} ${String(total.reads).padStart(8)} ${''.padStart(7)}   `
    + `${OTHERS.map((o) => (total[o] / total.reads).toFixed(4).padStart(10)).join(' ')}`);
  for (const o of OTHERS) console.log(`  ${o}: ${words[o].misaligned} of ${words[o].tokens} words placed differently`);
}

function speed(corpus) {
  const docs = texts(corpus);
  const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const taggers = ['full', ...OTHERS];
  const ms = Object.fromEntries(taggers.map((t) => [t, 0]));
  for (let round = 0; round < rounds; round++) {
    docs.forEach((text, i) => {
      // Each text in every tagger in turn, the order rotating: a slow spell of the machine hits all of them.
      for (let k = 0; k < taggers.length; k++) {
        const tagger = taggers[(i + round + k) % taggers.length];
        const t0 = performance.now();
        extract(text, { tagger });
        ms[tagger] += performance.now() - t0;
      }
    });
  }
  const kibs = (t) => (bytes * rounds) / 1024 / (ms[t] / 1000);
  console.log(`\nthroughput over ${corpus} (${(bytes / 1024).toFixed(0)} KiB, ${rounds} rounds, library, one thread):`);
  for (const t of taggers) console.log(`  ${t.padEnd(5)} ${kibs(t).toFixed(0).padStart(6)} KiB/s   ${(kibs(t) / kibs('full')).toFixed(2)}x full`);
}

for (const corpus of corpora) if (corpus !== 'none') agreement(corpus);
if (speedCorpus !== 'none') speed(speedCorpus);
