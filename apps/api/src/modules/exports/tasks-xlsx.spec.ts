import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencyName, tasks } from './export-fixtures.js';
import { TASKS_SHEET_NAME, renderTasksXlsx } from './tasks-xlsx.js';

const HEADERS = [
  'STT',
  'Kế hoạch',
  'Mục',
  'Nội dung nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Lĩnh vực',
  'Trạng thái',
];
const PLAN_TITLE = 'Công tác bảo vệ, đấu tranh về nhân quyền năm 2024';

/** Reads the file back with exceljs, as a user's spreadsheet program would open it. */
async function openXlsx(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet(TASKS_SHEET_NAME);
  if (!sheet)
    throw new Error(
      `no sheet named ${TASKS_SHEET_NAME}; sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`,
    );
  return sheet;
}

async function sheetXml(buffer: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')?.async('string');
  if (!xml) throw new Error('xl/worksheets/sheet1.xml missing');
  return xml;
}

const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  HEADERS.map((_, i) => sheet.getRow(row).getCell(i + 1).value);

describe('renderTasksXlsx', () => {
  let file: Buffer;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    file = await renderTasksXlsx(tasks, agencyName, { title: 'Nhiệm vụ năm 2024 — Kế hoạch 25/KH-UBND' });
    sheet = await openXlsx(file);
  });

  it('heads the one sheet with the title across all columns, then the header row', () => {
    expect(sheet.getCell('A1').value).toBe('Nhiệm vụ năm 2024 — Kế hoạch 25/KH-UBND');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.model.merges).toContain('A1:I1');
    expect(values(sheet, 2)).toEqual(HEADERS);
    expect(sheet.getCell('D2').font?.bold).toBe(true);
  });

  it('writes one row per task in the given order, with names, topic and status labels', () => {
    expect(sheet.rowCount).toBe(2 + tasks.length);
    expect(values(sheet, 3)).toEqual([
      1,
      PLAN_TITLE,
      'III.2',
      'Thực hiện tốt công tác đánh giá, dự báo tình hình, chủ động tham mưu các biện pháp xử lý các vấn đề nhạy cảm có liên quan đến dân chủ, nhân quyền trong quan hệ hợp tác quốc tế.\n- Tiếp tục phối hợp, đẩy mạnh và nâng cao hiệu quả công tác thông tin, tuyên truyền đối ngoại.',
      'Văn phòng UBND tỉnh',
      '',
      new Date(Date.UTC(2024, 2, 20)),
      'Thông tin đối ngoại, Hợp tác quốc tế',
      'Đang thực hiện',
    ]);
    expect(values(sheet, 5).slice(4)).toEqual([
      'Ban Tuyên giáo Tỉnh ủy (đề nghị)',
      'Sở Thông tin và Truyền thông',
      'Định kỳ hằng tháng',
      'Tuyên truyền',
      'Hoàn thành',
    ]);
  });

  it('stores a deadline as a real date formatted dd/mm/yyyy, and other schedules in words', () => {
    const due = sheet.getCell('G3');
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2024-03-20T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('G4').value).toBe('Thường xuyên');
    expect(sheet.getCell('G6').value).toBe('Từ ngày 30/11/2024 đến hết ngày 30/12/2024');
    expect(sheet.getCell('G4').numFmt ?? 'General').not.toBe('dd/mm/yyyy');
  });

  it('keeps the names a plan was issued with over the catalogue', () => {
    expect(sheet.getCell('E6').value).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh');
  });

  it('freezes the rows down to the header and puts an autofilter over the table', async () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:I6');
    const xml = await sheetXml(file);
    expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    expect(xml).toContain('<autoFilter ref="A2:I6"/>');
  });

  it('wraps text and sizes the columns for reading', () => {
    expect(sheet.getCell('D3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getColumn(4).width).toBe(60);
    expect(sheet.getColumn(1).width).toBeLessThan(10);
    // Row 3's duty (two lines of text plus a bullet) needs several lines at 60 characters wide.
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(4 * 16);
    expect(sheet.getRow(6).height).toBeLessThan(sheet.getRow(3).height);
  });

  it('still gives a header and a filter for an empty list, under a default title', async () => {
    const empty = await openXlsx(await renderTasksXlsx([], agencyName));
    expect(empty.getCell('A1').value).toBe('DANH SÁCH NHIỆM VỤ');
    expect(values(empty, 2)).toEqual(HEADERS);
    expect(empty.autoFilter).toBe('A2:I2');
  });
});
