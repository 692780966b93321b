import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { describe, expect, it } from 'vitest';
import { extract, HtmlPageWriter, toHtml, toHtmlBatch, type Entity, type Extraction } from '../src/index.js';
import { KINDS } from '../src/types.js';
import { cli, fixture, ROOT } from './helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: Element, c: string): boolean => (attr(e, 'class') ?? '').split(/\s+/).includes(c);

function all(root: Node, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    if (isElement(n) && test(n)) out.push(n);
    // A <template>'s content is not part of the page; there is none in ours, but skip it as the DOM does.
    children(n).forEach(walk);
  };
  walk(root);
  return out;
}

function textContent(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return children(n).map(textContent).join('');
}

/** Parses a page with parse5 (the WHATWG parsing algorithm, as browsers do); returns the document and its errors. */
function page(html: string): { doc: DefaultTreeAdapterMap['document']; errors: ParserError[] } {
  const errors: ParserError[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e) });
  return { doc, errors };
}

const articleTexts = (doc: Node): Element[] => all(doc, (e) => e.tagName === 'div' && hasClass(e, 'article-text'));
const marksIn = (root: Node): Element[] => all(root, (e) => e.tagName === 'mark');

/** A mark's mention: kind, entity index and offsets, as its data attributes say. */
const markKey = (m: Element): string => ['data-kind', 'data-entity', 'data-start', 'data-end'].map((a) => attr(m, a)).join(' ');

const SEED = fixture('seoul-trilateral.txt');
const seedText = readFileSync(path.join(ROOT, SEED), 'utf8');
const seed = extract(seedText, { source: SEED });

describe('toHtml on the seed article', () => {
  const html = toHtml(seed, seedText);
  const { doc, errors } = page(html);
  const [body] = articleTexts(doc);

  it('is a valid HTML document: the parser reports no error', () => {
    expect(errors).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('shows every character of the article exactly once: the text body reads as the input', () => {
    expect(articleTexts(doc)).toHaveLength(1);
    expect(textContent(body!)).toBe(seedText);
  });

  it('makes each mention exactly one mark, with its kind, entity index, offsets and normalized value', () => {
    const marks = marksIn(body!);
    const expected: string[] = [];
    for (const kind of KINDS) {
      (seed[kind] as Entity[]).forEach((e, i) => e.mentions.forEach((m) => expected.push(`${kind} ${i} ${m.start} ${m.end}`)));
    }
    expect(marks.map(markKey).sort()).toEqual(expected.sort());
    for (const m of marks) {
      const kind = attr(m, 'data-kind')!;
      expect(hasClass(m, `kind-${kind}`)).toBe(true);
      expect(textContent(m)).toBe(seedText.slice(Number(attr(m, 'data-start')), Number(attr(m, 'data-end'))));
    }
    const value = (kind: string, text: string): string | undefined =>
      attr(marks.find((m) => attr(m, 'data-kind') === kind && textContent(m) === text)!, 'data-value');
    expect(value('dates', 'March 21, 2024')).toBe('2024-03-21');
    expect(value('countries', 'ROK')).toBe('KR');
    expect(value('people', 'Sakurai')).toBe('Joy Sakurai');
    expect(value('roles', 'deputy chief of mission')).toBe('deputy chief of mission → Joy Sakurai → U.S. Embassy in Seoul');
  });

  it('nests a mention inside the mention that contains it ("U.S." inside "U.S. Embassy in Seoul")', () => {
    const embassy = marksIn(body!).find((m) => attr(m, 'data-kind') === 'organizations' && textContent(m) === 'U.S. Embassy in Seoul')!;
    const inner = marksIn(embassy).filter((m) => m !== embassy).map((m) => `${attr(m, 'data-kind')} ${textContent(m)}`);
    expect(inner).toEqual(['countries U.S.', 'places Seoul']);
  });

  it('labels each mark with its kind and value, and tells in the tooltip what the mention stands for', () => {
    const marks = marksIn(body!);
    const find = (kind: string, text: string): Element => marks.find((m) => attr(m, 'data-kind') === kind && textContent(m) === text)!;
    expect(attr(find('dates', 'this year'), 'data-label')).toBe('date 2024');
    expect(attr(find('countries', 'Japanese'), 'data-label')).toBe('country JP');
    expect(attr(find('people', 'Sakurai'), 'data-label')).toBe('person → Joy Sakurai');
    expect(attr(find('people', 'Joy Sakurai'), 'data-label')).toBe('person');
    const at = seedText.indexOf('counterpart');
    expect(attr(find('roles', 'counterpart'), 'title')).toBe(
      `role: counterpart = deputy chief of mission → Taisuke Mibae → Japanese Embassy · characters ${at}–${at + 11}`);
  });

  it('says in the tooltip which rule found a mention when the extraction was made with --explain', () => {
    const explained = extract(seedText, { source: SEED, explain: true, types: ['dates'] });
    const date = marksIn(articleTexts(page(toHtml(explained, seedText)).doc)[0]!)[0]!;
    expect(explained.dates![0]!.mentions[0]!.why).toBeTruthy();
    expect(attr(date, 'title')).toBe(`date: 2024-03-21 (date) · characters 46–60 · found by: ${explained.dates![0]!.mentions[0]!.why}`);
    expect(attr(marksIn(body!)[0]!, 'title')).not.toContain('found by');
  });

  it('lists each kind beside the text, every entity with its mention count, linked to its first mention', () => {
    const panel = all(doc, (e) => e.tagName === 'aside' && hasClass(e, 'panel'))[0]!;
    const sections = all(panel, (e) => e.tagName === 'section');
    expect(sections.map((s) => attr(s, 'data-kind'))).toEqual([...KINDS]);
    const ids = new Set(all(doc, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id')));
    for (const section of sections) {
      const kind = attr(section, 'data-kind') as (typeof KINDS)[number];
      const entities = seed[kind] as Entity[];
      const items = all(section, (e) => e.tagName === 'li');
      expect(items).toHaveLength(entities.length);
      items.forEach((li, i) => {
        const link = all(li, (e) => e.tagName === 'a')[0]!;
        expect(textContent(link)).toBe(entities[i]!.name);
        expect(textContent(li)).toContain(`${entities[i]!.mentions.length} mention`);
        const target = attr(link, 'href')!.slice(1);
        expect(ids.has(target)).toBe(true);
        const first = all(doc, (e) => attr(e, 'id') === target)[0]!;
        expect(Number(attr(first, 'data-start'))).toBe(entities[i]!.mentions[0]!.start);
      });
    }
  });

  it('lets only its own style sheet and script run (Content-Security-Policy hashes), and loads nothing', () => {
    const csp = attr(all(doc, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0]!, 'content')!;
    const sha = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const scripts = all(doc, (e) => e.tagName === 'script');
    const styles = all(doc, (e) => e.tagName === 'style');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`script-src ${sha(textContent(scripts[0]!))}`);
    expect(csp).toContain(`style-src ${sha(textContent(styles[0]!))}`);
    expect(csp).toContain("default-src 'none'");
    expect(all(doc, (e) => ['link', 'img', 'script', 'iframe'].includes(e.tagName) && /https?:/.test(attr(e, 'src') ?? attr(e, 'href') ?? ''))).toEqual([]);
  });
});

describe('escaping', () => {
  const text = 'Tom & Jerry\'s "<script>alert(1)</script>" met <b>Ann</b> in Oslo.\r\nIt&amp;s </mark> over.\r';
  const at = (s: string): { text: string; start: number; end: number } => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const hostile: Extraction = {
    file: '<img src=x onerror=alert(2)>.txt',
    documentDate: null,
    people: [{ name: 'Tom & "Jerry"', roles: [], mentions: [at('Tom & Jerry')] }],
    organizations: [{ name: '"><script>alert(3)</script>', mentions: [at('<script>alert(1)</script>')] }],
    places: [{ name: 'Oslo', mentions: [at('Oslo')] }],
    initiatives: [{ name: "</mark> o'clock", kind: 'plan', actors: [], mentions: [at('</mark>')] }],
  };
  const html = toHtml(hostile, text);
  const { doc } = page(html);
  const [body] = articleTexts(doc);

  it('shows markup, ampersands, quotes and line ends in the article as text, exactly', () => {
    expect(textContent(body!)).toBe(text); // CR and CR LF included: a parser would turn a raw CR into LF
    expect(marksIn(body!).map((m) => textContent(m))).toEqual(['Tom & Jerry', '<script>alert(1)</script>', 'Oslo', '</mark>']);
    expect(all(body!, (e) => e.tagName !== 'mark')).toEqual([body]);
  });

  it('runs nothing from the text, the names or the file name: the page has only its own script and elements', () => {
    const scripts = all(doc, (e) => e.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(textContent(scripts[0]!)).not.toContain('alert');
    expect(all(doc, (e) => e.tagName === 'img' || e.tagName === 'b')).toEqual([]);
    expect(all(doc, (e) => e.attrs.some((a) => a.name.startsWith('on')))).toEqual([]);
    expect(textContent(all(doc, (e) => e.tagName === 'title')[0]!)).toBe(hostile.file);
  });

  it('keeps names intact in attributes and lists', () => {
    const marks = marksIn(body!);
    expect(attr(marks[0]!, 'data-value')).toBe('Tom & "Jerry"');
    expect(attr(marks[1]!, 'data-value')).toBe('"><script>alert(3)</script>');
    expect(attr(marks[3]!, 'data-label')).toBe("initiative ↩ </mark> o'clock");
    const links = all(doc, (e) => e.tagName === 'a' && attr(e, 'data-kind') !== undefined).map(textContent);
    expect(links).toEqual(['Tom & "Jerry"', "</mark> o'clock", '"><script>alert(3)</script>', 'Oslo']);
  });

  it('refuses a text the extraction was not made from, rather than marking the wrong words', () => {
    expect(() => toHtml(hostile, text.replace('Tom', 'Tim'))).toThrow(/person mention "Tom & Jerry" at 0-11 is not in the text given/);
    expect(() => toHtml(hostile, text.slice(0, 20))).toThrow(RangeError);
  });
});

describe('overlapping mentions', () => {
  // "New York" (place) and "York Stock Exchange" (organization) overlap without one containing the other.
  const text = 'At the New York Stock Exchange today.';
  const span = (s: string): { text: string; start: number; end: number } => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const overlap: Extraction = {
    file: 'x.txt',
    documentDate: null,
    organizations: [{ name: 'York Stock Exchange', mentions: [span('York Stock Exchange')] }],
    places: [{ name: 'New York', mentions: [span('New York')] }],
  };
  const { doc } = page(toHtml(overlap, text));
  const [body] = articleTexts(doc);

  it('splits the later one at the boundary, so no character is lost or repeated', () => {
    expect(textContent(body!)).toBe(text);
    const marks = marksIn(body!);
    const place = marks.filter((m) => attr(m, 'data-kind') === 'places');
    const org = marks.filter((m) => attr(m, 'data-kind') === 'organizations');
    expect(place.map(textContent)).toEqual(['New York']);
    expect(org.map(textContent)).toEqual(['York', ' Stock Exchange']);
    expect(marksIn(place[0]!)).toContain(org[0]); // the first piece sits inside "New York"
    expect(org.map(markKey)).toEqual(['organizations 0 11 30', 'organizations 0 11 30']); // both pieces name the whole mention
    expect(org.map((m) => attr(m, 'data-cont'))).toEqual([undefined, '']);
    expect(org.map((m) => attr(m, 'data-label') !== undefined)).toEqual([false, true]); // the label after the whole
    expect(org.map((m) => attr(m, 'id') !== undefined)).toEqual([true, false]);
  });

  it('keeps the text exact and every mention whole, for any text and any spans (property)', () => {
    const textArb = fc.array(fc.constantFrom('a', ' ', '<', '&', '"', "'", '\n', '\r', 'é', '中'), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...KINDS)), { maxLength: 12 }), (t, raw) => {
      const x: Extraction = { file: 'p.txt', documentDate: null };
      for (const [a, b, kind] of raw) {
        const start = a % t.length;
        const end = start + 1 + (b % (t.length - start));
        const m = { text: t.slice(start, end), start, end };
        const list = (x[kind] ??= []) as Entity[];
        list.push({ name: m.text, mentions: [m], value: 'XXXX', kind: 'date', code: 'US', title: m.text, person: null, organization: null, roles: [] } as Entity);
      }
      const b = articleTexts(page(toHtml(x, t)).doc)[0]!;
      expect(textContent(b)).toBe(t);
      const pieces = new Map<string, string>();
      for (const m of marksIn(b)) pieces.set(markKey(m), (pieces.get(markKey(m)) ?? '') + textContent(m));
      for (const kind of KINDS) {
        (x[kind] as Entity[] | undefined)?.forEach((e, i) => {
          const m = e.mentions[0]!;
          expect(pieces.get(`${kind} ${i} ${m.start} ${m.end}`)).toBe(m.text);
        });
      }
    }), { numRuns: 200 });
  });
});

describe('batch page', () => {
  const other = 'Angela Merkel spoke in Berlin on Monday.';
  const second = extract(other, { source: 'b.txt', date: '2020-01-01' });

  it('has each article in order, a table of contents, and names the inputs that failed', () => {
    const html = toHtmlBatch([{ extraction: seed, text: seedText }, { error: 'missing.txt: no such file' }, { extraction: second, text: other }], { title: 'news' });
    const { doc, errors } = page(html);
    expect(errors).toEqual([]);
    const bodies = articleTexts(doc);
    expect(bodies.map(textContent)).toEqual([seedText, other]);
    const nav = all(doc, (e) => e.tagName === 'nav')[0]!;
    const entries = all(nav, (e) => e.tagName === 'li');
    expect(entries.map((li) => textContent(li).split(' ')[0])).toEqual([SEED, 'not', 'b.txt']);
    expect(textContent(entries[1]!)).toBe('not processed: missing.txt: no such file');
    const articleIds = all(doc, (e) => e.tagName === 'article').map((a) => attr(a, 'id'));
    expect(all(nav, (e) => e.tagName === 'a').map((a) => attr(a, 'href'))).toEqual(articleIds.map((id) => `#${id}`));
    const ids = all(doc, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('streams: the writer keeps no article, and a page of one article has no contents', () => {
    const w = new HtmlPageWriter();
    const parts = [w.start(), w.article(second, other), w.end()];
    expect(parts[1]).toContain('<article id="a1"');
    expect(parts[2]).not.toContain('<nav');
    expect(articleTexts(page(parts.join('')).doc).map(textContent)).toEqual([other]);
  });
});

describe('--format html', () => {
  it('writes one page for a batch; a failed input is named on stderr and in the contents, the rest still shown', () => {
    const r = cli(['--format', 'html', SEED, 'fixtures/no-such.txt', fixture('articles')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^article-entities: fixtures\/no-such\.txt: /)]);
    const { doc, errors } = page(r.stdout);
    expect(errors).toEqual([]);
    const files = [SEED, 'fixtures/articles/berlin-energy.txt', 'fixtures/articles/nairobi-health.md', 'fixtures/articles/tokyo-trade.txt'];
    expect(articleTexts(doc).map(textContent)).toEqual(files.map((f) => readFileSync(path.join(ROOT, f), 'utf8')));
    expect(all(doc, (e) => e.tagName === 'li' && hasClass(e, 'failed')).map(textContent)).toEqual([expect.stringContaining('no-such.txt')]);
  });

  it('marks the same mentions as the JSON output, for JSON Lines input too', () => {
    const input = readFileSync(path.join(ROOT, fixture('articles.jsonl')), 'utf8');
    const html = cli(['--format', 'html', '--jsonl-input', '-j', '1'], input);
    const json = cli(['--format', 'json', '--jsonl-input', '-j', '1'], input);
    expect(html.status).toBe(0);
    const results = json.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Extraction);
    const bodies = articleTexts(page(html.stdout).doc);
    expect(bodies).toHaveLength(results.length);
    results.forEach((res, i) => {
      const expected = KINDS.flatMap((k) => ((res[k] ?? []) as Entity[]).flatMap((e, j) => e.mentions.map((m) => `${k} ${j} ${m.start} ${m.end}`)));
      // A mention split around a partial overlap has further pieces (data-cont); its first piece stands for it.
      expect(marksIn(bodies[i]!).filter((m) => attr(m, 'data-cont') === undefined).map(markKey).sort()).toEqual(expected.sort());
    });
  });

  it('has no --summary form: a usage error', () => {
    const r = cli(['--format', 'html', '--summary', SEED]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-entities: --summary has no html form/);
  });
});
