import type { ImportResult } from '@bcdnq/domain/import';
import type { AgencyNames } from '@bcdnq/importer';
import type { DocumentReadReason } from './document-read-error.js';
import type { DocumentFormat, ReadProgress, ScanReading } from './extract-text.js';

/** A document to import: a file's bytes, or text pasted by a person. */
export type ReadSource =
  { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'text'; text: string };

/** What the parent asks the reader process to do (one job per process). */
export type ReaderRequest =
  | { type: 'import'; source: ReadSource; agencies: AgencyNames[] | null; pageImages: boolean }
  | { type: 'inspect'; bytes: Uint8Array; fileName: string };

/** What the reader process answers: progress as it goes, then exactly one outcome. */
export type ReaderReply =
  | { type: 'progress'; progress: ReadProgress }
  | {
      type: 'imported';
      text: string;
      format: DocumentFormat | 'pasted';
      result: ImportResult;
      scan: ScanReading | null;
    }
  | { type: 'inspected' }
  | { type: 'refused'; reason: DocumentReadReason; messageVi: string; messageEn: string }
  | { type: 'failed'; message: string };
