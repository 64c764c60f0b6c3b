import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Plan } from '@bcdnq/domain/plans';
import type { Consolidation } from '@bcdnq/domain/reports';
import {
  bodyParagraph,
  centred,
  footer,
  header,
  packDocument,
  rule,
  sectionHeading,
  TEXT_WIDTH,
} from './plan-docx.js';
import { shortDate } from './plan-wording.js';

const pt = (points: number) => points * 2;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const COLUMNS = [
  Math.round(TEXT_WIDTH * 0.08),
  Math.round(TEXT_WIDTH * 0.52),
  Math.round(TEXT_WIDTH * 0.2),
  0,
].map((w, i, all) => (i === 3 ? TEXT_WIDTH - all.slice(0, 3).reduce((a, b) => a + b, 0) : w));

function tableCell(
  text: string,
  width: number,
  bold = false,
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [new Paragraph({ alignment: align, children: [new TextRun({ text, bold, size: pt(13) })] })],
  });
}

/** The figures as a bordered table: number, indicator, unit, total. */
function figuresTable(consolidation: Consolidation): Table {
  const rows = consolidation.indicators.filter((i) => i.parts.length > 0);
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = COLUMNS;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          tableCell('TT', w0, true, AlignmentType.CENTER),
          tableCell('Chỉ tiêu', w1, true, AlignmentType.CENTER),
          tableCell('Đơn vị tính', w2, true, AlignmentType.CENTER),
          tableCell('Tổng số', w3, true, AlignmentType.CENTER),
        ],
      }),
      ...rows.map(
        (i, index) =>
          new TableRow({
            cantSplit: true,
            children: [
              tableCell(String(index + 1), w0, false, AlignmentType.CENTER),
              tableCell(i.name, w1),
              tableCell(i.unit, w2, false, AlignmentType.CENTER),
              tableCell(i.total.toLocaleString('vi-VN'), w3, false, AlignmentType.RIGHT),
            ],
          }),
      ),
    ],
  });
}

const percent = (rate: number | null) =>
  rate === null ? '—' : `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

/**
 * The consolidated report (báo cáo tổng hợp) as a Decree 30 document: the plan's header, signature and recipients,
 * the figures of the accepted reports, the narrative draft (edited or as gathered), the reporting rates and the
 * reports still missing.
 */
export async function renderConsolidationDocx(
  plan: Plan | null,
  consolidation: Consolidation,
  text: string,
): Promise<Buffer> {
  const issuer = plan?.issuer ?? 'Ban Chỉ đạo Nhân quyền tỉnh';
  const today = new Date().toISOString().slice(0, 10);
  const range = `từ ngày ${shortDate(consolidation.from)} đến ngày ${shortDate(consolidation.to)}`;
  const lines = text.split(/\r?\n/u).map((l) => l.trim());
  const children: (Paragraph | Table)[] = [
    header({
      issuer,
      number: null,
      place: plan?.place ?? null,
      issuedOn: null,
      year: Number(today.slice(0, 4)),
      typeCode: 'BC',
    }),
    centred('BÁO CÁO', { bold: true, size: pt(14) }, { before: 480 }),
    centred(
      `Kết quả thực hiện ${plan ? plan.title.replace(/^Kế hoạch\s+/iu, 'Kế hoạch ') : 'công tác nhân quyền'}`,
      { bold: true, size: pt(14) },
    ),
    centred(`(${range})`, { italics: true, size: pt(14) }),
    rule(TEXT_WIDTH, 1600),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    sectionHeading('SỐ LIỆU TỔNG HỢP'),
    bodyParagraph(
      `Tổng hợp từ ${consolidation.received}/${consolidation.expected} báo cáo phải nộp (tỷ lệ báo cáo ${percent(consolidation.reportingRate)}, đúng hạn ${percent(consolidation.onTimeRate)}); chỉ số liệu của báo cáo đã được tiếp nhận được tính.`,
    ),
    figuresTable(consolidation),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    ...lines.filter(Boolean).map((l) => (/^[IVX]+\.\s/u.test(l) ? sectionHeading(l) : bodyParagraph(l))),
  ];
  if (consolidation.pending.length > 0) {
    children.push(sectionHeading('BÁO CÁO CHƯA ĐƯỢC TỔNG HỢP'));
    for (const p of consolidation.pending) {
      children.push(
        bodyParagraph(
          `- ${p.agencyName}: kỳ ${shortDate(p.periodStart)} – ${shortDate(p.periodEnd)}, hạn ${shortDate(p.dueOn)}${p.late ? ' (trễ hạn)' : ''}.`,
        ),
      );
    }
  }
  children.push(
    new Paragraph({ spacing: { before: 0, after: 240 }, keepNext: true, children: [] }),
    footer({ recipients: plan?.recipients ?? [], signer: plan?.signer ?? null }),
  );
  return packDocument(`Báo cáo tổng hợp ${range}`, issuer, children);
}
