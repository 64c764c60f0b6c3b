import { chromiumPath } from './support/chromium.js';
import { startStack } from './support/stack.js';

/** Checks Chromium first (a clear failure if missing), then serves the product for the journeys. */
export default async function globalSetup() {
  chromiumPath();
  const stack = await startStack();
  process.env.E2E_BASE_URL = stack.baseUrl;
  process.env.E2E_STACK_PID = String(stack.pid);
  return () => stack.stop();
}
