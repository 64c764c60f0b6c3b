import { z } from 'zod';
import { DOMAIN_ERROR_CODES } from './errors.js';

/** The media type of the one error envelope (RFC 9457 style) every failure of the API answers with. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Codes of the envelope: the domain's refusals, and INTERNAL for a fault of the server. */
export const PROBLEM_CODES = [...DOMAIN_ERROR_CODES, 'INTERNAL'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * The API's one error envelope (docs/api.md): the HTTP status, a code, the message for the user in Vietnamese and
 * English, the request's correlation id (the reference that finds it in the logs), a rule's details, and the
 * fields a form should highlight.
 */
export const ZProblem = z.object({
  status: z.number().int().min(400).max(599),
  code: z.enum(PROBLEM_CODES),
  message: z.string().min(1),
  messageEn: z.string().min(1),
  correlationId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).optional(),
  errors: z.record(z.string(), z.unknown()).optional(),
});
export type Problem = z.infer<typeof ZProblem>;
