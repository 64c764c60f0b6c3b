import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'phải là địa chỉ dạng postgres://user@host:5432/database');

export const ZEnv = z
  .object({
    APP_MODE: z.enum(['demo', 'production']).default('demo'),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    API_HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
    DATA_DIR: z.string().default('.data'),
    UPLOAD_DIR: z.string().optional(),
    SESSION_SECRET: z.string().min(32, 'cần ít nhất 32 ký tự').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Absolute lifetime of a session, however active: a new login after it. */
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24),
    SKIP_MIGRATIONS: bool,
    /** Daily jobs (overdue marking); off only where a test drives them itself. */
    JOBS_ENABLED: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: bool,
    TRUST_PROXY: bool,
    /** Check every answer against its route's response schema (the test suite turns it on). */
    CHECK_RESPONSES: bool,
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Reminder e-mails go through this SMTP server (smtp:// or smtps://); without it they stay in the admin's outbox. */
    SMTP_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .trim()
        .regex(/^smtps?:\/\/[^/\s]+/u, 'phải là địa chỉ dạng smtp://user:pass@host:587')
        .optional(),
    ),
    MAIL_FROM: z.string().trim().min(3).default('Ban Chỉ đạo Nhân quyền tỉnh <no-reply@localhost>'),
    /** Days before a report's due date when its agency's officers are reminded. */
    REPORT_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
    /** Where uploaded files live: disk (UPLOAD_DIR) or an S3-compatible object store shared by every replica. */
    STORAGE_DRIVER: z.enum(['disk', 's3']).default('disk'),
    S3_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
    S3_REGION: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('us-east-1')),
    S3_BUCKET: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    S3_ACCESS_KEY_ID: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false', '1', '0', ''])
      .default('true')
      .transform((v) => v !== 'false' && v !== '0'),
    /** Bearer token Prometheus sends to GET /api/metrics; unset = no metrics route. */
    METRICS_TOKEN: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(16, 'cần ít nhất 16 ký tự').optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'bắt buộc khi APP_MODE=production' });
    }
    if (env.STORAGE_DRIVER === 's3') {
      for (const key of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'bắt buộc khi STORAGE_DRIVER=s3' });
      }
    }
    if (env.APP_MODE === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'bắt buộc khi APP_MODE=production' });
    }
  });

export type Env = Omit<z.infer<typeof ZEnv>, 'SESSION_SECRET'> & {
  SESSION_SECRET: string;
  dataDir: string;
  uploadDir: string;
};

export class EnvError extends Error {}

// A fixed secret is acceptable only for the demo: production refuses to start without one.
const DEMO_SESSION_SECRET = 'demo-mode-session-secret-not-for-production-use';

/** Parses the environment once; the only place that reads process.env. A bad value → one line naming every bad key. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new EnvError(`Cấu hình môi trường không hợp lệ — ${problems.join('; ')}`);
  }
  const env = result.data;
  return {
    ...env,
    SESSION_SECRET: env.SESSION_SECRET ?? DEMO_SESSION_SECRET,
    dataDir: path.resolve(env.DATA_DIR),
    // Attachments live outside any web root, beside the data by default.
    uploadDir: path.resolve(env.UPLOAD_DIR ?? path.join(env.DATA_DIR, 'uploads')),
  };
}
