/** Every failure the domain can name. The API maps each code to one HTTP status. */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION',
  'INVALID_TRANSITION',
  'NOT_FOUND',
  'CONFLICT',
  'IMMUTABLE',
  'DUPLICATE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A refusal by a business rule, with a message for the user in Vietnamese and English. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly messageEn: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: DomainErrorCode, message: string, messageEn?: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.messageEn = messageEn ?? message;
    this.details = details;
  }
}

/** True when the value is a DomainError (also across package copies). */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof Error && value.name === 'DomainError' && 'code' in value;
}
