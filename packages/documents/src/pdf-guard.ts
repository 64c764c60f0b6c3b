import { constants, inflateSync } from 'node:zlib';
import { DocumentReadError } from './document-read-error.js';
import { megabytes, PDF_LIMITS, type PdfLimits } from './read-limits.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from(' obj');
const FLATE = /\/(FlateDecode|Fl)\b/;
const OTHER_FIRST_FILTER = /\/Filter\s*\[\s*\/(?!FlateDecode|Fl\b)/;

function tooLarge(fileName: string, vi: string, en: string): DocumentReadError {
  return new DocumentReadError(
    'TOO_LARGE',
    `tệp PDF "${fileName}" ${vi} — nghi là "bom nén", không đọc`,
    `the PDF "${fileName}" ${en}: a suspected decompression bomb, not read`,
  );
}

/**
 * Inflates every Flate-compressed stream of a PDF with a hard output cap before pdf.js sees the file: one stream
 * over `maxStreamBytes` or all of them over `maxDecodedBytes` refuses the file. The scan is over the raw bytes
 * (streams are never nested in object streams), at most `maxDecodedBytes` are ever inflated and nothing is kept.
 * Streams the scan cannot read (damaged data, other first filters) are left to the parser and its process caps.
 */
export function checkPdfStreams(
  bytes: Uint8Array,
  fileName: string,
  limits: PdfLimits = PDF_LIMITS,
): { streams: number; decodedBytes: number } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded = 0;
  let streams = 0;
  let from = 0;
  while (from < buffer.length) {
    const keyword = buffer.indexOf(STREAM, from);
    if (keyword < 0) break;
    from = keyword + STREAM.length;
    if (keyword >= 3 && buffer.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = keyword + STREAM.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] !== 0x0a) {
      if (buffer[start - 1] !== 0x0d) continue; // not the keyword, a word inside some data
    } else start++;
    const end = buffer.indexOf(END_STREAM, start);
    if (end < 0) break;
    from = end + END_STREAM.length;
    // The stream's dictionary lies between the object's header and the keyword.
    const header = buffer.lastIndexOf(OBJ, keyword);
    const dictionary = buffer.toString('latin1', Math.max(header, keyword - 4096, 0), keyword);
    if (!FLATE.test(dictionary) || OTHER_FIRST_FILTER.test(dictionary)) continue;
    streams++;
    const budget = Math.min(limits.maxStreamBytes, limits.maxDecodedBytes - decoded);
    let size: number;
    try {
      size = inflateSync(buffer.subarray(start, end), {
        maxOutputLength: budget + 1,
        finishFlush: constants.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      size = budget + 1;
    }
    if (size > limits.maxStreamBytes) {
      throw tooLarge(
        fileName,
        `có một luồng dữ liệu giải nén ra hơn ${megabytes(limits.maxStreamBytes)}`,
        `has a stream that inflates to more than ${megabytes(limits.maxStreamBytes)}`,
      );
    }
    decoded += size;
    if (decoded > limits.maxDecodedBytes) {
      throw tooLarge(
        fileName,
        `giải nén ra hơn ${megabytes(limits.maxDecodedBytes)}`,
        `inflates to more than ${megabytes(limits.maxDecodedBytes)}`,
      );
    }
  }
  return { streams, decodedBytes: decoded };
}
