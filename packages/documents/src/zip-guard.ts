import { inflateRawSync } from 'node:zlib';
import { DocumentReadError } from './document-read-error.js';
import { megabytes, ZIP_LIMITS, type ZipLimits } from './read-limits.js';

/** One file of a zip archive, as its central directory describes it. */
export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function damaged(fileName: string, why: string): DocumentReadError {
  return new DocumentReadError(
    'UNREADABLE',
    `tệp "${fileName}" bị hỏng hoặc không trọn vẹn, không đọc được`,
    `"${fileName}" is damaged or truncated: ${why}`,
  );
}

function bomb(fileName: string, vi: string, en: string): DocumentReadError {
  return new DocumentReadError(
    'TOO_LARGE',
    `tệp "${fileName}" ${vi} — nghi là "bom nén", không đọc`,
    `"${fileName}" ${en}: a suspected zip bomb, not read`,
  );
}

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** Where the central directory is and how many entries it holds (zip64 records included). */
function directory(bytes: Uint8Array, fileName: string): { offset: number; size: number; count: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    let count = view.getUint16(at + 10, true);
    let size = view.getUint32(at + 12, true);
    let offset = view.getUint32(at + 16, true);
    if (
      (count === 0xffff || size === MAX32 || offset === MAX32) &&
      at >= 20 &&
      view.getUint32(at - 20, true) === ZIP64_LOCATOR
    ) {
      const record = u64(view, at - 20 + 8);
      if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD)
        throw damaged(fileName, 'bad zip64 record');
      count = u64(view, record + 32);
      size = u64(view, record + 40);
      offset = u64(view, record + 48);
    }
    if (offset + size > bytes.length) throw damaged(fileName, 'the central directory lies past the end');
    return { offset, size, count };
  }
  throw damaged(fileName, 'no zip central directory');
}

/** The central directory's entries. Throws DocumentReadError when the archive is truncated or malformed. */
export function zipEntries(
  bytes: Uint8Array,
  fileName: string,
  maxEntries = ZIP_LIMITS.maxEntries,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { offset, size, count } = directory(bytes, fileName);
  if (count > maxEntries)
    throw bomb(fileName, `có hơn ${maxEntries} tệp con`, `holds more than ${maxEntries} entries`);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  let at = offset;
  const end = offset + size;
  while (at + 46 <= end && view.getUint32(at, true) === CENTRAL) {
    if (entries.length >= maxEntries)
      throw bomb(fileName, `có hơn ${maxEntries} tệp con`, `holds more than ${maxEntries} entries`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let entrySize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Sizes that do not fit 32 bits are in the zip64 extra field, in this order, only when flagged by 0xffffffff.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd && extraEnd <= bytes.length) {
      const id = view.getUint16(extra, true);
      const length = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (entrySize === MAX32 && field + 8 <= extra + 4 + length) {
          entrySize = u64(view, field);
          field += 8;
        }
        if (compressedSize === MAX32 && field + 8 <= extra + 4 + length) {
          compressedSize = u64(view, field);
          field += 8;
        }
        if (localOffset === MAX32 && field + 8 <= extra + 4 + length) localOffset = u64(view, field);
      }
      extra += 4 + length;
    }
    entries.push({
      name,
      method,
      encrypted: (flags & 1) === 1,
      compressedSize,
      size: entrySize,
      localOffset,
    });
    at = extraEnd + commentLength;
  }
  if (entries.length === 0 && count > 0) throw damaged(fileName, 'unreadable central directory');
  return entries;
}

/**
 * Refuses a zip container before any parser inflates it: too many entries, more inflated bytes in total than
 * the limit, an abnormal compression ratio, encrypted or truncated entries — and then inflates every entry with
 * a hard output cap, so an archive whose directory lies about its sizes is caught too. Bounded: at most
 * `maxTotalBytes` are ever inflated, one entry at a time, and nothing is kept.
 */
export function checkZip(bytes: Uint8Array, fileName: string, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const entries = zipEntries(bytes, fileName, limits.maxEntries);
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) {
      throw new DocumentReadError(
        'ENCRYPTED',
        `tệp "${fileName}" được đặt mật khẩu — hãy gỡ mật khẩu rồi gửi lại`,
        `"${fileName}" is password-protected: remove the password and send it again`,
      );
    }
    if (entry.method !== 0 && entry.method !== 8)
      throw damaged(fileName, `unsupported compression method ${entry.method} in ${entry.name}`);
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw bomb(
        fileName,
        `giải nén ra hơn ${megabytes(limits.maxTotalBytes)}`,
        `inflates to more than ${megabytes(limits.maxTotalBytes)}`,
      );
    }
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio) {
      throw bomb(
        fileName,
        `có tỉ lệ nén bất thường (${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1)`,
        `has an abnormal compression ratio (${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1)`,
      );
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
      throw damaged(fileName, `no local header for ${entry.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (start + entry.compressedSize > bytes.length) throw damaged(fileName, `${entry.name} is cut short`);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size)
        throw damaged(fileName, `${entry.name} has inconsistent sizes`);
      continue;
    }
    let inflated: Buffer;
    try {
      // One byte more than declared: an entry that inflates past its declared size stops right there.
      inflated = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb(
          fileName,
          'giải nén ra nhiều hơn kích thước nó khai báo',
          'inflates to more than it declares',
        );
      }
      throw damaged(fileName, `${entry.name}: ${(error as Error).message}`);
    }
    if (inflated.length !== entry.size)
      throw damaged(fileName, `${entry.name} inflates to ${inflated.length} bytes, not ${entry.size}`);
  }
  return entries;
}

/** One entry's bytes, inflated with a cap of its declared size (call checkZip first). Null when absent. */
export function readZipEntry(bytes: Uint8Array, fileName: string, name: string): Uint8Array | null {
  const entry = zipEntries(bytes, fileName).find((e) => e.name === name);
  if (!entry) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw damaged(fileName, `no local header for ${name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return entry.method === 0
    ? data
    : new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) }));
}
