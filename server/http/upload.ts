import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { text } from '../domain/text';
import { AppError } from '../errors';
import type { Env } from '../env';

/** Where uploads wait while they are read: beside the database, on the same disk. */
export function uploadDir(env: Pick<Env, 'DATABASE_PATH'>): string {
  return path.join(path.dirname(path.resolve(env.DATABASE_PATH)), 'uploads');
}

/**
 * At start, before any request: an upload left by a crash or a kill -9 (its import was marked failed)
 * will never be read again. Answers how many files were removed.
 */
export function sweepUploads(env: Pick<Env, 'DATABASE_PATH'>): number {
  const dir = uploadDir(env);
  if (!fs.existsSync(dir)) return 0;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.upload'));
  for (const f of files) fs.rmSync(path.join(dir, f), { force: true });
  return files.length;
}

export interface Upload { filePath: string; fileName: string; size: number; fields: Record<string, string> }

/**
 * Streams the multipart `file` field to disk (never into memory) and collects the other fields.
 * Over the size limit: 413 and the partial file removed.
 */
export function receiveUpload(req: Request, dir: string, limitBytes: number): Promise<Upload> {
  if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
    return Promise.reject(new AppError('invalid_request', text('Send the file as multipart/form-data in a field named "file"', '请以 multipart/form-data 格式上传文件，字段名为 "file"'), [{ path: ['file'], message: text('Required', '必填') }]));
  }
  fs.mkdirSync(dir, { recursive: true });
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let saving: Promise<Upload> | null = null;
    let parser: busboy.Busboy;
    try {
      // Browsers send a file name such as 抖音订单明细.csv as raw UTF-8; busboy would read it as latin1.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: limitBytes, files: 1, fields: 10, fieldSize: 1000 } });
    } catch {
      return reject(new AppError('invalid_request', text('Malformed multipart request', 'multipart 请求格式有误')));
    }
    parser.on('field', (name, value) => { fields[name] = value; });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') return stream.resume();
      const filePath = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}.upload`);
      // A client that hangs up mid-upload leaves no partial file behind.
      req.once('aborted', () => fs.rmSync(filePath, { force: true }));
      let truncated = false;
      stream.on('limit', () => { truncated = true; });
      saving = pipeline(stream, fs.createWriteStream(filePath)).then(() => {
        if (truncated) {
          fs.rmSync(filePath, { force: true });
          throw new AppError('too_large', text(`The file is larger than ${Math.round(limitBytes / 1024 / 1024)} MB`, `文件超过 ${Math.round(limitBytes / 1024 / 1024)} MB`));
        }
        return { filePath, fileName: info.filename || 'upload', size: fs.statSync(filePath).size, fields };
      });
    });
    parser.on('error', () => reject(new AppError('invalid_request', text('Malformed multipart request', 'multipart 请求格式有误'))));
    parser.on('close', () => {
      if (!saving) return reject(new AppError('invalid_request', text('No file: send it in a field named "file"', '没有文件：请在名为 "file" 的字段中上传'), [{ path: ['file'], message: text('Required', '必填') }]));
      saving.then(resolve, reject);
    });
    req.pipe(parser);
  });
}
