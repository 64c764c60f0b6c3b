import { checkImage } from './image-guard.js';
import { checkPdfStreams } from './pdf-guard.js';
import { PDF_LIMITS, ZIP_LIMITS } from './read-limits.js';
import { checkZip } from './zip-guard.js';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

/**
 * The decompression bounds of a file that is stored, not read (an attachment): a zip container (Word, Excel,
 * OpenDocument) within ZIP_LIMITS, a PDF's streams within PDF_LIMITS, an image within MAX_IMAGE_PIXELS.
 * Throws DocumentReadError otherwise. It inflates up to those limits: call it through inspectDocument.
 */
export function inspectFile(bytes: Uint8Array, fileName: string): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) checkZip(bytes, fileName, ZIP_LIMITS);
  else if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-'))
    checkPdfStreams(bytes, fileName, PDF_LIMITS);
  else checkImage(bytes, fileName);
}
