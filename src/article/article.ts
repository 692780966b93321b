import nlp from 'compromise';
import { findDocumentDate, isValidIsoDate } from './documentDate.js';
import { fastParse, type CompromiseTerm } from './fastTagger.js';

/** One compromise term, placed in the original text. */
export interface Token {
  /** The term as written (compromise keeps punctuation and whitespace outside it, in `pre`/`post`). */
  text: string;
  /** compromise's normal form (lower case, no punctuation). */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and whitespace before/after the term, as compromise split them. */
  pre: string;
  post: string;
  /** Index of the sentence that holds the term, and of the term in `Article.tokens`. */
  sentence: number;
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [first, last) in `Article.tokens`. */
  first: number;
  last: number;
}

/** A parsed article: what every extractor reads. Parsed once, never mutated. */
export interface Article {
  source: string;
  /** The input exactly as read; every offset points into it. */
  text: string;
  /**
   * `text` with metadata (header date, dateline date) blanked out and hard-wrapped lines joined (a line break inside
   * a paragraph is a space), same length: what the extractors search.
   */
  body: string;
  documentDate: string | null;
  /** The metadata span that gave the document date, if any. */
  header: { start: number; end: number } | null;
  tokens: Token[];
  sentences: Sentence[];
}

export interface ParseOptions {
  source?: string;
  /** Fallback document date (`--date`). */
  date?: string;
  /** Document date that wins over the text (JSON Lines `date`). */
  documentDate?: string;
  /** false: the text has no metadata to look for (a later piece of a long article). */
  header?: boolean;
  /** Which tagger gives the tokens their tags (see `Tagger`). Default `full`. */
  tagger?: Tagger;
}

/**
 * `full`: compromise's whole parse (lexicon, suffix rules, then its postTagger's pattern sweep). `pre`: compromise's
 * tokenizer, lexicon and preTagger, no postTagger. `fast`: our own single pass, each word looked up in compromise's
 * lexicon and suffix rules.
 */
export type Tagger = 'full' | 'pre' | 'fast';
export const TAGGERS: readonly Tagger[] = ['full', 'pre', 'fast'];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Parses an article once: document date, masked body, compromise tokens with exact offsets, sentences. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const fallbackYear = options.date && isValidIsoDate(options.date) ? Number(options.date.slice(0, 4)) : undefined;
  const found = options.header === false ? null : findDocumentDate(text, fallbackYear);
  const header = found ? { start: found.start, end: found.end } : null;
  const documentDate = options.documentDate ?? found?.date ?? options.date ?? null;
  let body = header ? text.slice(0, header.start) + ' '.repeat(header.end - header.start) + text.slice(header.end) : text;
  // A byte-order mark is no part of the first word ("\uFEFFJoe Biden"): it reads as a space, offsets unchanged.
  if (body.startsWith('\uFEFF')) body = ' ' + body.slice(1);
  // A control character (C0 but tab and line breaks, DEL, C1) is no part of a word: it reads as a space, so no token
  // and no mention holds one ("Ob\x1bcama" would send a terminal reset to whoever views the name).
  body = body.replace(CONTROL, ' ');
  body = unwrapLines(body, header);
  const tagger = options.tagger ?? 'full';
  const { tokens, sentences } = tokenize(body, text, PARSERS[tagger]);
  return { source: options.source ?? '-', text, body, documentDate, header, tokens, sentences };
}

// A form's "Label: value" row ("L.O.: Pellow, Strand", "PAYING AGENT: Lakeshore National Bank").
const LABEL = /^\s*[\p{L}.&'-]+(?: [\p{L}.&'-]+){0,2}:\s/u;
const LIST_ITEM = /^\s*(?:[-*•–—+]|\d{1,3}[.)]|\(?[a-z]\))\s/u;
// A title line: no lower-case word but short function words, no comma, nothing closing it.
const TITLE_LINE = new RegExp(
  "^\\s*(?:(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|of|the|and|in|on|for|to|a|an|at|by|with|vs?\\.?|\\d[\\d.]*)\\s+)*"
    + "\\p{Lu}[\\p{L}\\p{N}'’&-]*\\s*$",
  'u',
);
// Words that open a sentence, not a name's second half: after a title line they say the text has begun.
const OPENER = new RegExp(
  '^\\s*(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|in|on|at|as|after|before|with|for|but|and|or'
    + '|when|while|its|his|her|their|our|there|here)\\b',
  'i',
);

/**
 * Joins hard-wrapped lines (mail, archives and older wire text wrap at about 72 columns): a line break inside a
 * paragraph becomes a space, so "President Joe\nBiden" reads as one name. Same length, so offsets still index the
 * text. A break stays where it ends a unit: at a blank line, a line in capitals, a table row, a list item, a line
 * ending in a colon, an indented line, and after a title line (three title-case words or more, or fewer with a
 * sentence opening the next line). Text written one sentence a line (most breaks of a paragraph after a full stop)
 * keeps its breaks after full stops, which end sentences there ("... Acme Corp.\nShares rose"); a hard-wrapped
 * paragraph (most breaks inside a sentence) is joined at every break ("the U.S.\nEmbassy").
 */
export function unwrapLines(body: string, header: { start: number; end: number } | null = null): string {
  if (!body.includes('\n')) return body;
  const lines = body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  // The line holding the document date (a dateline, "MILWAUKEE, Wisconsin 1996-08-29") is metadata: a unit of its own.
  let metaLine = -1;
  if (header) for (let i = 0, at = 0; i < lines.length && metaLine < 0; at = body.indexOf('\n', at) + 1, i++) {
    const next = body.indexOf('\n', at);
    if (next < 0 || next >= header.start) metaLine = i;
  }
  // Per break (after line i): may it be joined, and does line i end a sentence?
  const soft = lines.slice(0, -1).map((a, i) => i !== metaLine && i + 1 !== metaLine && softBreak(a, lines[i + 1]!));
  const ends = lines.slice(0, -1).map((a) => /[.!?]["'’”)\]]*\s*$/.test(a));
  const join = soft.slice();
  for (let i = 0; i < soft.length;) {
    if (!soft[i]) { i++; continue; }
    let j = i;
    let inside = 0;
    let width = 0;
    for (; j < soft.length && soft[j]; j++) {
      if (!ends[j]) inside++;
      width = Math.max(width, lines[j]!.length);
    }
    width = Math.max(width, lines[j]!.length); // the paragraph's lines are i..j
    const wrapped = inside * 2 >= j - i; // this paragraph's breaks: mostly inside sentences
    for (let k = i; k < j; k++) {
      if (ends[k] && !wrapped) join[k] = false;
      // A short line was ended on purpose (a form or a scorecard row, a name on a line of its own), unless the next
      // line goes on in lower case; so were the lines of a narrow block (nobody wraps text at under 40 columns).
      // A paragraph of two lines is joined: a wrapped line is about as long as the paragraph is wide.
      else if (j - i > 1 && (width < 40 || (lines[k]!.length < 0.6 * width && !/^\s*\p{Ll}/u.test(lines[k + 1]!)))) join[k] = false;
    }
    i = j;
  }
  if (!join.includes(true)) return body;
  const chars = body.split('');
  let at = -1;
  for (let i = 0; i < join.length; i++) {
    at = body.indexOf('\n', at + 1);
    if (!join[i]) continue;
    chars[at] = ' ';
    if (chars[at - 1] === '\r') chars[at - 1] = ' ';
  }
  return chars.join('');
}

function softBreak(a: string, b: string): boolean {
  if (!a.trim() || !b.trim()) return false;
  if (capsLine(a) || capsLine(b) || tableRow(a.trim()) || tableRow(b.trim())) return false;
  if (LIST_ITEM.test(b) || /:\s*$/.test(a) || LABEL.test(a) || LABEL.test(b)) return false;
  if (b.length < 40 && /:\s*$/.test(b)) return false; // a heading of its own ("Overall on day:")
  if (/^\s/.test(b) && !/^\s/.test(a)) return false; // an indented line opens a paragraph
  if (/^\d+\s+\p{Lu}/u.test(b)) return false; // a ranked row: "62 Nolan Brackett"
  if (/^\s*\([^()]*\)\s*$/.test(a) || /^\s*\([^()]*\)\s*$/.test(b)) return false; // "(million markka unless stated)"
  if (a.length < 200 && TITLE_LINE.test(a) && (a.trim().split(/\s+/).length >= 3 || OPENER.test(b))) return false;
  return true;
}

/** A line in capitals (a headline, "LONDON 1996-08-30"): two capitals or more, no lower-case letter. */
function capsLine(line: string): boolean {
  let upper = 0;
  for (const ch of line) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) upper++;
  }
  return upper >= 2;
}

/**
 * A table row: a tab or a bar, columns aligned with runs of spaces, three numbers, figures compared ("6.3 vs 21.0"),
 * a result after a bracket
 * ("Marion Delabre (France) 3:30.974"); or a list of names (commas, no lower-case word outside brackets: a team
 * sheet, a results list), whose line ends are the list's own.
 */
function tableRow(line: string): boolean {
  if (/[\t|]|\S {2,}\S|\)\s+\d[\d:.,]*(?:\s|$)|\d\s+vs\.?\s+[-+]?\d/.test(line)) return true; // "6.3 vs 21.0": a figures table
  if ((line.match(/,/g)?.length ?? 0) >= 2 && !/(?:^|\s)\p{Ll}/u.test(line.replace(/\([^()]*\)/g, ''))) return true;
  let numbers = 0;
  for (const word of line.split(' ')) if (/^[-+(]?\d[\d.,:/-]*[,;)]?$/.test(word) && ++numbers >= 3) return true;
  return false;
}

// compromise's tagger slows down faster than linearly on one enormous sentence (40,000 tokens without a full stop
// take seconds per thousand tokens). Real lines are parsed as they are; a line longer than MAX_LINE (no news
// paragraph is) is cut at sentence ends, and a sentence longer than MAX_PIECE at spaces, so time stays linear.
const MAX_LINE = 5000;
const MAX_PIECE = 1000;
/** A group of whole lines parsed in one call: fewer calls, same tagging as parsing the text at once. */
const MAX_GROUP = 20000;
// A full stop that ends a sentence: after a lower-case word of two letters or more (not "U.S." or "Mr."), before a
// capital.
const SENTENCE_END = /\p{Ll}{2}[.!?]["'’”)\]]*\s+(?=["'‘“(]?\p{Lu})/gu;

/** [start, end) ranges of `body` to parse separately, in order, covering all of it. */
export function parseRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  let groupStart = 0;
  let lineStart = 0;
  const flush = (end: number): void => {
    if (end > groupStart) ranges.push([groupStart, end]);
    groupStart = end;
  };
  while (lineStart < body.length) {
    const nl = body.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? body.length : nl + 1;
    if (lineEnd - lineStart > MAX_LINE) {
      flush(lineStart);
      for (const piece of cutLongLine(body, lineStart, lineEnd)) ranges.push(piece);
      groupStart = lineEnd;
    } else if (lineEnd - groupStart > MAX_GROUP) {
      flush(lineStart);
    }
    lineStart = lineEnd;
  }
  flush(body.length);
  return splitRuns(body, ranges);
}

// compromise's place and organization taggers walk back over a run of capitalised words from each place or org
// word ("St", "Inc") and re-tag the run every step: cubic in the run's length ("St " x 1,700: 26 s). No name or
// headline runs to MAX_RUN such words; a longer run is cut there, so each piece compromise sees holds short runs.
const MAX_RUN = 32;
// A word that keeps such a run going: capitalised, or one of the lower-case words the taggers walk through.
const RUN_LOWER = 'of|and|the|de|la|del|city|community|eastern|federal|financial|great|historic|historical|local|memorial|municipal|'
  + 'national|northern|provincial|southern|state|western|spring|pine|sunset|view|oak|maple|spruce|cedar|willow|athletic';
const RUN_WORD = new RegExp(`^[^\\p{L}\\p{N}]*(?:\\p{Lu}|(?:${RUN_LOWER})(?![\\p{L}\\p{N}]))`, 'u');

/**
 * The ranges, each cut further where a run of capitalised words passes MAX_RUN words: after the run's last comma or
 * other punctuation (a list of names is cut between two names), else before the word that is one too many.
 */
function splitRuns(body: string, ranges: [number, number][]): [number, number][] {
  const cuts: number[] = [];
  let run = 0;
  let breakAt = -1; // the start of the word after the run's last punctuated word
  let sinceBreak = 0;
  let punctuated = false;
  for (const m of body.matchAll(/\S+/g)) {
    if (!RUN_WORD.test(m[0])) { run = 0; breakAt = -1; punctuated = false; continue; }
    if (punctuated) { breakAt = m.index; sinceBreak = 0; }
    run++;
    sinceBreak++;
    if (run > MAX_RUN) {
      if (breakAt > (cuts.at(-1) ?? 0) && sinceBreak < run) { cuts.push(breakAt); run = sinceBreak; }
      else { cuts.push(m.index); run = 1; }
      breakAt = -1;
    }
    punctuated = /[,;:.!?)]$/.test(m[0]);
  }
  if (!cuts.length) return ranges;
  const out: [number, number][] = [];
  let c = 0;
  for (const [from, to] of ranges) {
    let start = from;
    while (c < cuts.length && cuts[c]! <= start) c++;
    for (; c < cuts.length && cuts[c]! < to; c++) { out.push([start, cuts[c]!]); start = cuts[c]!; }
    out.push([start, to]);
  }
  return out;
}

function cutLongLine(body: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  const cutAt = (to: number): void => {
    // A sentence still too long is cut at the last space before MAX_PIECE (or hard, in a run of non-space).
    while (to - from > MAX_PIECE) {
      const space = body.lastIndexOf(' ', from + MAX_PIECE - 1);
      const cut = space > from ? space + 1 : from + MAX_PIECE;
      pieces.push([from, cut]);
      from = cut;
    }
    if (to > from) pieces.push([from, to]);
    from = to;
  };
  SENTENCE_END.lastIndex = start;
  const line = body.slice(0, end);
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) cutAt(m.index + m[0].length);
  cutAt(end);
  return pieces;
}

// compromise's own compute steps, in its order, less the chunker's ("chunks"): it only sets `term.chunk`, which no
// extractor reads, and it cost about 5% of a batch's CPU. Built from compromise's own hook list, not from a copy, so a
// compromise update that adds or renames a step still runs it. Our own list: compromise's global one stays as it
// is, for anyone else in the process who uses compromise.
const SKIPPED_STEPS = new Set(['chunks']);
const STEPS = nlp.hooks().filter((step) => !SKIPPED_STEPS.has(step));
// The `pre` tagger: the same, less the postTagger's pattern sweep (about 60% of compromise's time).
const PRE_STEPS = STEPS.filter((step) => step !== 'postTagger');
// compromise's View class: `nlp('')` makes an empty document without computing anything.
const View = nlp('').constructor as new (document: unknown) => ReturnType<typeof nlp>;

/** What `nlp(text)` does (tokenize, then every compute step in turn), with only the steps in STEPS. */
function parseWithCompromise(text: string, steps: readonly string[]): CompromiseTerm[][] {
  const methods = nlp.methods() as { one: { tokenize: { fromString: (text: string, world: object) => unknown } } };
  const document = methods.one.tokenize.fromString(text, nlp.world());
  const doc = new View(document);
  doc.compute(steps as string[]);
  return doc.document as CompromiseTerm[][];
}

/** Each tagger's parse of one range: compromise's terms, sentence by sentence. */
const PARSERS: Record<Tagger, (text: string) => CompromiseTerm[][]> = {
  full: (text) => parseWithCompromise(text, STEPS),
  pre: (text) => parseWithCompromise(text, PRE_STEPS),
  fast: fastParse,
};

/**
 * Runs compromise and places each term in the text. compromise's own offsets drift on some inputs (contractions it
 * expands, characters it normalizes), so each term is found again from a cursor, in a bounded window: linear, and
 * exact by construction.
 */
function tokenize(body: string, text: string, parse: (text: string) => CompromiseTerm[][]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [rangeStart, to] of parseRanges(body)) {
    // Leading blanks (a blanked header line) make compromise end a sentence after an opening initial: "H. Marshall
    // Kessler" would be split after "H.".
    const raw = body.slice(rangeStart, to);
    const from = rangeStart + raw.length - raw.trimStart().length;
    const part = body.slice(from, to);
    if (!part) continue;
    let cursor = 0;
    for (const terms of parse(part)) {
      const first = tokens.length;
      for (const term of terms) {
        if (!term.text) continue; // the empty half of an expanded contraction ("he's" -> "he" "is")
        const windowEnd = cursor + (term.pre?.length ?? 0) + term.text.length + 200;
        const at = part.slice(cursor, windowEnd).indexOf(term.text);
        if (at < 0) continue;
        const start = cursor + at;
        cursor = start + term.text.length;
        tokens.push({
          text: body === text ? term.text : text.slice(from + start, from + cursor), // as written, a joined break included
          normal: term.normal ?? term.text.toLowerCase(),
          start: from + start,
          end: from + cursor,
          tags: term.tags ?? new Set<string>(),
          pre: term.pre ?? '',
          post: term.post ?? '',
          sentence: sentences.length,
          index: tokens.length,
        });
      }
      if (tokens.length > first) {
        sentences.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, first, last: tokens.length });
      }
    }
  }
  return { tokens, sentences };
}
