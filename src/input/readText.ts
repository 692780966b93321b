import { readFile } from 'node:fs/promises';

/** An input that could not be used, with the reason a user reads on stderr. */
export class InputError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes article bytes as UTF-8 text, refusing binary data (NUL bytes) and invalid UTF-8 rather than
 * extracting from garbage. The text is kept exactly as read (a BOM stays) so offsets match the file.
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.includes(0)) throw new InputError(input, 'binary file (contains NUL bytes), not text');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(input, 'not valid UTF-8 text (convert it with iconv -t UTF-8)');
  }
}

export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(path, systemReason(err));
  }
  return decodeText(bytes, path);
}

/** A short reason for a file-system error: "no such file or directory", "permission denied"... */
export function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'EMFILE': return 'too many open files';
    default: return (err as Error)?.message ?? String(err);
  }
}
