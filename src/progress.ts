// A progress bar on stderr, drawn only when stderr is a terminal.

export class Progress {
  private last = 0;
  private readonly enabled: boolean;

  constructor(quiet: boolean) {
    this.enabled = !quiet && !!process.stderr.isTTY;
  }

  update(stage: string, done: number, total: number): void {
    if (!this.enabled || total < 2) return;
    const now = Date.now();
    if (done < total && now - this.last < 100) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${stage.padEnd(8)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
