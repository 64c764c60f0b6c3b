import type { Schedule } from '@bcdnq/domain/tasks';
import type { Task } from '@bcdnq/domain/tasks';

/** One line of the issuing body's name in the header; Decree 30 sets the body itself in bold, its superior not. */
export type HeadingLine = { text: string; bold: boolean };

const upper = (s: string): string => s.toLocaleUpperCase('vi-VN');

/** "UBND" is how the documents abbreviate it; the header always spells the body out. */
function expandAbbreviations(name: string): string {
  return name
    .replace(/^UBND\b/u, 'Ủy ban nhân dân')
    .replace(/^HĐND\b/u, 'Hội đồng nhân dân')
    .replace(/^BCĐ\b/u, 'Ban Chỉ đạo');
}

const LOCALITY = /^(.*?)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\S.*)$/iu;
const PEOPLES_BODY = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)$/iu;
// Provincial bodies whose superior is the provincial People's Committee: Decree 30 names the superior above them.
const UNDER_PEOPLES_COMMITTEE = /^(?:Sở\s|Ban Chỉ đạo|Văn phòng Ủy ban|Văn phòng UBND)/iu;

/**
 * The issuing body as the header prints it: "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH", or a superior over the body
 * ("UBND TỈNH BẮC GIANG / BAN CHỈ ĐẠO NHÂN QUYỀN"). An issuer already written on several lines is kept as written.
 */
export function issuerHeading(issuer: string | null): HeadingLine[] {
  const raw = (issuer ?? '').trim();
  if (!raw) return [{ text: '……………………', bold: true }];
  const written = raw
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  if (written.length > 1)
    return written.map((text, i) => ({ text: upper(text), bold: i === written.length - 1 }));

  // The catalogue sometimes names a province's committee just "Tỉnh Bắc Ninh".
  const name = /^(?:tỉnh|thành phố)\s/iu.test(raw) ? `Ủy ban nhân dân ${raw}` : expandAbbreviations(raw);
  const match = LOCALITY.exec(name);
  if (!match) return [{ text: upper(name), bold: true }];
  const [, body = '', locality = ''] = match;
  if (PEOPLES_BODY.test(body))
    return [
      { text: upper(body), bold: true },
      { text: upper(locality), bold: true },
    ];
  if (UNDER_PEOPLES_COMMITTEE.test(body)) {
    return [
      { text: upper(`UBND ${locality}`), bold: false },
      { text: upper(body), bold: true },
    ];
  }
  return [
    { text: upper(body), bold: true },
    { text: upper(locality), bold: true },
  ];
}

/** The issuer's code in a document number ("UBND", "BCĐNQ"), for a draft that has no number yet. */
export function issuerCode(issuer: string | null): string {
  const name = expandAbbreviations((issuer ?? '').trim());
  if (/^(?:tỉnh|thành phố)\s|^Ủy ban nhân dân|^Uỷ ban nhân dân/iu.test(name)) return 'UBND';
  if (/^Ban Chỉ đạo\s+(?:về\s+)?nhân quyền/iu.test(name)) return 'BCĐNQ';
  return '…';
}

/** "Số: 25/KH-UBND"; a draft keeps the number blank for the clerk to write in ("Số:      /KH-UBND"). */
export function documentNumberLine(number: string | null, issuer: string | null, typeCode = 'KH'): string {
  const blank = '      ';
  const value = (number ?? '').replace(/^\s*Số\s*:?\s*/iu, '').trim();
  if (!value) return `Số:${blank}/${typeCode}-${issuerCode(issuer)}`;
  if (value.startsWith('/')) return `Số:${blank}${value}`;
  return `Số: ${value}`;
}

function isoParts(iso: string): { y: number; m: number; d: number } {
  const [y = 0, m = 0, d = 0] = iso.slice(0, 10).split('-').map(Number);
  return { y, m, d };
}

/**
 * "Bắc Ninh, ngày 02 tháng 02 năm 2024". Decree 30 pads days below 10 and the months 1 and 2 with a zero (so
 * "tháng 02" cannot be altered into "tháng 12"), other months not. A draft leaves day and month for the signing day.
 */
export function placeDateLine(place: string | null, issuedOn: string | null, year: number): string {
  const where = place?.trim() || '……………';
  if (!issuedOn) return `${where}, ngày     tháng     năm ${year}`;
  const { y, m, d } = isoParts(issuedOn);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${where}, ngày ${day} tháng ${month} năm ${y}`;
}

/** "20/3/2019": the short date the documents' body text uses. */
export function shortDate(iso: string): string {
  const { y, m, d } = isoParts(iso);
  return `${d}/${m}/${y}`;
}

const RECURRENCE_WORDS = {
  month: 'định kỳ hằng tháng',
  'half-year': 'định kỳ 6 tháng',
  year: 'định kỳ hằng năm',
} as const;

/** The schedule as the plan words it: "trước ngày 20/3/2019", "định kỳ hằng tháng", "thường xuyên". */
export function scheduleInWords(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'continuous':
      return 'thường xuyên';
    case 'deadline':
      return `trước ngày ${shortDate(schedule.due)}`;
    case 'window':
      return `từ ngày ${shortDate(schedule.from)} đến hết ngày ${shortDate(schedule.to)}`;
    case 'recurring':
      return RECURRENCE_WORDS[schedule.every];
  }
}

/** The line under a duty: a deadline is a "Thời hạn", anything else a time of implementation. */
export function scheduleLine(schedule: Schedule): string {
  const label = schedule.kind === 'deadline' ? 'Thời hạn' : 'Thời gian thực hiện';
  return `${label}: ${scheduleInWords(schedule)}.`;
}

/** "A", "A và B", "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1] ?? ''}`;
}

/** Names as they stood when the plan was issued win over today's catalogue: an old plan keeps its wording. */
export function agencyNamer(task: Task, agencyName: (id: string) => string): (id: string) => string {
  return (id) => task.agencyNames?.[id] ?? agencyName(id);
}

/**
 * The parenthetical naming who does the duty: "(Sở Tư pháp chủ trì, phối hợp với … thực hiện)", with "Đề nghị"
 * before a body the issuer can only request (the Party's committees, the Front).
 */
export function assignmentNote(task: Task, agencyName: (id: string) => string): string | null {
  const nameOf = agencyNamer(task, agencyName);
  const direct = task.leads.filter((l) => !l.requested).map((l) => nameOf(l.agencyId));
  const requested = task.leads.filter((l) => l.requested).map((l) => nameOf(l.agencyId));
  const coordinators = task.coordinatorIds.map(nameOf);
  const withWhom = coordinators.length > 0 ? `, phối hợp với ${joinNames(coordinators)}` : '';
  if (direct.length === 0 && requested.length === 0) {
    return coordinators.length > 0 ? `(${joinNames(coordinators)} phối hợp thực hiện)` : null;
  }
  if (direct.length === 0) return `(Đề nghị ${joinNames(requested)} chủ trì${withWhom} thực hiện)`;
  const alsoRequested = requested.length > 0 ? `; đề nghị ${joinNames(requested)} cùng chủ trì` : '';
  return `(${joinNames(direct)} chủ trì${alsoRequested}${withWhom} thực hiện)`;
}
