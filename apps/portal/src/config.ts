import { z } from 'zod';

const ZPort = z.coerce.number().int().min(1).max(65535);
const ZHttpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

/** The portal's whole environment: parsed once at boot, read nowhere else. */
export const ZPortalConfig = z.object({
  PORTAL_PORT: ZPort.default(3001),
  PORTAL_HOST: z.string().trim().min(1).default('127.0.0.1'),
  API_URL: ZHttpUrl.default('http://127.0.0.1:3000'),
  // Absolute origin readers see, for canonical links and Open Graph URLs (never taken from the Host header).
  PUBLIC_URL: ZHttpUrl.default('http://localhost:8080'),
  API_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
  // Who publishes the site: the province is named everywhere (header, footer, about page, JSON-LD publisher).
  PROVINCE_NAME: z.string().trim().min(2).max(100).default('Bắc Ninh'),
  CONTACT_OFFICE: z.string().trim().min(2).max(300).default('Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo)'),
  CONTACT_ADDRESS: z
    .string()
    .trim()
    .max(300)
    .default('Số 1 đường Lý Thái Tổ, phường Suối Hoa, tỉnh Bắc Ninh'),
  CONTACT_EMAIL: z.email().default('bcdnhanquyen@bacninh.gov.vn'),
  CONTACT_PHONE: z.string().trim().max(40).default('0222 3822 000'),
  /** How long answers of the API and rendered pages are reused before asking again (publishing clears them at once). */
  CACHE_FRESH_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** How long a page already seen is still served while the API is down (stale-if-error). */
  CACHE_STALE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86400)
    .default(86400),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type PortalConfig = z.infer<typeof ZPortalConfig>;

export type ConfigResult = { ok: true; config: PortalConfig } | { ok: false; message: string };

/** Parses the environment; on failure returns one line naming every bad key. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ZPortalConfig.safeParse(present);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?');
    return `${key}=${JSON.stringify(env[key] ?? '')} (${issue.message})`;
  });
  return {
    ok: false,
    message: `Cấu hình cổng thông tin không hợp lệ / invalid portal configuration: ${problems.join('; ')}`,
  };
}
