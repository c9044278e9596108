import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { pipeline } from 'node:stream/promises';

/**
 * Uploads a file as multipart/form-data, streamed from disk with a known length. `fetch` with
 * `FormData` and `fs.openAsBlob` held the whole 280 MB file in this process's memory, which the
 * benchmark then counted as the import's.
 */
export async function uploadFile(url: string, headers: Record<string, string>, filePath: string, fileName: string): Promise<{ status: number; body: unknown }> {
  const boundary = `----mcn-bench-${crypto.randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + fs.statSync(filePath).size + tail.length;
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write(head);
    pipeline(fs.createReadStream(filePath), req, { end: false })
      .then(() => req.end(tail))
      .catch(reject);
  });
}
