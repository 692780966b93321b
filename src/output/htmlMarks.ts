// Lays mention spans over an article's text as nested HTML elements, each character of the text written exactly once.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // An HTML parser turns a raw CR (and CR LF) into LF; a character reference keeps it, so offsets stay true.
  '\r': '&#13;',
  // HTML cannot carry U+0000 (parsers drop it or replace it); it is written as the replacement character.
  '\u0000': '&#xFFFD;',
};

/** Escapes text for HTML content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\r\u0000]/g, (c) => ESCAPES[c]!);
}

/** A span to mark: `[start, end)` in UTF-16 code units; `rank` orders spans of equal extent (lower is outer). */
export interface Span {
  start: number;
  end: number;
  rank: number;
}

/** How one piece of a span opens; a span that overlaps another partially is split into several pieces. */
export interface Piece<S extends Span> {
  span: S;
  /** The span's first piece (and `last` its final one): where an id or a label goes. */
  first: boolean;
  last: boolean;
}

type Token<S extends Span> = string | Piece<S> | null; // null closes the innermost open piece

/**
 * Writes `text` with every span as an element, nested where spans nest. Spans are opened in order of start (the
 * longer one outside), and a span that ends while a span opened inside it is still open closes that inner span
 * with it and reopens it right after: partial overlaps become split pieces, and no character is lost or repeated.
 * `open` renders a piece's start tag, `close` its end tag. Each step costs the nesting depth, which is small.
 */
export function markUp<S extends Span>(text: string, spans: readonly S[], open: (piece: Piece<S>) => string, close: string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const tokens: Token<S>[] = [];
  const lastPiece = new Map<S, Piece<S>>();
  const stack: S[] = [];
  const push = (span: S, first: boolean): void => {
    const piece = { span, first, last: false };
    lastPiece.set(span, piece);
    tokens.push(piece);
    stack.push(span);
  };
  let pos = 0;
  let i = 0;
  while (i < sorted.length || stack.length) {
    const nextOpen = i < sorted.length ? sorted[i]!.start : Infinity;
    const nextClose = stack.reduce((m, s) => Math.min(m, s.end), Infinity);
    const next = Math.min(nextOpen, nextClose);
    if (next > pos) tokens.push(text.slice(pos, next));
    pos = Math.max(pos, next);
    if (nextClose <= nextOpen) {
      // Close down to the outermost span that ends here; the spans above it that go on are reopened.
      const k = stack.findIndex((s) => s.end <= pos);
      const above = stack.splice(k);
      for (let j = 0; j < above.length; j++) tokens.push(null);
      for (const s of above) if (s.end > pos) push(s, false);
    } else {
      push(sorted[i++]!, true);
    }
  }
  if (pos < text.length) tokens.push(text.slice(pos));
  for (const piece of lastPiece.values()) piece.last = true;
  return tokens.map((t) => (t === null ? close : typeof t === 'string' ? escapeHtml(t) : open(t))).join('');
}
