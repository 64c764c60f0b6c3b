import { DocumentReadError } from './document-read-error.js';
import { MAX_IMAGE_PIXELS } from './read-limits.js';

export type ImageSize = { width: number; height: number };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** Width and height from an image's header (PNG, JPEG, GIF, WebP), without decoding it; null when not found. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]))
    return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length >= 10 && startsWith(bytes, [0x47, 0x49, 0x46, 0x38]))
    return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (bytes.length >= 4 && startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegSize(bytes, view);
  if (
    bytes.length >= 30 &&
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    if (chunk === 'VP8X')
      return {
        width: 1 + (view.getUint32(24, true) & 0xffffff),
        height: 1 + (view.getUint32(27, true) & 0xffffff),
      };
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ')
      return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
}

/** Refuses an image whose header promises more pixels than anything should decode (a pixel-flood "bomb"). */
export function checkImage(
  bytes: Uint8Array,
  fileName: string,
  maxPixels = MAX_IMAGE_PIXELS,
): ImageSize | null {
  const size = imageSize(bytes);
  if (size && size.width * size.height > maxPixels) {
    throw new DocumentReadError(
      'TOO_LARGE',
      `ảnh "${fileName}" có kích thước ${size.width}×${size.height} điểm ảnh, vượt giới hạn ${Math.round(maxPixels / 1e6)} triệu điểm ảnh`,
      `the image "${fileName}" is ${size.width}×${size.height} pixels, over the ${Math.round(maxPixels / 1e6)}-megapixel limit`,
    );
  }
  return size;
}
