// A progress line on standard error (`byline: 340/1000 files`), shown only when standard error is a
// terminal and the run has taken more than a second, redrawn at most ten times a second and erased
// at the end. It needs no timer, so it works while the main thread is busy analysing.

/** Counts finished files and draws the line when it is due. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly delayMs = 1000,
  ) {}

  /** One more file is finished. */
  tick(): void {
    this.done++;
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\x1b[Kbyline: ${this.done}/${this.total} files`);
  }

  /** Erases the line, if it was drawn. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
