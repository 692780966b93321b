import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Per word-list file (its path), the top-level keys the program has read so far. */
const keysRead = new Map<string, Set<string>>();

/**
 * Loads a word list kept as JSON: `loadJson<typeof import('./words.json')>(new URL('./words.json',
 * import.meta.url))`. One way for every module, on every Node from 20.0 (JSON import attributes need 20.10), typed
 * from the file itself. The object records which of its top-level keys are read, so that a test can find a list
 * nothing uses (`unreadKeys`): a word added to such a list would silently do nothing.
 */
export function loadJson<T>(url: URL): T {
  const file = fileURLToPath(url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as object;
  const read = keysRead.get(file) ?? new Set<string>();
  keysRead.set(file, read);
  return new Proxy(data, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as T;
}

/**
 * The top-level keys of the word lists loaded so far that nothing has read, as `file: key`. Keys starting with `_`
 * are comments. Meant for tests, after every module is loaded and one article extracted.
 */
export function unreadKeys(): string[] {
  const out: string[] = [];
  for (const [file, read] of keysRead) {
    const all = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object);
    for (const k of all) if (!k.startsWith('_') && !read.has(k)) out.push(`${file}: ${k}`);
  }
  return out;
}

/** The word-list files loaded so far (absolute paths). */
export const loadedLists = (): string[] => [...keysRead.keys()];
