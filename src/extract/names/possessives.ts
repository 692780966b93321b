import type { Mention } from '../../types.js';

/** A resolved name: its class and its mention (names.ts fills these in). */
interface Resolved { cls: string; c: { key: string; name: string; mention: Mention } }

/**
 * A company named with a possessive ("Haldermen's Bancshares Inc.", "Moody's Investors Service") is called by that
 * possessive alone ("Haldermen's was the prize", "Moody's cut its rating"): where the article names an organization
 * so, a short mention of it keeps the "'s", which is the name's and not a genitive, and is filed under the full name.
 */
export function keepNamePossessives(text: string, out: readonly Resolved[]): void {
  const stems = new Map<string, Resolved['c']>();
  for (const o of out) {
    if (o.cls !== 'ORG') continue;
    const m = /^(\S+?)['’]s\s+\S/u.exec(o.c.name);
    if (m && !stems.has(m[1]!.toLowerCase())) stems.set(m[1]!.toLowerCase(), o.c);
  }
  if (stems.size === 0) return;
  for (const o of out) {
    const m = o.c.mention;
    if (o.cls !== 'ORG' || !stems.has(m.text.toLowerCase())) continue;
    const s = /^['’]s(?![\p{L}\d])/u.exec(text.slice(m.end, m.end + 3));
    if (!s) continue;
    m.end += 2;
    m.text = text.slice(m.start, m.end);
    const full = stems.get(m.text.slice(0, -2).toLowerCase())!;
    o.c.key = full.key;
    o.c.name = full.name;
  }
}
