import { describe, expect, it } from 'vitest';
import type { ImportedReport, ImportResult } from '../import/import-result.schema.js';
import { fillReportFromImport, type ReportFormContent, taskOfSentence } from './report-import.js';
import { ZReportUpdate } from './report.schema.js';

const TASKS = [
  'Tổ chức tuyên truyền, phổ biến pháp luật về quyền con người cho cán bộ và Nhân dân.',
  'Tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo liên quan đến quyền con người.',
  'Phối hợp tổ chức đón tiếp các đoàn khách quốc tế tìm hiểu về quyền con người.',
];

const form = (): ReportFormContent => ({
  taskEntries: TASKS.map((taskText, i) => ({
    taskId: `00000000-0000-4000-8000-00000000000${i}`,
    taskText,
    done: i === 1 ? 'Đã viết từ trước.' : '',
    status: 'in_progress',
    figures: [{ indicator: 'participants', value: 999 }],
  })),
  situation: 'Tình hình cũ.',
  shortcomings: 'Hạn chế cũ.',
  causes: null,
  proposals: null,
  figures: [{ indicator: 'banners-hung', value: 4 }],
});

const S_TRAINING =
  'Về tuyên truyền, phổ biến pháp luật về quyền con người, Sở tổ chức 05 hội nghị cho 380 lượt cán bộ và Nhân dân.';
const S_COMPLAINTS = 'Sở đã giải quyết đơn thư khiếu nại, tố cáo: giải quyết 07/09 đơn.';
const S_ARTICLES = 'Trang thông tin điện tử của Sở đăng 64 tin, bài.';
const S_VISAS = 'Cấp 14 thị thực cho khách nước ngoài.';

function reportOf(overrides: Partial<ImportedReport> = {}): ImportResult {
  return {
    kind: 'report',
    warnings: [],
    plan: null,
    article: null,
    report: {
      number: '12/BC-STP',
      issuedOn: '2024-07-05',
      place: 'Bắc Giang',
      agency: 'Sở Tư pháp',
      title: 'Kết quả công tác nhân quyền 6 tháng đầu năm 2024',
      period: { kind: 'half-year', start: '2024-01-01', end: '2024-06-30' },
      answers: [],
      figures: [
        { indicator: 'conferences-held', value: 5, text: S_TRAINING },
        { indicator: 'participants', value: 380, text: S_TRAINING },
        { indicator: 'complaints-resolved', value: 7, text: S_COMPLAINTS },
        { indicator: 'articles-published', value: 64, text: S_ARTICLES },
      ],
      unrecognisedFigures: [{ value: 14, text: S_VISAS }],
      sections: {
        situation: 'Tình hình an ninh ổn định.',
        results: 'Các kết quả nổi bật.',
        shortcomings: null,
        causes: 'Nguyên nhân chủ quan.',
        directions: 'Tiếp tục tuyên truyền.',
        proposals: 'Đề nghị bố trí kinh phí.',
      },
      signer: null,
      recipients: [],
      ...overrides,
    },
  };
}

const expected = {
  agencyId: 'a',
  importedAgencyId: 'a',
  periodStart: '2024-01-01',
  periodEnd: '2024-06-30',
};

describe('a report read from its document fills the report form', () => {
  it('puts each figure under the task its sentence speaks of, with the sentence as its note', () => {
    const { content } = fillReportFromImport(form(), reportOf(), expected);
    expect(content.taskEntries[0]?.figures).toEqual([
      { indicator: 'conferences-held', value: 5, note: S_TRAINING },
      { indicator: 'participants', value: 380, note: S_TRAINING },
    ]);
    expect(content.taskEntries[1]?.figures).toEqual([
      { indicator: 'complaints-resolved', value: 7, note: S_COMPLAINTS },
    ]);
    // No task speaks of articles: the figure is the report's own. The form's earlier figures are replaced.
    expect(content.taskEntries[2]?.figures).toEqual([]);
    expect(content.figures).toEqual([{ indicator: 'articles-published', value: 64, note: S_ARTICLES }]);
  });

  it('counts every recognised figure exactly once', () => {
    const { content } = fillReportFromImport(form(), reportOf(), expected);
    const all = [...content.figures, ...content.taskEntries.flatMap((t) => t.figures)];
    expect(all.reduce((n, f) => n + f.value, 0)).toBe(5 + 380 + 7 + 64);
  });

  it('writes what was done from the sentences of an empty task, and keeps what the officer wrote', () => {
    const { content } = fillReportFromImport(form(), reportOf(), expected);
    expect(content.taskEntries[0]?.done).toBe(S_TRAINING);
    expect(content.taskEntries[1]?.done).toBe('Đã viết từ trước.');
    expect(content.taskEntries[2]?.done).toBe('');
  });

  it('fills the sections it has, results with the situation and directions with the proposals', () => {
    const { content } = fillReportFromImport(form(), reportOf(), expected);
    expect(content.situation).toBe('Tình hình an ninh ổn định.\n\nCác kết quả nổi bật.');
    expect(content.shortcomings).toBe('Hạn chế cũ.');
    expect(content.causes).toBe('Nguyên nhân chủ quan.');
    expect(content.proposals).toBe('Đề nghị bố trí kinh phí.\n\nTiếp tục tuyên truyền.');
  });

  it('lists unrecognised and fractional figures apart, with their sentences', () => {
    const result = reportOf();
    result.report?.figures.push({ indicator: 'participants', value: 1.5, text: 'Trung bình 1,5 lượt.' });
    const { unrecognised, content } = fillReportFromImport(form(), result, expected);
    expect(unrecognised).toEqual([
      { value: 14, text: S_VISAS },
      { value: 1.5, text: 'Trung bình 1,5 lượt.' },
    ]);
    expect(ZReportUpdate.safeParse({ ...content, version: 1 }).success).toBe(true);
  });

  it('warns when the document is another agency’s or another period’s, and changes nothing when it is no report', () => {
    const other = fillReportFromImport(
      form(),
      reportOf({ period: { kind: 'quarter', start: '2024-04-01', end: '2024-06-30' } }),
      { ...expected, importedAgencyId: 'b' },
    );
    expect(other.notices).toEqual([
      { code: 'other-agency', agency: 'Sở Tư pháp' },
      { code: 'other-period', start: '2024-04-01', end: '2024-06-30' },
    ]);
    const before = form();
    const none = fillReportFromImport(
      before,
      { kind: 'unknown', warnings: [], plan: null, article: null, report: null },
      expected,
    );
    expect(none.notices).toEqual([{ code: 'not-a-report' }]);
    expect(none.content).toBe(before);
  });

  it('merges rows per indicator beyond the form’s limit, so no figure is lost', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      indicator: i % 2 ? 'articles-published' : 'banners-hung',
      value: 1,
      text: `Câu ${i}.`,
    }));
    const { content } = fillReportFromImport(form(), reportOf({ figures: many }), expected);
    expect(content.figures).toHaveLength(2);
    expect(content.figures.reduce((n, f) => n + f.value, 0)).toBe(130);
    expect(ZReportUpdate.safeParse({ ...content, version: 1 }).success).toBe(true);
  });
});

describe('taskOfSentence', () => {
  it('ignores word pairs most tasks share, and needs a clear winner', () => {
    expect(taskOfSentence('Bảo đảm quyền con người cho mọi người dân.', TASKS)).toBeNull();
    expect(taskOfSentence(S_COMPLAINTS, TASKS)).toBe(1);
    expect(taskOfSentence('Đón tiếp các đoàn khách quốc tế.', TASKS)).toBe(2);
    expect(taskOfSentence(S_ARTICLES, TASKS)).toBeNull();
    expect(taskOfSentence(S_ARTICLES, [])).toBeNull();
  });
});
