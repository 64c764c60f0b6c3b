import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ZodError } from 'zod';
import {
  type DomainErrorCode,
  isDomainError,
  PROBLEM_CONTENT_TYPE,
  type Problem as DomainProblem,
  ZProblem,
} from '@bcdnq/domain/common';
import type { AppRequest } from './request-context.js';

/** A problem before the request's correlation id is added (the envelope itself is the domain's ZProblem). */
export type Problem = Omit<DomainProblem, 'correlationId'>;

const INTERNAL_PROBLEM: Problem = {
  status: 500,
  code: 'INTERNAL',
  message: 'Đã có lỗi xảy ra, vui lòng thử lại sau',
  messageEn: 'Internal server error',
};

/** Maps every domain error code to its HTTP status; the switch is exhaustive, so a new code must be mapped. */
export function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'VALIDATION':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'DUPLICATE':
    case 'INVALID_TRANSITION':
    case 'IMMUTABLE':
      return 409;
    case 'RATE_LIMITED':
      return 429;
  }
}

const httpCodes: Record<number, DomainErrorCode> = {
  400: 'VALIDATION',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'VALIDATION',
  415: 'VALIDATION',
  429: 'RATE_LIMITED',
};

const genericMessages: Partial<Record<DomainErrorCode, [string, string]>> = {
  VALIDATION: ['Dữ liệu chưa hợp lệ', 'Invalid input'],
  UNAUTHENTICATED: ['Bạn cần đăng nhập', 'Authentication required'],
  FORBIDDEN: ['Bạn không có quyền thực hiện thao tác này', 'Forbidden'],
  NOT_FOUND: ['Không tìm thấy', 'Not found'],
  RATE_LIMITED: ['Quá nhiều yêu cầu, vui lòng thử lại sau', 'Too many requests'],
};

/** Zod issues keyed by field path, in the shape react-admin forms highlight. */
export function fieldErrors(error: ZodError): Record<string, unknown> {
  // Keys come from the request's own field names (a record's keys, say): no prototype to reach through.
  const errors: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'root';
    if (key === 'root' || Object.hasOwn(errors, key)) continue;
    errors[key] = issue.message;
  }
  errors.root = { serverError: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.' };
  return errors;
}

function toProblem(exception: unknown): Problem | null {
  if (isDomainError(exception)) {
    return {
      status: statusOf(exception.code),
      code: exception.code,
      message: exception.message,
      messageEn: exception.messageEn,
      ...(exception.details ? { details: exception.details } : {}),
      // A rule about one field (`details.field`) is shown on that field of the form, like a schema error.
      ...(typeof exception.details?.field === 'string'
        ? {
            errors: {
              [exception.details.field]: exception.message,
              root: { serverError: exception.message },
            },
          }
        : {}),
    };
  }
  if (exception instanceof ZodError) {
    return {
      status: 400,
      code: 'VALIDATION',
      message: 'Dữ liệu chưa hợp lệ',
      messageEn: 'Invalid input',
      errors: fieldErrors(exception),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = httpCodes[status];
    if (!code) return null;
    const [message, messageEn] = genericMessages[code] ?? [exception.message, exception.message];
    return {
      status,
      code,
      message: status === 413 ? 'Tệp hoặc dữ liệu gửi lên quá lớn' : message,
      messageEn,
    };
  }
  return null;
}

const logger = new Logger('ProblemFilter');

/** The one error envelope (problem+json) for the whole API; unknown errors are logged and answered 500. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<AppRequest>();
    const correlationId = request.id ? String(request.id) : null;
    let problem = toProblem(exception);
    if (!problem) {
      logger.error({ err: exception, correlationId }, 'Unhandled error');
      problem = INTERNAL_PROBLEM;
    }
    sendProblem(response, problem, correlationId);
  }
}

/**
 * Writes one problem+json answer (also used by middleware that runs before Nest's router), checked against the
 * domain's envelope: one that would not match (an empty message, say) is logged and answered as a server fault.
 */
export function sendProblem(response: Response, problem: Problem, correlationId: string | null): void {
  if (response.headersSent) return;
  const checked = ZProblem.safeParse({ ...problem, correlationId });
  if (!checked.success)
    logger.error({ problem, issues: checked.error.issues, correlationId }, 'Error envelope out of contract');
  const body = checked.success ? checked.data : { ...INTERNAL_PROBLEM, correlationId };
  const retryAfter = body.details?.retryAfterSeconds;
  if (body.status === 429 && typeof retryAfter === 'number')
    response.setHeader('Retry-After', String(retryAfter));
  response.status(body.status).type(PROBLEM_CONTENT_TYPE).json(body);
}
