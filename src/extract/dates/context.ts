import { parseDay, type Day } from './calendar.js';
import { REPORTING_VERBS as REPORTING } from '../../vocab/index.js';

/** What a rule knows when it resolves a match: the document date and the tense around the match. */
export interface DateContext {
  /** The document date, or null: relative expressions then keep X placeholders (`XXXX-12`). */
  dct: Day | null;
  /** True when the sentence holding `offset` speaks of the future ("will", "next", "is expected to"). */
  future(start: number, end?: number): boolean;
  /** The clause tense itself (null when no verb is near). */
  tense(start: number, end: number, skipReporting?: boolean): Tense | null;
  /** True when the article reports by fiscal quarters: "a year earlier" then means the same quarter a year ago. */
  quarterly: boolean;
  body: string;
}

const QUARTERLY = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b/i;

export type Tense = 'past' | 'present' | 'future';

export interface TenseToken {
  start: number;
  end: number;
  normal: string;
  tags: ReadonlySet<string>;
  sentence: number;
  /** Punctuation and whitespace after the token ("," ends a clause). */
  post?: string;
}

// Modals speak of what is still to come: "the father would be traveling to the United States Thursday".
const FUTURE_AUX = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', "won't", 'gonna', 'would', 'could', 'might', 'may', 'can', 'should', 'must',
]);
const FUTURE_PARTICIPLE = new Set(['scheduled', 'expected', 'set', 'due', 'planned', 'slated', 'poised']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);
const WINDOW = 8;
const INTENT_FUTURE = true;
const FAR_WINDOW = 14;
// a participle clause's gerund may stand further back, its clause's tense found through it (PARTICIPLE_CLAUSE)
const PARTICIPLE_WINDOW = 18;
const AFTER_BIAS = 1;
const PARTICIPLE_CLAUSE = true;
const PARENTHETICAL_GLOSS = true;
// Verbs of intending and arranging put what follows them ahead of the speaker whatever their own tense: "the team
// planned to leave on Thursday", "talks set to resume Monday", "protesters planned a rally on Saturday".
const INTENT = new RegExp(
  '^(?:plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)|set|expect(?:s|ed|ing)?|due|slated|poised|intend(?:s|ed|ing)?|hop(?:e|es|ed|ing)'
  + '|aim(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|ready|supposed|agree(?:s|d)?|decide(?:s|d)?|promis(?:e|es|ed)|vow(?:s|ed)?'
  + '|threaten(?:s|ed)?|want(?:s|ed)?)$',
);
// ... and so do these as the main verb: "officials postponed until Tuesday any action", "has scheduled a news conference Thursday"
const ARRANGE = /^(?:plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|adjourn(?:s|ed|ing)?)$/;

/**
 * The tense of the clause around a temporal expression, from the nearest verb group in its sentence: "He met them
 * Friday" (past: last Friday), "He will meet them Friday", "talks are scheduled for Friday", "they are to meet
 * Friday" (future: the coming Friday). HeidelTime resolves weekdays and bare months the same way.
 */
export function tenseAt(
  tokens: readonly TenseToken[], start: number, end: number, skipReporting = false, stopAt = Infinity,
): Tense | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  const first = lo; // first token of the mention
  let after = first;
  while (after < tokens.length && tokens[after]!.start < end) after++;
  const sentence = tokens[Math.min(first, tokens.length - 1)]?.sentence;
  if (sentence === undefined) return null;
  const isVerb = (i: number): boolean => {
    const t = tokens[i];
    return !!t && i < stopAt && t.sentence === sentence && t.tags.has('Verb') && !(i >= after && nounAfterPreposition(tokens, i));
  };
  // A reporting verb ("..., an official said") tells when the news was told, not when the event is: with
  // `skipReporting` it counts only when no other verb is near.
  let verb = -1;
  let reporting = -1;
  for (let k = 1; k <= WINDOW + AFTER_BIAS && verb < 0; k++) {
    for (const i of k > AFTER_BIAS ? [first - k, after + k - 1 - AFTER_BIAS] : [first - k]) {
      if (verb >= 0 || !isVerb(i)) continue;
      if (skipReporting && REPORTING.has(tokens[i]!.normal)) { if (reporting < 0) reporting = i; } else verb = i;
    }
  }
  // A long complement can hold the date far from its verb: "who stepped down as chairman, president and chief
  // executive in March"; the nearest verb before it, further back in the sentence, then decides.
  for (let k = WINDOW + 1; k <= PARTICIPLE_WINDOW && verb < 0 && reporting < 0; k++) {
    if (k > FAR_WINDOW && !(PARTICIPLE_CLAUSE && opensParticipleClause(tokens, first - k))) continue;
    if (isVerb(first - k) && !(skipReporting && REPORTING.has(tokens[first - k]!.normal))) verb = first - k;
  }
  if (verb < 0) verb = reporting;
  if (verb < 0) return null;
  // the whole verb group: auxiliaries and adverbs before ("will not meet"), verbs after ("will" -> "meet")
  let a = verb;
  const inGroup = (t: TenseToken | undefined, tags: readonly string[]): boolean =>
    t?.sentence === sentence && tags.some((x) => t.tags.has(x));
  while (a > 0 && inGroup(tokens[a - 1], ['Verb', 'Adverb', 'Negative']) && verb - a < 4) a--;
  let b = verb;
  const last = verb < first ? first : first + tokens.length; // a verb before the date stops before it
  while (b + 1 < tokens.length && b + 1 < last && inGroup(tokens[b + 1], ['Verb']) && b - verb < 3) b++;
  const group = tokens.slice(a, b + 1);
  const next = tokens[b + 1];
  // "the stock has fluctuated, rising to a high in June": a participle clause after a comma takes the main verb's tense
  if (PARTICIPLE_CLAUSE && a === verb && b === verb && opensParticipleClause(tokens, a)) {
    const main = tenseAt(tokens, tokens[a - 1]!.start, tokens[a - 1]!.end, skipReporting, a);
    if (main) return main;
  }
  if (group.some((t) => FUTURE_AUX.has(t.normal))) return 'future';
  // Only for a date after the verb, the intended event's ("On Friday, the government planned to ..." dates the
  // planning), and not for plans already overtaken ("had been scheduled to expire at midnight Friday").
  const overtaken = (i: number): boolean =>
    [i - 1, i - 2, i - 3].some((j) => tokens[j]?.sentence === sentence && /^(?:had|previously)$/.test(tokens[j]!.normal));
  if (INTENT_FUTURE && verb < first) {
    const arranging = group.findIndex((t) => ARRANGE.test(t.normal));
    if (arranging >= 0 && !overtaken(a + arranging)) return 'future';
    // "set to resume", "were planning to drive": the verb of intent before the infinitive's "to"
    const intent = [a - 2, a - 3].find((i) => tokens[i]?.sentence === sentence && INTENT.test(tokens[i]!.normal));
    if (tokens[a - 1]?.normal === 'to' && intent !== undefined && !overtaken(intent)) return 'future';
    // "is to resume trading in Paris Tuesday": be + to, an arrangement
    if (tokens[a - 1]?.normal === 'to' && ['is', 'are', 'am'].includes(tokens[a - 2]?.normal ?? '')) return 'future';
  }
  // "has scheduled a news conference Thursday to announce ...": the nearest verb before the date arranges it
  for (let i = first - 1; INTENT_FUTURE && i >= Math.max(0, first - WINDOW) && tokens[i]!.sentence === sentence; i--) {
    if (!tokens[i]!.tags.has('Verb')) continue;
    if (ARRANGE.test(tokens[i]!.normal) && !overtaken(i)) return 'future';
    break;
  }
  if (group.some((t) => t.normal === 'going') && next?.normal === 'to') return 'future';
  const copulaPresent = group.some((t) => ['is', 'are', 'am', "'s", "'re"].includes(t.normal));
  if (copulaPresent && (next?.normal === 'to' || group.some((t) => FUTURE_PARTICIPLE.has(t.normal)))) return 'future';
  // "guidelines to be published in early November": a passive infinitive's participle is no past tense
  const passiveInfinitive = group.some((t) => t.normal === 'be') && tokens[a - 1]?.normal === 'to';
  if (group.some((t) => PAST_AUX.has(t.normal) || (t.tags.has('PastTense') && !copulaPresent && !passiveInfinitive))) return 'past';
  if (group.some((t) => t.tags.has('PresentTense') || t.tags.has('Infinitive') || t.tags.has('Gerund'))) return 'present';
  return null;
}

/** ", rising to": a gerund right after a comma, opening a participle clause. */
function opensParticipleClause(tokens: readonly TenseToken[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return !!t && !!before && t.tags.has('Gerund') && before.sentence === t.sentence && /,\s*$/.test(before.post ?? '');
}

/**
 * "in March for health reasons": a plural noun the tagger read as a present-tense verb, after a preposition and a
 * noun ("for health reasons", "of price cuts"); no verb of the clause stands there.
 */
function nounAfterPreposition(tokens: readonly TenseToken[], i: number): boolean {
  const t = tokens[i]!;
  const noun = tokens[i - 1];
  const prep = tokens[i - 2];
  return t.tags.has('PresentTense') && /[^s]s$/.test(t.normal) && !!noun && noun.tags.has('Noun') && !noun.tags.has('Pronoun')
    && !!prep && prep.tags.has('Preposition');
}

/** Up to 60 characters either side of a span, within its sentence (no crossing of a full stop). */
function clauseAround(body: string, start: number, end: number): string {
  const before = body.slice(Math.max(0, start - 60), start);
  const after = body.slice(end, end + 60);
  return before.slice(before.lastIndexOf('. ') + 1) + ' ' + after.slice(0, after.indexOf('. ') < 0 ? undefined : after.indexOf('. '));
}

/** Where the bracket opens when the span is all a short bracketed gloss has ("(4 a.m. EDT Thursday)"), else -1. */
function glossOpening(body: string, start: number, end: number): number {
  // Only the 12 characters each side are looked at: a search of the whole body per date would be quadratic.
  const from = Math.max(0, start - 12);
  const before = body.slice(from, start).lastIndexOf('(');
  const open = before < 0 ? -1 : from + before;
  if (open < 0 || /[()]/.test(body.slice(open + 1, start))) return -1;
  const after = body.slice(end, end + 13).indexOf(')');
  const close = after < 0 ? -1 : end + after;
  return close >= 0 && !/[(]/.test(body.slice(end, close)) ? open : -1;
}

export function makeContext(
  body: string,
  documentDate: string | null,
  tokens: readonly TenseToken[],
  presentIsFuture = false,
): DateContext {
  return {
    dct: documentDate ? parseDay(documentDate) : null,
    body,
    quarterly: QUARTERLY.test(body),
    tense,
    future(start: number, end: number = start): boolean {
      // the same cues as `tense` ("as soon as", "since", "effective", "by"), then the verb
      const t = tense(start, end);
      return t === 'future' || (presentIsFuture && t === 'present');
    },
  };
  function tense(start: number, end: number, skipReporting = false): Tense | null {
    // "as soon as Tuesday", "as early as next week": a limit ahead of the speaker
    // "as soon as trading opened Monday": the clause of "as soon as" looks ahead whatever its tense
    if (/\bas\s+(?:soon|early)\s+as\s+(?:[\w'-]+\s+){0,3}$/i.test(body.slice(Math.max(0, start - 40), start))) return 'future';
    // "on patrol since March": a starting point already behind
    if (/\bsince\s+$/i.test(body.slice(Math.max(0, start - 8), start))) return 'past';
    // "an office of the chairman, effective Feb. 1", "a dividend payable Dec. 15": announced ahead of its date
    if (/\b(?:effective|payable)\s+$/i.test(body.slice(Math.max(0, start - 12), start))) return 'future';
    // "talks are supposed to conclude by May", "gave them until mid-November": a deadline, mostly still ahead
    // unless a past perfect looks back on it ("32 members had filed reports by Wednesday")
    const deadline = /\b(?:by|until|till)\s+$/i.test(body.slice(Math.max(0, start - 8), start));
    if (deadline && !/\bhad\b/i.test(clauseAround(body, start, end))) return 'future';
    // "will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said": a gloss in brackets takes the tense of
    // the clause it glosses, before the bracket
    const gloss = PARENTHETICAL_GLOSS ? glossOpening(body, start, end) : -1;
    if (gloss >= 0) {
      const stop = tokens.findIndex((t) => t.start > gloss);
      const before = stop > 0 ? tokens[stop - 1]! : undefined;
      const t = before && tenseAt(tokens, before.start, before.end, skipReporting, stop);
      if (t) return t;
    }
    return tenseAt(tokens, start, end, skipReporting);
  }
}
