import { describe, expect, it } from 'vitest';
import { checkFile, checkFiles, formatBytes, IMPORT_FILE_RULES, NOTE_FILE_RULES } from './file-checks';

const MB = 1024 * 1024;

describe('files checked before upload', () => {
  it('accepts the import types up to 20 MB and refuses others before sending a byte', () => {
    expect(checkFile({ name: 'Kế hoạch 25.DOCX', size: 50_000 }, IMPORT_FILE_RULES)).toBeNull();
    expect(checkFile({ name: 'scan.pdf', size: 20 * MB }, IMPORT_FILE_RULES)).toBeNull();
    expect(checkFile({ name: 'scan.pdf', size: 20 * MB + 1 }, IMPORT_FILE_RULES)).toMatchObject({
      key: 'app.upload.too_big',
      params: { max: '20 MB' },
    });
    expect(checkFile({ name: 'bang-tinh.xlsx', size: 10 }, IMPORT_FILE_RULES)?.key).toBe(
      'app.upload.bad_type',
    );
    expect(checkFile({ name: 'rong.txt', size: 0 }, IMPORT_FILE_RULES)?.key).toBe('app.upload.empty');
  });

  it('allows at most 5 attachments of 10 MB each, of the listed types', () => {
    const ok = { name: 'bao-cao.xlsx', size: MB };
    expect(checkFiles([ok, ok, ok, ok, ok], NOTE_FILE_RULES)).toEqual([]);
    const problems = checkFiles([ok, ok, ok, ok, ok, { name: 'video.mp4', size: 11 * MB }], NOTE_FILE_RULES);
    expect(problems.map((p) => p.key)).toEqual(['app.upload.too_many', 'app.upload.bad_type']);
    expect(checkFile({ name: 'anh.JPG', size: 10 * MB + 1 }, NOTE_FILE_RULES)?.key).toBe(
      'app.upload.too_big',
    );
  });

  it('writes sizes with the Vietnamese decimal comma', () => {
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(20 * MB)).toBe('20 MB');
    expect(formatBytes(900)).toBe('900 B');
  });
});
