import { DomainError } from '@bcdnq/domain/common';

/** Why a file could not be read as a document. */
export const DOCUMENT_READ_REASONS = [
  'NOT_FOUND',
  'EMPTY',
  'TOO_LARGE',
  'BINARY',
  'UNSUPPORTED',
  'UNREADABLE',
  'ENCRYPTED',
  'NO_TEXT',
  // The reader process was stopped: over its time limit, over its memory cap, or cancelled by the user.
  'TIMEOUT',
  'TOO_COMPLEX',
  'CANCELLED',
] as const;
export type DocumentReadReason = (typeof DOCUMENT_READ_REASONS)[number];

/**
 * A refusal to read a file, with one line for people in Vietnamese and English. It is a DomainError
 * (code VALIDATION) so the API's error filter answers it like any other invalid input.
 */
export class DocumentReadError extends DomainError {
  readonly reason: DocumentReadReason;

  constructor(reason: DocumentReadReason, messageVi: string, messageEn: string) {
    super('VALIDATION', messageVi, messageEn, { reason });
    this.reason = reason;
  }

  /** "Lỗi: … (English …)": what the command line prints. */
  get line(): string {
    return `Lỗi: ${this.message} (${this.messageEn})`;
  }
}

/** True when the value is a DocumentReadError (also across package copies). */
export function isDocumentReadError(value: unknown): value is DocumentReadError {
  return (
    value instanceof DomainError &&
    'reason' in value &&
    typeof (value as { reason: unknown }).reason === 'string'
  );
}
