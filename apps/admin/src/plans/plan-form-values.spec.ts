import { ZPlanCreate, ZPlanUpdate } from '@bcdnq/domain/plans';
import { describe, expect, it } from 'vitest';
import { normalizePlanValues } from './plan-form-values';

describe('plan form values', () => {
  it('lets a draft with no signer and freshly added rows pass the domain schema', () => {
    const fromInputs = {
      kind: 'yearly',
      title: 'Kế hoạch thực hiện công tác nhân quyền năm 2026',
      year: 2026,
      number: null,
      signer: { capacity: null, title: '', name: null },
      references: [{ text: 'Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư', date: '2010-07-20' }],
      reportingRules: [{ period: 'month', dueDay: 15, text: 'Trước ngày 15 hàng tháng' }],
      purposes: [],
      keyTasks: [],
      recipients: [],
      publishPublicly: false,
    };
    const parsed = ZPlanCreate.parse(normalizePlanValues(fromInputs));
    expect(parsed.signer).toBeNull();
    expect(parsed.references[0]).toEqual({
      type: null,
      number: null,
      date: '2010-07-20',
      issuer: null,
      text: 'Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư',
    });
    expect(parsed.reportingRules[0]).toMatchObject({ period: 'month', dueDay: 15, due: null, to: null });
  });

  it('keeps a named signer and still refuses a plan without a subject', () => {
    const values = normalizePlanValues({
      title: 'x',
      version: 3,
      signer: { name: 'Nguyễn Văn A', title: '', capacity: 'KT. CHỦ TỊCH' },
    });
    expect(values.signer).toEqual({ name: 'Nguyễn Văn A', title: null, capacity: 'KT. CHỦ TỊCH' });
    const result = ZPlanUpdate.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });
});
