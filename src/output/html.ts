import type { CountryEntity, DateEntity, Entity, Extraction, Kind, Mention, PersonEntity, RoleEntity } from '../types.js';
import { KINDS } from '../types.js';
import { escapeHtml, markUp, type Piece, type Span } from './htmlMarks.js';
import { contentSecurityPolicy, PAGE_CSS, PAGE_SCRIPT } from './htmlStyle.js';
import { KIND_LABEL } from './rows.js';

/** Options for an HTML page. */
export interface HtmlOptions {
  /** The page's title (`<title>` and heading); default "article-entities". */
  title?: string;
}

/** One article of a batch page: its extraction and the text it was extracted from, or why it could not be read. */
export type HtmlBatchItem = { extraction: Extraction; text: string } | { error: string };

interface MentionSpan extends Span {
  kind: Kind;
  entity: number;
  mention: Mention;
  /** The entity's normalized value: date value, country code, role chain, or the canonical name. */
  value: string;
  tip: string;
  label: string;
}

const SHORT = 40;
const short = (s: string): string => (s.length > SHORT ? s.slice(0, SHORT - 1).trimEnd() + '…' : s);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const KIND_SHORT: Record<Kind, string> = { ...KIND_LABEL, organizations: 'org' };
const KIND_HEADING = (kind: Kind): string => kind[0]!.toUpperCase() + kind.slice(1);

/** "title → person → organization", the parts the text does not say left out. */
function roleChain(r: RoleEntity): string {
  return [r.title, r.person, r.organization].filter((x): x is string => !!x).join(' → ');
}

function normalizedValue(kind: Kind, e: Entity): string {
  if (kind === 'dates') return (e as DateEntity).value;
  if (kind === 'countries') return (e as CountryEntity).code;
  if (kind === 'roles') return roleChain(e as RoleEntity);
  return e.name;
}

/** What the mark's tooltip says: the kind, the normalized value and the links. */
function describe(kind: Kind, e: Entity): string {
  const what = KIND_LABEL[kind];
  if (kind === 'dates') return `${what}: ${(e as DateEntity).value} (${(e as DateEntity).kind})`;
  if (kind === 'countries') return `${what}: ${e.name} (${(e as CountryEntity).code})`;
  if (kind === 'roles') {
    const r = e as RoleEntity;
    return `${what}: ${r.name === r.title ? '' : `${r.name} = `}${roleChain(r)}`;
  }
  if (kind === 'people') {
    const roles = (e as PersonEntity).roles.map((r) => [r.title, r.organization].filter(Boolean).join(', '));
    return `${what}: ${e.name}${roles.length ? ` (${roles.join('; ')})` : ''}`;
  }
  return `${what}: ${e.name}`;
}

/** The small label after a mention: the kind, and the value or the entity it stands for when the text differs. */
function labelFor(kind: Kind, e: Entity, m: Mention): string {
  const what = KIND_SHORT[kind];
  if (kind === 'dates') return `${what} ${(e as DateEntity).value}`;
  if (kind === 'countries') return `${what} ${(e as CountryEntity).code}`;
  if (kind === 'roles') return (e as RoleEntity).person ? `${what} → ${short((e as RoleEntity).person!)}` : what;
  if (m.text === e.name) return what;
  return `${what} ${kind === 'initiatives' ? '↩' : '→'} ${short(e.name)}`;
}

/** Every mention of every kind as a span; throws when a mention does not match the text (wrong text given). */
function mentionSpans(extraction: Extraction, text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  KINDS.forEach((kind, k) => {
    (extraction[kind] ?? []).forEach((e: Entity, entity) => {
      const value = normalizedValue(kind, e);
      const tip = describe(kind, e);
      for (const m of e.mentions) {
        const fits = Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length;
        if (!fits || text.slice(m.start, m.end) !== m.text) {
          throw new RangeError(`${extraction.file}: the ${KIND_LABEL[kind]} mention ${JSON.stringify(m.text)} at ${m.start}-${m.end} `
            + 'is not in the text given (toHtml needs the text the extraction was made from)');
        }
        // Equal spans nest in contract order of kinds, then entities.
        const label = labelFor(kind, e, m);
        spans.push({ start: m.start, end: m.end, rank: k * 1e6 + entity, kind, entity, mention: m, value, tip, label });
      }
    });
  });
  return spans;
}

/** The kind, value and links, the offsets, and with `--explain` the rule that found the mention. */
const tooltip = (s: MentionSpan): string =>
  `${s.tip} · characters ${s.start}–${s.end}${s.mention.why ? ` · found by: ${s.mention.why}` : ''}`;

function openMark(articleId: string, piece: Piece<MentionSpan>, firstOfEntity: boolean): string {
  const s = piece.span;
  return `<mark class="kind-${s.kind}" data-kind="${s.kind}" data-entity="${s.entity}" data-start="${s.start}" data-end="${s.end}"`
    + ` data-value="${escapeHtml(s.value)}" title="${escapeHtml(tooltip(s))}"`
    + (firstOfEntity && piece.first ? ` id="${articleId}-${s.kind}-${s.entity}"` : '')
    + (piece.first ? '' : ' data-cont=""')
    + (piece.last ? ` data-label="${escapeHtml(s.label)}"` : '')
    + '>';
}

function articleText(articleId: string, extraction: Extraction, text: string): string {
  const spans = mentionSpans(extraction, text);
  // The first mention of each entity gets an id: the target of the entity's link in the side panel.
  const first = new Map<string, MentionSpan>();
  for (const s of spans) {
    const seen = first.get(`${s.kind} ${s.entity}`);
    if (!seen || s.start < seen.start) first.set(`${s.kind} ${s.entity}`, s);
  }
  const firsts = new Set(first.values());
  return markUp(text, spans, (piece) => openMark(articleId, piece, firsts.has(piece.span)), '</mark>');
}

/** The side panel's line under an entity: its value and links, and the other forms it is written in. */
function entityDetail(kind: Kind, e: Entity): string {
  const parts: string[] = [];
  if (kind === 'dates') parts.push(`${(e as DateEntity).value} · ${(e as DateEntity).kind}`);
  if (kind === 'countries') parts.push((e as CountryEntity).code);
  if (kind === 'roles') {
    const r = e as RoleEntity;
    const chain = [r.person ?? 'no person named', ...(r.organization ? [r.organization] : [])].join(' → ');
    parts.push(`${r.name === r.title ? '' : `${r.title} `}→ ${chain}`);
  }
  if (kind === 'people') {
    for (const r of (e as PersonEntity).roles) parts.push([r.title, r.organization].filter(Boolean).join(', '));
  }
  const forms = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
  if (forms.length) parts.push(`also “${forms.join('”, “')}”`);
  return parts.length ? `<span class="detail">${escapeHtml(parts.join(' · '))}</span>` : '';
}

function panel(articleId: string, extraction: Extraction): string {
  const sections = KINDS.filter((kind) => extraction[kind] !== undefined).map((kind) => {
    const entities: Entity[] = extraction[kind] ?? [];
    const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);
    const items = entities.map((e, i) => {
      const name = escapeHtml(e.name);
      const link = e.mentions.length
        ? `<a href="#${articleId}-${kind}-${i}" data-kind="${kind}" data-entity="${i}">${name}</a>`
        : name;
      return `<li>${link} <span class="n">${plural(e.mentions.length, 'mention', 'mentions')}</span>${entityDetail(kind, e)}</li>`;
    });
    const list = items.length ? `<ol>\n${items.join('\n')}\n</ol>` : '<p class="none">none found</p>';
    return `<section class="kind-${kind}" data-kind="${kind}"><h3><span class="tag kind-${kind}">${KIND_HEADING(kind)}</span> `
      + `<span class="n">${plural(entities.length, 'entity', 'entities')}, ${plural(mentions, 'mention', 'mentions')}</span></h3>\n`
      + `${list}\n</section>`;
  });
  return `<aside class="panel" aria-label="Entities by kind">\n${sections.join('\n')}\n</aside>`;
}

function controls(articleId: string, extraction: Extraction): string {
  const kinds = KINDS.filter((kind) => extraction[kind] !== undefined);
  const radio = (value: string, label: string, checked = false): string =>
    `<label><input type="radio" name="${articleId}-show" value="${value}" data-filter=""${checked ? ' checked' : ''}> ${label}</label>`;
  return '<div class="controls js-only"><fieldset><legend>Show</legend>'
    + [radio('', 'all kinds', true), ...kinds.map((k) => radio(k, k))].join(' ')
    + '</fieldset> <label><input type="checkbox" data-labels="" checked> labels</label></div>';
}

const articleTitle = (x: Extraction): string =>
  x.id !== undefined ? `id ${JSON.stringify(x.id)}` : x.file === '-' ? 'standard input' : x.file;

function countsLine(extraction: Extraction): string {
  return KINDS.filter((k) => extraction[k] !== undefined)
    .map((k) => plural(extraction[k]!.length, KIND_LABEL[k], k))
    .join(' · ');
}

/** One article: heading, controls, the marked text and the side panel. */
function renderArticle(articleId: string, extraction: Extraction, text: string): string {
  const marked = articleText(articleId, extraction, text);
  const title = articleTitle(extraction);
  const meta = [
    extraction.id !== undefined ? `from ${extraction.file === '-' ? 'standard input' : extraction.file}` : '',
    `document date ${extraction.documentDate ?? 'unknown'}`,
    countsLine(extraction),
  ].filter(Boolean).join(' · ');
  return `<article id="${articleId}" aria-labelledby="${articleId}-title">\n<header><h2 id="${articleId}-title">${escapeHtml(title)}</h2>`
    + `<p class="meta">${escapeHtml(meta)}</p>\n${controls(articleId, extraction)}</header>\n`
    + `<div class="columns">\n<div class="article-text" lang="en">${marked}</div>\n${panel(articleId, extraction)}\n</div>\n</article>\n`;
}

function legend(): string {
  return '<div class="legend" aria-label="Kinds">'
    + KINDS.map((k) => `<span class="sample kind-${k}">${KIND_LABEL[k]}</span>`).join(' ')
    + '</div>';
}

/**
 * Writes one self-contained HTML page (inline style and script, nothing loaded from anywhere) piece by piece, so a
 * batch streams: `start()`, then `article()` for each article as it comes, `failure()` for an input that could
 * not be read, and `end()`, which adds the table of contents (when there is more than one entry) and the script.
 * Memory holds one line of contents per article, not the articles.
 */
export class HtmlPageWriter {
  private count = 0;
  private readonly contents: string[] = [];
  constructor(private readonly options: HtmlOptions = {}) {}

  start(): string {
    const title = escapeHtml(this.options.title ?? 'article-entities');
    return '<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">\n'
      + `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n`
      + '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="article-entities">\n'
      + `<title>${title}</title>\n<link rel="icon" href="data:,">\n<style>${PAGE_CSS}</style>\n</head>\n<body>\n`
      + `<header><h1>${title}</h1><p>Each mention is marked in the text with its kind and normalized value; `
      + 'the entities of each kind are listed beside it with their number of mentions.</p>\n'
      + `${legend()}</header>\n<main>\n`;
  }

  /** One article's section; throws a RangeError, and writes nothing, when a mention is not in `text`. */
  article(extraction: Extraction, text: string): string {
    const id = `a${this.count + 1}`;
    const html = renderArticle(id, extraction, text);
    this.count++;
    const counts = `<span class="counts">${escapeHtml(countsLine(extraction))}</span>`;
    this.contents.push(`<li><a href="#${id}">${escapeHtml(articleTitle(extraction))}</a> ${counts}</li>`);
    return html;
  }

  /** An input that could not be processed: named in the contents with the reason. */
  failure(message: string): void {
    this.contents.push(`<li class="failed">not processed: ${escapeHtml(message)}</li>`);
  }

  end(): string {
    const nav = this.contents.length > 1 || (this.contents.length === 1 && this.count === 0)
      ? `<nav class="contents" aria-label="Contents"><h2>Contents</h2>\n<ol>\n${this.contents.join('\n')}\n</ol>\n</nav>\n`
      : '';
    return `</main>\n${nav}<script>${PAGE_SCRIPT}</script>\n</body>\n</html>\n`;
  }
}

/** One article as a self-contained HTML page: `text` must be the text `extraction` was made from. */
export function toHtml(extraction: Extraction, text: string, options: HtmlOptions = {}): string {
  const page = new HtmlPageWriter({ title: options.title ?? articleTitle(extraction) });
  return page.start() + page.article(extraction, text) + page.end();
}

/** A batch as one page: the articles in order, with a table of contents that also names the inputs that failed. */
export function toHtmlBatch(items: readonly HtmlBatchItem[], options: HtmlOptions = {}): string {
  const page = new HtmlPageWriter(options);
  let out = page.start();
  for (const item of items) {
    if ('error' in item) page.failure(item.error);
    else out += page.article(item.extraction, item.text);
  }
  return out + page.end();
}
