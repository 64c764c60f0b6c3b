import { type ChildProcess, spawn } from 'node:child_process';

export type ChildSpec = {
  /** How the service is named in the one-line messages ("API", "Portal"). */
  name: string;
  script: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Answers 2xx once the service serves. */
  healthUrl: string;
};

export type SupervisorOptions = {
  /** Where the one-line notices go (stderr in the real launcher). */
  log: (line: string) => void;
  /** Called when the service cannot be kept running: failed its first start, or crashes in a loop. */
  onFatal: (code: number) => void;
  /** First restart delay; doubled per crash in the window, capped at maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** More crashes than this within windowMs: give up rather than flap forever. */
  maxCrashes?: number;
  windowMs?: number;
  /** How long a (re)start may take to become healthy. */
  startTimeoutMs?: number;
};

export class ChildStartError extends Error {
  constructor(
    readonly service: string,
    readonly code: number,
  ) {
    super(`${service} stopped before it was ready (code ${code})`);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs one service as a child process and keeps it running: once it has been healthy, a crash is answered by a
 * restart (with a growing delay) instead of taking the whole product down; its port stays the same, so the
 * gateway's routes need no change. A service that fails its first start — bad settings, an unreachable
 * database — has already said why in one line: that stops the launcher, as before.
 */
export class SupervisedChild {
  private child: ChildProcess | null = null;
  private stopping = false;
  private crashes: number[] = [];
  private readonly options: Required<SupervisorOptions>;

  constructor(
    private readonly spec: ChildSpec,
    options: SupervisorOptions,
  ) {
    this.options = {
      baseDelayMs: 500,
      maxDelayMs: 15_000,
      maxCrashes: 5,
      windowMs: 5 * 60_000,
      startTimeoutMs: 120_000,
      ...options,
    };
  }

  /** The running process's id (null between a crash and its restart). */
  get pid(): number | null {
    return this.child?.exitCode === null && this.child.signalCode === null ? (this.child.pid ?? null) : null;
  }

  /** Starts the service and resolves once it is healthy; rejects with ChildStartError if it stops first. */
  async start(): Promise<void> {
    const child = this.spawn();
    await this.waitHealthy(child);
    child.once('exit', (code, signal) => void this.crashed(code, signal));
  }

  /** Stops the service (SIGTERM, then SIGKILL after a grace period) and never restarts it. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  private spawn(): ChildProcess {
    const child = spawn(process.execPath, ['--enable-source-maps', this.spec.script], {
      cwd: this.spec.cwd,
      stdio: 'inherit',
      env: this.spec.env,
    });
    this.child = child;
    return child;
  }

  private async waitHealthy(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    const exited = () => child.exitCode !== null || child.signalCode !== null;
    for (;;) {
      if (exited()) throw new ChildStartError(this.spec.name, child.exitCode ?? 1);
      if (this.stopping) return;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new ChildStartError(this.spec.name, 1);
      }
      try {
        const response = await fetch(this.spec.healthUrl, { signal: AbortSignal.timeout(3000) });
        await response.body?.cancel();
        if (response.ok && !exited()) return;
      } catch {
        // not listening yet
      }
      await sleep(150);
    }
  }

  private async crashed(code: number | null, signal: NodeJS.Signals | null): Promise<void> {
    if (this.stopping) return;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < this.options.windowMs), now];
    const how = signal ?? `mã ${code ?? 0}`;
    if (this.crashes.length > this.options.maxCrashes) {
      this.options.log(
        `Lỗi: ${this.spec.name} dừng ${this.crashes.length} lần liên tiếp (${how}) — không khởi động lại nữa.`,
      );
      this.options.onFatal(code || 1);
      return;
    }
    const delay = Math.min(
      this.options.baseDelayMs * 2 ** (this.crashes.length - 1),
      this.options.maxDelayMs,
    );
    this.options.log(
      `Lỗi: ${this.spec.name} đã dừng (${how}); khởi động lại sau ${(delay / 1000).toFixed(1)} s.`,
    );
    await sleep(delay);
    if (this.stopping) return;
    try {
      await this.start();
      if (!this.stopping) this.options.log(`${this.spec.name} đã chạy lại.`);
    } catch (error) {
      // A restart that dies before it is ready counts as one more crash in the window.
      const failedCode = error instanceof ChildStartError ? error.code : 1;
      await this.crashed(failedCode, null);
    }
  }
}
