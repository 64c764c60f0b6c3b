import { createHash } from 'node:crypto';
import { SITE_CSS } from './views/site-styles.js';

const styleHash = createHash('sha256').update(SITE_CSS).digest('base64');

// The portal sends no JavaScript at all, so scripts are refused outright: even if an article body slipped
// past the API's sanitiser, an injected <script> or onerror= would not run. The one inline stylesheet is
// allowed by its hash.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'self' https: data:",
  "media-src 'self' https:",
  // Nothing on the page connects anywhere (no scripts run); audit tools such as Lighthouse fetch /robots.txt from
  // inside the page, which `default-src 'none'` would refuse.
  "connect-src 'self'",
  "script-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};
