import { readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, notRegular, systemReason } from './readText.js';

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md'];

/** One thing to read: a file path, or standard input (`-`). */
export type InputRef = { kind: 'file'; path: string } | { kind: 'stdin' };

/**
 * Expands the command line's inputs, in the order given: files as they are, folders into their files with the
 * wanted extensions (recursively, sorted), glob patterns into their sorted matches, `-` into standard input.
 * An input that gives nothing is reported (as an InputError in the list) and the others still come. A file a folder
 * holds but that cannot be followed (a dangling symbolic link) is skipped, and `onWarning` hears why.
 */
export async function resolveInputs(
  args: readonly string[],
  extensions: readonly string[] = DEFAULT_EXTENSIONS,
  onWarning: (message: string) => void = () => {},
): Promise<(InputRef | InputError)[]> {
  if (args.length === 0) return [{ kind: 'stdin' }];
  const exts = extensions.map((e) => '.' + e.replace(/^\./, '').toLowerCase());
  const out: (InputRef | InputError)[] = [];
  for (const arg of args) {
    if (arg === '-') { out.push({ kind: 'stdin' }); continue; }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      if (isDynamicPattern(arg)) {
        const matches = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort(compareStrings);
        if (matches.length === 0) out.push(new InputError(arg, 'no files match this pattern'));
        for (const m of matches) out.push({ kind: 'file', path: m });
        continue;
      }
      out.push(new InputError(arg, systemReason(err)));
      continue;
    }
    if (info.isDirectory()) {
      const { files, errors } = await walk(arg, exts, onWarning);
      out.push(...errors);
      if (files.length === 0 && errors.length === 0) {
        out.push(new InputError(arg, `folder has no ${exts.map((e) => '*' + e).join(' or ')} files (see --ext)`));
      }
      for (const f of files) out.push({ kind: 'file', path: f });
    } else {
      // A FIFO would block the batch until someone writes to it, a device such as /dev/zero never ends.
      const why = notRegular(info);
      out.push(why ? new InputError(arg, why) : { kind: 'file', path: arg });
    }
  }
  return out;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files under `dir` whose extension is wanted, sorted by path; hidden entries and node_modules skipped, symbolic
 * links followed to files (a link to nothing is skipped with a warning; links to folders are not followed). A folder
 * that cannot be read is reported (in `errors`) and skipped: the rest of the tree is still read.
 */
async function walk(
  dir: string,
  exts: readonly string[],
  onWarning: (message: string) => void,
): Promise<{ files: string[]; errors: InputError[] }> {
  const found: string[] = [];
  const errors: InputError[] = [];
  const visit = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      errors.push(new InputError(d, `${systemReason(err)}, folder skipped`));
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if (!exts.includes(path.extname(e.name).toLowerCase())) continue;
      else if (e.isFile()) found.push(p);
      else if (e.isSymbolicLink() && (await linkedFile(p, onWarning))) found.push(p);
    }
  };
  await visit(dir);
  return { files: found.sort(compareStrings), errors };
}

async function linkedFile(link: string, onWarning: (message: string) => void): Promise<boolean> {
  try {
    return (await stat(link)).isFile();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const target = await readlink(link).catch(() => '?');
    const why = code === 'ENOENT' ? 'a symbolic link to nothing' : `a symbolic link that cannot be followed (${systemReason(err)})`;
    onWarning(`${link}: skipped, ${why} (${target})`);
    return false;
  }
}
