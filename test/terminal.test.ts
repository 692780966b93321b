import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorWanted } from '../src/cli/color.js';
import { outputKind, progressStyle } from '../src/cli/progress.js';
import { BIN, cliHere, fixture, ROOT } from './helpers.js';

const SEED = fixture('seoul-trilateral.txt');

describe('the progress rule', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ae-out-')), 'out.jsonl');
  const tty = { isTTY: true };

  it('tells a file (or /dev/null) from a pipe on standard output', () => {
    const fd = openSync(file, 'w');
    const devnull = openSync('/dev/null', 'w');
    try {
      expect(outputKind({ fd })).toBe('file');
      expect(outputKind({ fd: devnull })).toBe('file');
      expect(outputKind({ isTTY: true, fd: 1 })).toBe('terminal');
      expect(outputKind({})).toBe('pipe'); // a stream with no descriptor of its own
    } finally {
      closeSync(fd);
      closeSync(devnull);
    }
  });

  it('draws only when stderr is a terminal and stdout a file, or when asked; never when quiet', () => {
    const fd = openSync(file, 'w');
    try {
      expect(progressStyle({}, { fd }, tty, {})).toBe('ansi');
      expect(progressStyle({}, { fd }, tty, { TERM: 'dumb' })).toBe('plain');
      expect(progressStyle({}, {}, tty, {})).toBeNull(); // a pipe: its reader may print on the same terminal
      expect(progressStyle({}, tty, tty, {})).toBeNull(); // the output itself is on the terminal
      expect(progressStyle({}, { fd }, {}, {})).toBeNull(); // stderr is a log file
      expect(progressStyle({ progress: true }, {}, tty, {})).toBe('ansi');
      expect(progressStyle({ progress: true }, {}, {}, {})).toBe('lines');
      expect(progressStyle({ progress: true, quiet: true }, { fd }, tty, {})).toBeNull();
    } finally {
      closeSync(fd);
    }
  });
});

describe('colour', () => {
  it('follows --color, then FORCE_COLOR, then NO_COLOR, then TERM=dumb, then whether stdout is a terminal', () => {
    expect(colorWanted('auto', {}, true)).toBe(true);
    expect(colorWanted('auto', {}, false)).toBe(false);
    expect(colorWanted('auto', { NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted('auto', { NO_COLOR: '' }, true)).toBe(true); // set but empty: not set (no-color.org)
    expect(colorWanted('auto', { TERM: 'dumb' }, true)).toBe(false);
    expect(colorWanted('auto', { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted('auto', { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(colorWanted('auto', { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorWanted('auto', { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(colorWanted('always', { NO_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted('never', { FORCE_COLOR: '3' }, true)).toBe(false);
  });

  // main() in this process, its stdout a stream that is no terminal (a pipe's case); the real terminal is below.
  it('colours a piped table with --color always or FORCE_COLOR, and not with --color never', async () => {
    const esc = /\x1b\[/;
    expect((await cliHere(['--format', 'table', '--color', 'always', SEED])).stdout).toMatch(esc);
    expect((await cliHere(['--format', 'table', SEED], undefined, { FORCE_COLOR: '1' })).stdout).toMatch(esc);
    expect((await cliHere(['--format', 'table', '--color', 'never', SEED], undefined, { FORCE_COLOR: '1' })).stdout).not.toMatch(esc);
  });
});

const tmuxVersion = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
const hasTmux = tmuxVersion.status === 0;
if (!hasTmux) console.warn('terminal tests skipped: tmux is not installed (apt-get install tmux)');

/** A shell in a real terminal (a detached tmux session on its own server), with everything written to it recorded. */
class Terminal {
  private static count = 0;
  readonly socket = `ae-test-${process.pid}-${Terminal.count++}`;
  readonly raw: string;
  private marks = 0;

  constructor(readonly dir: string, term = 'xterm-256color') {
    this.raw = path.join(dir, `raw-${this.socket}.log`);
    writeFileSync(this.raw, '');
    this.tmux('new-session', '-d', '-x', '100', '-y', '30', '-s', 't', '-c', ROOT, 'env', `TERM=${term}`, 'PS1=$ ', 'sh');
    this.tmux('pipe-pane', '-t', 't', '-o', `cat >> '${this.raw}'`);
  }

  tmux(...args: string[]): string {
    const r = spawnSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr}`);
    return r.stdout;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 't');
  }

  /**
   * Types a command; resolves with its exit status once the shell printed it. The status is asked for as a command
   * of its own, since a shell drops the rest of a command line whose command was stopped by Ctrl-C.
   */
  async run(command: string, whileRunning?: () => Promise<void>): Promise<number> {
    const mark = `DONE${this.marks++}:`;
    this.tmux('send-keys', '-t', 't', command, 'Enter');
    if (whileRunning) await whileRunning();
    this.tmux('send-keys', '-t', 't', `echo ${mark}$?`, 'Enter');
    const line = await this.waitFor(() => new RegExp(`\\b${mark}(\\d+)`).exec(this.screen())?.[1]);
    return Number(line);
  }

  /** Polls (every 20 ms, up to 30 s) until `probe` gives a value. */
  async waitFor<T>(probe: () => T | undefined | null | false): Promise<T> {
    for (let i = 0; i < 1500; i++) {
      const v = probe();
      if (v) return v;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`timed out; screen:\n${this.screen()}`);
  }

  rawText(): string {
    return existsSync(this.raw) ? readFileSync(this.raw, 'latin1') : '';
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

describe.skipIf(!hasTmux)(`in a real terminal (tmux ${tmuxVersion.stdout?.trim() ?? ''})`, () => {
  let dir: string;
  let term: Terminal;
  const node = `'${process.execPath}' '${BIN}'`;
  const bar = /articles\/s/;
  // The twelve files as the shell lists them: with -j 1 a run starts from the snapshot, as for one article (a folder
  // is a batch, which loads the lexicon in the process first: half a second more per run, README, Speed).
  let news: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ae-tty-'));
    const text = readFileSync(path.join(ROOT, SEED), 'utf8');
    spawnSync('mkdir', [path.join(dir, 'news')]);
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, 'news', `${String(i).padStart(2, '0')}.txt`), text);
    news = `${dir}/news/*.txt`;
    term = new Terminal(dir);
  });
  afterAll(() => term?.close());

  it('draws the bar while stdout goes to a file, and leaves nothing of it on the screen', async () => {
    const status = await term.run(`${node} -j 1 ${news} > ${dir}/out.jsonl`);
    expect(status).toBe(0);
    expect(term.rawText()).toMatch(/\/12 .*articles\/s/);
    expect(term.screen()).not.toMatch(bar);
    expect(readFileSync(path.join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(12);
  });

  it('draws nothing when stdout is a pipe, whose reader prints on the same terminal', async () => {
    const before = term.rawText().length;
    expect(await term.run(`${node} -j 1 ${news} | wc -l`)).toBe(0);
    expect(term.rawText().slice(before)).not.toMatch(bar);
    expect(term.screen()).toMatch(/^12$/m);
  });

  it('clears the bar when the reader closes the pipe (--progress | head -1)', async () => {
    const before = term.rawText().length;
    expect(await term.run(`${node} --progress -j 1 ${news} | head -1 > /dev/null`)).toBe(0);
    expect(term.rawText().slice(before)).toMatch(bar);
    expect(term.screen()).not.toMatch(bar);
  });

  it('clears the bar on Ctrl-C, and the exit status says the run was interrupted', async () => {
    const before = term.rawText().length;
    const status = await term.run(`${node} ${dir}/news > ${dir}/out2.jsonl`, async () => {
      await term.waitFor(() => bar.test(term.rawText().slice(before)));
      term.tmux('send-keys', '-t', 't', 'C-c');
      // Type nothing before the prompt is back: the terminal echoes keys typed ahead below the bar's line.
      await term.waitFor(() => term.screen().trimEnd().split('\n').at(-1) === '$');
    });
    expect(status).toBe(130);
    expect(term.screen()).not.toMatch(bar);
  });

  it('writes no escape code at all to a TERM=dumb terminal: bar redrawn with carriage returns, table without colour', async () => {
    const dumb = new Terminal(dir, 'dumb');
    try {
      expect(await dumb.run(`${node} -j 1 ${news} > ${dir}/out3.jsonl`)).toBe(0);
      expect(await dumb.run(`${node} --format table ${SEED}`)).toBe(0);
      const raw = dumb.rawText();
      expect(raw).toMatch(bar);
      expect(raw).toContain('document date: 2024-03-20');
      expect(raw).not.toContain('\x1b');
      expect(dumb.screen()).not.toMatch(bar);
    } finally {
      dumb.close();
    }
    // The same table on a capable terminal is coloured.
    const before = term.rawText().length;
    expect(await term.run(`${node} --format table ${SEED}`)).toBe(0);
    expect(term.rawText().slice(before)).toMatch(/\x1b\[1m/);
  });
});
