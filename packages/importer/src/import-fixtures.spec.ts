import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document.js';
import { ZImportResult, type ImportResult, type ImportedPlan } from '@bcdnq/domain/import';

// Layouts the seeds do not show, written the way real plans and news items are (Sơn La 2019 plan shape).
const SON_LA = `ỦY BAN NHÂN DÂN
TỈNH SƠN LA
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 63 /KH-UBND
Sơn La, ngày 05 tháng 3 năm 2019

KẾ HOẠCH
THỰC HIỆN CÔNG TÁC NHÂN QUYỀN NĂM 2019

Căn cứ Chỉ thị số 44-CT/TW ngày 20.7.2010 của Ban Bí thư về công tác nhân quyền trong tình hình mới; Kế hoạch số 12/KH-BCĐNQ ngày 15/01/2019 của Ban Chỉ đạo Nhân quyền Chính phủ về công tác nhân quyền năm 2019, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, đảng viên về công tác nhân quyền.
- Chủ động đấu tranh với các luận điệu xuyên tạc.
2. Yêu cầu
- Bám sát chỉ đạo của Trung ương, phù hợp với tình hình thực tế của tỉnh.

II. NHIỆM VỤ TRỌNG TÂM
1. Tuyên truyền sâu rộng thành tựu bảo đảm quyền con người.
2. Giải quyết dứt điểm các vụ khiếu kiện phức tạp, kéo dài.

III. GIẢI PHÁP VÀ PHÂN CÔNG TRÁCH NHIỆM
1. Rà soát, sửa đổi các văn bản quy phạm pháp luật của tỉnh liên quan đến quyền con người, hoàn thành trước ngày 20/3/2019 (Sở Tư pháp, Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh thực hiện).
2. Tổ chức tuyên truyền về chính sách đối với đồng bào dân tộc thiểu số vùng sâu, vùng xa.
(*Ban Dân tộc và Sở Lao động Thương binh & Xã hội chủ trì*)
3. **Nắm chắc tình hình tôn giáo, kịp thời giải quyết các vụ việc phức tạp, định kỳ 6 tháng đánh giá kết quả** (**Đề nghị Ủy ban MTTQ tỉnh chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh thực hiện**).
4. Tổ chức hội nghị tập huấn kỹ năng đấu tranh phản bác cho báo cáo viên hằng năm.
- Biên soạn tài liệu tập huấn.
- Mời báo cáo viên Trung ương.
(Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện)
5. Treo băng rôn, khẩu hiệu tuyên truyền từ ngày 01/12/2019 đến hết ngày 15/12/2019.
Cơ quan chủ trì: Sở VH-TT&DL; cơ quan phối hợp: UBND các huyện, thành phố.
6. Sở Ngoại vụ chủ trì, phối hợp với Công an tỉnh quản lý hoạt động của các tổ chức phi chính phủ nước ngoài trên địa bàn.

IV. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành, UBND các huyện, thành phố xây dựng kế hoạch triển khai, gửi về Công an tỉnh trước ngày 20/3/2019.
2. Định kỳ báo cáo kết quả thực hiện trước ngày 15 hằng tháng và báo cáo sơ kết 6 tháng trước ngày 10/6/2019 về UBND tỉnh (qua Công an tỉnh) để tổng hợp.
3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch./.

Nơi nhận:
- Ban Chỉ đạo Nhân quyền Chính phủ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Lò Minh Hùng
`;

const ARTICLE = `Trang chủ > Tin tức > Chỉ đạo điều hành
Công an tỉnh Bắc Giang sơ kết công tác đấu tranh, bảo vệ nhân quyền 6 tháng đầu năm 2020
Thứ Ba, 30/06/2020, 17:00 (GMT+7)
(CATBG) - Chiều 30/6, Ban Chỉ đạo Nhân quyền tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.
Trong 6 tháng, lực lượng Công an tỉnh đã đăng tải hơn 159 lượt tin, bài đấu tranh phản bác các quan điểm sai trái, thù địch. Các đơn vị đã tổ chức 12 hội nghị, 5 lớp tập huấn cho 1.250 lượt người tham dự.
Các địa phương treo 320 băng rôn, khẩu hiệu; giải quyết 27 đơn khiếu nại, tố cáo; tiếp 3 đoàn khách nước ngoài.
Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành tiếp tục phối hợp chặt chẽ.
Minh Anh
`;

// A department's own implementing plan: its units (not in the catalogue) as headings, under "II. NHIỆM VỤ CỤ THỂ".
const DEPARTMENT = `UBND TỈNH BẮC GIANG
SỞ TƯ PHÁP
Số: 112/KH-STP
Bắc Giang, ngày 20 tháng 02 năm 2025
KẾ HOẠCH Thực hiện công tác nhân quyền năm 2025 của Sở Tư pháp
Thực hiện Kế hoạch số 25/KH-UBND ngày 02/02/2025 của UBND tỉnh về công tác nhân quyền năm 2025, Sở Tư pháp xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Triển khai kịp thời, hiệu quả các nhiệm vụ được giao.
II. NHIỆM VỤ CỤ THỂ
1. Phòng Phổ biến, giáo dục pháp luật
a) Tổ chức tuyên truyền pháp luật về quyền con người cho đồng bào dân tộc thiểu số. Thời gian: Quý III/2025.
b) Biên soạn tài liệu hỏi đáp pháp luật.
2. Thanh tra Sở
Tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo theo quy định; báo cáo kết quả về Văn phòng Sở trước ngày 10 hằng tháng.
3. Trung tâm Trợ giúp pháp lý nhà nước tỉnh
Thực hiện trợ giúp pháp lý cho người thuộc diện chính sách, người khuyết tật.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2025 và cả năm trước ngày 15/11/2025 về Văn phòng Sở để tổng hợp, báo cáo UBND tỉnh (qua Công an tỉnh)./.
Nơi nhận:
- UBND tỉnh (b/c);
- Công an tỉnh;
- Lưu: VT.
GIÁM ĐỐC
(đã ký)
Trần Thị Bình
`;

function plan(text: string): { result: ImportResult; plan: ImportedPlan } {
  const result = importDocument(text);
  expect(ZImportResult.safeParse(result).success).toBe(true);
  expect(result.kind).toBe('plan');
  if (!result.plan) throw new Error('no plan');
  return { result, plan: result.plan };
}

describe('a Sơn La plan with numbered duties and trailing parentheticals', () => {
  const { result, plan: p } = plan(SON_LA);

  it('normalises "Số: 63 /KH-UBND" and reads the Sơn La header', () => {
    expect(p.number).toBe('63/KH-UBND');
    expect(p.typeCode).toBe('KH');
    expect(p.issuerCode).toBe('UBND');
    expect(p.issuedOn).toBe('2019-03-05');
    expect(p.place).toBe('Sơn La');
    expect(p.issuer).toBe('Ủy ban nhân dân tỉnh Sơn La');
    expect(p.title).toBe('Thực hiện công tác nhân quyền năm 2019');
    expect(p.year).toBe(2019);
  });

  it('reads TM. / KT. / title / (Đã ký) / name', () => {
    expect(p.signer).toEqual({
      name: 'Lò Minh Hùng',
      title: 'Phó Chủ tịch',
      capacity: 'TM. Ủy ban nhân dân',
    });
  });

  it('gives purposes under their sub-headings and the key tasks', () => {
    expect(p.purposes).toEqual([
      'Nâng cao nhận thức của cán bộ, đảng viên về công tác nhân quyền.',
      'Chủ động đấu tranh với các luận điệu xuyên tạc.',
      'Bám sát chỉ đạo của Trung ương, phù hợp với tình hình thực tế của tỉnh.',
    ]);
    expect(p.keyTasks).toHaveLength(2);
  });

  it('reads two leads and a coordinator from the parenthetical at the end of the paragraph, and removes it', () => {
    const t = p.tasks[0];
    expect(t?.ref).toBe('III.1');
    expect(t?.leads).toEqual([
      { agency: 'Sở Tư pháp', requested: false },
      { agency: 'Sở Nội vụ', requested: false },
    ]);
    expect(t?.coordinators).toEqual(['Văn phòng UBND tỉnh']);
    expect(t?.text).toBe(
      'Rà soát, sửa đổi các văn bản quy phạm pháp luật của tỉnh liên quan đến quyền con người, hoàn thành trước ngày 20/3/2019',
    );
    expect(t?.schedule).toEqual({ kind: 'deadline', due: '2019-03-20' });
    expect(t?.topics).toContain('law-justice');
  });

  it('reads "(*… và … chủ trì*)" on its own line and resolves an alias with "&"', () => {
    expect(p.tasks[1]?.leads).toEqual([
      { agency: 'Ban Dân tộc', requested: false },
      { agency: 'Sở Lao động - Thương binh và Xã hội', requested: false },
    ]);
    expect(p.tasks[1]?.text).not.toContain('chủ trì');
    expect(p.tasks[1]?.topics).toContain('ethnic-minorities');
  });

  it('marks "Đề nghị …" leads as requested, with "**" emphasis, and reads a half-yearly recurrence', () => {
    const t = p.tasks[2];
    expect(t?.leads).toEqual([{ agency: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', requested: true }]);
    expect(t?.coordinators).toEqual(['Sở Nội vụ', 'Công an tỉnh']);
    expect(t?.schedule).toEqual({ kind: 'recurring', every: 'half-year' });
    expect(t?.text).not.toContain('*');
  });

  it('keeps an agency missing from the catalogue as written, with a warning', () => {
    const t = p.tasks[3];
    expect(t?.leads).toEqual([{ agency: 'Hội Liên hiệp Phụ nữ tỉnh', requested: false }]);
    expect(t?.coordinators).toEqual(['Sở Tư pháp']);
    expect(t?.subDuties).toEqual(['Biên soạn tài liệu tập huấn.', 'Mời báo cáo viên Trung ương.']);
    expect(t?.schedule).toEqual({ kind: 'recurring', every: 'year' });
    expect(
      result.warnings.some((w) => w.includes('"Hội Liên hiệp Phụ nữ tỉnh" không có trong danh mục')),
    ).toBe(true);
  });

  it('reads a "Cơ quan chủ trì: …; cơ quan phối hợp: …" line and a date window', () => {
    const t = p.tasks[4];
    expect(t?.leads).toEqual([{ agency: 'Sở Văn hóa, Thể thao và Du lịch', requested: false }]);
    expect(t?.coordinators).toEqual(['UBND các huyện, thành phố']);
    expect(t?.schedule).toEqual({ kind: 'window', from: '2019-12-01', to: '2019-12-15' });
    expect(t?.text).not.toContain('Cơ quan chủ trì');
  });

  it('reads a lead that opens the duty ("Sở Ngoại vụ chủ trì, phối hợp với …")', () => {
    expect(p.tasks[5]?.leads).toEqual([{ agency: 'Sở Ngoại vụ', requested: false }]);
    expect(p.tasks[5]?.coordinators).toEqual(['Công an tỉnh']);
    expect(p.tasks).toHaveLength(6);
  });

  it('reads references dated d.m.yyyy and dd/mm/yyyy', () => {
    expect(p.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Chỉ thị', '44-CT/TW', '2010-07-20', 'Ban Bí thư'],
      ['Kế hoạch', '12/KH-BCĐNQ', '2019-01-15', 'Ban Chỉ đạo Nhân quyền Chính phủ'],
    ]);
  });

  it('reads the sub-plan deadline, the monthly report and the half-year report with their recipient', () => {
    expect(p.reportingRules.map((r) => [r.period, r.dueDay, r.due, r.to])).toEqual([
      ['once', null, '2019-03-20', 'Công an tỉnh'],
      ['month', 15, null, 'Công an tỉnh'],
    ]);
  });

  it('lists the recipients', () => {
    expect(p.recipients).toEqual([
      'Ban Chỉ đạo Nhân quyền Chính phủ',
      'TT Tỉnh ủy, TT HĐND tỉnh',
      'Lưu: VT, NC',
    ]);
  });
});

describe("a department's implementing plan", () => {
  const { result, plan: p } = plan(DEPARTMENT);

  it('reads a title on the same line as "KẾ HOẠCH" and the issuer in catalogue casing', () => {
    expect(p.title).toBe('Thực hiện công tác nhân quyền năm 2025 của Sở Tư pháp');
    expect(p.issuer).toBe('Sở Tư pháp tỉnh Bắc Giang');
    expect(p.number).toBe('112/KH-STP');
    expect(p.signer).toEqual({ name: 'Trần Thị Bình', title: 'Giám đốc', capacity: null });
  });

  it('recognises a section of unit headings as the assignment and keeps unknown units as written', () => {
    expect(p.keyTasks).toEqual([]);
    expect(p.tasks.map((t) => [t.ref, t.leads.map((l) => l.agency), t.subDuties.length])).toEqual([
      ['II.1', ['Phòng Phổ biến, giáo dục pháp luật'], 2],
      ['II.2', ['Thanh tra Sở'], 0],
      ['II.3', ['Trung tâm Trợ giúp pháp lý nhà nước tỉnh'], 0],
    ]);
    expect(p.tasks[0]?.schedule).toEqual({ kind: 'deadline', due: '2025-09-30' });
    expect(result.warnings.filter((w) => w.includes('không có trong danh mục'))).toHaveLength(3);
  });

  it('reads a half-year and a year report from one sentence', () => {
    expect(p.reportingRules.map((r) => [r.period, r.dueDay, r.due, r.to])).toEqual([
      ['month', 10, null, null],
      ['half-year', null, '2025-06-15', 'Công an tỉnh'],
      ['year', null, '2025-11-15', 'Công an tỉnh'],
    ]);
  });
});

describe('a plan that assigns duties under "Tổ chức thực hiện", agency before a colon', () => {
  const text = `UBND TỈNH LÀO CAI
BAN CHỈ ĐẠO NHÂN QUYỀN
Số: 05/KH-BCĐ
Lào Cai, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Công tác nhân quyền năm 2025
I. MỤC ĐÍCH, YÊU CẦU
- Bảo đảm quyền con người trên địa bàn.
II. NHIỆM VỤ TRỌNG TÂM
1. Tuyên truyền thành tựu nhân quyền.
III. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh (Cơ quan Thường trực): Tham mưu Ban Chỉ đạo theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Sở Dân tộc và Tôn giáo: Hướng dẫn các tổ chức tôn giáo hoạt động đúng pháp luật.
3. UBND các xã, phường: Giải quyết kịp thời khiếu nại của Nhân dân.
4. Các cơ quan, đơn vị báo cáo kết quả trước ngày 20 hằng tháng về Ban Chỉ đạo (qua Công an tỉnh)./.
TRƯỞNG BAN
Hoàng Quốc Khánh
`;
  const { plan: p } = plan(text);

  it('finds the tasks in section III "Tổ chức thực hiện" and the 2025 agencies', () => {
    expect(p.issuer).toBe('Ban Chỉ đạo Nhân quyền tỉnh Lào Cai');
    expect(p.tasks.map((t) => [t.ref, t.leads.map((l) => l.agency), t.text.slice(0, 20)])).toEqual([
      ['III.1', ['Công an tỉnh'], 'Tham mưu Ban Chỉ đạo'],
      ['III.2', ['Sở Dân tộc và Tôn giáo'], 'Hướng dẫn các tổ chứ'],
      ['III.3', ['UBND các xã, phường'], 'Giải quyết kịp thời '],
      ['III.4', [], 'Các cơ quan, đơn vị '],
    ]);
    expect(p.reportingRules.map((r) => [r.period, r.dueDay, r.to])).toEqual([['month', 20, 'Công an tỉnh']]);
    expect(p.signer).toEqual({ name: 'Hoàng Quốc Khánh', title: 'Trưởng ban', capacity: null });
  });
});

describe('other header and section shapes', () => {
  it('reads a header pasted from a Word table, issuer and motto on one line, number and date on another', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH SƠN LA    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 63/KH-UBND    Sơn La, ngày 05 tháng 3 năm 2019
KẾ HOẠCH
Công tác nhân quyền năm 2019
III. PHÂN CÔNG NHIỆM VỤ
1. Sở Tư pháp
Rà soát văn bản quy phạm pháp luật.`;
    const { plan: p } = plan(text);
    expect([p.number, p.issuedOn, p.place, p.issuer]).toEqual([
      '63/KH-UBND',
      '2019-03-05',
      'Sơn La',
      'Ủy ban nhân dân tỉnh Sơn La',
    ]);
  });

  it('takes "Nhiệm vụ và giải pháp" as key tasks when another section is "Phân công trách nhiệm"', () => {
    const text = `KẾ HOẠCH
Công tác nhân quyền năm 2024
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đẩy mạnh tuyên truyền.
2. Giải quyết khiếu nại.
III. PHÂN CÔNG TRÁCH NHIỆM
1. Sở Tư pháp
Phổ biến pháp luật.
2. Công an tỉnh
Nắm tình hình.`;
    const { result, plan: p } = plan(text);
    expect(p.keyTasks).toEqual(['Đẩy mạnh tuyên truyền.', 'Giải quyết khiếu nại.']);
    expect(p.tasks.map((t) => t.leads[0]?.agency)).toEqual(['Sở Tư pháp', 'Công an tỉnh']);
    expect(result.warnings.some((w) => w.includes('không tìm thấy đơn vị chủ trì'))).toBe(false);
  });
});

describe('duties grouped under a topic title', () => {
  it('makes one task per lettered or sub-numbered duty, each with its own lead', () => {
    const text = `KẾ HOẠCH
Công tác nhân quyền năm 2024
III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
1. Công tác tuyên truyền
a) Tuyên truyền Luật Tín ngưỡng, tôn giáo (Sở Nội vụ chủ trì).
b) Tuyên truyền thành tựu nhân quyền trên báo chí (Sở Thông tin và Truyền thông chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy).
2. Công tác đối ngoại
2.1. Tiếp và làm việc với các đoàn nước ngoài (Sở Ngoại vụ chủ trì).
2.2. Vận động viện trợ phi chính phủ nước ngoài (Liên hiệp các tổ chức hữu nghị tỉnh chủ trì).`;
    const { plan: p } = plan(text);
    expect(p.tasks.map((t) => [t.ref, t.leads.map((l) => l.agency), t.coordinators])).toEqual([
      ['III.1.a', ['Sở Nội vụ'], []],
      ['III.1.b', ['Sở Thông tin và Truyền thông'], ['Ban Tuyên giáo Tỉnh ủy']],
      ['III.2.1', ['Sở Ngoại vụ'], []],
      ['III.2.2', ['Liên hiệp các tổ chức hữu nghị tỉnh'], []],
    ]);
    expect(p.tasks[0]?.topics).toContain('religion');
  });
});

describe('key tasks with an owner', () => {
  it('are also tasks, before the assigned duties of section III', () => {
    const text = `KẾ HOẠCH
Công tác nhân quyền năm 2024
II. NHIỆM VỤ TRỌNG TÂM
1. Tuyên truyền thành tựu nhân quyền (Sở Thông tin và Truyền thông chủ trì).
2. Nắm chắc tình hình.
III. PHÂN CÔNG NHIỆM VỤ
1. Sở Tư pháp
Phổ biến pháp luật.`;
    const { plan: p } = plan(text);
    expect(p.keyTasks).toEqual([
      'Tuyên truyền thành tựu nhân quyền (Sở Thông tin và Truyền thông chủ trì).',
      'Nắm chắc tình hình.',
    ]);
    expect(p.tasks.map((t) => [t.ref, t.text, t.leads.map((l) => l.agency)])).toEqual([
      ['II.1', 'Tuyên truyền thành tựu nhân quyền', ['Sở Thông tin và Truyền thông']],
      ['III.1', 'Phổ biến pháp luật.', ['Sở Tư pháp']],
    ]);
  });
});

describe('the same plan in other clothes', () => {
  const reference = importDocument(SON_LA);
  it('reads the same from Windows line endings, NFD text, tabs and non-breaking spaces', () => {
    const messy = SON_LA.normalize('NFD')
      .replace(/\n/g, '\r\n')
      .replace(/ /g, (s, i: number) => (i % 7 === 0 ? '\u00a0' : s));
    expect(importDocument(messy)).toEqual(reference);
  });

  it('reads the same when a PDF hard-wrapped every line at 60 columns with blank lines between', () => {
    const wrapped = SON_LA.split('\n')
      .flatMap((line) => {
        if (line.length <= 60) return [line];
        const out: string[] = [];
        let rest = line;
        while (rest.length > 60) {
          const cut = rest.lastIndexOf(' ', 60);
          out.push(`${rest.slice(0, cut)} `);
          rest = rest.slice(cut + 1);
        }
        return [...out, rest];
      })
      .join('\n\n');
    const r = importDocument(wrapped);
    expect(r.plan?.tasks.map((t) => t.leads)).toEqual(reference.plan?.tasks.map((t) => t.leads));
    expect(r.plan?.tasks.map((t) => t.text)).toEqual(reference.plan?.tasks.map((t) => t.text));
    expect(r.plan?.reportingRules).toEqual(reference.plan?.reportingRules);
  });

  it('reads Markdown headings and bold agency headings', () => {
    const md = `# KẾ HOẠCH\n\n## Tuyên truyền nhân quyền năm 2025\n\nSố: 7/KH-BCĐ\n\n## I. MỤC ĐÍCH, YÊU CẦU\n\n* Nâng cao nhận thức.\n\n## III. PHÂN CÔNG NHIỆM VỤ\n\n**1. Sở Tư pháp**\n\n* Tổ chức tập huấn pháp luật.\n* Rà soát văn bản.\n\n**2. Đề nghị Ủy ban MTTQ tỉnh**\n\nGiám sát việc thực hiện.\n`;
    const { plan: p } = plan(md);
    expect(p.title).toBe('Tuyên truyền nhân quyền năm 2025');
    expect(p.purposes).toEqual(['Nâng cao nhận thức.']);
    expect(p.tasks.map((t) => [t.ref, t.leads, t.subDuties.length])).toEqual([
      ['III.1', [{ agency: 'Sở Tư pháp', requested: false }], 2],
      ['III.2', [{ agency: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', requested: true }], 0],
    ]);
  });
});

describe('a news article about the committee', () => {
  const result = importDocument(ARTICLE);

  it('is recognised as an article with title, time in +07:00, category, lead and byline', () => {
    expect(ZImportResult.safeParse(result).success).toBe(true);
    expect(result.kind).toBe('article');
    expect(result.plan).toBeNull();
    const a = result.article;
    expect(a?.title).toBe(
      'Công an tỉnh Bắc Giang sơ kết công tác đấu tranh, bảo vệ nhân quyền 6 tháng đầu năm 2020',
    );
    expect(a?.publishedAt).toBe('2020-06-30T17:00:00+07:00');
    expect(a?.category).toBe('Chỉ đạo điều hành');
    expect(a?.byline).toBe('Minh Anh');
    expect(a?.lead).toMatch(/^\(CATBG\) - Chiều 30\/6/u);
    expect(a?.body).toContain('Phát biểu kết luận');
    expect(a?.body).not.toContain('(CATBG)');
  });

  it('reports the figures with catalogue indicator codes', () => {
    expect(result.article?.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['articles-published', 159],
      ['conferences-held', 12],
      ['training-sessions', 5],
      ['participants', 1250],
      ['banners-hung', 320],
      ['complaints-resolved', 27],
      ['foreign-delegations', 3],
    ]);
    expect(result.article?.figures[0]?.text).toContain('hơn 159 lượt tin, bài');
  });

  it('reads a portal layout: "Ngày đăng: dd/mm/yyyy | hh:mm", "Chuyên mục:", "Tác giả:" and no newsroom code', () => {
    const portal = `Sơ kết công tác nhân quyền 6 tháng đầu năm 2023
Ngày đăng: 15/07/2023 | 09:30
Chuyên mục: Tin tức
Sáng 14/7, Ban Chỉ đạo Nhân quyền tỉnh tổ chức hội nghị sơ kết với hơn 80 đại biểu tham dự.
Các cơ quan báo chí đã đăng 45 tin, bài về thành tựu bảo đảm quyền con người.
Tác giả: Hoàng Lan`;
    const r = importDocument(portal);
    expect(r.kind).toBe('article');
    expect(r.article).toMatchObject({
      title: 'Sơ kết công tác nhân quyền 6 tháng đầu năm 2023',
      publishedAt: '2023-07-15T09:30:00+07:00',
      category: 'Tin tức',
      byline: 'Hoàng Lan',
    });
    expect(r.article?.lead).toMatch(/^Sáng 14\/7/u);
    expect(r.article?.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['participants', 80],
      ['articles-published', 45],
    ]);
  });

  it('skips the site name and menus above the title', () => {
    const r = importDocument(
      `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG\nTrang chủ | Giới thiệu | Tin tức\n${ARTICLE}`,
    );
    expect(r.kind).toBe('article');
    expect(r.article?.title).toBe(
      'Công an tỉnh Bắc Giang sơ kết công tác đấu tranh, bảo vệ nhân quyền 6 tháng đầu năm 2020',
    );
    expect(r.article?.body).not.toContain('CỔNG THÔNG TIN');
  });

  it('takes a time written before the date and warns when there is no time at all', () => {
    const timeFirst = importDocument(
      ARTICLE.replace('Thứ Ba, 30/06/2020, 17:00 (GMT+7)', '08:15 ngày 1/7/2020'),
    );
    expect(timeFirst.article?.publishedAt).toBe('2020-07-01T08:15:00+07:00');
    const dateOnly = importDocument(
      ARTICLE.replace('Thứ Ba, 30/06/2020, 17:00 (GMT+7)', 'Ngày đăng: 30/06/2020'),
    );
    expect(dateOnly.article?.publishedAt).toBe('2020-06-30T00:00:00+07:00');
    expect(dateOnly.warnings.some((w) => w.includes('giờ'))).toBe(true);
  });
});

describe('anything else', () => {
  it.each([
    ['an empty string', ''],
    ['whitespace', ' \n\t\n '],
    [
      'a decision',
      'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 12/QĐ-UBND\nBắc Giang, ngày 3 tháng 4 năm 2023\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo\nĐiều 1. Kiện toàn Ban Chỉ đạo.',
    ],
    [
      'a recipe',
      'Phở bò Hà Nội\nNguyên liệu: xương bò, bánh phở, hành, gừng, quế, hồi.\nNinh xương trong tám giờ, nêm nếm vừa ăn rồi chan vào bát.',
    ],
  ])('%s is kind "unknown" with a warning, never a throw', (_name, text) => {
    const result = importDocument(text);
    expect(ZImportResult.safeParse(result).success).toBe(true);
    expect(result.kind).toBe('unknown');
    expect(result.plan).toBeNull();
    expect(result.article).toBeNull();
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  it('names the document type it saw', () => {
    expect(
      importDocument('QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo Nhân quyền tỉnh và quy chế hoạt động của Ban')
        .warnings[0],
    ).toContain('Quyết định');
  });
});
