import { z } from 'zod';

// The only reader of process.env. Everything else receives a parsed Env.
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('./data/mcn-desk.db'),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD must have at least 10 characters').optional(),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Extra origins allowed to send cookie-authenticated writes (e.g. behind a proxy), comma separated.
  APP_ORIGINS: z.string().default(''),
  // Which proxies' X-Forwarded-* headers to believe (Express "trust proxy"): loopback by default;
  // true, false, a hop count, or addresses and subnets, comma separated.
  TRUST_PROXY: z.string().default('loopback'),
  CLIENT_DIST: z.string().default('./dist/client'),
  /** The largest order file an import accepts, in MiB (413 above it). */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(10_240).default(1024),
  /** The heap (old generation, MiB) of the worker thread that reads an uploaded .xlsx; past it that import fails. */
  IMPORT_XLSX_HEAP_MB: z.coerce.number().int().min(16).max(16_384).default(256),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
