// Serves the whole product on one origin, the same path layout as the production reverse proxy (infra/): the
// portal at /, the admin panel at /admin/, the API at /api. This file only checks that the build is there; the
// gateway itself (routing, the admin's static files, supervising the API and portal processes) is the
// @bcdnq/gateway package, built and tested like the rest.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'apps', 'gateway', 'dist', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write(
    'Lỗi: thiếu apps/gateway/dist/main.js — chạy "npm start" (hoặc "npm run build") để cài đặt và build.\n',
  );
  process.exit(1);
}
await import(pathToFileURL(entry).href);
