import { describe, expect, it } from 'vitest';
import { diffPlans, type PlanSnapshot } from './plan-diff.js';

const task = (ref: string | null, text: string, leads = ['Sở Tư pháp']) => ({
  ref,
  text,
  leads,
  coordinators: [],
  schedule: { kind: 'continuous' },
  topics: [],
});

describe('diffPlans', () => {
  const before: PlanSnapshot = {
    fields: { title: 'Kế hoạch năm 2024', year: 2024, purposes: ['a'] },
    tasks: [task('III.1', 'Tuyên truyền'), task('III.2', 'Rà soát văn bản'), task(null, 'Tập huấn cán bộ')],
  };

  it('finds nothing between identical versions', () => {
    expect(diffPlans(before, before)).toEqual({ fields: [], tasks: { added: [], removed: [], changed: [] } });
  });

  it('reports changed fields, and tasks added, removed and changed', () => {
    const after: PlanSnapshot = {
      fields: { title: 'Kế hoạch năm 2024 (sửa đổi)', year: 2024, purposes: ['a'] },
      tasks: [
        task('III.1', 'Tuyên truyền', ['Sở Nội vụ']),
        task(null, 'Tập huấn cán bộ'),
        task('III.4', 'Kiểm tra'),
      ],
    };
    const diff = diffPlans(before, after);
    expect(diff.fields).toEqual([
      { field: 'title', before: 'Kế hoạch năm 2024', after: 'Kế hoạch năm 2024 (sửa đổi)' },
    ]);
    expect(diff.tasks.added).toEqual([{ ref: 'III.4', text: 'Kiểm tra' }]);
    expect(diff.tasks.removed).toEqual([{ ref: 'III.2', text: 'Rà soát văn bản' }]);
    expect(diff.tasks.changed).toEqual([
      {
        ref: 'III.1',
        text: 'Tuyên truyền',
        changes: [{ field: 'leads', before: ['Sở Tư pháp'], after: ['Sở Nội vụ'] }],
      },
    ]);
  });
});
