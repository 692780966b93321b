import type { Entity, Extraction, Kind, Mention } from '../types.js';
import { KINDS } from '../types.js';

/** Singular kind names, as CSV and tables show them. */
export const KIND_LABEL: Record<Kind, string> = {
  dates: 'date',
  people: 'person',
  roles: 'role',
  countries: 'country',
  initiatives: 'initiative',
  organizations: 'organization',
  places: 'place',
};

/** An entity flattened to what tables and CSV show: the normalized value and the links. */
export interface EntityRow {
  kind: Kind;
  name: string;
  /** Date value, country code, role title or initiative kind; empty otherwise. */
  value: string;
  person: string;
  organization: string;
  /** An initiative's actors, "; "-separated (country codes, organizations, people); empty otherwise. */
  actors: string;
  mentions: number;
  /** The mentions themselves (`--explain` shows each one's `why`). */
  list: readonly Mention[];
  start: number;
  end: number;
}

/** One row per entity, kinds in contract order, entities in first-mention order. */
export function entityRows(result: Extraction): EntityRow[] {
  const rows: EntityRow[] = [];
  for (const kind of KINDS) {
    for (const e of (result[kind] ?? []) as (Entity & Record<string, unknown>)[]) {
      const first = e.mentions[0];
      rows.push({
        kind,
        name: e.name,
        value: String(e.value ?? e.code ?? e.title ?? (kind === 'initiatives' ? e.kind ?? '' : '')),
        person: typeof e.person === 'string' ? e.person : '',
        organization: typeof e.organization === 'string' ? e.organization : '',
        actors: Array.isArray(e.actors) ? e.actors.join('; ') : '',
        mentions: e.mentions.length,
        list: e.mentions,
        start: first?.start ?? -1,
        end: first?.end ?? -1,
      });
    }
  }
  return rows;
}
