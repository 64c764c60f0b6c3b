import { ZImportResult } from '@bcdnq/domain/import';
import { describe, expect, it } from 'vitest';
import { readFigures } from './figure-parse.js';
import { importDocument } from './import-document.js';
import { readPeriod, reportSectionsOf } from './report-parse.js';

// Reports written for these tests in the administrative layout (Decree 30/2020): two header columns as a text
// layer gives them, period phrases, "Thực hiện …" answers, figures in every form the contract names.
const NINE_MONTHS = `UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NGOẠI VỤ Độc lập - Tự do - Hạnh phúc
Số: 86 /BC-SNV Bắc Giang, ngày 28 tháng 9 năm 2023

BÁO CÁO
Kết quả công tác nhân quyền 9 tháng đầu năm 2023

Thực hiện Kế hoạch số 18/KH-BCĐNQ ngày 10/02/2023 của Ban Chỉ đạo Nhân quyền tỉnh về công tác nhân quyền năm 2023 và Công văn số 245/CAT-PA03 ngày 05/9/2023 của Công an tỉnh về việc báo cáo kết quả 9 tháng, Sở Ngoại vụ báo cáo như sau:

I. TÌNH HÌNH CHUNG
Tình hình hợp tác quốc tế trên địa bàn tỉnh ổn định; các đoàn khách nước ngoài đến làm việc đúng quy định.

II. KẾT QUẢ THỰC HIỆN
1. Công tác thông tin đối ngoại
Sở đã đưa 64 tin, bài lên trang thông tin điện tử của Sở; phối hợp đăng tải hơn 120 bài viết về thành tựu nhân quyền.
2. Công tác tiếp đón khách quốc tế
Sở đã đón tiếp 06 đoàn khách nước ngoài với 2.150 lượt người tham dự các hoạt động; cấp 14 thị thực cho chuyên gia.
3. Công tác tập huấn, tuyên truyền
Mở 02 lớp bồi dưỡng kiến thức về quyền con người cho 95 lượt học viên; tổ chức 05 buổi tọa đàm với 380 lượt người dự.
4. Công tác giải quyết khiếu nại
Tiếp nhận 09 đơn, đã giải quyết 07/09 đơn đúng thời hạn.

III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
1. Tồn tại, hạn chế
Việc phối hợp cung cấp thông tin có lúc chưa kịp thời.
2. Nguyên nhân
Đội ngũ cán bộ làm công tác đối ngoại còn mỏng.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023
Tiếp tục tham mưu công tác thông tin đối ngoại về nhân quyền.

V. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị Ban Chỉ đạo tổ chức tập huấn chuyên sâu cho cán bộ làm công tác đối ngoại./.

Nơi nhận: KT. GIÁM ĐỐC
- Ban Chỉ đạo Nhân quyền tỉnh; PHÓ GIÁM ĐỐC
- Công an tỉnh (PA03);
- Lưu: VT.
Nguyễn Thị Minh Hòa`;

const MONTHLY = `ỦY BAN NHÂN DÂN
HUYỆN LỤC NGẠN
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lục Ngạn, ngày 12 tháng 6 năm 2024

BÁO CÁO
Công tác bảo vệ, đấu tranh về nhân quyền tháng 5/2024

Kính gửi: Ban Chỉ đạo Nhân quyền tỉnh.

Thực hiện Kế hoạch số 25/KH-UBND ngày 02/02/2024 của UBND tỉnh, UBND huyện báo cáo kết quả tháng 5/2024 như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
- Treo 45 băng rôn, khẩu hiệu tại trung tâm huyện và các xã;
- Tổ chức 03 hội nghị tuyên truyền pháp luật cho 1.240 lượt người;
- Giải quyết dứt điểm 4 vụ việc khiếu nại kéo dài.

II. KHÓ KHĂN, VƯỚNG MẮC
Kinh phí cho công tác tuyên truyền còn hạn chế.

III. NHIỆM VỤ THỜI GIAN TỚI
Duy trì tuyên truyền trên hệ thống loa truyền thanh.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Hoàng Văn Thắng`;

describe('an agency report', () => {
  const result = importDocument(NINE_MONTHS);
  const report = result.report;

  it('is recognised as a report and satisfies the contract', () => {
    expect(ZImportResult.safeParse(result).success).toBe(true);
    expect(result.kind).toBe('report');
    expect(result.plan).toBeNull();
    expect(result.article).toBeNull();
  });

  it('reads the header: number, date, place, agency (catalogue name), title', () => {
    expect(report).toMatchObject({
      number: '86/BC-SNV',
      issuedOn: '2023-09-28',
      place: 'Bắc Giang',
      agency: 'Sở Ngoại vụ',
      title: 'Kết quả công tác nhân quyền 9 tháng đầu năm 2023',
    });
  });

  it('reads the period and what the report answers', () => {
    expect(report?.period).toEqual({ kind: 'nine-months', start: '2023-01-01', end: '2023-09-30' });
    expect(report?.answers).toEqual([
      { number: '18/KH-BCĐNQ', date: '2023-02-10' },
      { number: '245/CAT-PA03', date: '2023-09-05' },
    ]);
  });

  it('maps every stated figure to the indicator catalogue, one per mention', () => {
    expect(report?.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['articles-published', 64],
      ['articles-published', 120],
      ['foreign-delegations', 6],
      ['participants', 2150],
      ['training-sessions', 2],
      ['participants', 95],
      ['conferences-held', 5],
      ['participants', 380],
      ['complaints-resolved', 7],
    ]);
    expect(report?.figures[2]?.text).toContain('đón tiếp 06 đoàn khách nước ngoài');
  });

  it('keeps figures that match no indicator apart, with their sentence', () => {
    expect(report?.unrecognisedFigures.map((f) => f.value)).toEqual([14, 9]);
    expect(report?.unrecognisedFigures[0]?.text).toContain('cấp 14 thị thực');
  });

  it('splits the sections, a combined heading by its numbered sub-headings', () => {
    expect(report?.sections.situation).toContain('hợp tác quốc tế trên địa bàn tỉnh ổn định');
    expect(report?.sections.results).toContain('đưa 64 tin, bài');
    expect(report?.sections.shortcomings).toContain('chưa kịp thời');
    expect(report?.sections.shortcomings).not.toContain('cán bộ làm công tác đối ngoại còn mỏng');
    expect(report?.sections.causes).toContain('còn mỏng');
    expect(report?.sections.directions).toContain('Tiếp tục tham mưu');
    expect(report?.sections.proposals).toContain('tập huấn chuyên sâu');
  });

  it('reads the signer and recipients', () => {
    expect(report?.signer).toEqual({
      name: 'Nguyễn Thị Minh Hòa',
      title: 'Phó Giám đốc',
      capacity: 'KT. Giám đốc',
    });
    expect(report?.recipients).toContain('Ban Chỉ đạo Nhân quyền tỉnh');
  });
});

describe("another layout: a district's monthly report", () => {
  const result = importDocument(MONTHLY);
  const report = result.report;

  it('reads header, month period, answers and signer', () => {
    expect(result.kind).toBe('report');
    expect(report).toMatchObject({ number: '112/BC-UBND', issuedOn: '2024-06-12', place: 'Lục Ngạn' });
    expect(report?.period).toEqual({ kind: 'month', start: '2024-05-01', end: '2024-05-31' });
    expect(report?.answers).toEqual([{ number: '25/KH-UBND', date: '2024-02-02' }]);
    expect(report?.signer?.name).toBe('Hoàng Văn Thắng');
    expect(report?.signer?.capacity).toBe('TM. Ủy ban nhân dân');
  });

  it('reads bulleted figures and "khó khăn" as shortcomings, "nhiệm vụ thời gian tới" as directions', () => {
    expect(report?.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['banners-hung', 45],
      ['conferences-held', 3],
      ['participants', 1240],
      ['complaints-resolved', 4],
    ]);
    expect(report?.sections.shortcomings).toContain('Kinh phí');
    expect(report?.sections.directions).toContain('loa truyền thanh');
    expect(report?.sections.proposals).toBeNull();
  });

  it('keeps an agency the catalogue does not know, as written, with a warning', () => {
    expect(report?.agency).toMatch(/huyện Lục Ngạn/iu);
    expect(result.warnings.some((w) => w.includes('không có trong danh mục'))).toBe(true);
  });
});

describe('report parts', () => {
  it.each([
    ['Báo cáo quý III năm 2023', { kind: 'quarter', start: '2023-07-01', end: '2023-09-30' }],
    ['Sơ kết 6 tháng đầu năm 2022', { kind: 'half-year', start: '2022-01-01', end: '2022-06-30' }],
    ['Kết quả 6 tháng cuối năm 2022', { kind: 'half-year', start: '2022-07-01', end: '2022-12-31' }],
    ['Tổng kết công tác năm 2021', { kind: 'year', start: '2021-01-01', end: '2021-12-31' }],
    ['Kết quả công tác tháng 11 năm 2020', { kind: 'month', start: '2020-11-01', end: '2020-11-30' }],
    [
      'Kết quả 9 tháng (tính từ ngày 15/12/2022 đến ngày 14/9/2023)',
      { kind: 'nine-months', start: '2022-12-15', end: '2023-09-14' },
    ],
    [
      'Báo cáo chuyên đề về công tác dân tộc (từ ngày 01/3/2023 đến ngày 31/5/2023)',
      { kind: 'other', start: '2023-03-01', end: '2023-05-31' },
    ],
  ] as const)('"%s" → %j', (title, period) => {
    expect(readPeriod(title, 2024)).toEqual(period);
  });

  it('names the sections of a heading in the order it names them', () => {
    expect(reportSectionsOf('III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')).toEqual(['shortcomings', 'causes']);
    expect(reportSectionsOf('PHƯƠNG HƯỚNG NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ')).toEqual([
      'directions',
      'proposals',
    ]);
  });

  it.each([
    [
      '"hơn 120" is 120 and thousands are dotted',
      'Đăng tải hơn 120 tin, bài; 2.150 lượt người dự.',
      [
        ['articles-published', 120],
        ['participants', 2150],
      ],
    ],
    ['"07/09 đơn" resolved is 7', 'Đã giải quyết 07/09 đơn.', [['complaints-resolved', 7]]],
    ['received complaints are not resolved ones', 'Tiếp nhận 12 đơn khiếu nại.', []],
    [
      'dates, document numbers and durations are not figures',
      'Thực hiện Kế hoạch số 25/KH-UBND ngày 02/02/2024, trong 6 tháng qua, đến ngày 15/6.',
      [],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(readFigures(text).figures.map((f) => [f.indicator, f.value])).toEqual(expected);
  });
});
