import type { ImportedReport, ImportedReportPeriod, ReportSection } from '@bcdnq/domain/import';
import type { Signer } from '@bcdnq/domain/plans';
import type { AgencyMatcher } from './agency-matcher.js';
import { readFigures } from './figure-parse.js';
import {
  findIssuer,
  findNumber,
  findPlaceDate,
  metadataDate,
  readMetadata,
  readNumber,
} from './header-parse.js';
import {
  canonicalIssuer,
  findTailStart,
  findTitleLine,
  firstRomanLine,
  readRecipients,
  readTitle,
} from './plan-parse.js';
import { findReferences } from './reference-parse.js';
import { isSignatureLine, parseSignature } from './signature-parse.js';
import { buildBlocks, type Block } from './text-blocks.js';
import { clip, cleanLine, foldSameLength, isUpperCaseText } from './text-normalize.js';
import { endOfMonth, isoDate, NUMERIC_DATE } from './vn-date.js';

const ROMAN_VALUE = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
]);

/**
 * The period a report covers, from phrases of its title (or first lines): "tháng 5/2023", "quý III năm 2023",
 * "6 tháng đầu năm 2023", "9 tháng", "năm 2023" (a yearly report), "từ ngày 15/12/2022 đến ngày 14/6/2023".
 */
export function readPeriod(text: string, fallbackYear: number | null): ImportedReportPeriod | null {
  const f = foldSameLength(text);
  const range = new RegExp(
    String.raw`(?:tu|tinh tu)\s+ngay\s+${NUMERIC_DATE}\s*(?:den|toi|-)\s*(?:het\s+)?(?:ngay\s+)?${NUMERIC_DATE}`,
  ).exec(f);
  const explicit = range
    ? {
        start: isoDate(Number(range[1]), Number(range[2]), Number(range[3])),
        end: isoDate(Number(range[4]), Number(range[5]), Number(range[6])),
      }
    : null;
  const yearOf = (m: RegExpExecArray | null, group: number) => (m?.[group] ? Number(m[group]) : fallbackYear);
  const make = (
    kind: ImportedReportPeriod['kind'],
    year: number | null,
    from: [number, number],
    to: [number, number],
  ): ImportedReportPeriod => ({
    kind,
    start: explicit?.start ?? (year ? isoDate(from[1], from[0], year) : null),
    end:
      explicit?.end ?? (year ? (to[1] === 0 ? endOfMonth(to[0], year) : isoDate(to[1], to[0], year)) : null),
  });
  const quarter = /(?<![a-z])quy\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(f);
  if (quarter) {
    const q = ROMAN_VALUE.get(quarter[1] ?? '') ?? 1;
    return make('quarter', yearOf(quarter, 2), [q * 3 - 2, 1], [q * 3, 0]);
  }
  const months = /(?<![\d])0?(6|sau|9|chin|3|ba)\s+thang\s+(dau|cuoi)?\s*(?:nam\s*)?(\d{4})?/.exec(f);
  if (months) {
    const n = { '6': 6, sau: 6, '9': 9, chin: 9, '3': 3, ba: 3 }[months[1] as '6'] ?? 6;
    const year = yearOf(months, 3);
    if (n === 6 && months[2] === 'cuoi') return make('half-year', year, [7, 1], [12, 0]);
    if (n === 6) return make('half-year', year, [1, 1], [6, 0]);
    if (n === 9) return make('nine-months', year, [1, 1], [9, 0]);
    return make('quarter', year, [1, 1], [3, 0]);
  }
  const month = /(?<![a-z])thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/.exec(f);
  if (month) {
    const m = Number(month[1]);
    if (m >= 1 && m <= 12) return make('month', Number(month[2]), [m, 1], [m, 0]);
  }
  const year = /(?:tong ket|ca nam|hang nam|nam)\s+(\d{4})/.exec(f);
  if (year && !/chuyen de/.test(f)) return make('year', Number(year[1]), [1, 1], [12, 0]);
  if (explicit) return { kind: 'other', start: explicit.start, end: explicit.end };
  return null;
}

// Section headings of a report (folded), tried in order of the first word's position in the heading.
const SECTION_WORDS: readonly (readonly [ReportSection, readonly string[]])[] = [
  ['situation', ['tinh hinh', 'dac diem']],
  [
    'results',
    [
      'ket qua',
      'cong tac da trien khai',
      'viec da lam',
      'cong tac chi dao',
      'danh gia chung',
      'trien khai thuc hien',
    ],
  ],
  ['shortcomings', ['ton tai', 'han che', 'kho khan', 'vuong mac', 'bat cap']],
  ['causes', ['nguyen nhan']],
  [
    'directions',
    [
      'phuong huong',
      'nhiem vu trong tam',
      'nhiem vu thoi gian toi',
      'nhiem vu, giai phap',
      'ke hoach thoi gian toi',
      'nhiem vu tiep theo',
      'giai phap',
    ],
  ],
  ['proposals', ['de xuat', 'kien nghi', 'de nghi']],
];

/** The sections a heading names, in the order it names them ("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" → two). */
export function reportSectionsOf(heading: string): ReportSection[] {
  const f = foldSameLength(heading);
  const found: { section: ReportSection; at: number }[] = [];
  for (const [section, words] of SECTION_WORDS) {
    const at = Math.min(...words.map((w) => f.indexOf(w)).filter((i) => i >= 0));
    if (Number.isFinite(at)) found.push({ section, at });
  }
  return found.sort((a, b) => a.at - b.at).map((x) => x.section);
}

const HEADING_MARKERS = new Set(['roman', 'number', 'subnumber', 'letter']);

function isHeadingBlock(block: Block, roman: boolean): boolean {
  if (roman)
    return (
      block.marker === 'roman' ||
      (block.marker === null && isUpperCaseText(block.text) && block.text.split(' ').length <= 14)
    );
  return (
    block.marker !== null &&
    HEADING_MARKERS.has(block.marker) &&
    block.text.split(' ').length <= 14 &&
    !/[.;]$/.test(block.text)
  );
}

type Sections = ImportedReport['sections'];

/**
 * Splits the body by its headings. A Roman heading (or a heading in capitals) sets the section; a numbered
 * heading under it switches only between the sections the Roman heading itself named ("III. TỒN TẠI, HẠN CHẾ VÀ
 * NGUYÊN NHÂN" → "1. Tồn tại…", "2. Nguyên nhân…"), or sets it when the Roman heading named none.
 */
function readSections(blocks: readonly Block[]): { sections: Sections; preamble: Block[] } {
  const parts = new Map<ReportSection, string[]>();
  const preamble: Block[] = [];
  let current: ReportSection | null = null;
  let named: ReportSection[] = [];
  let started = false;
  for (const block of blocks) {
    if (isHeadingBlock(block, true)) {
      started = true;
      named = reportSectionsOf(block.text);
      current = named[0] ?? null;
      continue;
    }
    if (!started) {
      preamble.push(block);
      continue;
    }
    if (isHeadingBlock(block, false)) {
      const here = reportSectionsOf(block.text)[0];
      if (here && (named.length === 0 || named.includes(here))) current = here;
    }
    if (!current) continue;
    const marker = block.label
      ? `${block.label}${block.marker === 'letter' ? ')' : '.'} `
      : block.marker === 'dash'
        ? '- '
        : block.marker === 'plus'
          ? '+ '
          : '';
    const list = parts.get(current) ?? [];
    list.push(`${marker}${block.text}`);
    parts.set(current, list);
  }
  const text = (s: ReportSection) => {
    const list = parts.get(s);
    return list && list.length > 0 ? clip(list.join('\n'), 500_000) : null;
  };
  return {
    sections: {
      situation: text('situation'),
      results: text('results'),
      shortcomings: text('shortcomings'),
      causes: text('causes'),
      directions: text('directions'),
      proposals: text('proposals'),
    },
    preamble,
  };
}

/** The reporting body: its canonical catalogue name when the catalogue knows it, else as written. */
function reportingAgency(issuer: string | null, matcher: AgencyMatcher, warnings: string[]): string | null {
  if (!issuer) {
    warnings.push('Không tìm thấy cơ quan báo cáo (no reporting body found)');
    return null;
  }
  const mentions = matcher.scan(issuer);
  const known = mentions.find((m) => m.known);
  if (known) return known.name;
  const canonical = canonicalIssuer(issuer, matcher);
  warnings.push(
    `Cơ quan báo cáo "${canonical ?? issuer}" không có trong danh mục — giữ nguyên tên (agency not in the catalogue)`,
  );
  return canonical ?? issuer;
}

// A signature phrase in capitals at the end of a line: the right-hand column of the tail, run into the left.
const RIGHT_COLUMN =
  /(?:^|[:;,.]\s*|\s{2,})((?:(?:T\/M|TM|KT|Q|TL|TUQ)\s*\.\s*)?[\p{Lu}][\p{Lu}\s.,-]{3,})$/u;

/**
 * The tail of a text layer often runs its two columns together: "Nơi nhận: KT. GIÁM ĐỐC", "- Sở Tư pháp;
 * PHÓ GIÁM ĐỐC". The capitals that end such lines (a capacity or a title) are moved after the left column, so
 * recipients and signature read as they were laid out.
 */
export function splitTailColumns(tail: readonly string[]): string[] {
  const left: string[] = [];
  const right: string[] = [];
  let sawRecipients = false;
  for (const raw of tail) {
    const line = cleanLine(raw);
    if (/^noi nhan\b/.test(foldSameLength(line))) sawRecipients = true;
    const m = sawRecipients ? RIGHT_COLUMN.exec(line) : null;
    const right1 = m?.[1]?.trim() ?? '';
    const before = m ? line.slice(0, m.index + (m[0].length - (m[1]?.length ?? 0))).trim() : '';
    if (
      m &&
      right1.split(/\s+/).length >= 2 &&
      isUpperCaseText(right1) &&
      isSignatureLine(right1) &&
      before.length > 0 &&
      !isUpperCaseText(before)
    ) {
      left.push(before);
      right.push(right1);
    } else if (
      sawRecipients &&
      right.length > 0 &&
      !/^[-+•]/u.test(line) &&
      !/^noi nhan\b/.test(foldSameLength(line)) &&
      !/^lưu\b/iu.test(line)
    ) {
      right.push(line);
    } else left.push(line);
  }
  return right.length > 0 ? [...left, '', ...right] : [...tail];
}

/** Parses an agency's report (text already normalised) into the contract's `report` object. */
export function parseReport(
  lines: readonly string[],
  matcher: AgencyMatcher,
  warnings: string[],
): ImportedReport {
  const metadata = readMetadata(lines.slice(0, 40));
  const titleLine = findTitleLine(lines, 200);
  let bodyStart = 0;
  let title: string | null = null;
  if (titleLine) {
    const t = readTitle(lines, titleLine.index + 1, titleLine.rest);
    title = t.title;
    bodyStart = t.end;
  }
  if (!title) warnings.push('Không tìm thấy trích yếu (tên) báo cáo (no title found)');
  const headerLines = lines.slice(0, titleLine ? titleLine.index : Math.min(lines.length, 40));
  let number = findNumber(headerLines);
  if (!number && metadata.number) number = readNumber(metadata.number);
  if (!number) warnings.push('Không tìm thấy số, ký hiệu văn bản (no document number found)');
  else if (!number.number)
    warnings.push('Văn bản chưa có số — có thể là dự thảo (the number is blank: a draft?)');
  const placeDate = findPlaceDate(headerLines.length > 0 ? headerLines : lines.slice(0, 40));
  const issuedOn = placeDate?.issuedOn ?? metadataDate(metadata.issuedOn);
  if (!issuedOn) warnings.push('Không tìm thấy ngày ban hành (no issue date found)');
  const agency = reportingAgency(findIssuer(headerLines) ?? metadata.issuer ?? null, matcher, warnings);

  const tailStart = findTailStart(lines, Math.max(bodyStart, firstRomanLine(lines, bodyStart)));
  const blocks = buildBlocks(lines.slice(bodyStart, tailStart), () => false, bodyStart);
  const { sections, preamble } = readSections(blocks);
  if (Object.values(sections).every((s) => s === null))
    warnings.push('Không nhận ra các phần của báo cáo (no report sections recognised)');

  const fallbackYear = placeDate?.year ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : null);
  const preambleText = preamble.map((b) => b.text).join('\n');
  const period = readPeriod(title ?? '', fallbackYear) ?? readPeriod(preambleText, fallbackYear);
  if (!period) warnings.push('Không xác định được kỳ báo cáo (no reporting period found)');

  // What the report answers: the plans and requests cited before its first section ("Thực hiện Kế hoạch số …").
  const answers = findReferences(`${title ?? ''}\n${preambleText}`, number?.number ?? null)
    .flatMap((r) => (r.number ? [{ number: clip(r.number.replace(/\s+/g, ''), 60), date: r.date }] : []))
    .slice(0, 50);

  const body = blocks.map((b) => b.text).join('\n');
  const { figures, unrecognised } = readFigures(body);

  const columns = splitTailColumns(lines.slice(tailStart));
  const tailLines = [...lines.slice(0, tailStart), ...columns];
  const tail = tailLines.slice(tailStart);
  const { recipients, used } = readRecipients(tailLines, tailStart);
  let signer: Signer | null = parseSignature(tail.filter((_, i) => !used.has(tailStart + i)));
  if (!signer && metadata.signer) signer = { name: clip(metadata.signer, 200), title: null, capacity: null };
  if (!signer) warnings.push('Không tìm thấy người ký (no signer found)');
  if (unrecognised.length > 0)
    warnings.push(
      `${unrecognised.length} số liệu không khớp chỉ tiêu nào — xem "unrecognisedFigures" (figures that match no indicator)`,
    );

  return {
    number: number?.number ?? null,
    issuedOn,
    place: placeDate?.place ? clip(placeDate.place, 100) : null,
    agency: agency ? clip(agency, 300) : null,
    title,
    period,
    answers,
    figures: figures.slice(0, 2000),
    unrecognisedFigures: unrecognised.slice(0, 2000),
    sections,
    signer,
    recipients,
  };
}

/** Lines of the document that say it is a report even without a "BÁO CÁO" title line: a "/BC-" number. */
export function looksLikeReport(lines: readonly string[]): boolean {
  return lines.slice(0, 30).some((l) => /(?:^|\s)s[ốo]\s*:\s*\d*\s*\/\s*BC\b/iu.test(cleanLine(l)));
}
