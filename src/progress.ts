// Progress on stderr, drawn only when stderr is a terminal (logs and pipes stay clean).

export class Progress {
  private last = 0;
  private stage = '';
  private readonly enabled: boolean;

  constructor(quiet: boolean, private readonly out: NodeJS.WriteStream = process.stderr) {
    this.enabled = !quiet && !!out.isTTY;
  }

  /** A stage's count; total 0 when it is not known yet (inputs still being read). */
  update(stage: string, done: number, total: number): void {
    if (!this.enabled || total === 1) return;
    const now = Date.now();
    const finished = total > 0 && done >= total;
    if (stage === this.stage && !finished && now - this.last < 100) return;
    this.stage = stage;
    this.last = now;
    if (total <= 0) {
      this.out.write(`\r\x1b[K${stage.padEnd(8)} ${done}`);
      return;
    }
    const width = 30;
    const filled = Math.round((Math.min(done, total) / total) * width);
    this.out.write(`\r\x1b[K${stage.padEnd(8)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
  }

  /** Clears the line, so the summary and messages that follow start clean. */
  done(): void {
    if (this.enabled) this.out.write('\r\x1b[K');
  }
}
