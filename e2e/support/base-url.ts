/** The product's origin, set by the global setup once the stack is healthy. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not start the stack');
  return url;
}
