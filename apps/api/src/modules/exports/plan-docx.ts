import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Plan } from '@bcdnq/domain/plans';
import { subDutiesBeyondText, type Task } from '@bcdnq/domain/tasks';
import {
  assignmentNote,
  documentNumberLine,
  issuerHeading,
  placeDateLine,
  scheduleLine,
} from './plan-wording.js';

/** A4 in twips (1/20 pt): Decree 30 prints administrative documents on A4 only. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
/** Decree 30, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; we take the narrow end. */
export const PLAN_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

// docx's own converter truncates (20 mm → 1133); rounding keeps the margins at the millimetre the decree names.
const mm = (value: number): number => Math.round((value * 1440) / 25.4);
const MARGIN = {
  top: mm(PLAN_MARGINS_MM.top),
  bottom: mm(PLAN_MARGINS_MM.bottom),
  left: mm(PLAN_MARGINS_MM.left),
  right: mm(PLAN_MARGINS_MM.right),
};
export const TEXT_WIDTH = A4_TWIPS.width - MARGIN.left - MARGIN.right;

const FONT = 'Times New Roman';
// Sizes are in half-points, as Word stores them.
const pt = (points: number): number => points * 2;
const BODY = pt(14);
const FIRST_LINE_INDENT = mm(10);
// Decree 30: at least 6 pt between paragraphs, line spacing from single to 1.5 lines.
const BODY_SPACING = { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO } as const;
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

// The header's two columns: the issuing body on the left, the national motto (wider) on the right.
const HEADER_COLUMNS = [mm(62), TEXT_WIDTH - mm(62)] as const;
const FOOTER_COLUMNS = [mm(80), TEXT_WIDTH - mm(80)] as const;

type RunStyle = { bold?: boolean; italics?: boolean; size?: number };

/** Word refuses a document whose text holds XML-illegal control characters, which pasted text sometimes does. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '');
}

const run = (text: string, style: RunStyle = {}): TextRun => new TextRun({ text: clean(text), ...style });

export function centred(
  text: string,
  style: RunStyle = {},
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT, ...spacing },
    children: [run(text, style)],
  });
}

/** A short rule centred in a column, as Decree 30 draws under the issuer, the motto and the title. */
export function rule(columnWidth: number, ruleWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - ruleWidth) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

export function bodyParagraph(text: string, style: RunStyle = {}, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext,
    children: [run(text, style)],
  });
}

export function sectionHeading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { ...BODY_SPACING, before: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);

/** A numbered statement whose later lines (its "- " bullets, as imported) follow as paragraphs of their own. */
function numbered(index: number, text: string): Paragraph[] {
  const [first = '', ...rest] = linesOf(text);
  return [bodyParagraph(`${index}. ${first}`), ...rest.map((l) => bodyParagraph(l))];
}

function borderlessTable(columns: readonly number[], rows: TableCell[][], cantSplit: boolean): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ cantSplit, children: cells })),
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });
}

/** What the Decree 30 header shows: issuer, number, place and date. */
export type DocumentHead = Pick<Plan, 'issuer' | 'number' | 'place' | 'issuedOn' | 'year'> & {
  typeCode?: string;
};

/** The Decree 30 header: issuing body and number on the left, national motto, place and date on the right. */
export function header(plan: DocumentHead): Table {
  const [left, right] = HEADER_COLUMNS;
  const issuer = issuerHeading(plan.issuer).map((line) =>
    centred(line.text, { bold: line.bold, size: pt(13) }),
  );
  const motto = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: pt(12) }),
    centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: pt(13) }),
  ];
  return borderlessTable(
    HEADER_COLUMNS,
    [
      [cell(left, [...issuer, rule(left, mm(22))]), cell(right, [...motto, rule(right, mm(60))])],
      [
        cell(left, [
          centred(
            documentNumberLine(plan.number, plan.issuer, plan.typeCode),
            { size: pt(13) },
            { before: 160 },
          ),
        ]),
        cell(right, [
          centred(
            placeDateLine(plan.place, plan.issuedOn, plan.year),
            { italics: true, size: pt(14) },
            { before: 160 },
          ),
        ]),
      ],
    ],
    true,
  );
}

function title(plan: Plan): Paragraph[] {
  return [
    centred('KẾ HOẠCH', { bold: true, size: pt(14) }, { before: 480 }),
    ...linesOf(plan.title).map((l) => centred(l, { bold: true, size: pt(14) })),
    rule(TEXT_WIDTH, mm(40)),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** "Căn cứ …;" for each cited document, then the sentence that introduces the plan's content. */
function legalBases(plan: Plan): Paragraph[] {
  const texts = plan.references.map((r) => r.text.trim()).filter(Boolean);
  if (texts.length === 0) return [];
  const lines = texts.map((t) => {
    const cited = /^(?:căn cứ|thực hiện)\s/iu.test(t) ? t : `Căn cứ ${t}`;
    return `${cited.replace(/[;,.]+$/u, '')};`;
  });
  const issuer = plan.issuer?.trim().replace(/^UBND\b/u, 'Ủy ban nhân dân');
  if (issuer) lines.push(`${issuer} ban hành Kế hoạch với những nội dung cụ thể như sau:`);
  return lines.map((l) => bodyParagraph(l));
}

function taskParagraphs(task: Task, index: number, agencyName: (id: string) => string): Paragraph[] {
  const out = numbered(index, task.text);
  for (const duty of subDutiesBeyondText(task.text, task.subDuties)) {
    const [first = '', ...rest] = linesOf(duty);
    out.push(bodyParagraph(`- ${first.replace(/^[-–•]\s*/u, '')}`), ...rest.map((l) => bodyParagraph(l)));
  }
  const note = assignmentNote(task, agencyName);
  if (note) out.push(bodyParagraph(note, { italics: true }));
  out.push(bodyParagraph(scheduleLine(task.schedule), { italics: true }));
  return out;
}

/**
 * A key task with an owner is imported as task "II.n" too, but section II already prints it with the lead it was
 * given; repeating it in section III would duplicate the duty in the signed text.
 */
function isKeyTaskShownInSectionII(task: Task, plan: Plan): boolean {
  const match = /^II\.(\d+)$/u.exec(task.ref ?? '');
  return match !== null && plan.keyTasks[Number(match[1]) - 1] !== undefined;
}

/** Decree 30 closes the body with "./." so nothing can be appended after it. */
function withEndMark(paragraphTexts: string[]): string[] {
  const last = paragraphTexts.at(-1);
  if (last === undefined || /\.\/\.$/u.test(last)) return paragraphTexts;
  return [...paragraphTexts.slice(0, -1), `${last.replace(/[.;:,]+$/u, '')}./.`];
}

/** Text compared without its spacing and closing punctuation: "a rule read from an item" is inside the item. */
const comparable = (text: string) =>
  text
    .replace(/\s+/gu, ' ')
    .replace(/[\s.;:,/]+$/u, '')
    .trim()
    .toLocaleLowerCase('vi-VN');

/**
 * Section IV: its items as the plan keeps them, then any reporting rule that is not already one of them (rules
 * read from section III, or a plan written before the items were kept), so each duty is printed once.
 */
function organisation(plan: Plan): Paragraph[] {
  const items = plan.implementation.map((t) => t.trim()).filter(Boolean);
  const keys = items.map(comparable);
  const rules = plan.reportingRules
    .map((r) => r.text.trim())
    .filter((t) => t !== '' && !keys.some((k) => k.includes(comparable(t))));
  const statements = [...items, ...rules];
  const texts =
    statements.length === 1
      ? linesOf(statements[0] ?? '')
      : statements.flatMap((t, i) => {
          const [first = '', ...rest] = linesOf(t);
          return [`${i + 1}. ${first}`, ...rest];
        });
  // The last paragraph travels with the signature: a page holding only "Nơi nhận" and the signature is not done.
  return withEndMark(texts).map((t, i, all) => bodyParagraph(t, {}, i === all.length - 1));
}

function recipientLine(recipient: string): Paragraph {
  const text = recipient.trim();
  // Sub-items of a recipient ("+ LĐVP, TKCT") sit under it, as the documents indent them.
  const isSubItem = /^\+/u.test(text);
  const bare = text.replace(/^[-–•]\s*/u, '');
  const line = isSubItem ? `  ${bare}` : `- ${bare}${/[;:.,]$/u.test(bare) ? '' : ';'}`;
  return new Paragraph({ spacing: TIGHT, children: [run(line, { size: pt(11) })] });
}

function signatureBlock(plan: Pick<Plan, 'signer'>): Paragraph[] {
  const signer = plan.signer;
  if (!signer) return [];
  // A capacity may hold the whole chain: "TM. Ủy ban nhân dân / KT. Chủ tịch".
  const capacities = (signer.capacity ?? '')
    .split(/\r?\n|\s+\/\s+/u)
    .map((l) => l.trim())
    .filter(Boolean);
  const heads = [...capacities, ...(signer.title ? [signer.title.trim()] : [])];
  return [
    ...heads.map((h) => centred(h.toLocaleUpperCase('vi-VN'), { bold: true, size: pt(14) })),
    // Room for the hand signature and the seal.
    centred(signer.name, { bold: true, size: pt(14) }, { before: 1700 }),
  ];
}

/** Recipients (Nơi nhận) on the left, the signature block on the right. */
export function footer(plan: Pick<Plan, 'recipients' | 'signer'>): Table {
  const [left, right] = FOOTER_COLUMNS;
  const recipients = [
    new Paragraph({
      spacing: TIGHT,
      children: [run('Nơi nhận:', { bold: true, italics: true, size: pt(12) })],
    }),
    ...plan.recipients.filter((r) => r.trim()).map(recipientLine),
  ];
  return borderlessTable(FOOTER_COLUMNS, [[cell(left, recipients), cell(right, signatureBlock(plan))]], true);
}

/** The plan as an administrative document (Decree 30/2020/NĐ-CP layout), ready to print, sign and file. */
export async function renderPlanDocx(
  plan: Plan,
  tasks: Task[],
  agencyName: (id: string) => string,
): Promise<Buffer> {
  const ordered = [...tasks]
    .sort((a, b) => a.position - b.position)
    .filter((t) => !isKeyTaskShownInSectionII(t, plan));
  const children: (Paragraph | Table)[] = [
    header(plan),
    ...title(plan),
    ...legalBases(plan),
    sectionHeading('I. MỤC ĐÍCH, YÊU CẦU'),
    ...plan.purposes.flatMap((p, i) => numbered(i + 1, p)),
    sectionHeading('II. NHIỆM VỤ TRỌNG TÂM'),
    ...plan.keyTasks.flatMap((k, i) => numbered(i + 1, k)),
    sectionHeading('III. PHÂN CÔNG NHIỆM VỤ'),
    ...ordered.flatMap((t, i) => taskParagraphs(t, i + 1, agencyName)),
    sectionHeading('IV. TỔ CHỨC THỰC HIỆN'),
    ...organisation(plan),
    new Paragraph({ spacing: { before: 0, after: 240 }, keepNext: true, children: [] }),
    footer(plan),
  ];

  return packDocument(`Kế hoạch ${plan.number ?? ''} ${plan.title}`, plan.issuer ?? '', children);
}

/** An A4 administrative document (Decree 30 margins, Times New Roman 14) holding the given paragraphs and tables. */
export async function packDocument(
  title: string,
  creator: string,
  children: (Paragraph | Table)[],
): Promise<Buffer> {
  const document = new Document({
    title: clean(title.replace(/\s+/gu, ' ').trim()),
    creator: clean(creator),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY, language: { value: 'vi-VN' } },
          paragraph: { spacing: TIGHT },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: { ...MARGIN, header: 0, footer: 0 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
