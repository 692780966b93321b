import type { Token } from '../../article/article.js';
import type { Cue, Features } from './cues.js';
import { wrappedAfterGivenName } from './cues.js';
import { W, isFirstName, isInitial, isPossessive, lower, tagged } from './lexicon.js';

// The cues of results tables and match reports: a page whose figures or sports words make it "sporty" (names.ts).
// There towns and counties are mostly teams, and lines list players, scorers and clubs.

/** After tokens [.., last): "(Country) 2" and then a line end, a bracket or another name. */
function teamScoreAfter(tokens: readonly Token[], last: number): boolean {
  const a = tokens[last - 1]!;
  const open = tokens[last];
  if (!open || !/\(\s*$/.test(a.post + open.pre) || !/^\p{Lu}/u.test(open.text)) return false;
  let k = last;
  while (k < last + 3 && k < tokens.length && !/^\)/.test(tokens[k]!.post)) k++;
  const score = tokens[k + 1];
  if (k >= last + 3 || !score || !/^\)\s*$/.test(tokens[k]!.post + score.pre) || /\n/.test(tokens[k]!.post)
    || !/^\d{1,3}$/.test(score.text)) return false;
  const after = tokens[k + 2];
  return after !== undefined && /^[ \t]+$/.test(score.post) && !after.pre && /^\p{Lu}/u.test(after.text);
}

/** Before tokens [first, ..): "(Country) 2" of the home team: the name is the visitors'. */
function teamScoreBefore(tokens: readonly Token[], first: number): boolean {
  const score = tokens[first - 1];
  const close = tokens[first - 2];
  return score !== undefined && close !== undefined && /^\d{1,3}$/.test(score.text) && /^\)[ \t]*$/.test(close.post)
    && /^[ \t]+$/.test(score.post) && !tokens[first]!.pre;
}

/** tokens[i - 1] ends a list line ("..., Pieter\n") and tokens[i] opens the next ("Brandvlei (South Africa),"). */
function wrappedPair(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  const before = tokens[i - 2];
  const word = /^\p{Lu}\p{Ll}+$/u;
  return a !== undefined && b !== undefined && before !== undefined && /^[ \t]*\n$/.test(a.post) && !b.pre
    && word.test(a.text) && word.test(b.text) && /,[ \t]*$/.test(before.post)
    && /^(?:[ \t]*\(|,|[ \t]+\d)/.test(b.post + (tokens[i + 1]?.pre ?? '') + (tokens[i + 1]?.text ?? ''))
    && !tagged(a, 'Place', 'City', 'Country', 'Region') && !tagged(b, 'Place', 'City', 'Country', 'Region');
}

/**
 * A results line opens with its venue: "Wexcombe: Kent 318 (...)", "At Moorfield (Leeds): Yorkshire 290", "London
 * (The Oval): Surrey 429-7". The name opens the line (after an "At") or is the bracketed town, a colon follows, and
 * the rest of the line holds figures.
 */
export function venueOpening(f: Features): boolean {
  const { text, tokens, first } = f;
  const lineStart = (i: number): boolean => i === 0 || /\n/.test(tokens[i - 1]!.post + tokens[i]!.pre);
  const opens = lineStart(first) || (/^(?:at|in)$/i.test(tokens[first - 1]?.text ?? '') && lineStart(first - 1));
  const bracketed = !!f.prev && /\(\s*$/.test(f.prev.post + f.ft.pre) && /^\):/.test(f.lastTok.post);
  if (!opens && !bracketed) return false;
  let rest = text.slice(f.lastTok.end, f.lastTok.end + 200);
  // "In Dravenko:" alone on its line: the result follows on the next.
  const nl = rest.search(/\n/);
  if (nl >= 0) {
    const line = rest.slice(0, nl);
    rest = /^\)?:[ \t]*$/.test(line) ? `${line.trim()} ${rest.slice(nl + 1).split('\n')[0]!}` : line;
  }
  if (opens) rest = rest.replace(/^\s*\([^()\n]{1,40}\)/, '');
  // A team and its score after the colon, or a match verb ("Tolsey: Westshire beat Eastmarch by an innings"):
  // not "Scorers: Brown (41st)", "Attendance: 20,000".
  // "Wexcombe: Kent 318", "In Varnesti: Unirea Varnesti (Romania) 2".
  const m = /^\)?:\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*(?: \([^()\n]{1,30}\))?\s(\d|\p{Ll}+)/u.exec(rest);
  // A fixture's words ("Postponed: Tolsey v Brindle") and a results page's labels ("Penalties: Dravik 2") are no venue.
  const verb = !!m && (/\d/.test(m[1]!) || (W.matchVerbs.has(m[1]!) && !/^(?:v|vs|against|hosts|visits?)$/.test(m[1]!)));
  return verb && !W.sportWords.has(f.firstLw) && !W.resultLabels.has(f.firstLw);
}

/** A sports page's cue: it holds only there. */
const sports = (cue: Cue): Cue => ({ ...cue, test: (f: Features) => f.sporty && cue.test(f) });

/** A place name without a preposition of place: on a sports page, mostly the team. */
const placeNotPrep = (f: Features): boolean => f.placeWord && !f.placePrep;

/** The venue cue's reason: names.ts keeps a venue a place whatever its team's evidence. */
export const VENUE = 'a venue opening a results line';

const PAGE_CUES: Cue[] = [
  { reason: VENUE, kind: 'LOC', weight: 5, test: venueOpening },
  // "..., Tomas Ekvall, Pieter\nBrandvlei (South Africa)": a lone word closing a list line and the lone word opening
  // the next, followed by a bracket or a comma (whatever the given name).
  {
    reason: 'a full name wrapped over a line break in a list', kind: 'PER', weight: 2,
    test: (f) => !wrappedAfterGivenName(f) && f.n === 1 && (wrappedPair(f.tokens, f.first) || wrappedPair(f.tokens, f.first + 1)),
  },
  { reason: 'a cricket scorecard or bowling analysis', kind: 'PER', weight: 4, test: (f) => f.scorecard },
  {
    // "Lens 3 (Smith 8th, Jones 85th)", "Scorers: Brown (41st), Green (73rd pen)".
    reason: 'a goal scorer: a name followed by the minute', kind: 'PER', weight: 3,
    test: (f) => f.sameSentence && /^\(?\d{1,3}(?:st|nd|rd|th)\)?$/.test(f.nextLw) && /^\s*\(?\s*$/.test(f.lastTok.post + f.next!.pre),
  },
  { reason: 'a plural nickname after "the"', kind: 'ORG', weight: 2.5, test: (f) => f.nickname },
  {
    // "Westshire beat Eastmarch", "Northmoor 259"; "Hansa Velden 2", but "Kerem Ozdal 45" too, so a known
    // given name keeps a person. A score follows a team directly ("Kestrels 6 Harriers 2"); a minute in brackets or an
    // ordinal follows a scorer.
    reason: 'a team: a score or a match verb beside it', kind: 'ORG', weight: 1.5,
    test: (f) => {
      const score = f.sameSentence && !/\S/.test(f.lastTok.post) && /^\d+(?:[-:.]\d+)*$/.test(f.nextLw);
      const teamLike = f.n === 1 || f.placeWord || (!isFirstName(f.ft) && !isInitial(f.ft) && !tagged(f.ft, 'Person') && score);
      return f.sameSentence && !f.placePrep && teamLike && (score || W.matchVerbs.has(f.nextLw) || W.matchVerbs.has(f.prevLw));
    },
  },
  {
    // A lone name beside "v" is a team even when it is also a given name.
    reason: 'a fixture', kind: 'ORG', weight: 1.5,
    test: (f) => f.n === 1 && (/^vs?\.?$/.test(f.nextLw) || /^vs?\.?$/.test(f.prevLw)),
  },
  {
    // "Vladimir Horacek (Lens)": after a player, the bracketed name is his club (a country there is left to the
    // countries extractor); "At Moorfield (Leeds)" is the ground's town.
    reason: 'a club in brackets after a player', kind: 'ORG', weight: 3,
    test: (f) => !!f.prev && f.prev.sentence === f.ft.sentence && /\(\s*$/.test(f.prev.post + f.ft.pre) && /^\)/.test(f.lastTok.post)
      && /^\p{Lu}/u.test(f.prev.text) && !/\d/.test(f.prev.text) && !tagged(f.headTok, 'Country', 'Region')
      && f.tokens[f.first - 2]?.text.toLowerCase() !== 'at',
  },
  {
    // "Gloria Varna (Bulgaria) 2 Dunav Ruse (Bulgaria) 1"; a standings row of riders, "Jan Kos (Poland) 16", names
    // one alone.
    reason: 'a team in results: its country in brackets and a lone score', kind: 'ORG', weight: 6,
    test: (f) => teamScoreAfter(f.tokens, f.last) || teamScoreBefore(f.tokens, f.first),
  },
  {
    // Cycling and motor racing: "Tom Jones (Belgium) Velomar 4:12:30".
    reason: 'a team after a rider\'s bracketed country', kind: 'ORG', weight: 2,
    test: (f) => !!f.prev && f.prev.sentence === f.ft.sentence && /\)\s*$/.test(f.prev.post) && !/[(]/.test(f.ft.pre)
      && !/^\s*\(/.test(f.lastTok.post),
  },
  {
    reason: 'a town or county doing something: the team', kind: 'ORG', weight: 1,
    test: (f) => placeNotPrep(f) && f.sameSentence && !f.commaAfter && f.next !== undefined && tagged(f.next, 'Verb')
      && !tagged(f.next, 'Gerund'),
  },
  {
    reason: 'a place name without a preposition of place: the team', kind: 'ORG', weight: 1.25,
    test: (f) => placeNotPrep(f) && !tagged(f.headTok, 'Country'),
  },
  {
    reason: 'a town\'s possession: its team\'s', kind: 'ORG', weight: 1,
    test: (f) => placeNotPrep(f) && isPossessive(f.lastTok) && !tagged(f.headTok, 'Country'),
  },
];

/** The sports cues: those of a sports page, and the sports centre on any page. */
export const SPORTS_CUES: readonly Cue[] = [
  ...PAGE_CUES.map(sports),
  {
    // "National Tennis Centre", "Olympic Aquatics Center", on any page, whatever its organization head word.
    reason: 'a sports centre: a venue', kind: 'LOC', weight: 8,
    test: (f) => {
      if (!((f.lastLw === 'centre' || f.lastLw === 'center' || f.lastLw === 'complex') && f.n >= 2)) return false;
      for (let i = f.first; i < f.last - 1; i++) if (W.sportNames.has(lower(f.tokens[i]!))) return true;
      return false;
    },
  },
];
