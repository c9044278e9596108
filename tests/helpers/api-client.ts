export interface ApiResponse<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  headers: Headers;
  body: T;
}

type Body = unknown;

/** A minimal HTTP client that keeps the session cookie and names our origin, as a browser would. */
export class ApiClient {
  cookie: string | null = null;
  bearer: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: Body, headers: Record<string, string> = {}): Promise<ApiResponse> {
    const h: Record<string, string> = { origin: this.baseUrl, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: payload, redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = /Expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : setCookie.split(';')[0] ?? null;
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed };
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: Body, headers?: Record<string, string>) => this.request('POST', path, body, headers);
  patch = (path: string, body?: Body, headers?: Record<string, string>) => this.request('PATCH', path, body, headers);
  put = (path: string, body?: Body, headers?: Record<string, string>) => this.request('PUT', path, body, headers);
  delete = (path: string, headers?: Record<string, string>) => this.request('DELETE', path, undefined, headers);

  /** A multipart upload, as the imports page sends it. */
  async upload(path: string, file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    const headers: Record<string, string> = { origin: this.baseUrl, ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.baseUrl + path, { method: 'POST', headers, body: form });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
  }

  async login(email: string, password: string): Promise<ApiResponse> {
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}
