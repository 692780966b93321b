
import type { CountryEntity, Entity, Mention } from '../../types.js';
import { CUES_AFTER, CUES_BEFORE, possessive } from './lexicon.js';
import type { Context } from './phrase.js';

interface Named {
  start: number;
  end: number;
  /** What an actor is written as: a country's ISO code, an organization's or a person's name. */
  label: string;
  country: boolean;
}

interface Input {
  countries: readonly CountryEntity[];
  organizations: readonly Entity[];
  people: readonly Entity[];
}

/** How many words may stand between a set-up verb and the initiative ("signed | an economic cooperation plan"). */
const VERB_REACH = 3;
/** The modifiers that say how many parties an undertaking has, with that number. */
const PARTIES: Record<string, number> = { bilateral: 2, trilateral: 3, 'three-way': 3, quadrilateral: 4 };

/**
 * The actors the text says set up, signed, proposed, ran or joined an initiative, in order of first appearance:
 * the owner before it ("Sony's planned acquisition"), the agent after it ("an offer by Acme"), the subject of a
 * set-up verb before it ("Ukraine and Russia signed an economic plan"), and for an undertaking of several parties
 * ("a trilateral system") the countries the article names together ("the United States, Japan and South Korea",
 * "U.S.-ROK-Japan"): the last such group of that size before it, or one in its sentence or the one before.
 */
export function findActors(ctx: Context, input: Input, mentions: readonly Mention[]): string[] {
  // The name finder's reading of the initiative's own words ("Global Methane Pledge" as an organization) is no actor.
  const named = namedSpans(input).filter((n) => !mentions.some((m) => n.start < m.end && m.start < n.end));
  const out: string[] = [];
  const add = (labels: string[]): void => { for (const l of labels) if (!out.includes(l)) out.push(l); };
  const { tokens } = ctx.article;
  for (const m of mentions) {
    const first = tokens.findIndex((t) => t.end > m.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    if (first < 0) continue;
    const before = tokens[first - 1];
    if (before && possessive(before) && before.sentence === tokens[first]!.sentence) add(ownerOf(named, before.start, before.end));
    const by = tokens[last + 1];
    if (by?.normal === 'by' && tokens[last + 2]) add(labelsAt(named, tokens[last + 2]!.start));
    add(subjectOf(ctx, named, first, last));
  }
  if (out.length === 0) add(partiesOf(ctx, input.countries, mentions));
  return out;
}

/** The entities before a finite set-up verb shortly before the initiative, back to the clause start. */
function subjectOf(ctx: Context, named: readonly Named[], first: number, last: number): string[] {
  const { tokens, sentences } = ctx.article;
  const s = tokens[first]!.sentence;
  let verb = -1;
  for (let k = first - 1; k >= 0 && k >= first - 1 - VERB_REACH && tokens[k]!.sentence === s; k--) {
    if (CUES_BEFORE.has(tokens[k]!.normal) && tokens[k]!.tags.has('Verb')) { verb = k; break; }
  }
  if (verb < 0) return passiveAgent(ctx, named, last);
  // "the newly implemented system": a participle before the noun has no subject.
  let p = verb - 1;
  while (p >= 0 && tokens[p]!.tags.has('Adverb')) p--;
  if (p >= 0 && tokens[p]!.sentence === s && (tokens[p]!.tags.has('Determiner') || tokens[p]!.tags.has('Preposition'))) return [];
  let from = sentences[s]!.first;
  for (let k = verb - 1; k > from; k--) {
    // A clause or a dateline ends before the subject: "NAIROBI, Kenya (AP) — Kenyan President ... signed".
    if (/^(that|which|who|said|says)$/u.test(tokens[k]!.normal) || /[;:)\u2013\u2014]/u.test(tokens[k]!.post)) { from = k + 1; break; }
  }
  return labelsIn(named, tokens[from]!.start, tokens[verb]!.start);
}

/** "..., which was signed by Japan and Korea": the agent after a passive set-up cue. */
function passiveAgent(ctx: Context, named: readonly Named[], last: number): string[] {
  const { tokens } = ctx.article;
  let k = last + 1;
  if (tokens[k] && /^(which|that)$/u.test(tokens[k]!.normal)) k++;
  for (const words of CUES_AFTER) {
    if (words[0] !== 'was' && words[0] !== 'is') continue;
    if (!words.every((w, j) => tokens[k + j]?.normal === w)) continue;
    const by = tokens[k + words.length];
    if (by?.normal === 'by' && tokens[k + words.length + 1]) return labelsAt(named, tokens[k + words.length + 1]!.start);
  }
  return [];
}

/** The countries of a several-party undertaking, from the article's groups of countries named together. */
function partiesOf(ctx: Context, countries: readonly CountryEntity[], mentions: readonly Mention[]): string[] {
  const { tokens } = ctx.article;
  const m = mentions[0]!;
  const groups = countryGroups(ctx.article.text, countries).filter((g) => g.start < m.start);
  const words = tokens.filter((t) => t.start >= m.start && t.end <= m.end).map((t) => t.normal);
  const size = words.map((w) => PARTIES[w]).find((n) => n !== undefined);
  if (size !== undefined) {
    const g = groups.filter((x) => x.codes.length === size).at(-1);
    if (g) return g.codes;
  }
  const sentence = tokens.find((t) => t.start >= m.start)?.sentence ?? 0;
  const near = groups.filter((g) => (tokens.find((x) => x.start >= g.start)?.sentence ?? -1) >= sentence - 1);
  return near.at(-1)?.codes ?? [];
}

/** Runs of country mentions joined only by commas, "and", a hyphen or a slash ("U.S.-ROK-Japan"). */
function countryGroups(text: string, countries: readonly CountryEntity[]): { start: number; codes: string[] }[] {
  const ms = countries.flatMap((c) => c.mentions.map((m) => ({ ...m, code: c.code }))).sort((a, b) => a.start - b.start);
  const groups: { start: number; codes: string[] }[] = [];
  let cur: { start: number; end: number; codes: string[] } | null = null;
  for (const m of ms) {
    const gap = cur ? text.slice(cur.end, m.start) : '';
    if (cur && /^(\s*,\s*(and\s+)?|\s+and\s+|-|\/)$/u.test(gap)) {
      if (!cur.codes.includes(m.code)) cur.codes.push(m.code);
      cur.end = m.end;
      continue;
    }
    if (cur && cur.codes.length > 1) groups.push(cur);
    cur = { start: m.start, end: m.end, codes: [m.code] };
  }
  if (cur && cur.codes.length > 1) groups.push(cur);
  return groups;
}

function namedSpans(input: Input): Named[] {
  const out: Named[] = [];
  for (const c of input.countries) for (const m of c.mentions) out.push({ start: m.start, end: m.end, label: c.code, country: true });
  for (const e of [...input.organizations, ...input.people]) {
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, label: e.name, country: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Labels of the entities inside [start, end), in text order; a country inside an organization's name is the organization's. */
function labelsIn(named: readonly Named[], start: number, end: number): string[] {
  const inside = named.filter((n) => n.start >= start && n.end <= end);
  const kept = inside.filter((n) => !(n.country && inside.some((o) => !o.country && o.start <= n.start && o.end >= n.end && o !== n)));
  return [...new Set(kept.map((n) => n.label))];
}

/** The entity whose mention ends in the possessive word [start, end): "Vela Motors's", "Japan's". */
function ownerOf(named: readonly Named[], start: number, end: number): string[] {
  const n = named.filter((x) => x.end > start && x.end <= end);
  const org = n.find((x) => !x.country);
  return org ? [org.label] : n.slice(0, 1).map((x) => x.label);
}

/** The entity starting at offset start ("by Acme Corp."), or none. */
const labelsAt = (named: readonly Named[], start: number): string[] => {
  const n = named.filter((x) => x.start === start);
  const org = n.find((x) => !x.country);
  return org ? [org.label] : n.slice(0, 1).map((x) => x.label);
};


