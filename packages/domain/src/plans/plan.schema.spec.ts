import { describe, expect, it } from 'vitest';
import { parseDocumentNumber, ZPlanCreate, ZPlanIssue } from './plan.schema.js';

describe('parseDocumentNumber', () => {
  it('splits number, type and issuer, removing spaces', () => {
    expect(parseDocumentNumber('Số: 63 /KH-UBND'.slice(4))).toEqual({
      number: '63/KH-UBND',
      typeCode: 'KH',
      issuerCode: 'UBND',
    });
  });
  it('keeps the codes of a draft whose number is blank', () => {
    expect(parseDocumentNumber('/KH-BCĐNQ')).toEqual({ number: null, typeCode: 'KH', issuerCode: 'BCĐNQ' });
  });
  it('rejects what is not a document number', () => {
    expect(parseDocumentNumber('Kế hoạch năm')).toBeNull();
  });
});

describe('plan input', () => {
  it('explains a missing title in Vietnamese', () => {
    const result = ZPlanCreate.safeParse({ title: '', year: 2024 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Nhập trích yếu kế hoạch');
  });
  it('requires number, date and signer to issue', () => {
    expect(ZPlanIssue.safeParse({ version: 1 }).success).toBe(false);
    expect(
      ZPlanIssue.safeParse({
        number: '25/KH-UBND',
        issuedOn: '2024-02-02',
        signer: { name: 'Nguyễn Hương Giang', title: 'Phó Chủ tịch', capacity: 'TM. Ủy ban nhân dân' },
        version: 1,
      }).success,
    ).toBe(true);
  });
});

describe('isSamePlanTitle', async () => {
  const { isSamePlanTitle } = await import('./plan.schema.js');
  it('matches a title read from a document with the one typed in the system', () => {
    expect(
      isSamePlanTitle(
        'Kế hoạch  Tuyên truyền về quyền trẻ em năm 2026',
        'tuyên truyền về quyền trẻ em năm 2026.',
      ),
    ).toBe(true);
    expect(
      isSamePlanTitle('Tuyên truyền về quyền trẻ em năm 2026', 'Tuyên truyền về quyền trẻ em năm 2027'),
    ).toBe(false);
    expect(isSamePlanTitle('Quyền trẻ em', 'Quyen tre em')).toBe(false);
  });
});
