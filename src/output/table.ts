import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Extraction, Kind } from '../types.js';
import { entityRows, KIND_LABEL, type EntityRow } from './rows.js';
import type { Summary } from './summary.js';
import { escapeControls } from './terminal.js';

export interface TableOptions {
  /** Terminal width to fit; default 100. */
  width?: number;
  color?: boolean;
  /** `--explain`: under each entity, a line per mention with its offset and the rule or cue that produced it. */
  explain?: boolean;
  /** The title to show instead of the id or file (a JSON Lines id as written). */
  id?: string;
}

const KIND_COLOR: Record<Kind, (c: ChalkInstance) => ChalkInstance> = {
  dates: (c) => c.cyan,
  people: (c) => c.green,
  roles: (c) => c.yellow,
  countries: (c) => c.magenta,
  initiatives: (c) => c.blue,
  organizations: (c) => c.red,
  places: (c) => c.white,
};

/** The normalized value a reader checks: the ISO date, the country code, a role's holder and organization. */
function valueCell(r: EntityRow, result: Extraction): string {
  if (r.kind === 'dates') {
    const e = result.dates?.find((d) => d.name === r.name && d.value === r.value);
    return e ? `${e.value} (${e.kind})` : r.value;
  }
  if (r.kind === 'roles') return [r.person || '?', r.organization].filter(Boolean).join(' · ');
  if (r.kind === 'people') {
    const p = result.people?.find((x) => x.name === r.name);
    return (p?.roles ?? []).map((x) => [x.title, x.organization].filter(Boolean).join(', ')).join('; ');
  }
  if (r.kind === 'initiatives') return [r.value, r.actors].filter(Boolean).join(' · '); // "system · US; JP; KR"
  return r.value;
}

/**
 * Column widths: each column as wide as its content, and when the whole is wider than the terminal, name and value
 * give up space in proportion to their size (cli-table3 then wraps them on word boundaries).
 */
function columnWidths(rows: string[][], width: number): number[] {
  const natural = [0, 1, 2, 3].map((c) => 2 + Math.max(...rows.map((r) => visibleLength(r[c] ?? ''))));
  const [kind, name, value, count] = natural as [number, number, number, number];
  const room = Math.max(24, width - kind - count - 5); // cli-table3 draws 5 vertical rules
  if (name + value <= room) return natural;
  // A narrow column (a date value, a country code) keeps its width; the wide one wraps.
  const NARROW = 24;
  if (value <= NARROW && room - value >= NARROW) return [kind, room - value, value, count];
  if (name <= NARROW && room - name >= NARROW) return [kind, name, room - name, count];
  const nameWidth = Math.max(10, Math.min(name, Math.round((room * name) / (name + value))));
  return [kind, nameWidth, Math.max(10, room - nameWidth), count];
}

const visibleLength = (s: string): number => s.replace(/\x1b\[[0-9;]*m/g, '').length;

function renderTable(head: string[], rows: string[][], width: number, chalk: ChalkInstance): string {
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    colWidths: columnWidths([head, ...rows], width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    // No rule between rows: a block stays short; the kind label marks where each group starts.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  table.push(...rows);
  return table.toString();
}

/** One block per article: the file and its document date, then its entities grouped by kind. */
export function formatTable(result: Extraction, options: TableOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  const name = escapeControls(options.id ?? String(result.id ?? result.file));
  const title = `${chalk.bold(name)}  ${chalk.dim('document date:')} ${result.documentDate ?? chalk.dim('unknown')}`;
  const rows = entityRows(result);
  if (rows.length === 0) return `${title}\n${chalk.dim('  (no entities found)')}\n\n`;
  let last: Kind | null = null;
  const cells = rows.flatMap((r) => {
    const label = r.kind === last ? '' : KIND_COLOR[r.kind](chalk)(KIND_LABEL[r.kind]);
    last = r.kind;
    const row = [label, escapeControls(r.name), escapeControls(valueCell(r, result)), String(r.mentions)];
    if (!options.explain) return [row];
    return [row, ...r.list.map((m) => ['', chalk.dim(`  ${escapeControls(m.text)} @${m.start}`), chalk.dim(m.why ?? '-'), ''])];
  });
  return `${title}\n${renderTable(['kind', 'name', 'value', 'mentions'], cells, width, chalk)}\n\n`;
}

/** The batch summary: each entity with the number of articles and mentions, most frequent first. */
export function formatSummaryTable(summary: Summary, options: TableOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  const failed = summary.failed ? chalk.red(`, ${summary.failed} failed`) : '';
  const title = `${chalk.bold('Summary')}  ${summary.articles} article${summary.articles === 1 ? '' : 's'}${failed}`;
  const cells: string[][] = [];
  for (const [kind, rows] of summary.kinds) {
    rows.forEach((r, i) => cells.push([i === 0 ? KIND_COLOR[kind](chalk)(KIND_LABEL[kind]) : '', escapeControls(r.name),
      escapeControls([r.value ?? '', (r.actors ?? []).join('; ')].filter(Boolean).join(' · ')), `${r.articles}/${r.mentions}`]));
  }
  return `${title}\n${renderTable(['kind', 'name', 'value', 'articles/mentions'], cells, width, chalk)}\n`;
}
