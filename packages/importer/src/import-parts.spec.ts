import { describe, expect, it } from 'vitest';
import { AGENCY_CATALOGUE } from '@bcdnq/domain/agencies';
import { AgencyMatcher } from './agency-matcher.js';
import { parseAssignment, trailingParenthetical } from './assignment-parse.js';
import { sentenceCase } from './casing.js';
import { readNumber } from './header-parse.js';
import { importDocument } from './import-document.js';
import { findReferences } from './reference-parse.js';
import { detectSchedule, reportingRulesIn } from './schedule-parse.js';
import { buildBlocks, matchMarker } from './text-blocks.js';
import { foldSameLength } from './text-normalize.js';
import { detectTopics } from './topic-keywords.js';
import { isoDate } from './vn-date.js';

const matcher = new AgencyMatcher();

describe('agency matching', () => {
  it('finds catalogued agencies in running text, longest name first, with aliases', () => {
    expect(
      matcher.scan('Sở LĐ TB&XH, Ban Tuyên giáo Tỉnh ủy và UBND các huyện, thành phố').map((m) => m.name),
    ).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Ban Tuyên giáo Tỉnh ủy', 'UBND các huyện, thành phố']);
    expect(matcher.scan('sở văn hoá, thể thao và du lịch tỉnh').map((m) => m.name)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
  });

  it('uses the agencies it is given, so administrators can extend the catalogue', () => {
    const custom = [...AGENCY_CATALOGUE, { name: 'Hội Liên hiệp Phụ nữ tỉnh', aliases: ['Hội LHPN tỉnh'] }];
    const text =
      'KẾ HOẠCH\nTuyên truyền năm 2024\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Hội LHPN tỉnh\n- Tuyên truyền quyền phụ nữ.\n';
    const withCustom = importDocument(text, { agencies: custom });
    expect(withCustom.plan?.tasks[0]?.leads).toEqual([
      { agency: 'Hội Liên hiệp Phụ nữ tỉnh', requested: false },
    ]);
    expect(withCustom.warnings.some((w) => w.includes('không có trong danh mục'))).toBe(false);
    const without = importDocument(text);
    expect(without.plan?.tasks[0]?.leads).toEqual([{ agency: 'Hội LHPN tỉnh', requested: false }]);
    expect(without.warnings.some((w) => w.includes('"Hội LHPN tỉnh" không có trong danh mục'))).toBe(true);
  });

  it('reads leads, requests and coordinators from an assignment', () => {
    expect(
      parseAssignment(
        'Đề nghị Tòa án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện',
        matcher,
      ),
    ).toEqual({
      leads: [
        { agency: 'Tòa án nhân dân tỉnh', requested: true },
        { agency: 'Viện Kiểm sát nhân dân tỉnh', requested: true },
      ],
      coordinators: ['Sở Tư pháp'],
      unknown: [],
    });
    expect(parseAssignment('theo quy định của pháp luật', matcher)).toBeNull();
    expect(trailingParenthetical('Làm việc A (10/12/1948 - 10/12/2023) (Sở Nội vụ chủ trì).')).toEqual({
      inner: 'Sở Nội vụ chủ trì',
      before: 'Làm việc A (10/12/1948 - 10/12/2023)',
    });
  });
});

describe('signature blocks', () => {
  it('reads a name set in capitals under the titles', () => {
    const r = importDocument(
      'KẾ HOẠCH\nCông tác nhân quyền năm 2024\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Sở Tư pháp\nRà soát văn bản./.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNGUYỄN VĂN AN',
    );
    expect(r.plan?.signer).toEqual({
      name: 'Nguyễn Văn An',
      title: 'Chủ tịch',
      capacity: 'TM. Ủy ban nhân dân',
    });
  });
});

describe('text pieces', () => {
  it('sentence-cases headers in capitals, keeping acronyms and place names', () => {
    expect(sentenceCase('ỦY BAN NHÂN DÂN TỈNH SƠN LA')).toBe('Ủy ban nhân dân tỉnh Sơn La');
    expect(sentenceCase('PHÓ CHỦ TỊCH UBND TỈNH')).toBe('Phó Chủ tịch UBND tỉnh');
    expect(sentenceCase('TM. BAN CHỈ ĐẠO')).toBe('TM. Ban Chỉ đạo');
    expect(sentenceCase('Đã viết thường')).toBe('Đã viết thường');
  });

  it('normalises document numbers', () => {
    expect(readNumber(' 63 /KH-UBND')).toEqual({ number: '63/KH-UBND', typeCode: 'KH', issuerCode: 'UBND' });
    expect(readNumber('/KH-BCĐNQ')).toEqual({ number: null, typeCode: 'KH', issuerCode: 'BCĐNQ' });
    expect(readNumber('không số')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(isoDate(29, 2, 2023)).toBeNull();
    expect(isoDate(31, 4, 2023)).toBeNull();
  });

  it('folds one character for one character', () => {
    const text = 'Đề nghị Ủy ban MTTQ tỉnh İstanbul ﬁ';
    expect(foldSameLength(text)).toHaveLength(text.length);
    expect(foldSameLength('Đề nghị Ủy ban')).toBe('de nghi uy ban');
  });

  it('knows item markers and dates that only look like them', () => {
    expect(matchMarker('II. NHIỆM VỤ')?.kind).toBe('roman');
    expect(matchMarker('1.2. Tuyên truyền')?.kind).toBe('subnumber');
    expect(matchMarker('a) Tuyên truyền')?.kind).toBe('letter');
    expect(matchMarker('20/7/2010 và Thông báo')).toBeNull();
    expect(matchMarker('2021-2030.')).toBeNull();
  });

  it('continues a paragraph on a line that opens with a small letter, whatever ended the line before', () => {
    const blocks = buildBlocks(
      ['- Phối hợp xử lý vấn đề nhạy cảm;', '', 'không để xảy ra biểu tình.', 'Ngoài ra, báo cáo kết quả.'],
      () => false,
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Phối hợp xử lý vấn đề nhạy cảm; không để xảy ra biểu tình.',
      'Ngoài ra, báo cáo kết quả.',
    ]);
  });

  it('re-joins a sentence broken over a blank line but not two items', () => {
    const blocks = buildBlocks(
      ['1. Tăng cường công tác', '', 'tuyên truyền;', '2. Sở Tư pháp', 'Rà soát văn bản.'],
      () => false,
    );
    expect(blocks.map((b) => [b.label, b.text])).toEqual([
      ['1', 'Tăng cường công tác tuyên truyền;'],
      ['2', 'Sở Tư pháp'],
      [null, 'Rà soát văn bản.'],
    ]);
  });
});

describe('schedules, rules, references and topics', () => {
  it.each([
    ['hoàn thành trước ngày 20/3/2019', { kind: 'deadline', due: '2019-03-20' }],
    ['trước ngày 15/4 (năm kế hoạch)', { kind: 'deadline', due: '2024-04-15' }],
    ['từ ngày 30/11/2023 đến hết ngày 30/12/2023', { kind: 'window', from: '2023-11-30', to: '2023-12-30' }],
    ['từ ngày 1/6 đến ngày 30/6/2024', { kind: 'window', from: '2024-06-01', to: '2024-06-30' }],
    ['thời gian: Quý II/2024', { kind: 'deadline', due: '2024-06-30' }],
    ['định kỳ hàng tháng', { kind: 'recurring', every: 'month' }],
    ['sơ kết 6 tháng', { kind: 'recurring', every: 'half-year' }],
    ['tổ chức hằng năm', { kind: 'recurring', every: 'year' }],
    ['thực hiện thường xuyên', { kind: 'continuous' }],
    ['không nói thời gian', { kind: 'continuous' }],
  ])('"%s"', (text, schedule) => {
    expect(detectSchedule(text, 2024)).toEqual(schedule);
  });

  it('reads reporting rules with their recipient', () => {
    expect(
      reportingRulesIn(
        'Các đơn vị báo cáo kết quả trước ngày 15 hằng tháng (qua Công an tỉnh).',
        matcher,
        2024,
        false,
      ),
    ).toEqual([expect.objectContaining({ period: 'month', dueDay: 15, due: null, to: 'Công an tỉnh' })]);
    expect(reportingRulesIn('Báo cáo tổng kết năm gửi Sở Nội vụ.', matcher, 2024, false)).toEqual([
      expect.objectContaining({ period: 'year', to: 'Sở Nội vụ' }),
    ]);
    expect(reportingRulesIn('Lồng ghép trong báo cáo hàng tháng.', matcher, 2024, true)).toEqual([]);
  });

  it('reads references with worded dates and without "số"', () => {
    expect(
      findReferences('Thực hiện Nghị quyết 68/NQ-CP ngày 12 tháng 5 năm 2023 của Chính phủ về việc …', null),
    ).toEqual([
      expect.objectContaining({
        type: 'Nghị quyết',
        number: '68/NQ-CP',
        date: '2023-05-12',
        issuer: 'Chính phủ',
      }),
    ]);
  });

  it('tags topics by whole words, diacritics-insensitively', () => {
    expect(detectTopics('Giải quyết KHIẾU NẠI, tố cáo của đồng bào dân tộc thiểu số')).toEqual([
      'ethnic-minorities',
      'complaints',
    ]);
    expect(detectTopics('Tăng cường quản lý')).toEqual([]);
  });
});
