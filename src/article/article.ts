import nlp from 'compromise';
import { findDocumentDate, isValidIsoDate } from './documentDate.js';

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
  /** `text` with metadata (header date, dateline date) blanked out, same length: what the extractors search. */
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
}

/** Parses an article once: document date, masked body, compromise tokens with exact offsets, sentences. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const fallbackYear = options.date && isValidIsoDate(options.date) ? Number(options.date.slice(0, 4)) : undefined;
  const found = findDocumentDate(text, fallbackYear);
  const header = found ? { start: found.start, end: found.end } : null;
  const documentDate = options.documentDate ?? found?.date ?? options.date ?? null;
  let body = header ? text.slice(0, header.start) + ' '.repeat(header.end - header.start) + text.slice(header.end) : text;
  // A byte-order mark is no part of the first word ("\uFEFFJoe Biden"): it reads as a space, offsets unchanged.
  if (body.startsWith('\uFEFF')) body = ' ' + body.slice(1);
  const { tokens, sentences } = tokenize(body);
  return { source: options.source ?? '-', text, body, documentDate, header, tokens, sentences };
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
  return ranges;
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

/**
 * Runs compromise and places each term in the text. compromise's own offsets drift on some inputs (contractions it
 * expands, characters it normalizes), so each term is found again from a cursor, in a bounded window: linear, and
 * exact by construction.
 */
function tokenize(body: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [rangeStart, to] of parseRanges(body)) {
    // Leading blanks (a blanked header line) make compromise end a sentence after an opening initial: "H. Marshall
    // Schwarz" would be split after "H.".
    const raw = body.slice(rangeStart, to);
    const from = rangeStart + raw.length - raw.trimStart().length;
    const part = body.slice(from, to);
    if (!part) continue;
    let cursor = 0;
    for (const terms of nlp(part).document) {
      const first = tokens.length;
      for (const term of terms) {
        if (!term.text) continue; // the empty half of an expanded contraction ("he's" -> "he" "is")
        const windowEnd = cursor + (term.pre?.length ?? 0) + term.text.length + 200;
        const at = part.slice(cursor, windowEnd).indexOf(term.text);
        if (at < 0) continue;
        const start = cursor + at;
        cursor = start + term.text.length;
        tokens.push({
          text: term.text,
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
