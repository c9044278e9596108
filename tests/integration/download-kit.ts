import type { ApiClient } from '../helpers/api-client';

/** A file download as bytes (the API client reads text, which would mangle a workbook). */
export async function download(client: Pick<ApiClient, 'baseUrl' | 'cookie'>, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(client.baseUrl + path, { headers: { ...(client.cookie ? { cookie: client.cookie } : {}), ...headers } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
