import type { Extraction } from '../types.js';

/**
 * One article as one line of JSON Lines (or indented with `pretty`). Key order is the contract's. `rawId` is a
 * numeric JSON Lines id as written (`1e400`, `12345678901234567890`), printed as that number, not as JavaScript
 * would round it.
 */
export function formatJson(result: Extraction, pretty = false, rawId?: string): string {
  return stringifyWithRawId(result, pretty, rawId) + '\n';
}

/** JSON of a record whose first member is `id`, that id printed as `rawId` (a JSON number as written) when given. */
export function stringifyWithRawId(record: object, pretty = false, rawId?: string): string {
  if (rawId === undefined || !/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(rawId)) {
    return JSON.stringify(record, null, pretty ? 2 : undefined);
  }
  // The id is the first member (see runTask and ../batch/mapper.ts), so the first `"id":0` is it.
  const json = JSON.stringify({ ...record, id: 0 }, null, pretty ? 2 : undefined);
  return json.replace(/"id": ?0/, (m) => m.slice(0, -1) + rawId);
}
