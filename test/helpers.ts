import { spawn, spawnSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'article-entities.js');
export const fixture = (...parts: string[]): string => path.join('fixtures', ...parts);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, from the project folder (so paths in the output are relative). */
export function cli(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses JSON Lines, failing the test on any line that is not one JSON object. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** cli(), without blocking: runs given together share the CPUs (the CLI tests mostly wait on these processes). */
export function cliAsync(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {}); // a CLI that ends before reading its input
    child.stdin.end(input ?? '');
  });
}

/**
 * The built CLI's `main(argv, io)` in this process, on streams of its own: what cli() gives (stdout, stderr, and as
 * status the exit code main returns, which bin/ makes the process's), without a Node process to start and the
 * lexicon to load again. bin/ runs this very code once the launcher has chosen how to start; what only a process
 * shows (its exit status as a shell sees it, a real pipe, a terminal, a closed stream, signals) stays with cli().
 * Standard input is a pipe that holds `input` and ends; stdout and stderr are not terminals, as under cli().
 */
export async function cliHere(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  // Relative paths in the output are relative to the working folder, the project's under npm test as under cli().
  if (process.cwd() !== ROOT) throw new Error(`cliHere runs in ${process.cwd()}, not in ${ROOT}`);
  // dist/, which npm test builds first (a value, so that the typecheck of a clean clone does not look for it).
  const built = '../dist/cli/main.js';
  const { main } = (await import(built)) as typeof import('../src/cli/main.js');
  const stdin = new PassThrough();
  stdin.end(input ?? '');
  const out = { stdout: '', stderr: '' };
  const sink = (name: keyof typeof out): Writable => new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) { out[name] += chunk.toString(); done(); },
  });
  const status = await main([process.execPath, BIN, ...args], {
    stdin,
    stdout: sink('stdout'),
    stderr: sink('stderr') as unknown as NodeJS.WriteStream,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { status, ...out };
}
