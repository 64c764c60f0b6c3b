import { describe, expect, it } from 'vitest';
import { ZImportResult, type ImportedPlan } from '@bcdnq/domain/import';
import { importDocument } from './import-document.js';

// A plan whose section IV mixes the shapes real ones use: a paragraph before the items, numbered items with
// "1." and "2)", a lettered item, items hard-wrapped mid-sentence as PDF text is, bullets ("-", "+", "•")
// under an item, and a second implementation section ("V. KINH PHÍ THỰC HIỆN") before the signature block.
const HEAD = `ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 41/KH-UBND
Lạng Sơn, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Công tác nhân quyền năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ về quyền con người.
II. NHIỆM VỤ TRỌNG TÂM
1. Chủ động nắm tình hình, đấu tranh với các luận điệu xuyên tạc.
III. PHÂN CÔNG NHIỆM VỤ
1. Sở Tư pháp
- Tổ chức phổ biến pháp luật về quyền con người.
2. Sở Ngoại vụ
- Cung cấp thông tin đối ngoại cho các đoàn khách quốc tế.
`;

const TAIL = `Nơi nhận:
- Ban Chỉ đạo Nhân quyền Chính phủ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
`;

const NUMBERED = `${HEAD}IV. TỔ CHỨC THỰC HIỆN
Thủ trưởng các sở, ban, ngành chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.
1. Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND tỉnh (qua Công an tỉnh) trước ngày 10 hằng
tháng để tổng hợp.
2) Hằng quý, Công an tỉnh tổ chức giao ban với các thành viên
Ban Chỉ đạo để đánh giá tiến độ.
- Nội dung giao ban do Văn phòng UBND tỉnh chuẩn bị.
+ Tài liệu gửi trước ít nhất 03 ngày làm việc.
• Biên bản giao ban lưu tại Công an tỉnh.
3. Giao Công an tỉnh - Cơ quan Thường trực Ban Chỉ đạo về nhân quyền
tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.
a) Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Công an tỉnh.
V. KINH PHÍ THỰC HIỆN
Sở Tài chính bố trí kinh phí từ nguồn ngân sách tỉnh theo phân cấp hiện hành./.
${TAIL}`;

// The same section written only with bullets, as many agencies' plans are.
const BULLETED = `${HEAD}IV. TỔ CHỨC THỰC HIỆN
- Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 10 hằng tháng về Công an tỉnh.
- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện
các chính sách an sinh xã hội.
- Sở Thông tin và Truyền thông đăng tải Kế hoạch trên Cổng thông tin điện tử tỉnh./.
${TAIL}`;

function planOf(text: string): ImportedPlan {
  const result = importDocument(text);
  expect(ZImportResult.safeParse(result).success).toBe(true);
  if (!result.plan) throw new Error(`not read as a plan: ${result.warnings.join('; ')}`);
  return result.plan;
}

const countIn = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('section IV "Tổ chức thực hiện"', () => {
  it('keeps every item, whatever its marker, each once and in order', () => {
    const p = planOf(NUMBERED);
    const all = p.implementation.join('\n');
    const items = [
      'Thủ trưởng các sở, ban, ngành chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.',
      'Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND tỉnh (qua Công an tỉnh) trước ngày 10 hằng tháng để tổng hợp.',
      'Hằng quý, Công an tỉnh tổ chức giao ban với các thành viên Ban Chỉ đạo để đánh giá tiến độ.',
      'Nội dung giao ban do Văn phòng UBND tỉnh chuẩn bị.',
      'Tài liệu gửi trước ít nhất 03 ngày làm việc.',
      'Biên bản giao ban lưu tại Công an tỉnh.',
      'Giao Công an tỉnh - Cơ quan Thường trực Ban Chỉ đạo về nhân quyền tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Công an tỉnh.',
      'Sở Tài chính bố trí kinh phí từ nguồn ngân sách tỉnh theo phân cấp hiện hành./.',
    ];
    for (const item of items) expect(countIn(all, item), item).toBe(1);
    const positions = items.map((item) => all.indexOf(item));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives one entry per top item, with the bullets under an item inside it', () => {
    const p = planOf(NUMBERED);
    expect(p.implementation).toHaveLength(5);
    expect(p.implementation[2]).toBe(
      [
        'Hằng quý, Công an tỉnh tổ chức giao ban với các thành viên Ban Chỉ đạo để đánh giá tiến độ.',
        '- Nội dung giao ban do Văn phòng UBND tỉnh chuẩn bị.',
        '+ Tài liệu gửi trước ít nhất 03 ngày làm việc.',
        '- Biên bản giao ban lưu tại Công an tỉnh.',
      ].join('\n'),
    );
  });

  it('stops at the signature block: recipients and signer are not items', () => {
    const p = planOf(NUMBERED);
    const all = p.implementation.join('\n');
    expect(all).not.toContain('Nơi nhận');
    expect(all).not.toContain('Hoàng Văn Nam');
    expect(p.signer?.name).toBe('Hoàng Văn Nam');
    expect(p.recipients).toEqual(['Ban Chỉ đạo Nhân quyền Chính phủ', 'Lưu: VT']);
  });

  it('still reads the reporting rule among the items', () => {
    const p = planOf(NUMBERED);
    expect(p.reportingRules).toContainEqual(
      expect.objectContaining({ period: 'month', dueDay: 10, to: 'Công an tỉnh' }),
    );
  });

  it('keeps a section written only with bullets, lines re-joined', () => {
    const p = planOf(BULLETED);
    expect(p.implementation).toEqual([
      'Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 10 hằng tháng về Công an tỉnh.',
      'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện các chính sách an sinh xã hội.',
      'Sở Thông tin và Truyền thông đăng tải Kế hoạch trên Cổng thông tin điện tử tỉnh./.',
    ]);
  });

  it('is empty when the plan has no such section', () => {
    const p = planOf(`${HEAD}${TAIL}`);
    expect(p.implementation).toEqual([]);
  });
});
