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
  const body = header ? text.slice(0, header.start) + ' '.repeat(header.end - header.start) + text.slice(header.end) : text;
  const { tokens, sentences } = tokenize(body);
  return { source: options.source ?? '-', text, body, documentDate, header, tokens, sentences };
}

/**
 * Runs compromise and places each term in the text. compromise's own offsets drift on some inputs (contractions it
 * expands, characters it normalizes), so each term is found again from a cursor: linear, and exact by construction.
 */
function tokenize(body: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (!body.trim()) return { tokens, sentences };
  const doc = nlp(body);
  let cursor = 0;
  for (const terms of doc.document) {
    const first = tokens.length;
    for (const term of terms) {
      if (!term.text) continue; // the empty half of an expanded contraction ("he's" -> "he" "is")
      const at = body.indexOf(term.text, cursor);
      if (at < 0 || at - cursor > 200 + (term.pre?.length ?? 0)) continue;
      cursor = at + term.text.length;
      tokens.push({
        text: term.text,
        normal: term.normal ?? term.text.toLowerCase(),
        start: at,
        end: cursor,
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
  return { tokens, sentences };
}
