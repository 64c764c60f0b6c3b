import 'reflect-metadata';
import { runImportDocument } from '@bcdnq/documents';
import { describeStartupError } from './common/startup-error.js';
import { loadEnv } from './config/env.js';
import { openDatabase } from './database/data-source.js';
import { resolveDatabase } from './database/resolve-database.js';
import { createFileStorage } from './modules/storage/storage.module.js';
import { runSeed } from './seed/demo-seed.js';
import { createAdministrator, readStdin } from './seed/first-admin.js';

const USAGE =
  'Cách dùng: cli <seed | migrate | create-admin <tên đăng nhập> [họ tên] (mật khẩu qua stdin)> …';

/** Opens the configured database (embedded or DATABASE_URL), migrated, runs `work`, and closes it. */
async function withDatabase<T>(
  work: (dataSource: Awaited<ReturnType<typeof openDatabase>>, demo: boolean) => Promise<T>,
): Promise<T> {
  const env = loadEnv();
  const { url, embedded } = await resolveDatabase(env);
  const dataSource = await openDatabase(url, { migrate: !env.SKIP_MIGRATIONS, poolSize: 2 });
  try {
    return await work(dataSource, env.APP_MODE === 'demo');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'seed': {
      const summary = await withDatabase((dataSource, demo) =>
        runSeed(dataSource, { demo, storage: createFileStorage(loadEnv()) }),
      );
      process.stderr.write(
        `Đã nạp: ${summary.agencies} đơn vị, ${summary.users} người dùng, ${summary.plans} kế hoạch, ${summary.articles} tin bài.\n`,
      );
      return 0;
    }
    case 'import-document':
      return runImportDocument(argv.slice(1), { stdout: process.stdout, stderr: process.stderr });
    case 'create-admin': {
      const [, username, ...name] = argv;
      if (process.stdin.isTTY) {
        process.stderr.write(
          'Nhập mật khẩu qua stdin, ví dụ: printf %s "$MAT_KHAU" | cli create-admin admin "Quản trị"\n',
        );
        return 2;
      }
      const password = await readStdin(process.stdin);
      const created = await withDatabase((dataSource) =>
        createAdministrator(dataSource, { username, fullName: name.join(' '), password }),
      );
      process.stderr.write(`Đã tạo quản trị viên "${created}".\n`);
      return 0;
    }
    case 'migrate':
      await withDatabase(async () => undefined);
      process.stderr.write('Cơ sở dữ liệu đã được cập nhật lược đồ mới nhất.\n');
      return 0;
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Lỗi: ${describeStartupError(error)}\n`);
    process.exit(1);
  },
);
