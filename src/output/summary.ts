import type { Entity, Extraction, Kind } from '../types.js';
import { KINDS } from '../types.js';

export interface SummaryRow {
  name: string;
  /** Date value, country code or initiative kind, for the kinds that have one. */
  value?: string;
  /** An initiative's actors over all its articles, in order of first appearance. */
  actors?: string[];
  articles: number;
  mentions: number;
}

export interface Summary {
  articles: number;
  failed: number;
  kinds: Map<Kind, SummaryRow[]>;
}

/** The key an entity is counted under across articles: dates by value, countries by code, the rest by name. */
function summaryKey(kind: Kind, e: Entity & { value?: string; code?: string }): string {
  if (kind === 'dates' && e.value) return e.value;
  if (kind === 'countries' && e.code) return e.code;
  return e.name;
}

/** Accumulates a batch into one summary; memory grows with distinct entities, not with articles. */
export class SummaryBuilder {
  private articles = 0;
  private failed = 0;
  private readonly counts = new Map<Kind, Map<string, SummaryRow>>();

  constructor(private readonly kinds: readonly Kind[]) {
    for (const k of kinds) this.counts.set(k, new Map());
  }

  add(result: Extraction): void {
    this.articles++;
    for (const kind of this.kinds) {
      const table = this.counts.get(kind)!;
      const seen = new Set<string>();
      for (const e of (result[kind] ?? []) as (Entity & { value?: string; code?: string; kind?: string; actors?: string[] })[]) {
        const key = summaryKey(kind, e);
        let row = table.get(key);
        if (!row) {
          row = { name: e.name, articles: 0, mentions: 0 };
          if (kind === 'dates' && e.value) row.value = e.value;
          if (kind === 'countries' && e.code) row.value = e.code;
          if (kind === 'initiatives' && e.kind) { row.value = e.kind; row.actors = []; }
          table.set(key, row);
        } else if (kind !== 'dates' && e.name.length > row.name.length) row.name = e.name;
        if (!seen.has(key)) { row.articles++; seen.add(key); }
        for (const a of e.actors ?? []) if (row.actors && !row.actors.includes(a)) row.actors.push(a);
        row.mentions += e.mentions.length;
      }
    }
  }

  addFailure(): void {
    this.failed++;
  }

  build(): Summary {
    const kinds = new Map<Kind, SummaryRow[]>();
    for (const kind of KINDS) {
      const table = this.counts.get(kind);
      if (!table) continue;
      kinds.set(kind, [...table.values()].sort((a, b) =>
        b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
    }
    return { articles: this.articles, failed: this.failed, kinds };
  }
}

/** `{"articles": N, "failed": N, "dates": [...], "people": [...], ...}` */
export function summaryToJson(summary: Summary): Record<string, unknown> {
  const out: Record<string, unknown> = { articles: summary.articles, failed: summary.failed };
  for (const [kind, rows] of summary.kinds) {
    out[kind] = rows.map((r) => {
      const o: Record<string, unknown> = { name: r.name };
      if (r.value !== undefined) o[kind === 'countries' ? 'code' : kind === 'initiatives' ? 'kind' : 'value'] = r.value;
      if (r.actors !== undefined) o.actors = r.actors;
      o.articles = r.articles;
      o.mentions = r.mentions;
      return o;
    });
  }
  return out;
}
