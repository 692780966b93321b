/**
 * A one-line progress bar on a terminal's stderr. It is drawn at most ten times a second, and cleared before any
 * other line is written to the same terminal so messages and table output never get mixed into it.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream, private readonly total: number) {}

  tick(): void {
    this.done++;
    const now = Date.now();
    if (now - this.lastDraw >= 100 || this.done === this.total) this.draw(now);
  }

  /** Removes the bar from the screen (call before writing anything else to the terminal). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Redraws after other output. */
  redraw(): void {
    this.draw(Date.now());
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 50));
    const ratio = this.total ? this.done / this.total : 0;
    const filled = Math.round(ratio * width);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${Math.floor(ratio * 100)}%  ${rate.toFixed(1)} articles/s  ETA ${eta}s`;
    this.stream.write(`\r\x1b[K${line}`);
    this.drawn = true;
  }
}
