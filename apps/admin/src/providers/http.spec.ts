import { describe, expect, it } from 'vitest';
import { toHttpError } from './http';

describe('toHttpError', () => {
  it('shows the API message in the UI language, with the field errors kept for the form', () => {
    const body = {
      status: 400,
      code: 'VALIDATION',
      message: 'Dữ liệu chưa hợp lệ',
      messageEn: 'Invalid input',
      correlationId: 'c-1',
      errors: { title: 'Nhập trích yếu' },
    };
    const vi = toHttpError(400, body, 'vi');
    expect(vi.message).toBe('Dữ liệu chưa hợp lệ');
    expect(vi.body).toMatchObject({ errors: { title: 'Nhập trích yếu' } });
    expect(toHttpError(400, body, 'en').message).toBe('Invalid input');
  });

  it('gives the reference to quote to an administrator when the server fails', () => {
    const body = {
      status: 500,
      code: 'INTERNAL',
      message: 'Đã có lỗi xảy ra, vui lòng thử lại sau',
      messageEn: 'Internal server error',
      correlationId: 'abc-123',
    };
    expect(toHttpError(500, body, 'vi').message).toBe(
      'Đã có lỗi xảy ra, vui lòng thử lại sau (mã tra cứu: abc-123)',
    );
    expect(toHttpError(500, body, 'en').message).toBe('Internal server error (reference: abc-123)');
    expect(toHttpError(409, { ...body, status: 409, code: 'CONFLICT' }, 'vi').message).not.toContain(
      'abc-123',
    );
  });

  it('takes only an answer shaped as the envelope for one (a proxy page is not a message)', () => {
    expect(toHttpError(502, { message: 42 }, 'vi').message).toBe('ra.notification.http_error');
    expect(toHttpError(502, ['Bad gateway'], 'vi').message).toBe('ra.notification.http_error');
    expect(toHttpError(403, { code: 'NOT_A_CODE', message: 'x' }, 'vi').message).toBe(
      'ra.notification.not_authorized',
    );
  });
});
