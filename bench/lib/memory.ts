export interface MemoryPeak {
  /** Highest process.memoryUsage().rss seen by the 20 ms poll, in MB. */
  peakRssMb: number;
  /** process.resourceUsage().maxRSS at the end, in MB: the whole process's high-water mark so far. */
  maxRssMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * Polls the resident set size every 20 ms until the returned stop() is called.
 * A synchronous stretch (a long SQLite loop) blocks the timer, so the edges are sampled too.
 */
export function sampleRss(intervalMs = 20): () => MemoryPeak {
  let peak = process.memoryUsage().rss;
  const poll = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    poll();
    // maxRSS is in kilobytes.
    return { peakRssMb: mb(peak), maxRssMb: process.resourceUsage().maxRSS / 1024 };
  };
}
