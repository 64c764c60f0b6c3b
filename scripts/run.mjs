#!/usr/bin/env node
// The one entry point behind `npm start`, `npm test`, `npm run bench|seed|cli|build`.
// It has no dependencies of its own: on a fresh machine with only Node.js and npm it installs the pinned pnpm
// into .tools/, installs the workspace, builds it, then runs what was asked.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [command = 'start', ...rest] = process.argv.slice(2);
// The CLI prints JSON on stdout: everything else we run must write to stderr.
const quiet = command === 'cli';

const toolsBin = path.join(root, '.tools', 'node_modules', '.bin');
// pnpm and turbo find each other (and the pinned pnpm) through PATH.
process.env.PATH = `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`;
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.DO_NOT_TRACK = '1';

const log = (message) => process.stderr.write(`[bcdnq] ${message}\n`);
const fail = (message) => {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(1);
};

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) fail(`cần Node.js ≥ 20 (đang chạy ${process.versions.node}).`);

function run(bin, args, env = {}) {
  const result = spawnSync(bin, args, {
    cwd: root,
    stdio: ['inherit', quiet ? 2 : 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.error) fail(`không chạy được ${bin}: ${result.error.message}`);
  return result.status ?? 1;
}

function must(bin, args, env) {
  const status = run(bin, args, env);
  if (status !== 0) process.exit(status);
}

function ensurePnpm() {
  const pinned = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split(
    '@',
  )[1];
  const pkg = path.join(root, '.tools', 'node_modules', 'pnpm', 'package.json');
  const installed = existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : null;
  if (installed !== pinned) {
    log(`cài pnpm ${pinned} vào .tools/ …`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    must(npm, [
      'install',
      '--prefix',
      path.join(root, '.tools'),
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `pnpm@${pinned}`,
    ]);
  }
  return path.join(toolsBin, process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
}

function pnpm(args, env) {
  must(ensurePnpm(), args, env);
}

function install() {
  const frozen = existsSync(path.join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  pnpm(['install', ...frozen, '--reporter=append-only'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
}

function build() {
  pnpm(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
}

const apiCli = path.join(root, 'apps', 'api', 'dist', 'cli.js');

switch (command) {
  case 'build':
    install();
    build();
    break;
  case 'start':
    install();
    build();
    await import('./serve.mjs');
    break;
  case 'serve':
    await import('./serve.mjs');
    break;
  case 'test':
    install();
    // The repository's own style first: one unformatted file fails the suite (`npm run format` fixes it).
    log('kiểm tra định dạng (prettier --check) …');
    pnpm(['exec', 'prettier', '--check', '--log-level', 'warn', '.']);
    pnpm([
      'exec',
      'turbo',
      'run',
      'lint',
      'typecheck',
      'test',
      '--continue',
      '--output-logs=new-only',
      ...rest,
    ]);
    break;
  case 'bench':
    install();
    build();
    must(process.execPath, [path.join(root, 'bench', 'run.mjs'), ...rest]);
    break;
  case 'seed':
    install();
    build();
    must(process.execPath, [apiCli, 'seed', ...rest]);
    break;
  case 'cli':
    if (!existsSync(apiCli)) {
      install();
      build();
    }
    process.exit(spawnSync(process.execPath, [apiCli, ...rest], { cwd: root, stdio: 'inherit' }).status ?? 1);
    break;
  default:
    fail(`lệnh không rõ "${command}" (start | serve | test | bench | seed | cli | build).`);
}
