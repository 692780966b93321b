import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** An input that could not be used, with the reason a user reads on stderr. */
export class InputError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}

// Made on first use, not at load: a TextDecoder holds a native converter, which a V8 start-up snapshot (see
// src/startup/build-snapshot.mjs) cannot contain.
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();
function decoderFor(encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): InstanceType<typeof TextDecoder> {
  let d = decoders.get(encoding);
  if (!d) decoders.set(encoding, (d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
  return d;
}

/**
 * Decodes article bytes as text, refusing binary data (NUL bytes) and invalid UTF-8 rather than extracting from
 * garbage. UTF-8 is the norm; a file that starts with a UTF-16 byte-order mark (what Windows tools write as
 * "Unicode") is read as UTF-16. The text is kept exactly as read (a BOM stays), and offsets are JavaScript string
 * indices into it, as for every input.
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? decoderFor('utf-16le') : bytes[0] === 0xfe && bytes[1] === 0xff ? decoderFor('utf-16be') : null;
  if (utf16) {
    let text: string;
    try {
      text = utf16.decode(bytes);
    } catch {
      throw new InputError(input, 'not valid UTF-16 text after its byte-order mark (convert it with iconv -t UTF-8)');
    }
    if (text.includes('\u0000')) throw new InputError(input, 'binary file (contains NUL characters), not text');
    return text;
  }
  if (bytes.includes(0)) throw new InputError(input, 'binary file (contains NUL bytes), not text');
  try {
    return decoderFor('utf-8').decode(bytes);
  } catch {
    throw new InputError(input, 'not valid UTF-8 text (convert it with iconv -t UTF-8)');
  }
}

// A regular file up to this size is read in one blocking call. Awaiting readFile takes four round trips through
// libuv's thread pool (open, fstat, read, close); on a loaded machine a batch's workers sat idle 12-15% of their time
// waiting on them (a -j 2 --cpu-prof profile over conll2003-train). Anything else (a pipe, a device, a big file) is
// read asynchronously, as before. A worker runs one article at a time, so blocking it costs nothing.
const SYNC_READ_MAX = 1 << 20;

function readRegularFileSync(path: string): Uint8Array | null {
  const st = statSync(path, { throwIfNoEntry: false });
  return st?.isFile() && st.size <= SYNC_READ_MAX ? readFileSync(path) : null;
}

export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFileSync(path) ?? (await readFile(path));
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
