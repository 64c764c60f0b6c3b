import { EnvError } from '../config/env.js';
import { EmbeddedPostgresError } from '../database/embedded-postgres.js';

/** One clear line for what stops the server at boot: no stack trace for problems the operator can fix. */
export function describeStartupError(error: unknown): string {
  if (error instanceof EnvError || error instanceof EmbeddedPostgresError) return error.message;
  const err = error as { code?: string; message?: string; address?: string; port?: number };
  switch (err?.code) {
    case 'EADDRINUSE':
      return `cổng ${err.port ?? ''} đang được dùng bởi chương trình khác.`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return `không kết nối được cơ sở dữ liệu (DATABASE_URL): ${err.code} ${err.address ?? ''}`.trim();
    case '28P01':
    case '28000':
      return `cơ sở dữ liệu từ chối đăng nhập (DATABASE_URL): ${err.message}`;
    case '3D000':
      return `cơ sở dữ liệu không tồn tại (DATABASE_URL): ${err.message}`;
  }
  if (err?.message && /connect|connection|terminated/i.test(err.message)) {
    return `không kết nối được cơ sở dữ liệu: ${err.message.split('\n')[0]}`;
  }
  return `không khởi động được API: ${err?.message?.split('\n')[0] ?? String(error)}`;
}
