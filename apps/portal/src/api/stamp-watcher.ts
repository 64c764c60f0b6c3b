import type { Logger } from '../logger.js';

export type StampWatcher = { stop: () => void; check: () => Promise<void> };

/**
 * Asks the API every few seconds when public content last changed; when the answer moves, `onChange` drops the
 * cached answers and pages, so a publication shows within seconds without a per-request API call.
 */
export function watchStamp(options: {
  baseUrl: string;
  intervalMs: number;
  timeoutMs: number;
  onChange: () => void;
  logger: Logger;
  fetch?: typeof fetch;
}): StampWatcher {
  let last: number | null = null;
  const fetchImpl = options.fetch ?? fetch;
  const check = async () => {
    try {
      const response = await fetchImpl(new URL('/api/public/stamp', options.baseUrl), {
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (!response.ok) return void (await response.body?.cancel());
      const body = (await response.json()) as { stamp?: unknown };
      if (typeof body.stamp !== 'number') return;
      if (last !== null && body.stamp !== last) {
        options.onChange();
        options.logger.info({ stamp: body.stamp }, 'public content changed: caches cleared');
      }
      last = body.stamp;
    } catch {
      // The API is down: pages keep being served from the cache; the next check tries again.
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs);
  timer.unref();
  void check();
  return { stop: () => clearInterval(timer), check };
}
