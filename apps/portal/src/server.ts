import { boot } from './boot.js';

// The process entry point, and the only place that reads process.env.
const portal = await boot(process.env, { stderr: process.stderr, exit: (code) => process.exit(code) });

if (portal) {
  const stop = () => {
    setTimeout(() => process.exit(0), 2000).unref();
    void portal.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
