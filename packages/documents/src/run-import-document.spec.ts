import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZImportResult } from '@bcdnq/domain/import';
import { describe, expect, it } from 'vitest';
import { runImportDocument } from './run-import-document.js';
import { docx, pdf } from './test-files.js';

// The real documents shipped with the repository (fixtures/seeds at its root).
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const seedFile = path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('004')) ?? '');
const dir = mkdtempSync(path.join(tmpdir(), 'import-document-'));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runImportDocument(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe('import-document <path>', () => {
  it('prints only the contract JSON for a .txt plan and exits 0', async () => {
    const { code, stdout, stderr } = await run(seedFile);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = ZImportResult.parse(JSON.parse(stdout));
    expect(result.kind).toBe('plan');
    expect(result.plan?.tasks).toHaveLength(11);
  });

  it('gives the same JSON for the .docx and .pdf of the same plan', async () => {
    const text = readFileSync(seedFile, 'utf8');
    writeFileSync(path.join(dir, 'ke-hoach.docx'), docx(text));
    writeFileSync(path.join(dir, 'ke-hoach.pdf'), pdf(text));
    const fromText = JSON.parse((await run(seedFile)).stdout) as unknown;
    expect(JSON.parse((await run('import-document', path.join(dir, 'ke-hoach.docx'))).stdout)).toEqual(
      fromText,
    );
    expect(JSON.parse((await run(path.join(dir, 'ke-hoach.pdf'))).stdout)).toEqual(fromText);
  });

  it('reads a document it does not recognise as kind "unknown", exit 0', async () => {
    writeFileSync(
      path.join(dir, 'thu.txt'),
      'Thư mời họp lớp cuối năm, mọi người nhớ mang theo ảnh cũ để cùng xem lại.',
    );
    const { code, stdout } = await run(path.join(dir, 'thu.txt'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'unknown', plan: null, article: null });
  });

  const big = path.join(dir, 'lon.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 21 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(path.join(dir, 'rong.txt'), '');
  writeFileSync(path.join(dir, 'anh.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFileSync(path.join(dir, 'bang.xlsx'), 'a,b');

  it.each([
    ['a missing file', path.join(dir, 'khong-co.txt'), /không tìm thấy tệp/u],
    ['a directory', dir, /không phải là tệp/u],
    ['an empty file', path.join(dir, 'rong.txt'), /rỗng/u],
    ['a binary file', path.join(dir, 'anh.txt'), /không phải \.txt/u],
    ['an unsupported type', path.join(dir, 'bang.xlsx'), /không hỗ trợ/u],
    ['a file over 20 MB', big, /lớn hơn 20 MB/u],
  ])(
    'refuses %s with one line on stderr and a non-zero code, no stack trace',
    async (_name, file, message) => {
      const { code, stdout, stderr } = await run(file);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^Lỗi: .+\(.+\)\n$/u);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('explains its usage when no path is given', async () => {
    const { code, stderr } = await run();
    expect(code).toBe(2);
    expect(stderr).toContain('import-document <path>');
  });
});
