import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@bcdnq/domain/common';
import type { ImportResult } from '@bcdnq/domain/import';
import type { AgencyNames } from '@bcdnq/importer';
import { DocumentReadError } from './document-read-error.js';
import type { DocumentFormat, ReadProgress, ScanReading } from './extract-text.js';
import {
  megabytes,
  PROCESS_LIMITS,
  type ProcessLimits,
  READER_CONCURRENCY,
  READER_QUEUE,
} from './read-limits.js';
import type { ReaderReply, ReaderRequest, ReadSource } from './reader-protocol.js';

export type { ReadSource } from './reader-protocol.js';

/**
 * A document read and imported: its text (what the reviewer compares against), the importer's reading, and for a
 * scan the pages recognised with their pictures and the words to check.
 */
export type DocumentReading = {
  text: string;
  format: DocumentFormat | 'pasted';
  result: ImportResult;
  scan: ScanReading | null;
};

type Waiter = { grant: () => void };

/**
 * How many reader processes run at once, and how many reads may wait for one. A read beyond the queue is
 * refused (RATE_LIMITED, "try again") rather than queued without end: a burst of uploads costs a bounded amount.
 */
export class ReaderGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly concurrency = READER_CONCURRENCY,
    readonly queue = READER_QUEUE,
  ) {}

  /** Reads running now and waiting now (for health and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` never exceeds the concurrency.
      if (next) next.grant();
      else this.running--;
    }
  }

  private acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queue) {
      return Promise.reject(
        new DomainError(
          'RATE_LIMITED',
          'Máy chủ đang đọc nhiều tệp cùng lúc, vui lòng thử lại sau ít phút',
          'The server is reading many files at once: try again in a few minutes',
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(cancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }
}

/** The gate every read of this process goes through unless the caller brings its own. */
export const defaultReaderGate = new ReaderGate();

export type ReadOptions = {
  /** aborting it kills the reader process (the user cancelled, or the client went away) */
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  limits?: Partial<ProcessLimits>;
  gate?: ReaderGate;
  /** Make pictures of a scan's pages (returned in `scan.images`). */
  pageImages?: boolean;
};

function cancelled(): DocumentReadError {
  return new DocumentReadError('CANCELLED', 'đã hủy việc đọc tệp', 'reading the file was cancelled');
}

function stopped(reason: 'TIMEOUT' | 'TOO_COMPLEX' | 'CANCELLED', limits: ProcessLimits): DocumentReadError {
  if (reason === 'CANCELLED') return cancelled();
  if (reason === 'TIMEOUT') {
    const seconds = Math.round(limits.timeMs / 1000);
    const minutes = Math.round(limits.totalMs / 60_000);
    return new DocumentReadError(
      'TIMEOUT',
      `đọc tệp quá lâu (hơn ${seconds} giây không tiến triển, hoặc quá ${minutes} phút) nên đã dừng — tệp quá lớn hoặc quá phức tạp`,
      `reading the file took too long (over ${seconds} s without progress, or over ${minutes} min) and was stopped`,
    );
  }
  return new DocumentReadError(
    'TOO_COMPLEX',
    `tệp quá phức tạp: việc đọc vượt giới hạn bộ nhớ (${megabytes(limits.maxRssBytes)}) nên đã dừng`,
    `reading the file went over the ${megabytes(limits.maxRssBytes)} memory limit and was stopped`,
  );
}

/**
 * The compiled reader script. From the TypeScript source (this package's own tests) it is the built copy in
 * dist/, which the tests build first: a forked process runs JavaScript.
 */
function readerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.ts')
    ? path.join(path.dirname(here), '..', 'dist', 'reader-process.js')
    : path.join(path.dirname(here), 'reader-process.js');
  if (!existsSync(script))
    throw new Error(`the document reader is not built (${script}): run the build first`);
  return script;
}

const PAGE_BYTES = 4096;

/** Resident memory of a process from /proc (Linux); null elsewhere, where the heap cap alone applies. */
function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * PAGE_BYTES : null;
  } catch {
    return null;
  }
}

type Outcome = Exclude<ReaderReply, { type: 'progress' | 'refused' | 'failed' }>;

/** Runs one job in a fresh reader process under the time, heap and resident-memory limits. */
function inReader(job: ReaderRequest, options: ReadOptions): Promise<Outcome> {
  const limits: ProcessLimits = { ...PROCESS_LIMITS, ...options.limits };
  const { signal, onProgress } = options;
  return new Promise<Outcome>((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const child = fork(readerScript(), [], {
      execArgv: [`--max-old-space-size=${limits.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // A process group of its own, so stopping it stops what it runs too (the OCR engine, the page renderer).
      detached: true,
    });
    const killAll = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) killAll();
      settle();
    };
    const stop = (reason: 'TIMEOUT' | 'TOO_COMPLEX' | 'CANCELLED') =>
      finish(() => reject(stopped(reason, limits)));
    // The time limit is for a read that makes no progress; long reads (a 20-page scan) report each page and
    // may go on, within the overall limit.
    const started = Date.now();
    let timer = setTimeout(() => stop('TIMEOUT'), limits.timeMs);
    const progressed = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => stop('TIMEOUT'),
        Math.max(0, Math.min(limits.timeMs, started + limits.totalMs - Date.now())),
      );
    };
    const watchdog = setInterval(() => {
      const rss = residentBytes(child.pid);
      if (rss !== null && rss > limits.maxRssBytes) stop('TOO_COMPLEX');
    }, 100);
    const onAbort = () => stop('CANCELLED');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (reply: ReaderReply) => {
      if (reply.type === 'progress') {
        if (!settled) {
          progressed();
          onProgress?.(reply.progress);
        }
        return;
      }
      if (reply.type === 'refused')
        return finish(() => reject(new DocumentReadError(reply.reason, reply.messageVi, reply.messageEn)));
      if (reply.type === 'failed') return finish(() => reject(new Error(reply.message)));
      finish(() => resolve(reply));
    });
    child.on('error', (error) => finish(() => reject(error)));
    child.on('exit', (code) => {
      // V8 aborts a process that reaches its heap limit: that is the memory cap, not a damaged file.
      if (code === 134 || /heap limit|out of memory/i.test(stderr)) return stop('TOO_COMPLEX');
      finish(() =>
        reject(
          new DocumentReadError(
            'UNREADABLE',
            'trình đọc tệp dừng bất thường, không đọc được tệp',
            `the reader stopped unexpectedly (exit ${code ?? 'signal'})`,
          ),
        ),
      );
    });
    child.send(job);
  });
}

/**
 * Reads a document (file or pasted text) and imports it, in a reader process of its own: the server's thread
 * stays free, a file over the bounds (read-limits.ts) is refused with a DocumentReadError, a read over its time
 * or memory limit is stopped (TIMEOUT, TOO_COMPLEX), and aborting `signal` cancels it (CANCELLED).
 */
export function readDocument(
  source: ReadSource,
  options: ReadOptions & { agencies?: readonly AgencyNames[] } = {},
): Promise<DocumentReading> {
  const agencies = options.agencies
    ? options.agencies.map((a) => ({ name: a.name, aliases: [...a.aliases] }))
    : null;
  return (options.gate ?? defaultReaderGate).run(async () => {
    const reply = await inReader(
      { type: 'import', source, agencies, pageImages: options.pageImages ?? false },
      options,
    );
    if (reply.type !== 'imported') throw new Error('the reader answered another job');
    return { text: reply.text, format: reply.format, result: reply.result, scan: reply.scan };
  }, options.signal);
}

/**
 * Checks a file that will be stored, not read (an attachment), against the decompression bounds, in a reader
 * process. Throws DocumentReadError when it is over them.
 */
export async function inspectDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<void> {
  await (options.gate ?? defaultReaderGate).run(
    () => inReader({ type: 'inspect', bytes, fileName }, options),
    options.signal,
  );
}
