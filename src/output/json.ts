import type { Extraction } from '../types.js';

/** One article as one line of JSON Lines (or indented with `pretty`). Key order is the contract's. */
export function formatJson(result: Extraction, pretty = false): string {
  return JSON.stringify(result, null, pretty ? 2 : undefined) + '\n';
}
