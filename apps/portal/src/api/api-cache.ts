import type { RequestContext } from './api-http.js';

type Entry = { value: unknown; at: number; generation: number };

/**
 * The API's answers kept in memory: reused while fresh, dropped at once when public content changes (the
 * generation moves), and served stale for a bounded time when the API fails — so pages readers already saw keep
 * working through an API outage. Concurrent misses of one URL share one request.
 */
export class ApiCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private generationValue = 0;

  constructor(
    private readonly freshMs: number,
    private readonly staleMs: number,
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  get generation(): number {
    return this.generationValue;
  }

  /** Public content changed: nothing cached is fresh any more (but it stays as a fallback for outages). */
  invalidate(): void {
    this.generationValue += 1;
  }

  async through(key: string, load: () => Promise<unknown>, context: RequestContext): Promise<unknown> {
    const entry = this.entries.get(key);
    const now = this.now();
    if (entry && entry.generation === this.generationValue && now - entry.at < this.freshMs)
      return entry.value;
    let pending = this.inflight.get(key);
    if (!pending) {
      const generation = this.generationValue;
      pending = load()
        .then((value) => {
          this.store(key, { value, at: this.now(), generation });
          return value;
        })
        .finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    try {
      return await pending;
    } catch (error) {
      if (entry && now - entry.at < this.staleMs) {
        context.stale = true;
        return entry.value;
      }
      throw error;
    }
  }

  private store(key: string, entry: Entry): void {
    // Map keeps insertion order: re-inserting marks the entry recent, the oldest goes first when full.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
