import { DomainError } from '@bcdnq/domain/common';

/**
 * Refuses an update made from a stale copy. The message says who should reload; the details list the fields
 * whose stored value differs from what the client sent, i.e. what someone else changed.
 */
export function assertFresh<T extends { version: number }>(
  current: T,
  sent: { version: number } & Record<string, unknown>,
  label: string,
): void {
  if (current.version === sent.version) return;
  const changed = Object.keys(sent).filter(
    (key) =>
      key !== 'version' &&
      Object.hasOwn(current, key) &&
      JSON.stringify((current as Record<string, unknown>)[key]) !== JSON.stringify(sent[key]),
  );
  throw new DomainError(
    'CONFLICT',
    `${label} vừa được người khác cập nhật (phiên bản ${current.version}, bạn đang sửa phiên bản ${sent.version}). ` +
      'Tải lại trang để xem thay đổi rồi sửa lại; dữ liệu của bạn chưa được lưu.',
    `${label} was changed by someone else (version ${current.version}, you edited version ${sent.version}). Reload and retry.`,
    { currentVersion: current.version, yourVersion: sent.version, changedFields: changed },
  );
}

/** Unique-violation from PostgreSQL (23505) as a typed duplicate error. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
