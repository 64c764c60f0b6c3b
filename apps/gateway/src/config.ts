import { z } from 'zod';

const ZFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** The gateway's own settings; everything else in the environment is passed through to the API and the portal. */
export const ZGatewayConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  // Address the public port binds; unset = every interface, as a desktop `npm start` expects. 127.0.0.1 when
  // a reverse proxy on the same server is the public face.
  GATEWAY_HOST: z.string().trim().optional(),
  DATA_DIR: z.string().default('.data'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * true only when a reverse proxy you control is the one thing in front of the public port: its
   * X-Forwarded-For/-Proto/-Host are then believed. Otherwise they are replaced by what this socket saw, so a
   * client cannot claim another address (the login throttle keys on it) or HTTPS.
   */
  TRUST_PROXY: ZFlag.default(false),
  // A service that sends nothing for this long is answered 504 (a Word export or an OCR import can be slow).
  GATEWAY_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  // The portal's public pages are answered from memory for this long after one was fetched (0 turns it off):
  // a busy page costs one portal request a second instead of one per reader.
  GATEWAY_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
});
export type GatewayConfig = z.infer<typeof ZGatewayConfig>;

export type GatewayConfigResult = { ok: true; config: GatewayConfig } | { ok: false; message: string };

/** Parses the environment; on failure one line naming every bad key. An empty variable means "not set". */
export function parseGatewayConfig(env: Record<string, string | undefined>): GatewayConfigResult {
  const keys = Object.keys(ZGatewayConfig.shape);
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => keys.includes(key) && value !== undefined && value !== ''),
  );
  const result = ZGatewayConfig.safeParse(present);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?');
    return `${key}=${JSON.stringify(present[key] ?? '')} (${issue.message})`;
  });
  return { ok: false, message: `Cấu hình không hợp lệ / invalid configuration: ${problems.join('; ')}` };
}
