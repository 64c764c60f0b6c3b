import ExcelJS from 'exceljs';
import { TASK_STATUS_LABELS, TOPIC_LABELS, type Task } from '@bcdnq/domain/tasks';
import { agencyNamer, scheduleInWords } from './plan-wording.js';

export const TASKS_SHEET_NAME = 'Nhiệm vụ';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** The columns in order; widths are in Excel characters, sized for Vietnamese text wrapped on A4 landscape. */
export const TASK_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Kế hoạch', width: 30 },
  { header: 'Mục', width: 8 },
  { header: 'Nội dung nhiệm vụ', width: 60 },
  { header: 'Đơn vị chủ trì', width: 28 },
  { header: 'Đơn vị phối hợp', width: 28 },
  { header: 'Thời hạn', width: 16 },
  { header: 'Lĩnh vực', width: 22 },
  { header: 'Trạng thái', width: 16 },
] as const;

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);

/** A real date at UTC midnight: exceljs turns a Date into a serial from its UTC value, so no day is lost to time zones. */
function excelDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A deadline is a date one can sort and filter by; other schedules are words ("Thường xuyên"). */
function deadlineCell(task: Task): Date | string {
  if (task.schedule.kind === 'deadline') return excelDate(task.dueOn ?? task.schedule.due);
  return capitalise(scheduleInWords(task.schedule));
}

function duty(task: Task): string {
  return [task.text, ...task.subDuties.map((d) => `- ${d.replace(/^[-–•]\s*/u, '')}`)].join('\n');
}

const LINE_HEIGHT_PT = 16;

/**
 * Spreadsheet programs do not re-fit row heights of a generated file on opening, so wrapped cells would be cut
 * to one line; estimate the lines each cell wraps into from its column's width.
 */
function rowHeight(values: readonly (string | number | Date)[]): number {
  const lines = values.map((value, i) => {
    if (typeof value !== 'string') return 1;
    const perLine = Math.max(4, Math.floor((TASK_COLUMNS[i]?.width ?? 10) * 1.1) - 1);
    return value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  });
  return Math.max(1, ...lines) * LINE_HEIGHT_PT + 4;
}

function rowOf(task: Task, index: number, agencyName: (id: string) => string): (string | number | Date)[] {
  const nameOf = agencyNamer(task, agencyName);
  // A body the issuer can only request is marked, as the plan itself words it "Đề nghị …".
  const leads = task.leads.map((l) => (l.requested ? `${nameOf(l.agencyId)} (đề nghị)` : nameOf(l.agencyId)));
  return [
    index + 1,
    task.plan?.title ?? '',
    task.ref ?? '',
    duty(task),
    leads.join('; '),
    task.coordinatorIds.map(nameOf).join('; '),
    deadlineCell(task),
    task.topics.map((t) => TOPIC_LABELS[t].vi).join(', '),
    TASK_STATUS_LABELS[task.status].vi,
  ];
}

/** Tasks as a spreadsheet the standing office can filter, sort and print; rows keep the caller's order. */
export async function renderTasksXlsx(
  tasks: Task[],
  agencyName: (id: string) => string,
  options: { title?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ban Chỉ đạo Nhân quyền';
  const lastRow = HEADER_ROW + tasks.length;
  const sheet = workbook.addWorksheet(TASKS_SHEET_NAME, {
    views: [
      {
        state: 'frozen',
        xSplit: 0,
        ySplit: HEADER_ROW,
        topLeftCell: `A${HEADER_ROW + 1}`,
        activeCell: `A${HEADER_ROW + 1}`,
      },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  sheet.columns = TASK_COLUMNS.map((c) => ({ width: c.width }));

  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, TASK_COLUMNS.length);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = options.title?.trim() || 'DANH SÁCH NHIỆM VỤ';
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(TITLE_ROW).height = 36;

  const header = sheet.getRow(HEADER_ROW);
  header.values = TASK_COLUMNS.map((c) => c.header);
  header.height = 32;
  header.eachCell((c) => {
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = BORDER;
  });

  tasks.forEach((task, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    const values = rowOf(task, index, agencyName);
    row.values = values;
    row.height = rowHeight(values);
    for (let col = 1; col <= TASK_COLUMNS.length; col += 1) {
      const c = row.getCell(col);
      c.font = FONT;
      c.border = BORDER;
      const centredColumn = col === 1 || col === 3 || col === 7 || col === 9;
      c.alignment = { vertical: 'top', wrapText: true, horizontal: centredColumn ? 'center' : 'left' };
      if (c.value instanceof Date) c.numFmt = DATE_FORMAT;
    }
  });

  sheet.autoFilter = `A${HEADER_ROW}:${String.fromCharCode(64 + TASK_COLUMNS.length)}${lastRow}`;

  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
