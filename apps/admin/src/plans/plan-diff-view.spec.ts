import { diffPlans, type PlanDiff } from '@bcdnq/domain/plans';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../common/describe-value';
import { diffView } from './plan-diff-view';

const ids = {
  fromPlanId: '00000000-0000-4000-8000-000000000001',
  toPlanId: '00000000-0000-4000-8000-000000000002',
};

describe('plan comparison, readable', () => {
  it('writes fields before and after in words, and tasks added, removed and changed', () => {
    const before = {
      fields: {
        title: 'Công tác nhân quyền năm 2024',
        issuedOn: '2024-02-02',
        signer: { capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Hương Giang' },
        purposes: ['Một'],
      },
      tasks: [
        {
          ref: 'III.1',
          text: 'Nắm chắc tình hình',
          leads: ['Công an tỉnh'],
          coordinators: [],
          schedule: { kind: 'continuous' },
          topics: ['security'],
        },
        {
          ref: 'III.2',
          text: 'Tuyên truyền',
          leads: ['Sở Thông tin và Truyền thông'],
          coordinators: [],
          schedule: { kind: 'continuous' },
          topics: [],
        },
      ],
    };
    const after = {
      fields: {
        title: 'Công tác nhân quyền năm 2025',
        issuedOn: null,
        signer: null,
        purposes: ['Một', 'Hai'],
      },
      tasks: [
        {
          ref: 'III.1',
          text: 'Nắm chắc tình hình',
          leads: ['Công an tỉnh'],
          coordinators: ['Sở Tư pháp'],
          schedule: { kind: 'deadline', due: '2025-03-20' },
          topics: ['security', 'religion'],
        },
        {
          ref: 'III.3',
          text: 'Hợp tác quốc tế',
          leads: ['Sở Ngoại vụ'],
          coordinators: [],
          schedule: { kind: 'recurring', every: 'month' },
          topics: [],
        },
      ],
    };
    const diff: PlanDiff = { ...ids, ...diffPlans(before, after) };
    const view = diffView(diff, 'vi');
    expect(view.empty).toBe(false);
    expect(view.fields).toEqual([
      {
        field: 'title',
        labelKey: 'resources.plans.fields.title',
        before: 'Công tác nhân quyền năm 2024',
        after: 'Công tác nhân quyền năm 2025',
      },
      { field: 'issuedOn', labelKey: 'resources.plans.fields.issuedOn', before: '02/02/2024', after: '—' },
      {
        field: 'signer',
        labelKey: 'resources.plans.fields.signer',
        before: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Hương Giang',
        after: '—',
      },
      { field: 'purposes', labelKey: 'resources.plans.fields.purposes', before: 'Một', after: 'Một\nHai' },
    ]);
    expect(view.added).toEqual([{ ref: 'III.3', text: 'Hợp tác quốc tế', changes: [] }]);
    expect(view.removed.map((t) => t.ref)).toEqual(['III.2']);
    expect(view.changed[0]?.changes).toEqual([
      {
        field: 'coordinators',
        labelKey: 'resources.tasks.fields.coordinatorIds',
        before: '—',
        after: 'Sở Tư pháp',
      },
      {
        field: 'schedule',
        labelKey: 'app.task.schedule',
        before: 'Thường xuyên',
        after: 'Trước ngày 20/03/2025',
      },
      {
        field: 'topics',
        labelKey: 'resources.tasks.fields.topics',
        before: 'An ninh, trật tự',
        after: 'An ninh, trật tự\nTôn giáo',
      },
    ]);
  });

  it('says so when nothing changed, and words other values plainly', () => {
    expect(diffView({ ...ids, fields: [], tasks: { added: [], removed: [], changed: [] } }, 'vi').empty).toBe(
      true,
    );
    expect(describeValue('references', [{ text: 'Chỉ thị số 44-CT/TW' }], 'vi')).toBe('Chỉ thị số 44-CT/TW');
    expect(describeValue('publishPublicly', true, 'en')).toBe('Yes');
    expect(describeValue('year', 2025, 'vi')).toBe('2025');
  });
});
