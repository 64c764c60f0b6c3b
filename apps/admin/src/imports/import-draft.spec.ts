import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ImportPreview, ZImportCommit } from '@bcdnq/domain/import';
import { importDocument } from '@bcdnq/importer';
import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  commitCandidate,
  draftFromPreview,
  type DraftMessages,
  locateWarnings,
  nestErrors,
  unknownAgencyNames,
  warningText,
} from './import-draft';

const seed = readFileSync(
  path.resolve(import.meta.dirname, '../../../../fixtures/seeds/000_bdf9b695430115f1.txt'),
  'utf8',
);

const messages: DraftMessages = {
  required: 'Bắt buộc',
  date: 'Ngày không hợp lệ',
  leadMissing: 'Chọn đơn vị chủ trì',
  unknownLead: (name) => `"${name}" chưa có trong danh mục`,
  unknownCoordinator: (names) => `Chưa có trong danh mục: ${names}`,
};

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The preview the API builds for seed 000: the importer's reading, with one agency left unknown. */
function previewOfSeed(unknown?: string): ImportPreview {
  const result = importDocument(seed);
  const names = new Set(
    (result.plan?.tasks ?? []).flatMap((t) => [...t.leads.map((l) => l.agency), ...t.coordinators]),
  );
  const agencies = Object.fromEntries(
    [...names].map((name, i) => [name, name === unknown ? null : uuid(i + 1)]),
  );
  return { result, sourceText: seed, fileName: '25-KH-UBND.docx', scan: null, agencies, duplicates: [] };
}

describe('import preview → commit body', () => {
  it('maps every field of the reading and resolves agency names to catalogue ids', () => {
    const preview = previewOfSeed();
    const draft = draftFromPreview(preview);
    const withLead = preview.result.plan?.tasks.findIndex((t) => t.leads.length > 0) ?? -1;
    expect(draft.plan).toMatchObject({
      number: '25/KH-UBND',
      issuedOn: '2024-02-02',
      place: 'Bắc Ninh',
      year: 2024,
      kind: 'yearly',
    });
    expect(draft.tasks.length).toBe(preview.result.plan?.tasks.length);
    const read = preview.result.plan?.tasks[withLead];
    expect(draft.tasks[withLead]?.leads[0]).toEqual({
      agencyId: preview.agencies[read?.leads[0]?.agency ?? ''],
      nameAsRead: read?.leads[0]?.agency,
      requested: read?.leads[0]?.requested,
    });

    // Duties whose lead the document does not name must be assigned before saving.
    const leadless = draft.tasks.findIndex((t) => t.leads[0]?.agencyId === null);
    expect(leadless).toBeGreaterThanOrEqual(0);
    const blocked = checkDraft(draft, messages);
    expect(blocked.ok ? {} : blocked.errors).toMatchObject({
      [`tasks.${leadless}.leads.0.agencyId`]: 'Chọn đơn vị chủ trì',
    });
    for (const task of draft.tasks) for (const lead of task.leads) lead.agencyId ??= uuid(99);

    const check = checkDraft(draft, messages);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(ZImportCommit.parse(check.commit)).toEqual(check.commit);
    expect(check.commit.plan).toMatchObject({
      number: '25/KH-UBND',
      issuedOn: '2024-02-02',
      year: 2024,
      publishPublicly: false,
    });
    expect(check.commit.tasks[0]?.leads[0]?.agencyId).toMatch(/^0{8}-/);
    expect(check.commit.tasks).toHaveLength(draft.tasks.length);
  });

  it('refuses to save while a lead agency is unknown, naming it as the document wrote it', () => {
    const preview = previewOfSeed();
    const index = preview.result.plan?.tasks.findIndex((t) => t.leads.length > 0) ?? -1;
    const someLead = preview.result.plan?.tasks[index]?.leads[0]?.agency ?? '';
    const withUnknown = previewOfSeed(someLead);
    expect(unknownAgencyNames(withUnknown)).toEqual([someLead]);
    const check = checkDraft(draftFromPreview(withUnknown), messages);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors[`tasks.${index}.leads.0.agencyId`]).toBe(`"${someLead}" chưa có trong danh mục`);
  });

  it('turns blank inputs into nulls, drops empty rows and duplicate agencies, and keeps coordinators apart from leads', () => {
    const draft = draftFromPreview(previewOfSeed());
    draft.plan.signer = { name: '', title: null, capacity: ' ' };
    draft.plan.purposes = ['Một', '  ', ''];
    draft.plan.implementation = ['', 'Sở Tài chính bảo đảm kinh phí. ', ' '];
    draft.plan.place = '';
    draft.tasks = [
      {
        ref: '',
        text: 'Tuyên truyền',
        subDuties: ['', 'Treo băng rôn'],
        leads: [
          { agencyId: uuid(1), nameAsRead: null, requested: false },
          { agencyId: uuid(1), nameAsRead: null, requested: true },
        ],
        coordinators: [
          { agencyId: uuid(1), nameAsRead: null },
          { agencyId: uuid(2), nameAsRead: null },
          { agencyId: uuid(2), nameAsRead: null },
        ],
        schedule: { kind: 'deadline', due: '2024-03-20' },
        topics: ['outreach'],
      },
    ];
    const body = commitCandidate(draft) as {
      plan: Record<string, unknown>;
      tasks: Record<string, unknown>[];
    };
    expect(body.plan.signer).toBeNull();
    expect(body.plan.place).toBeNull();
    expect(body.plan.purposes).toEqual(['Một']);
    expect(body.plan.implementation).toEqual(['Sở Tài chính bảo đảm kinh phí.']);
    expect(body.tasks[0]).toMatchObject({
      ref: null,
      subDuties: ['Treo băng rôn'],
      leads: [{ agencyId: uuid(1), requested: false }],
      coordinatorIds: [uuid(2)],
    });
  });

  it('words schema errors per field path: a missing subject, a typed impossible date, a task without lead', () => {
    const draft = draftFromPreview(previewOfSeed());
    draft.plan.title = '';
    draft.plan.issuedOn = '31/02/2024';
    const firstTask = draft.tasks[0];
    if (firstTask) firstTask.leads = [];
    const check = checkDraft(draft, messages);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors['plan.title']).toBe('Nhập trích yếu kế hoạch');
    expect(check.errors['plan.issuedOn']).toBe('Ngày không hợp lệ');
    expect(check.errors['tasks.0.leads']).toBe('Chọn ít nhất một đơn vị chủ trì');
    expect(nestErrors({ 'tasks.0.text': 'x' })).toEqual({
      tasks: { 0: { text: { type: 'validation', message: 'x' } } },
    });
  });
});

describe('importer warnings on the screen', () => {
  it('puts a warning on its task by reference or agency name, on its field by words, else in the general list', () => {
    const draft = draftFromPreview(previewOfSeed());
    const ref = draft.tasks[1]?.ref ?? 'III.2';
    const firstTask = draft.tasks[0];
    if (firstTask?.leads[0]) firstTask.leads[0].nameAsRead = 'Ban Quản lý các khu công nghiệp';
    const located = locateWarnings(
      [
        `${ref}: không tìm thấy đơn vị chủ trì — cần chỉ định (no lead agency found)`,
        'Đơn vị "Ban Quản lý các khu công nghiệp" không có trong danh mục — giữ nguyên tên (agency not in the catalogue)',
        'Không tìm thấy người ký (no signer found)',
        'Văn bản chưa có số — có thể là dự thảo (the number is blank: a draft?)',
        'Tệp có hình ảnh không đọc được (images skipped)',
      ],
      draft,
    );
    expect(located.tasks[1]).toHaveLength(1);
    expect(located.tasks[0]?.[0]).toContain('Ban Quản lý');
    expect(located.fields.signer).toHaveLength(1);
    expect(located.fields.number).toHaveLength(1);
    expect(located.general).toEqual(['Tệp có hình ảnh không đọc được (images skipped)']);
  });

  it('shows the Vietnamese part to Vietnamese readers and both parts in English', () => {
    const w = 'Không tìm thấy người ký (no signer found)';
    expect(warningText(w, 'vi')).toBe('Không tìm thấy người ký');
    expect(warningText(w, 'en')).toBe('No signer found — Không tìm thấy người ký');
    expect(warningText('Không ngoặc', 'en')).toBe('Không ngoặc');
  });
});
