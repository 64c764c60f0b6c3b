import { boot } from './boot.js';
import { DRAIN_DEADLINE_MS } from './http-server.js';

// The process entry point, and the only place that reads process.env.
const portal = await boot(process.env, { stderr: process.stderr, exit: (code) => process.exit(code) });

if (portal) {
  const stop = () => {
    // The connections are cut at the deadline; this is the last resort should closing itself hang.
    setTimeout(() => process.exit(0), DRAIN_DEADLINE_MS + 2000).unref();
    void portal.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
