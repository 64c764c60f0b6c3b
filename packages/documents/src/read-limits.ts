/**
 * The bounds every document read stays within, whoever sends the file. They are checked before a parser sees
 * the bytes (sizes a compressed file claims and really inflates to), and enforced around the parser (a reader
 * process with a heap cap, a memory watchdog and a time limit), so one bad upload never blocks or kills the API.
 */

const MiB = 1024 * 1024;

/** Files larger than this are refused before they are parsed. */
export const MAX_DOCUMENT_BYTES = 20 * MiB;

/** Zip containers (.docx, .odt, .xlsx): what the central directory declares and what the entries really inflate to. */
export type ZipLimits = {
  /** entries in the archive */
  maxEntries: number;
  /** all entries together, inflated */
  maxTotalBytes: number;
  /** inflated ÷ compressed, for entries larger than `ratioFloorBytes` (a real Word part stays far below 100) */
  maxRatio: number;
  ratioFloorBytes: number;
};

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 64 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
};

/** PDFs: pages, and what their compressed streams inflate to. */
export type PdfLimits = {
  maxPages: number;
  /** one stream, inflated */
  maxStreamBytes: number;
  /** all streams together, inflated */
  maxDecodedBytes: number;
  /** pixels of one embedded image pdf.js may decode */
  maxImagePixels: number;
};

export const PDF_LIMITS: PdfLimits = {
  maxPages: 200,
  maxStreamBytes: 64 * MiB,
  maxDecodedBytes: 256 * MiB,
  maxImagePixels: 40_000_000,
};

/** Images (attachments, scans): width × height, read from the header before anything decodes the pixels. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** The reader process around a parser. */
export type ProcessLimits = {
  /** V8 heap of the reader process (--max-old-space-size) */
  heapMb: number;
  /** resident memory of the reader process, polled; the process is killed beyond it (buffers live outside the heap) */
  maxRssBytes: number;
  /** wall-clock time a read may go without progress (a page read or recognised) */
  timeMs: number;
  /** wall-clock time for one read, however it progresses (a 200-page scan stops here) */
  totalMs: number;
};

export const PROCESS_LIMITS: ProcessLimits = {
  heapMb: 768,
  maxRssBytes: 1536 * MiB,
  timeMs: 60_000,
  totalMs: 15 * 60_000,
};

/** Reads running at once, and waiting for a turn; beyond that the caller is told to try again later. */
export const READER_CONCURRENCY = 2;
export const READER_QUEUE = 16;

/** "64 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MiB)} MB`;
}
