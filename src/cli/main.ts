import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import { formatJson } from '../output/json.js';
import { resolveInputs } from '../input/resolveInputs.js';
import { InputError, readTextFile, decodeText } from '../input/readText.js';

// Minimal sequential runner (to be replaced by the full CLI).
export async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2).filter((a) => !a.startsWith('--format') && a !== 'json');
  let failed = 0;
  for (const ref of await resolveInputs(args)) {
    if (ref instanceof InputError) { process.stderr.write(`article-entities: ${ref.message}\n`); failed++; continue; }
    try {
      const text = ref.kind === 'stdin' ? decodeText(readFileSync(0), '-') : await readTextFile(ref.path);
      process.stdout.write(formatJson(extract(text, { source: ref.kind === 'stdin' ? '-' : ref.path })));
    } catch (err) {
      process.stderr.write(`article-entities: ${err instanceof Error ? err.message : String(err)}\n`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
