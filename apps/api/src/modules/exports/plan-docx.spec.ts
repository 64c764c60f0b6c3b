import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencyName, draftPlan, issuedPlan, tasks } from './export-fixtures.js';
import { renderPlanDocx } from './plan-docx.js';

type Run = { text: string; bold: boolean; italic: boolean; size: number | null };
type Para = { text: string; runs: Run[]; centred: boolean; justified: boolean };
type Docx = { xml: string; styles: string; paragraphs: Para[]; texts: string[] };

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Reads the produced file back the way Word would: unzip, then each paragraph's runs and their formatting. */
async function openDocx(buffer: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (!xml || !styles) throw new Error('not a Word document: word/document.xml or word/styles.xml missing');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runs = [...p.matchAll(/<w:r[ >][\s\S]*?<\/w:r>/g)].map(([r]) => {
      const size = /<w:sz w:val="(\d+)"/.exec(r)?.[1];
      return {
        text: [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''),
        bold: /<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(r),
        italic: /<w:i\/>|<w:i w:val="(?:true|1)"\/>/.test(r),
        size: size ? Number(size) : null,
      };
    });
    return {
      text: runs.map((r) => r.text).join(''),
      runs,
      centred: /<w:jc w:val="center"\/>/.test(p),
      justified: /<w:jc w:val="both"\/>/.test(p),
    };
  });
  return { xml, styles, paragraphs, texts: paragraphs.map((p) => p.text) };
}

function paragraph(doc: Docx, text: string): Para {
  const found = doc.paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph reads exactly "${text}"; paragraphs:\n${doc.texts.join('\n')}`);
  return found;
}

const indexOf = (doc: Docx, text: string): number => doc.texts.findIndex((t) => t.startsWith(text));

describe('renderPlanDocx — an issued plan (25/KH-UBND, Bắc Ninh 2024)', () => {
  let doc: Docx;
  beforeAll(async () => {
    doc = await openDocx(await renderPlanDocx(issuedPlan, tasks, agencyName));
  });

  it('is an A4 page with Decree 30 margins: 20 mm top and bottom, 30 mm left, 15 mm right (in twips)', () => {
    expect(doc.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(doc.xml)?.[1] ?? '';
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
  });

  it('sets Times New Roman 14 pt, in Vietnamese, as the document default', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(doc.styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('prints the header as a borderless two-column table: issuer and number left, motto and date right', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.xml)?.[0] ?? '';
    expect(table).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    const cells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => c);
    expect(cells).toHaveLength(4);
    expect(cells[0]).toContain('ỦY BAN NHÂN DÂN');
    expect(cells[0]).toContain('TỈNH BẮC NINH');
    expect(cells[1]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cells[1]).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(cells[2]).toContain('Số: 25/KH-UBND');
    expect(cells[3]).toContain('Bắc Ninh, ngày 02 tháng 02 năm 2024');
    // The issuer's line, the motto and the title each get the short rule Decree 30 draws under them.
    expect(table.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
  });

  it('sets the issuer in bold capitals, the motto bold and the place and date in italics', () => {
    expect(paragraph(doc, 'TỈNH BẮC NINH').runs[0]?.bold).toBe(true);
    expect(paragraph(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0]?.bold).toBe(true);
    expect(paragraph(doc, 'Độc lập - Tự do - Hạnh phúc').runs[0]?.bold).toBe(true);
    const date = paragraph(doc, 'Bắc Ninh, ngày 02 tháng 02 năm 2024');
    expect(date.runs[0]?.italic).toBe(true);
    expect(date.runs[0]?.bold).toBe(false);
  });

  it('centres "KẾ HOẠCH" and the title in bold, with diacritics intact', () => {
    const kind = paragraph(doc, 'KẾ HOẠCH');
    expect(kind.centred).toBe(true);
    expect(kind.runs[0]?.bold).toBe(true);
    const title = paragraph(doc, 'Công tác bảo vệ, đấu tranh về nhân quyền năm 2024');
    expect(title.centred).toBe(true);
    expect(title.runs[0]?.bold).toBe(true);
  });

  it('opens with the legal bases, then the four sections in order', () => {
    const bases = indexOf(doc, 'Căn cứ Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư');
    expect(doc.texts).toContain(
      'Căn cứ Chương trình số 02/CTr-BCĐNQ ngày 27/01/2022 của Ban Chỉ đạo Nhân quyền Chính phủ;',
    );
    const headings = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ TRỌNG TÂM',
      'III. PHÂN CÔNG NHIỆM VỤ',
      'IV. TỔ CHỨC THỰC HIỆN',
    ].map((h) => {
      const p = paragraph(doc, h);
      expect(p.runs[0]?.bold, h).toBe(true);
      return doc.texts.indexOf(h);
    });
    expect(bases).toBeGreaterThan(doc.texts.indexOf('KẾ HOẠCH'));
    expect([bases, ...headings]).toEqual([...[bases, ...headings]].sort((a, b) => a - b));
    expect(doc.texts[(headings[0] ?? -1) + 1]).toMatch(
      /^1\. Tiếp tục đẩy mạnh tuyên truyền về “Công tác nhân quyền/,
    );
  });

  it('justifies the body with a first-line indent', () => {
    const body = doc.paragraphs.find((p) => p.text.startsWith('1. Tiếp tục đẩy mạnh tuyên truyền'));
    expect(body?.justified).toBe(true);
    expect(doc.xml).toMatch(/<w:ind w:firstLine="567"\/>/);
  });

  it('numbers the duties by their position, each with its bullets, its lead and its schedule in words', () => {
    const section = doc.texts.slice(
      doc.texts.indexOf('III. PHÂN CÔNG NHIỆM VỤ'),
      doc.texts.indexOf('IV. TỔ CHỨC THỰC HIỆN'),
    );
    expect(section).toEqual([
      'III. PHÂN CÔNG NHIỆM VỤ',
      '1. Nắm chắc tình hình, chủ động và kịp thời dự báo âm mưu, phương thức, thủ đoạn hoạt động của các thế lực thù địch lợi dụng vấn đề dân chủ, nhân quyền để chống phá.',
      '- Phối hợp theo dõi, quản lý chặt chẽ các đoàn ra, vào thực hiện các dự án, thăm thân, du lịch.',
      '- Phối hợp thực hiện việc đề nghị xét giảm án, đặc xá tha tù cho các phạm nhân có quá trình cải tạo tốt tại Trại tạm giam Công an tỉnh.',
      '(Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện)',
      'Thời gian thực hiện: thường xuyên.',
      '2. Thực hiện tốt công tác đánh giá, dự báo tình hình, chủ động tham mưu các biện pháp xử lý các vấn đề nhạy cảm có liên quan đến dân chủ, nhân quyền trong quan hệ hợp tác quốc tế.',
      '- Tiếp tục phối hợp, đẩy mạnh và nâng cao hiệu quả công tác thông tin, tuyên truyền đối ngoại.',
      '(Văn phòng UBND tỉnh chủ trì thực hiện)',
      'Thời hạn: trước ngày 20/3/2024.',
      '3. Xây dựng kế hoạch tuyên truyền và mở các đợt cao điểm tuyên truyền quan điểm, chủ trương, chính sách của Đảng và Nhà nước về bảo vệ, đấu tranh về nhân quyền.',
      '(Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông thực hiện)',
      'Thời gian thực hiện: định kỳ hằng tháng.',
      '4. Treo băng rôn, khẩu hiệu tuyên truyền nhân Ngày Nhân quyền thế giới 10/12.',
      // The name the plan was issued with, not today's catalogue name.
      '(Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh chủ trì thực hiện)',
      'Thời gian thực hiện: từ ngày 30/11/2024 đến hết ngày 30/12/2024.',
    ]);
    expect(
      paragraph(
        doc,
        '(Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông thực hiện)',
      ).runs[0]?.italic,
    ).toBe(true);
    expect(paragraph(doc, 'Thời hạn: trước ngày 20/3/2024.').runs[0]?.italic).toBe(true);
  });

  it('closes section IV with every item, each reporting rule once, and the end mark "./."', () => {
    const start = indexOf(doc, 'IV. TỔ CHỨC THỰC HIỆN');
    const end = indexOf(doc, 'Nơi nhận:');
    expect(doc.texts.slice(start + 1, end).filter(Boolean)).toEqual([
      `1. ${issuedPlan.reportingRules[0]?.text ?? ''}`,
      '2. Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.',
      '- Các đơn vị lập dự toán cùng dự toán chi thường xuyên.',
      `3. ${(issuedPlan.reportingRules[1]?.text ?? '').replace(/\.$/u, '')}./.`,
    ]);
    // It is kept with the signature so the last page is never the signature alone.
    const lastXml = [...doc.xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => p)
      .find((p) => p.includes('theo quy định./.'));
    expect(lastXml).toContain('<w:keepNext/>');
  });

  it('ends with recipients in 11 pt under a bold-italic "Nơi nhận:" beside the signature block', () => {
    const heading = paragraph(doc, 'Nơi nhận:');
    expect(heading.runs[0]).toMatchObject({ bold: true, italic: true });
    for (const line of [
      '- Văn phòng Ban chỉ đạo nhân quyền Chính phủ (để b/cáo);',
      '- CT, các PCT UBND tỉnh;',
      '- Các thành viên BCĐ tỉnh;',
      '- Văn phòng UBND tỉnh:',
      '  + LĐVP, TKCT, TH;',
      '- Lưu: VT, NC.',
    ]) {
      expect(paragraph(doc, line).runs[0]?.size, line).toBe(22);
    }
    const tables = [...doc.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
    expect(tables).toHaveLength(2);
    const footer = tables[1] ?? '';
    expect(footer).toContain('Nơi nhận:');
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Hương Giang']) {
      expect(footer).toContain(line);
      const p = paragraph(doc, line);
      expect(p.centred, line).toBe(true);
      expect(p.runs[0]?.bold, line).toBe(true);
    }
  });
});

describe('renderPlanDocx — a draft with no number, date or signer', () => {
  let doc: Docx;
  beforeAll(async () => {
    doc = await openDocx(await renderPlanDocx(draftPlan, tasks.slice(2), agencyName));
  });

  it('leaves the number and the day and month blank for the clerk', () => {
    expect(doc.texts).toContain('Số:      /KH-BCĐNQ');
    expect(doc.texts).toContain('Bắc Giang, ngày     tháng     năm 2023');
  });

  it('names the superior body above the steering committee, the committee itself in bold', () => {
    const superior = paragraph(doc, 'UBND TỈNH BẮC GIANG');
    expect(superior.runs[0]?.bold).toBe(false);
    expect(paragraph(doc, 'BAN CHỈ ĐẠO NHÂN QUYỀN').runs[0]?.bold).toBe(true);
  });

  it('prints the reporting rules as section IV when the plan kept no items of it', () => {
    const start = indexOf(doc, 'IV. TỔ CHỨC THỰC HIỆN');
    expect(doc.texts[start + 1]).toBe(`1. ${draftPlan.reportingRules[0]?.text ?? ''}`);
    expect(doc.texts[start + 2]).toMatch(/^2\. Cơ quan Thường trực \(Công an tỉnh\).+theo quy định\.\/\.$/u);
  });

  it('has no legal bases and no signature, but still the recipients and the sections', () => {
    expect(doc.texts.some((t) => t.startsWith('Căn cứ '))).toBe(false);
    expect(doc.xml).not.toContain('Nguyễn Hương Giang');
    expect(doc.texts).toContain('Nơi nhận:');
    expect(doc.texts).toContain('III. PHÂN CÔNG NHIỆM VỤ');
    expect(doc.texts).toContain(
      '1. Xây dựng kế hoạch tuyên truyền và mở các đợt cao điểm tuyên truyền quan điểm, chủ trương, chính sách của Đảng và Nhà nước về bảo vệ, đấu tranh về nhân quyền.',
    );
  });
});

describe('renderPlanDocx — key tasks that are tasks too', () => {
  it('does not repeat in section III a key task section II already prints, but keeps an unmatched one', async () => {
    const base = tasks[0];
    if (!base) throw new Error('fixtures have tasks');
    const keyTask = {
      ...base,
      id: '5e2b0a6c-9d4e-4b1a-8f00-0000000000a1',
      position: 4,
      ref: 'II.2',
      text: 'Thực hiện có hiệu quả các chương trình, kế hoạch phát triển kinh tế, xã hội.',
      subDuties: [],
    };
    const stray = {
      ...keyTask,
      id: '5e2b0a6c-9d4e-4b1a-8f00-0000000000a2',
      position: 5,
      ref: 'II.9',
      text: 'Nhiệm vụ không còn trong mục II.',
    };
    const doc = await openDocx(await renderPlanDocx(issuedPlan, [...tasks, keyTask, stray], agencyName));
    const section = doc.texts.slice(
      doc.texts.indexOf('III. PHÂN CÔNG NHIỆM VỤ'),
      doc.texts.indexOf('IV. TỔ CHỨC THỰC HIỆN'),
    );
    expect(section.some((t) => t.includes('Thực hiện có hiệu quả các chương trình'))).toBe(false);
    expect(section).toContain('5. Nhiệm vụ không còn trong mục II.');
  });
});

describe('renderPlanDocx — a duty whose text lists its own bullets', () => {
  it('prints no paragraph of section III twice when the bullets are also read as sub-duties', async () => {
    const base = tasks[0];
    if (!base) throw new Error('fixtures have tasks');
    const bulleted = {
      ...base,
      text: '- Phát huy vai trò cơ quan Thường trực Ban Chỉ đạo;\n- Chấp hành nghiêm các quy định của pháp luật.',
      subDuties: [
        'Phát huy vai trò cơ quan Thường trực Ban Chỉ đạo;',
        'Chấp hành nghiêm các quy định của pháp luật.',
        'Theo dõi, đôn đốc, báo cáo.',
      ],
    };
    const doc = await openDocx(await renderPlanDocx(issuedPlan, [bulleted], agencyName));
    const section = doc.texts.slice(
      doc.texts.indexOf('III. PHÂN CÔNG NHIỆM VỤ'),
      doc.texts.indexOf('IV. TỔ CHỨC THỰC HIỆN'),
    );
    const body = section.filter((t) => t.trim() !== '');
    expect(body.length, section.join('\n')).toBe(new Set(body).size);
    expect(section.filter((t) => t.includes('Chấp hành nghiêm'))).toHaveLength(1);
    expect(section.some((t) => t.includes('Theo dõi, đôn đốc, báo cáo.'))).toBe(true);
  });
});

describe('renderPlanDocx — text that would break the file', () => {
  it('drops XML-illegal control characters and escapes markup so Word can open the document', async () => {
    const plan = { ...draftPlan, title: 'Kế hoạch <thử> & “kiểm tra”\u0007 ký tự' };
    const doc = await openDocx(await renderPlanDocx(plan, [], agencyName));
    expect(doc.texts).toContain('Kế hoạch <thử> & “kiểm tra” ký tự');
    expect(doc.xml).not.toContain('\u0007');
  });
});
