import { readFileSync, statSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

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
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? decoderFor('utf-16le')
    : bytes[0] === 0xfe && bytes[1] === 0xff ? decoderFor('utf-16be') : null;
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
// waiting on them (a -j 2 --cpu-prof profile over conll2003-train). A bigger file is read asynchronously, in
// pieces up to the limit. A worker runs one article at a time, so blocking it costs nothing.
const SYNC_READ_MAX = 1 << 20;

/** The default `--max-bytes`: the largest article read, in bytes. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** "32 MiB", "1.5 KiB", "100 bytes": a size for a message. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (n >= size) return `${+(n / size).toFixed(1)} ${unit}`;
  }
  return `${n} byte${n === 1 ? '' : 's'}`;
}

export const tooBig = (maxBytes: number): string =>
  `larger than the --max-bytes limit (${formatBytes(maxBytes)}); split it, or raise the limit with --max-bytes`;

/** Why a path that is no regular file cannot be read as an article: "a FIFO", "a character device"... */
export function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  const what = info.isDirectory() ? 'a directory' : info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice()
    ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isSocket() ? 'a socket' : 'not a regular file';
  return info.isDirectory() ? 'is a directory' : `${what}, not a regular file: pipe it into standard input instead (< file)`;
}

/**
 * Reads a file as article text. Only a regular file is read (a FIFO would block, a device never ends), and only up
 * to `maxBytes`: a bigger file is refused before it is read, and one that grows past the limit while read stops there.
 */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = statSync(path);
    const why = notRegular(info);
    if (why) throw new InputError(path, why);
    if (info.size > maxBytes) throw new InputError(path, tooBig(maxBytes));
    let read: Uint8Array | null;
    if (info.size <= SYNC_READ_MAX) {
      read = readFileSync(path);
      if (read.length > maxBytes) read = null; // it grew past the limit since the stat
    } else {
      const file = await open(path, 'r');
      try {
        read = await readUpTo(file, maxBytes, info.size);
      } finally {
        await file.close();
      }
    }
    if (!read) throw new InputError(path, tooBig(maxBytes));
    bytes = read;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, systemReason(err));
  }
  return decodeText(bytes, path);
}

/** The file's bytes, or null past `maxBytes`. `expected` (its size when opened) sizes the first read. */
async function readUpTo(file: FileHandle, maxBytes: number, expected: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let size = Math.min(maxBytes + 1, Math.max(expected + 1, 1 << 16)); ; size = 1 << 20) {
    const { bytesRead, buffer } = await file.read({ buffer: Buffer.allocUnsafe(size) });
    if (bytesRead === 0) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > maxBytes) return null;
    chunks.push(buffer.subarray(0, bytesRead));
  }
}

/** Reads a stream to its end, refusing it (and reading no further) once it passes `maxBytes`. */
export async function readStreamUpTo(stream: NodeJS.ReadableStream, maxBytes: number, input: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) throw new InputError(input, tooBig(maxBytes));
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
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
