/**
 * Totals of paginated lists (and the ranked matches of a search), remembered for a few seconds per distinct query.
 * Counting every matching row is the dearest part of a list request on large tables, and the total only moves when
 * something changes: every state change goes through the audit log, which calls `countsChanged()`, so this instance
 * never shows a stale total after its own writes; other instances hear of it through PostgreSQL's NOTIFY, sent
 * inside the writing transaction and so delivered at its commit (CountCacheSync). Should that channel drop, they
 * catch up within the TTL.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 2_000;

/** The NOTIFY channel on which instances tell each other that totals moved. */
export const COUNTS_CHANNEL = 'bcdnq_counts';

let generation = 0;
let peersListen = false;

/** Called by CountCacheSync once this instance listens: from then on changes are announced to the others. */
export function setPeersListen(listening: boolean): void {
  peersListen = listening;
}
const cache = new Map<string, { value: unknown; at: number; generation: number }>();

/** Forgets every remembered total (called on every audited change). */
export function invalidateCounts(): void {
  generation += 1;
  cache.clear();
}

/** A change inside `manager`'s transaction: forget totals here, and tell other instances when it commits. */
export async function countsChanged(manager: { query(sql: string): Promise<unknown> }): Promise<void> {
  invalidateCounts();
  if (peersListen) await manager.query(`SELECT pg_notify('${COUNTS_CHANNEL}', '')`);
}

/** The total for `key`, counted by `count` unless a fresh one is remembered. */
export function cachedCount(key: string, count: () => Promise<number>): Promise<number> {
  return cachedResult(`count:${key}`, count);
}

/** The result for `key`, computed by `compute` unless a fresh one is remembered (same lifetime as totals). */
export async function cachedResult<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  const now = Date.now();
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit.value as T;
  const started = generation;
  const value = await compute();
  // A change that landed while we computed makes this result suspect: do not remember it.
  if (started === generation) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, { value, at: now, generation });
  }
  return value;
}
