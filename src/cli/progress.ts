import { fstatSync } from 'node:fs';

/**
 * How progress is shown: `ansi` redraws one line with an erase-line escape, `plain` redraws it with carriage
 * returns and spaces only (a `TERM=dumb` terminal gets no escape code), `lines` writes a line now and then (asked
 * for with --progress when stderr is a log file, not a terminal).
 */
export type ProgressStyle = 'ansi' | 'plain' | 'lines';

/** Where standard output goes, as far as a progress bar on the same screen is concerned. */
export type OutputKind = 'terminal' | 'pipe' | 'file';

interface Stream {
  isTTY?: boolean;
  fd?: unknown;
}

/**
 * A terminal, a pipe (or socket: a reader that may print on the same terminal) or a file (a regular file or a
 * device such as /dev/null: nobody prints it while we run).
 */
export function outputKind(stream: Stream): OutputKind {
  if (stream.isTTY) return 'terminal';
  if (typeof stream.fd !== 'number') return 'pipe';
  try {
    const st = fstatSync(stream.fd);
    return st.isFile() || st.isCharacterDevice() ? 'file' : 'pipe';
  } catch {
    return 'pipe';
  }
}

/**
 * The progress rule. The bar owns the terminal or stays silent: by default it is drawn only when stderr is a
 * terminal and stdout goes to a file, because a pipe's reader (`| jq`, `| less`) or the terminal itself may be
 * printing on the same screen. `--progress` asks for it whatever stdout is; `--quiet` turns it off.
 */
export function progressStyle(
  asked: { progress?: boolean; quiet?: boolean },
  stdout: Stream,
  stderr: Stream,
  env: NodeJS.ProcessEnv,
): ProgressStyle | null {
  if (asked.quiet) return null;
  if (!asked.progress && !(stderr.isTTY && outputKind(stdout) === 'file')) return null;
  if (!stderr.isTTY) return 'lines';
  return env.TERM === 'dumb' ? 'plain' : 'ansi';
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * A one-line progress bar on stderr. It is drawn at most ten times a second, cleared before any other line is
 * written to the same terminal so messages and output never get mixed into it, and cleared on every way out:
 * normal end, an error, a closed pipe (which ends the process through `process.exit`), Ctrl-C and other signals
 * (cleared, then the signal is raised again, so the exit status still says how the run ended).
 * `total` is null when the number of articles is not known in advance (a stream of JSON lines).
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawnWidth = 0;
  private readonly started = Date.now();
  private readonly onExit = (): void => this.clear();
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.stop();
    process.kill(process.pid, signal);
  };

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly total: number | null,
    private readonly style: ProgressStyle = 'ansi',
  ) {
    process.on('exit', this.onExit);
    // Only where nobody else handles the signal: a handler of ours must not stop the process under another's.
    for (const s of SIGNALS) if (process.listenerCount(s) === 0) process.once(s, this.onSignal);
    if (style !== 'lines') this.draw(this.started);
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    const every = this.style === 'lines' ? 2000 : 100;
    if (now - this.lastDraw >= every || this.done === this.total) this.draw(now);
  }

  /** Removes the bar from the screen (call before writing anything else to the terminal). */
  clear(): void {
    if (!this.drawnWidth) return;
    this.stream.write(this.style === 'ansi' ? '\r\x1b[K' : `\r${' '.repeat(this.drawnWidth)}\r`);
    this.drawnWidth = 0;
  }

  /** Clears the bar for good and lets go of the process's exit and signal events. */
  stop(): void {
    this.clear();
    process.off('exit', this.onExit);
    for (const s of SIGNALS) process.off(s, this.onSignal);
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const speed = `${rate.toFixed(1)} articles/s`;
    let line: string;
    if (this.total === null) {
      line = `${this.done} articles  ${speed}`;
    } else {
      const columns = this.stream.columns ?? 80;
      const width = Math.max(10, Math.min(30, columns - 50));
      const ratio = this.total ? this.done / this.total : 0;
      const filled = Math.round(ratio * width);
      const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
      line = `${bar} ${this.done}/${this.total} ${Math.floor(ratio * 100)}%  ${speed}  ETA ${eta}s`;
      line = line.slice(0, Math.max(1, columns - 1)); // never wrap: a wrapped line cannot be cleared with \r
    }
    if (this.style === 'lines') {
      this.stream.write(`article-entities: ${line}\n`);
      return;
    }
    const pad = this.style === 'plain' ? ' '.repeat(Math.max(0, this.drawnWidth - line.length)) : '';
    this.stream.write(this.style === 'ansi' ? `\r\x1b[K${line}` : `\r${line}${pad}`);
    this.drawnWidth = Math.max(line.length, this.drawnWidth);
  }
}
