import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditChanges, auditRows } from './audit-view';

describe('audit trail, readable', () => {
  it('names actions in Vietnamese (English second) and keeps unknown codes visible', () => {
    expect(auditActionLabel('plan.issue', 'vi')).toBe('Ban hành');
    expect(auditActionLabel('task.complete', 'en')).toBe('Completed');
    expect(auditActionLabel('report.accept', 'vi')).toBe('Tiếp nhận báo cáo');
    expect(auditActionLabel('something.new', 'vi')).toBe('something.new');
  });

  it('lists only what changed, in words, without version bookkeeping', () => {
    const changes = auditChanges(
      {
        entity: 'plan',
        before: {
          status: 'draft',
          number: null,
          issuedOn: null,
          version: 3,
          updatedAt: '2024-01-01T00:00:00Z',
          title: 'A',
        },
        after: {
          status: 'issued',
          number: '25/KH-UBND',
          issuedOn: '2024-02-02',
          version: 4,
          updatedAt: '2024-02-02T00:00:00Z',
          title: 'A',
        },
      },
      'vi',
    );
    expect(changes).toEqual([
      { field: 'status', labelKey: 'resources.plans.fields.status', before: 'Dự thảo', after: 'Đã ban hành' },
      { field: 'number', labelKey: 'resources.plans.fields.number', before: '—', after: '25/KH-UBND' },
      { field: 'issuedOn', labelKey: 'resources.plans.fields.issuedOn', before: '—', after: '02/02/2024' },
    ]);
  });

  it('shows what a creation set, and an entry with nothing recorded as no change', () => {
    const rows = auditRows(
      [
        {
          id: '1',
          at: '2024-02-02T08:00:00+07:00',
          actorId: null,
          actorUsername: 'admin',
          action: 'agency.create',
          entity: 'agency',
          entityId: 'x',
          before: null,
          after: { name: 'Sở Nội vụ', aliases: [], successorId: '00000000-0000-4000-8000-000000000001' },
        },
        {
          id: '2',
          at: '2024-02-03T08:00:00+07:00',
          actorId: null,
          actorUsername: null,
          action: 'plan.supersede',
          entity: 'plan',
          entityId: 'y',
          before: null,
          after: null,
        },
      ],
      'vi',
    );
    expect(rows[0]?.changes).toEqual([
      { field: 'name', labelKey: 'resources.agencies.fields.name', before: '—', after: 'Sở Nội vụ' },
    ]);
    expect(rows[0]?.created).toBe(true);
    expect(rows[1]).toMatchObject({ who: null, action: 'Bị thay thế bởi phiên bản mới', changes: [] });
  });

  it('reads lead and coordinating agencies by name, never as ids or JSON', () => {
    const a = '11111111-1111-4111-8111-111111111111';
    const b = '22222222-2222-4222-8222-222222222222';
    const c = '33333333-3333-4333-8333-333333333333';
    const changes = auditChanges(
      {
        entity: 'task',
        before: {
          leads: [{ agencyId: a, requested: false }],
          coordinatorIds: [b],
          agencyNames: { [a]: 'Sở Tư pháp', [b]: 'Sở Ngoại vụ' },
        },
        after: {
          leads: [{ agencyId: c, requested: true }],
          coordinatorIds: [a],
          agencyNames: { [c]: 'Ban Tuyên giáo Tỉnh ủy', [a]: 'Sở Tư pháp' },
        },
      },
      'vi',
    );
    expect(changes).toEqual([
      {
        field: 'leads',
        labelKey: 'resources.tasks.fields.leads',
        before: 'Sở Tư pháp',
        after: 'Đề nghị Ban Tuyên giáo Tỉnh ủy',
      },
      {
        field: 'coordinatorIds',
        labelKey: 'resources.tasks.fields.coordinatorIds',
        before: 'Sở Ngoại vụ',
        after: 'Sở Tư pháp',
      },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });
});
