import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Extraction, Kind } from '../types.js';
import { entityRows, KIND_LABEL, type EntityRow } from './rows.js';
import type { Summary } from './summary.js';

export interface TableOptions {
  /** Terminal width to fit; default 100. */
  width?: number;
  color?: boolean;
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
  return r.value;
}

/** Column widths that fit `width`: kind and count fixed, name and value share the rest. */
function columnWidths(width: number): number[] {
  const kind = 14, count = 10;
  const rest = Math.max(30, width - kind - count - 5); // cli-table3 draws 5 vertical rules
  const name = Math.ceil(rest * 0.45);
  return [kind, name, rest - name, count];
}

function makeTable(head: string[], width: number, chalk: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => chalk.bold(h)),
    colWidths: columnWidths(width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    // No rule between rows: a block stays short; the kind label marks where each group starts.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

/** One block per article: the file and its document date, then its entities grouped by kind. */
export function formatTable(result: Extraction, options: TableOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  const title = `${chalk.bold(String(result.id ?? result.file))}  ${chalk.dim('document date:')} ${result.documentDate ?? chalk.dim('unknown')}`;
  const rows = entityRows(result);
  if (rows.length === 0) return `${title}\n${chalk.dim('  (no entities found)')}\n\n`;
  const table = makeTable(['kind', 'name', 'value', 'mentions'], width, chalk);
  let last: Kind | null = null;
  for (const r of rows) {
    const label = r.kind === last ? '' : KIND_COLOR[r.kind](chalk)(KIND_LABEL[r.kind]);
    last = r.kind;
    table.push([label, r.name, valueCell(r, result), String(r.mentions)]);
  }
  return `${title}\n${table.toString()}\n\n`;
}

/** The batch summary: each entity with the number of articles and mentions, most frequent first. */
export function formatSummaryTable(summary: Summary, options: TableOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  const title = `${chalk.bold('Summary')}  ${summary.articles} article${summary.articles === 1 ? '' : 's'}${summary.failed ? chalk.red(`, ${summary.failed} failed`) : ''}`;
  const table = makeTable(['kind', 'name', 'value', 'articles/mentions'], width, chalk);
  for (const [kind, rows] of summary.kinds) {
    rows.forEach((r, i) => table.push([i === 0 ? KIND_COLOR[kind](chalk)(KIND_LABEL[kind]) : '', r.name, r.value ?? '', `${r.articles}/${r.mentions}`]));
  }
  return `${title}\n${table.toString()}\n`;
}
