import { readFileSync } from 'node:fs';

/**
 * Loads a word list kept as JSON beside the module that reads it: `loadJson<typeof import('./words.json')>(
 * new URL('./words.json', import.meta.url))`. One way for every module, on every Node from 20.0 (JSON import
 * attributes need 20.10), typed from the file itself.
 */
export function loadJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}
