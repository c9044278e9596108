import http from 'node:http';
import { LatencyRecorder, latencyMetrics } from './latency';
import type { Metric } from './types';

export interface LoopOptions {
  url: string;
  headers?: Record<string, string>;
  /** Measured time; the loop stops at the first request that ends after it. */
  durationMs?: number;
  /** Unmeasured requests first, to warm the JIT, caches and the socket. */
  warmupRequests?: number;
  expectStatus?: number;
  /** The JSON body of request i (POST); each request may differ, e.g. a new slot per booking. */
  body?: (i: number) => unknown;
}

export interface LoopResult {
  requests: number;
  elapsedMs: number;
  requestsPerSecond: number;
  latency: ReturnType<LatencyRecorder['summary']>;
}

export const defaultDurationMs = 3000;

function once(agent: http.Agent, url: URL, headers: Record<string, string>, body?: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const method = payload === undefined ? 'GET' : 'POST';
    const allHeaders = payload === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) };
    const req = http.request(url, { agent, headers: allHeaders, method }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * One request at a time over one kept-alive socket (node:http, not fetch, to keep the client cheap).
 * Sequential on purpose: it measures the latency of a request, not the server's capacity under load.
 */
export async function requestLoop(options: LoopOptions): Promise<LoopResult> {
  const url = new URL(options.url);
  if (url.hostname !== '127.0.0.1') throw new Error(`Benchmarks talk to 127.0.0.1 only, not ${url.hostname}`);
  const { headers = {}, durationMs = defaultDurationMs, warmupRequests = 200, expectStatus = 200, body } = options;
  let sent = 0;
  const next = () => once(agent, url, headers, body?.(sent++));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const check = (status: number) => {
    if (status !== expectStatus) throw new Error(`GET ${url.pathname}${url.search} answered ${status}, expected ${expectStatus}`);
  };
  try {
    for (let i = 0; i < warmupRequests; i += 1) check(await next());
    const recorder = new LatencyRecorder();
    const t0 = process.hrtime.bigint();
    const deadline = t0 + BigInt(durationMs) * 1_000_000n;
    let requests = 0;
    while (process.hrtime.bigint() < deadline) {
      const stop = recorder.start();
      const status = await next();
      stop();
      check(status);
      requests += 1;
    }
    const elapsedMs = Number(process.hrtime.bigint() - t0) / 1e6;
    return { requests, elapsedMs, requestsPerSecond: (requests / elapsedMs) * 1000, latency: recorder.summary() };
  } finally {
    agent.destroy();
  }
}

export function loopMetrics(r: LoopResult): Metric[] {
  return [...latencyMetrics(r.latency), { key: 'req/s', value: r.requestsPerSecond, unit: 'req/s', better: 'higher' }];
}

export function loopNotes(r: LoopResult): string {
  return `${Math.round(r.elapsedMs)} ms, ${r.requests} sequential requests`;
}
