import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Consolidation } from '@bcdnq/domain/reports';

export const TOTALS_SHEET_NAME = 'Tổng hợp';
export const PARTS_SHEET_NAME = 'Chi tiết';
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

type Sheet = ExcelJS.Worksheet;
/** The title and header rows stay in view (the streaming writer takes views when a sheet is added only). */
const FROZEN_HEAD: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 0, ySplit: 2 }];

/**
 * One sheet: a title over the columns, a header row, then the rows, each committed (written out and forgotten) as
 * it is added — a five-year sheet of parts has tens of thousands of rows.
 */
function table(
  sheet: Sheet,
  title: string,
  headers: string[],
  widths: number[],
  rows: Iterable<(string | number)[]>,
): void {
  // Styled per column, not per cell.
  sheet.columns = widths.map((width) => ({
    width,
    style: { font: FONT, alignment: { vertical: 'top', wrapText: true } },
  }));
  sheet.mergeCells(1, 1, 1, headers.length);
  const top = sheet.getCell(1, 1);
  top.value = title;
  top.font = { ...FONT, size: 14, bold: true };
  top.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 36;
  sheet.getRow(1).commit();
  const head = sheet.getRow(2);
  head.values = headers;
  head.eachCell((c) => {
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = BORDER;
  });
  head.commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}

/** The consolidated figures: one sheet of totals per indicator, one of the parts behind them (agency, report, value). */
export async function renderConsolidationXlsx(consolidation: Consolidation, title: string): Promise<Buffer> {
  // The streaming writer writes each row out as it comes: the whole workbook is never held as cell objects.
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    // Compressed as the in-memory writer did (the streaming one's default is faster and a third larger).
    zip: { zlib: { level: 6 } },
  });
  workbook.creator = 'Ban Chỉ đạo Nhân quyền';
  const heading = `${title} (${ddmmyyyy(consolidation.from)} – ${ddmmyyyy(consolidation.to)})`;
  table(
    workbook.addWorksheet(TOTALS_SHEET_NAME, { views: FROZEN_HEAD }),
    heading,
    ['TT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Số báo cáo'],
    [6, 22, 48, 14, 12, 12],
    consolidation.indicators.map((i, n) => [n + 1, i.code, i.name, i.unit, i.total, i.parts.length]),
  );
  table(
    workbook.addWorksheet(PARTS_SHEET_NAME, { views: FROZEN_HEAD }),
    heading,
    [
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị báo cáo',
      'Tính vào đơn vị',
      'Từ ngày',
      'Đến ngày',
      'Giá trị',
      'Nguồn',
      'Mã báo cáo',
    ],
    [22, 40, 36, 36, 12, 12, 10, 12, 38],
    (function* () {
      for (const i of consolidation.indicators)
        for (const p of i.parts)
          yield [
            i.code,
            i.name,
            p.agencyName,
            p.rollupAgencyName,
            ddmmyyyy(p.periodStart),
            ddmmyyyy(p.periodEnd),
            p.value,
            p.source === 'portal' ? 'Cổng thông tin' : 'Báo cáo',
            p.reportId ?? p.link ?? '',
          ];
    })(),
  );
  await workbook.commit();
  return Buffer.concat(chunks);
}
