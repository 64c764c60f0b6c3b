import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '@bcdnq/domain/common';
import { inspectDocument } from '@bcdnq/documents';
import { nameForContent, type SniffedFile, sniffAttachment } from './file-type.js';

/** A file as the multipart reader hands it over. */
export type UploadedFile = { buffer: Buffer; originalname: string; size: number };
/** An attached file once checked: its safe name, what it really is, and the opaque key it is stored under. */
export type CheckedFile = { file: UploadedFile; name: string; kind: SniffedFile; key: string };

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

// Multer hands names over as latin1; path separators and control characters never reach a stored name.
const safeName = (name: string) =>
  Buffer.from(name, 'latin1')
    .toString('utf8')
    .normalize('NFC')
    .replace(/[\\/\p{Cc}]+/gu, '_')
    .slice(0, 200) || 'tep-dinh-kem';

/**
 * The checks every attachment passes, wherever it is attached (progress notes, reports): at most five per upload,
 * 10 MB each, recognised by content (PDF, Word, Excel, images, plain text), within the decompression bounds
 * (checked in a reader process), and named with an extension that matches what it is.
 */
export async function checkAttachments(files: readonly UploadedFile[]): Promise<CheckedFile[]> {
  if (files.length > MAX_ATTACHMENTS) {
    throw new DomainError('VALIDATION', `Tối đa ${MAX_ATTACHMENTS} tệp đính kèm mỗi lần`, 'Too many files', {
      field: 'files',
    });
  }
  const checked = files.map((file) => {
    const name = safeName(file.originalname);
    if (file.size > MAX_ATTACHMENT_BYTES)
      throw new DomainError('VALIDATION', `Tệp "${name}" lớn hơn 10 MB`, 'File too large', {
        field: 'files',
      });
    const kind = sniffAttachment(file.buffer);
    if (!kind) {
      throw new DomainError(
        'VALIDATION',
        `Tệp "${name}" không phải PDF, Word, Excel, ảnh hay văn bản thuần — không nhận.`,
        'Unsupported file type',
        {
          field: 'files',
        },
      );
    }
    return {
      file,
      name: nameForContent(name, kind.contentType),
      kind,
      key: createHash('sha256').update(randomUUID()).digest('hex'),
    };
  });
  // Containers and images within the decompression bounds (zip entries and ratio, PDF streams, pixels): whoever
  // downloads an attachment must be able to open it.
  for (const item of checked) {
    if (!item.kind.contentType.startsWith('text/'))
      await inspectDocument(new Uint8Array(item.file.buffer), item.name);
  }
  return checked;
}
