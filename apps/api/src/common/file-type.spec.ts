import { describe, expect, it } from 'vitest';
import { sniffAttachment } from './file-type.js';

describe('sniffAttachment', () => {
  it('recognises accepted files by content, whatever their name', () => {
    expect(sniffAttachment(Buffer.from('%PDF-1.7\n...'))?.contentType).toBe('application/pdf');
    expect(
      sniffAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.contentType,
    ).toBe('image/png');
    expect(sniffAttachment(Buffer.from('Báo cáo tiến độ tháng 3'))?.contentType).toBe(
      'text/plain; charset=utf-8',
    );
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....word/document.xml'),
    ]);
    expect(sniffAttachment(docx)?.label).toBe('Word');
  });

  it('refuses executables, HTML and binary junk', () => {
    expect(sniffAttachment(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeNull();
    expect(sniffAttachment(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]))).toBeNull();
    expect(sniffAttachment(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(sniffAttachment(Buffer.from('  <svg onload="x()">'))).toBeNull();
    expect(sniffAttachment(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
    expect(sniffAttachment(Buffer.alloc(0))).toBeNull();
  });
});
