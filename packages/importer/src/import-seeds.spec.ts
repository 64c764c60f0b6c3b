import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENCY_CATALOGUE } from '@bcdnq/domain/agencies';
import { importDocument } from './import-document.js';
import { ZImportResult, type ImportedPlan } from '@bcdnq/domain/import';

// The real documents shipped with the project (read-only). Tests may do I/O; the importer does not.
// The real documents shipped with the repository (fixtures/seeds at its root).
const SEEDS = process.env.BCDNQ_SEEDS || fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url));
const read = (prefix: string): string => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing in ${SEEDS}`);
  return readFileSync(path.join(SEEDS, file), 'utf8');
};

function planOf(text: string): ImportedPlan {
  const result = importDocument(text);
  expect(ZImportResult.safeParse(result).success).toBe(true);
  expect(result.kind).toBe('plan');
  if (!result.plan) throw new Error('no plan');
  return result.plan;
}

const leadsOf = (plan: ImportedPlan) =>
  plan.tasks.map((t) => [t.ref, t.leads.map((l) => `${l.agency}${l.requested ? ' (đề nghị)' : ''}`)]);
const canonical = new Set(AGENCY_CATALOGUE.map((a) => a.name));

describe('seed 000 — Bắc Ninh 25/KH-UBND, legal-database header, lead in a parenthetical line', () => {
  const text = read('000_');
  const result = importDocument(text);
  const plan = planOf(text);

  it('reads number, codes, date, place and issuer from the administrative header', () => {
    expect(plan.number).toBe('25/KH-UBND');
    expect(plan.typeCode).toBe('KH');
    expect(plan.issuerCode).toBe('UBND');
    expect(plan.issuedOn).toBe('2024-02-02');
    expect(plan.place).toBe('Bắc Ninh');
    expect(plan.issuer).toBe('Ủy ban nhân dân tỉnh Bắc Ninh');
  });

  it('turns the title in capitals into sentence case and takes the year from it', () => {
    expect(plan.title).toBe('Công tác bảo vệ, đấu tranh về nhân quyền năm 2024');
    expect(plan.year).toBe(2024);
  });

  it('takes the signer from the metadata when the signature block was cut off, without inventing a title', () => {
    expect(plan.signer).toEqual({ name: 'Nguyễn Hương Giang', title: null, capacity: null });
  });

  it('counts the sections and warns that the text is truncated', () => {
    expect(plan.purposes).toHaveLength(2);
    expect(plan.keyTasks).toHaveLength(6);
    expect(plan.tasks).toHaveLength(3);
    expect(result.warnings.some((w) => w.includes('[...]'))).toBe(true);
    expect(plan.tasks.at(-1)?.text).not.toContain('[...]');
  });

  it('finds the lead in the stand-alone "(Văn phòng UBND tỉnh chủ trì …)" line and leaves it out of the text', () => {
    expect(leadsOf(plan)).toEqual([
      ['III.1', []],
      ['III.2', ['Văn phòng UBND tỉnh']],
      ['III.3', []],
    ]);
    const task = plan.tasks[1];
    expect(task?.subDuties).toHaveLength(3);
    expect(task?.subDuties.join(' ')).not.toContain('chủ trì phối hợp các ngành');
    expect(task?.coordinators).toEqual([]);
    expect(result.warnings.filter((w) => w.includes('không tìm thấy đơn vị chủ trì'))).toHaveLength(2);
  });

  it('cites Directive 04-CT/TW with its d/m/yyyy date and issuer, and not the plan itself', () => {
    expect(plan.references).toEqual([
      expect.objectContaining({
        type: 'Chỉ thị',
        number: '04-CT/TW',
        date: '2011-07-06',
        issuer: 'Ban Bí thư',
      }),
    ]);
  });

  it('has no reporting rules or recipients in the part that survived', () => {
    expect(plan.reportingRules).toEqual([]);
    expect(plan.recipients).toEqual([]);
  });
});

describe('seed 001 — Bắc Giang draft /KH-BCĐNQ, agencies as headings', () => {
  const text = read('001_');
  const result = importDocument(text);
  const plan = planOf(text);

  it('keeps the codes of a blank number and leaves the blank day null, with warnings', () => {
    expect(plan.number).toBeNull();
    expect(plan.typeCode).toBe('KH');
    expect(plan.issuerCode).toBe('BCĐNQ');
    expect(plan.issuedOn).toBeNull();
    expect(plan.place).toBe('Bắc Giang');
    expect(plan.year).toBe(2023);
    expect(result.warnings.some((w) => w.includes('chưa có số'))).toBe(true);
    expect(result.warnings.some((w) => w.includes('để trống'))).toBe(true);
  });

  it('reads the issuer from the preamble when there is no header, and the title as written', () => {
    expect(plan.issuer).toBe('Ban Chỉ đạo Nhân quyền tỉnh');
    expect(plan.title).toBe(
      'Tổ chức các hoạt động thông tin, tuyên truyền nhân kỷ niệm 75 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023)',
    );
  });

  it('reads the emphasised signature block TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND TỈNH / Mai Sơn', () => {
    expect(plan.signer).toEqual({
      name: 'Mai Sơn',
      title: 'Trưởng ban, Phó Chủ tịch UBND tỉnh',
      capacity: 'TM. Ban Chỉ đạo',
    });
  });

  it('makes one task per agency heading, with "Đề nghị" marking the requested body', () => {
    expect(plan.purposes).toHaveLength(3);
    expect(plan.keyTasks).toHaveLength(3);
    expect(leadsOf(plan)).toEqual([
      ['III.1', ['Công an tỉnh']],
      ['III.2', ['Sở Ngoại vụ']],
      ['III.3', ['Văn phòng UBND tỉnh']],
      ['III.4', ['Sở Tư pháp']],
      ['III.5', ['Sở Thông tin và Truyền thông']],
      ['III.6', ['Sở Nội vụ']],
      ['III.7', ['Sở Lao động - Thương binh và Xã hội']],
      ['III.8', ['Ban Dân tộc']],
      ['III.9', ['Liên hiệp các tổ chức hữu nghị tỉnh']],
      ['III.10', ['Ban Tuyên giáo Tỉnh ủy (đề nghị)']],
      ['III.11', ['UBND các huyện, thành phố']],
    ]);
  });

  it('keeps bullets as sub-duties, nested slogans inside their bullet, and the banner window as the schedule', () => {
    const office = plan.tasks[2];
    expect(office?.subDuties).toHaveLength(2);
    expect(office?.subDuties[1]).toContain('+ Việt Nam nỗ lực phòng, chống mua bán người.');
    expect(office?.schedule).toEqual({ kind: 'window', from: '2023-11-30', to: '2023-12-30' });
    expect(office?.coordinators).toEqual(['Công an tỉnh']);
    expect(plan.tasks[4]?.coordinators).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(plan.tasks[0]?.schedule).toEqual({ kind: 'continuous' });
  });

  it('re-joins the duty broken across a page ("… để tiến hành / các hoạt động vi phạm pháp luật")', () => {
    expect(plan.tasks[5]?.subDuties[0]).toContain('để tiến hành các hoạt động vi phạm pháp luật.');
    expect(plan.tasks[5]?.subDuties).toHaveLength(2);
  });

  it('tags topics from the keyword model', () => {
    expect(plan.tasks[5]?.topics).toContain('religion');
    expect(plan.tasks[7]?.topics).toContain('ethnic-minorities');
    expect(plan.tasks[6]?.topics).toContain('vulnerable-groups');
  });

  it('cites the national plan 04/KH-BCĐNQ with its issuer and reads the report through the standing office', () => {
    expect(plan.references).toEqual([
      expect.objectContaining({
        type: 'Kế hoạch',
        number: '04/KH-BCĐNQ',
        date: '2023-05-12',
        issuer: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ',
      }),
    ]);
    expect(plan.reportingRules).toEqual([
      expect.objectContaining({ period: 'once', dueDay: null, due: null, to: 'Công an tỉnh' }),
    ]);
  });

  it('lists the recipients', () => {
    expect(plan.recipients[0]).toBe('Văn phòng Ban chỉ đạo nhân quyền Chính phủ (đề b/cáo)');
    expect(plan.recipients).toContain('UBND các huyện, thành phố');
    expect(plan.recipients).toHaveLength(8);
  });
});

describe('seed 004 — Bắc Giang 2022, text from a PDF', () => {
  const text = read('004_');
  const result = importDocument(text);
  const plan = planOf(text);

  it('has no header: number and date null with warnings, never invented', () => {
    expect(plan.number).toBeNull();
    expect(plan.typeCode).toBeNull();
    expect(plan.issuedOn).toBeNull();
    expect(plan.place).toBeNull();
    expect(result.warnings.some((w) => w.includes('số, ký hiệu'))).toBe(true);
    expect(plan.title).toBe('Công tác đấu tranh, bảo vệ nhân quyền năm 2022');
    expect(plan.year).toBe(2022);
    expect(plan.issuer).toBe('Ban Chỉ đạo về nhân quyền tỉnh');
  });

  it('re-joins hard-wrapped lines without gluing items together', () => {
    expect(plan.purposes).toHaveLength(3);
    expect(plan.purposes[0]).toMatch(
      /^Nâng cao nhận thức .* Từ đó nêu cao tinh thần trách nhiệm, tích cực tham gia đấu tranh, bảo vệ nhân quyền\.$/u,
    );
    expect(plan.keyTasks).toHaveLength(5);
    expect(plan.tasks).toHaveLength(11);
    const police = plan.tasks[0];
    expect(police?.subDuties).toHaveLength(3);
    expect(police?.subDuties[0]).toContain('nghiệp vụ; không để xảy ra biểu tình');
  });

  it('assigns every agency heading, including the standing office heading with its descriptor', () => {
    expect(leadsOf(plan).map(([, l]) => l)).toEqual([
      ['Công an tỉnh'],
      ['Văn phòng UBND tỉnh'],
      ['Sở Ngoại vụ'],
      ['Sở Tư pháp'],
      ['Ban Tuyên giáo Tỉnh ủy'],
      ['Sở Thông tin và Truyền thông'],
      ['Ban Dân tộc'],
      ['Sở Nội vụ'],
      ['Sở Lao động - Thương binh và Xã hội'],
      ['Liên hiệp các tổ chức hữu nghị tỉnh'],
      ['UBND các huyện, thành phố'],
    ]);
    expect(plan.tasks.every((t) => t.leads.every((l) => canonical.has(l.agency) && !l.requested))).toBe(true);
    expect(plan.tasks[5]?.coordinators).toEqual(['Công an tỉnh']);
  });

  it('reads the monthly report before the 15th through Công an tỉnh', () => {
    expect(plan.reportingRules).toEqual([
      expect.objectContaining({ period: 'month', dueDay: 15, due: null, to: 'Công an tỉnh' }),
    ]);
  });

  it('keeps all four items of section IV, not only the reporting rule', () => {
    expect(plan.implementation).toHaveLength(4);
    expect(plan.implementation[1]).toMatch(/^Chủ động thu thập số liệu, viết bài gửi cơ quan Thường trực/u);
    expect(plan.implementation[2]).toContain(
      'hằng tháng, Cơ quan Thường trực Ban Chỉ đạo nhân quyền cung cấp',
    );
    expect(plan.implementation[3]).toMatch(/^Giao Công an tỉnh .+ tỉnh theo dõi, đôn đốc, kiểm tra/u);
  });

  it('cites five higher documents, sharing "của Ban Bí thư" across "… và …"', () => {
    expect(plan.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Chương trình', '02/CTr-BCĐNQ', '2022-01-27', 'Ban Chỉ đạo nhân quyền Chính phủ'],
      ['Chỉ thị', '44-CT/TW', '2010-07-20', 'Ban Bí thư Trung ương Đảng'],
      ['Thông báo kết luận', '46-TB/TW', '2018-02-06', 'Ban Bí thư Trung ương Đảng'],
      ['Quyết định', '1252/QĐ-TTg', '2019-06-29', 'Thủ tướng chính phủ'],
      ['Quyết định', '1719/QĐ-TTg', '2021-10-14', 'Thủ tướng Chính phủ'],
    ]);
  });

  it('reads the signature without a capacity line and the recipients with a wrapped item', () => {
    expect(plan.signer).toEqual({
      name: 'Mai Sơn',
      title: 'Trưởng ban, Phó Chủ tịch TT UBND tỉnh',
      capacity: null,
    });
    expect(plan.recipients[0]).toBe('Văn phòng Ban Chỉ đạo nhân quyền Chính phủ (để b/cáo)');
    expect(plan.recipients).toHaveLength(11);
  });
});

describe('every seed', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s imports as a plan that satisfies the contract', (file) => {
    const result = importDocument(readFileSync(path.join(SEEDS, file), 'utf8'));
    expect(ZImportResult.parse(result).kind).toBe('plan');
  });
});
