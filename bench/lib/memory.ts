export interface MemoryPeak {
  /** Highest process.memoryUsage().rss seen by the 20 ms poll, in MB. */
  peakRssMb: number;
  /** process.resourceUsage().maxRSS at the end, in MB: the whole process's high-water mark so far. */
  maxRssMb: number;
  /** process.memoryUsage() at the peak, in MB: how much of it is JS heap, and how much is outside it. */
  atPeak: Record<'heapTotal' | 'heapUsed' | 'external' | 'arrayBuffers', number>;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * Polls the resident set size every 20 ms until the returned stop() is called.
 * A synchronous stretch (a long SQLite loop) blocks the timer, so the edges are sampled too.
 */
export function sampleRss(intervalMs = 20): () => MemoryPeak {
  let atPeak = process.memoryUsage();
  const poll = () => {
    const now = process.memoryUsage();
    if (now.rss > atPeak.rss) atPeak = now;
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    poll();
    // maxRSS is in kilobytes.
    const { heapTotal, heapUsed, external, arrayBuffers } = atPeak;
    return {
      peakRssMb: mb(atPeak.rss), maxRssMb: process.resourceUsage().maxRSS / 1024,
      atPeak: { heapTotal: mb(heapTotal), heapUsed: mb(heapUsed), external: mb(external), arrayBuffers: mb(arrayBuffers) },
    };
  };
}
