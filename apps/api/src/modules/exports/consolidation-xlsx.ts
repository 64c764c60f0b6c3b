import ExcelJS from 'exceljs';
import type { Consolidation } from '@bcdnq/domain/reports';

export const TOTALS_SHEET_NAME = 'Tổng hợp';
export const PARTS_SHEET_NAME = 'Chi tiết';
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function table(
  sheet: ExcelJS.Worksheet,
  title: string,
  headers: string[],
  widths: number[],
  rows: (string | number)[][],
): void {
  // Styled per column, not per cell: a five-year sheet of parts has tens of thousands of cells.
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
  const head = sheet.getRow(2);
  head.values = headers;
  head.eachCell((c) => {
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = BORDER;
  });
  sheet.addRows(rows);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 2 }];
}

/** The consolidated figures: one sheet of totals per indicator, one of the parts behind them (agency, report, value). */
export async function renderConsolidationXlsx(consolidation: Consolidation, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ban Chỉ đạo Nhân quyền';
  const heading = `${title} (${ddmmyyyy(consolidation.from)} – ${ddmmyyyy(consolidation.to)})`;
  table(
    workbook.addWorksheet(TOTALS_SHEET_NAME),
    heading,
    ['TT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Số báo cáo'],
    [6, 22, 48, 14, 12, 12],
    consolidation.indicators.map((i, n) => [n + 1, i.code, i.name, i.unit, i.total, i.parts.length]),
  );
  table(
    workbook.addWorksheet(PARTS_SHEET_NAME),
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
    consolidation.indicators.flatMap((i) =>
      i.parts.map((p) => [
        i.code,
        i.name,
        p.agencyName,
        p.rollupAgencyName,
        ddmmyyyy(p.periodStart),
        ddmmyyyy(p.periodEnd),
        p.value,
        p.source === 'portal' ? 'Cổng thông tin' : 'Báo cáo',
        p.reportId ?? p.link ?? '',
      ]),
    ),
  );
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
