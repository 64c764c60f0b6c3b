import type { ReportingRule, Signer } from '@bcdnq/domain/plans';
import { coordinatorsBeyondLeads } from '@bcdnq/domain/tasks';
import { looksLikeAgency, type AgencyMatcher } from './agency-matcher.js';
import {
  coordinatorsInText,
  parseAssignment,
  trailingParenthetical,
  type Assignment,
} from './assignment-parse.js';
import { sentenceCase } from './casing.js';
import {
  findIssuer,
  findNumber,
  findPlaceDate,
  metadataDate,
  readMetadata,
  readNumber,
  type Metadata,
} from './header-parse.js';
import type { ImportedLead, ImportedPlan, ImportedTask } from '@bcdnq/domain/import';
import { flattenItem, nestItems, splitSections, type Item, type Section } from './plan-sections.js';
import { findReferences } from './reference-parse.js';
import { detectSchedule, reportingRulesIn } from './schedule-parse.js';
import { isSignatureLine, parseSignature } from './signature-parse.js';
import { buildBlocks, matchMarker, type Block } from './text-blocks.js';
import {
  clip,
  cleanLine,
  foldSameLength,
  isUpperCaseText,
  squash,
  startsUpperCase,
} from './text-normalize.js';
import { detectTopics } from './topic-keywords.js';

/** Titles of administrative documents (folded); the importer reads plans and reports what else it saw. */
export const DOCUMENT_TITLES: readonly (readonly [string, string])[] = [
  ['ke hoach', 'Kế hoạch'],
  ['chuong trinh', 'Chương trình'],
  ['bao cao', 'Báo cáo'],
  ['quyet dinh', 'Quyết định'],
  ['cong van', 'Công văn'],
  ['thong bao', 'Thông báo'],
  ['to trinh', 'Tờ trình'],
  ['huong dan', 'Hướng dẫn'],
  ['chi thi', 'Chỉ thị'],
  ['nghi quyet', 'Nghị quyết'],
];

export type TitleLine = { index: number; type: string; rest: string };

/** The line that carries the document's type in capitals ("KẾ HOẠCH", "KẾ HOẠCH Công tác …"). */
export function findTitleLine(lines: readonly string[], limit: number): TitleLine | null {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const line = cleanLine(lines[i] ?? '');
    if (!line) continue;
    const f = foldSameLength(line);
    for (const [key, type] of DOCUMENT_TITLES) {
      if (!f.startsWith(key)) continue;
      const head = line.slice(0, key.length);
      const rest = line.slice(key.length).trim();
      // "KẾ HOẠCH" in capitals, alone or followed by the subject; "Kế hoạch số …" in running text is not it.
      if (isUpperCaseText(head) && (rest === '' || !/^(?:số|so)\b/iu.test(rest)) && !/^\d/.test(rest)) {
        return { index: i, type, rest };
      }
    }
  }
  return null;
}

const PREAMBLE_START =
  /^(?:can cu|thuc hien|trien khai|nham|de |theo |tren co so|qua |tiep tuc|ngay \d|nam \d{4}|thuc hien)/;

/** The subject lines under "KẾ HOẠCH", in sentence case when written in capitals. */
export function readTitle(
  lines: readonly string[],
  from: number,
  first: string,
): { title: string | null; end: number } {
  const parts: string[] = first ? [first] : [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = cleanLine(lines[i] ?? '');
    if (!line) {
      if (parts.length > 0 && i + 1 < lines.length && !cleanLine(lines[i + 1] ?? '')) {
        i++;
        break;
      }
      continue;
    }
    const f = foldSameLength(line);
    if (/^[-_=*~.\s]{3,}$/.test(line) || /^\(?du thao\)?$/.test(f)) continue;
    if (
      parts.length > 0 &&
      (PREAMBLE_START.test(f) || /^so\s*:/.test(f) || matchMarker(line)?.kind === 'roman')
    )
      break;
    if (parts.length === 0 && matchMarker(line)?.kind === 'roman') break;
    parts.push(line);
    const joined = parts.join(' ');
    if (/[.:;]$/.test(line) || joined.length > 400) {
      i++;
      break;
    }
  }
  if (parts.length === 0) return { title: null, end: i };
  const joined = squash(parts.join(' ')).replace(/[.:;]$/, '');
  return { title: clip(sentenceCase(joined), 1000), end: i };
}

/** Where the body stops: "Nơi nhận", a signature block, or the line after the closing "./.". */
export function findTailStart(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = cleanLine(lines[i] ?? '');
    if (!line) continue;
    const f = foldSameLength(line);
    if (/^noi nhan\b/.test(f)) return i;
    if (/\.\/\.$/.test(line)) return i + 1;
    if (isSignatureLine(line) && /^(?:t\/m|tm|kt|q|tl|tuq)\s*[.:]/.test(f)) return i;
  }
  return lines.length;
}

/** "Nơi nhận:" and the bullet list under it, continuation lines re-joined. */
export function readRecipients(
  lines: readonly string[],
  from: number,
): { recipients: string[]; used: Set<number> } {
  const recipients: string[] = [];
  const used = new Set<number>();
  let start = -1;
  for (let i = from; i < lines.length; i++) {
    if (/^noi nhan\b/.test(foldSameLength(cleanLine(lines[i] ?? '')))) {
      start = i;
      break;
    }
  }
  if (start < 0) return { recipients, used };
  used.add(start);
  const first = cleanLine(lines[start] ?? '').replace(/^\S+\s+\S+\s*:?\s*/u, '');
  let current: string | null = first ? first.replace(/^[-+•]\s*/u, '') : null;
  const push = () => {
    if (current) {
      const r = squash(current)
        .replace(/^[-+•\s]+/u, '')
        .replace(/[;,.]+$/u, '')
        .trim();
      if (r && recipients.length < 100) recipients.push(clip(r, 500));
    }
    current = null;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = cleanLine(lines[i] ?? '');
    if (!line) continue;
    if (isSignatureLine(line) || (isUpperCaseText(line) && !/^[-+•]/u.test(line))) break;
    if (/^[-+•]/u.test(line)) {
      push();
      current = line;
      used.add(i);
      continue;
    }
    if (current !== null && !/[;.]$/.test(current)) {
      current = `${current} ${line}`;
      used.add(i);
      continue;
    }
    break;
  }
  push();
  return { recipients, used };
}

type AgencyHeading = { leads: ImportedLead[]; unknown: string[] };

// Item openings that start like an agency ("Ban", "Sở", "Hội") but are verbs or events.
const NOT_AGENCY =
  /^(?:ban hanh|so ket|so bo|so luoc|hoi nghi|hoi thao|hoi dap|hoi thi|bao cao|cuc bo|phong chong|phong ngua|phong tranh|phong, chong)\b/;

/** "1. Sở Ngoại vụ", "10. Đề nghị Ban Tuyên giáo Tỉnh ủy", "1. Công an tỉnh - Cơ quan Thường trực": the lead. */
export function parseAgencyHeading(text: string, matcher: AgencyMatcher): AgencyHeading | null {
  const t = text.replace(/[:\s]+$/u, '');
  // Cheap refusals first: this runs on every line while paragraphs are re-joined.
  if (t.length > 160 || t.length < 2 || /[.;!?]$/.test(t) || !startsUpperCase(t)) return null;
  const folded = foldSameLength(t);
  const body = folded.replace(/^(?:de nghi|giao)\s+/, '');
  // An assignment sentence ("(X chủ trì, phối hợp với Y …") names agencies too, but is not a heading.
  if (
    NOT_AGENCY.test(body) ||
    /^\W/.test(body) ||
    /(?<![a-z])(?:chu tri|phoi hop|thuc hien)(?![a-z])/.test(body)
  )
    return null;
  const mentions = matcher.list(t, { allowUnknown: true, stopAtOther: true }, folded);
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  const whole = (): AgencyHeading | null => {
    // "Phòng Phổ biến, giáo dục pháp luật": a unit the catalogue does not know, whose name has a comma.
    const name = t.replace(/^\W*(?:Đề nghị|Giao)\s+/iu, '').trim();
    if (!looksLikeAgency(body) || name.split(/\s+/).length > 12 || /[;:]/.test(name)) return null;
    return { leads: [{ agency: name, requested: /^\W*de nghi\s/.test(folded) }], unknown: [name] };
  };
  if (!first || !last) return whole();
  if (!/^\W*(?:(?:de nghi|giao)\s+)?$/.test(folded.slice(0, first.start))) return whole();
  const rest = t.slice(last.end).trim();
  const restOk =
    rest === '' ||
    /^\(.*\)$/u.test(rest) ||
    /^[-–:]\s/u.test(rest) ||
    (/^(?:\p{Lu}\p{Ll}*\s*){1,3}$/u.test(rest) && !/[,;]/.test(rest));
  if (!restOk) return first.known ? null : whole();
  const requested = /^\W*de nghi\s/.test(folded);
  const leads: ImportedLead[] = [];
  for (const m of mentions)
    if (!leads.some((l) => l.agency === m.name)) leads.push({ agency: m.name, requested });
  return { leads, unknown: mentions.filter((m) => !m.known).map((m) => m.name) };
}

type TaskContext = {
  matcher: AgencyMatcher;
  year: number | null;
  warnings: string[];
  unknownAgencies: Set<string>;
};

function noteUnknown(ctx: TaskContext, names: readonly string[]): void {
  for (const n of names) ctx.unknownAgencies.add(n);
}

function subDutyText(item: Item): string {
  return flattenItem(item).join('\n');
}

function finishTask(
  ref: string,
  textParts: string[],
  subDuties: string[],
  leads: ImportedLead[],
  extraCoordinators: string[],
  ctx: TaskContext,
): ImportedTask | null {
  const text = clip(
    textParts.length > 0 ? textParts.join('\n') : subDuties.map((s) => `- ${s}`).join('\n'),
    20000,
  );
  if (!text.trim()) return null;
  const whole = [text, ...subDuties].join('\n');
  const fromText = coordinatorsInText(whole, ctx.matcher);
  const coordinators = coordinatorsBeyondLeads(
    leads.map((l) => l.agency),
    [...extraCoordinators, ...fromText.names],
  );
  if (leads.length === 0)
    ctx.warnings.push(`${ref}: không tìm thấy đơn vị chủ trì — cần chỉ định (no lead agency found)`);
  return {
    ref: clip(ref, 40),
    text,
    subDuties: subDuties.map((s) => clip(s, 5000)).filter((s) => s.trim().length > 0),
    leads,
    coordinators: coordinators.map((c) => clip(c, 300)),
    schedule: detectSchedule(whole, ctx.year),
    topics: detectTopics(whole),
  };
}

/**
 * Layout A — an agency as a heading ("2. Sở Ngoại vụ") followed by its duties: ONE task per heading, led by
 * that agency. The heading's plain paragraphs are the task's text; its bullets are the sub-duties (nested "+"
 * lines stay inside their bullet). When there are only bullets, the text lists them, so it is never empty.
 */
function taskFromHeading(
  ref: string,
  item: Item,
  heading: AgencyHeading,
  ctx: TaskContext,
): ImportedTask | null {
  noteUnknown(ctx, heading.unknown);
  const textParts: string[] = [];
  const subDuties: string[] = [];
  for (const child of item.children) {
    if (child.block.marker === null) textParts.push(...flattenItem(child));
    else subDuties.push(subDutyText(child));
  }
  return finishTask(ref, textParts, subDuties, heading.leads, [], ctx);
}

/** Finds the assignment of a numbered duty (layout B), from its last line back to its first. */
function findAssignment(
  item: Item,
  ctx: TaskContext,
): { assignment: Assignment; where: Item | null; before: string | null } | null {
  const nodes: Item[] = [];
  const walk = (it: Item) => {
    for (const c of it.children) {
      nodes.push(c);
      walk(c);
    }
  };
  walk(item);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (!node) continue;
    const found = assignmentOf(node.block, ctx);
    if (found) return { ...found, where: node };
  }
  const own = assignmentOf(item.block, ctx);
  if (own) return { ...own, where: null };
  return null;
}

function assignmentOf(
  block: Block,
  ctx: TaskContext,
): { assignment: Assignment; before: string | null } | null {
  const trailing = trailingParenthetical(block.text);
  if (trailing) {
    const assignment = parseAssignment(trailing.inner, ctx.matcher);
    if (assignment) return { assignment, before: trailing.before };
  }
  const f = foldSameLength(block.text);
  // "Sở Tư pháp: tổ chức …" — the agency named before a colon owns the duty.
  const colon = block.text.indexOf(':');
  if (colon > 0 && colon <= 120) {
    const head = parseAgencyHeading(block.text.slice(0, colon), ctx.matcher);
    if (head)
      return {
        assignment: { leads: head.leads, coordinators: [], unknown: head.unknown },
        before: block.text.slice(colon + 1).trim(),
      };
  }
  // "Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: …" on a line of its own.
  if (/^(?:\W*)(?:co quan|don vi)?\s*chu tri\s*:/.test(f)) {
    const assignment = parseAssignment(block.text, ctx.matcher);
    if (assignment) return { assignment, before: '' };
  }
  // "Sở Tư pháp chủ trì, phối hợp với … tổ chức …": the lead opens the duty.
  const opening = /(?<![a-z])chu tri(?![a-z])/.exec(f.slice(0, 200));
  if (opening && opening.index > 0) {
    const assignment = parseAssignment(block.text.slice(0, opening.index + 7), ctx.matcher);
    const prefix = block.text.slice(0, opening.index);
    if (
      assignment &&
      ctx.matcher.list(prefix, { allowUnknown: false, stopAtOther: true }).length > 0 &&
      !/[,;.]\s*\S+\s+\S+\s+\S+.*[,;.]/u.test(prefix)
    ) {
      const coords = parseAssignment(
        block.text.slice(0, Math.min(block.text.length, opening.index + 240)),
        ctx.matcher,
      );
      return { assignment: coords ?? assignment, before: null };
    }
  }
  return null;
}

/** Layout B — a numbered duty whose lead is named in a parenthetical, or in a "chủ trì" phrase. */
function taskFromDuty(ref: string, item: Item, ctx: TaskContext): ImportedTask | null {
  const found = findAssignment(item, ctx);
  // The parenthetical that named the lead is taken out of the duty's text; an opening "X chủ trì" stays.
  const textOf = (it: Item): string => {
    if (!found) return it.block.text;
    const isHere = found.where === it || (found.where === null && it === item);
    return isHere && found.before !== null ? found.before : it.block.text;
  };
  const textParts: string[] = [];
  const subDuties: string[] = [];
  const own = textOf(item);
  if (own) textParts.push(own);
  for (const child of item.children) {
    const lines = flattenItem(child, textOf);
    if (lines.length === 0) continue;
    if (child.block.marker === null) textParts.push(lines.join('\n'));
    else subDuties.push(lines.join('\n'));
  }
  if (found) noteUnknown(ctx, found.assignment.unknown);
  return finishTask(
    ref,
    textParts,
    subDuties,
    found?.assignment.leads ?? [],
    found?.assignment.coordinators ?? [],
    ctx,
  );
}

function itemRef(section: Section, item: Item, index: number): string {
  return `${section.label ?? 'III'}.${item.block.label && item.block.marker !== 'dash' && item.block.marker !== 'plus' && item.block.marker !== 'bullet' ? item.block.label : index + 1}`;
}

function tasksOf(section: Section, ctx: TaskContext): ImportedTask[] {
  const { items } = nestItems(section.blocks);
  const tasks: ImportedTask[] = [];
  items.forEach((item, index) => {
    const ref = itemRef(section, item, index);
    const heading = parseAgencyHeading(item.block.text, ctx.matcher);
    if (heading) {
      const t = taskFromHeading(ref, item, heading, ctx);
      if (t) tasks.push(t);
      return;
    }
    // A group title ("1. Công tác tuyên truyền") whose lettered items each name their own lead.
    const lettered = item.children.filter(
      (c) => c.block.marker === 'letter' || c.block.marker === 'subnumber',
    );
    const shortTitle = item.block.text.split(' ').length <= 12 && !/[.;]$/.test(item.block.text);
    if (
      shortTitle &&
      lettered.length > 0 &&
      lettered.some((c) => findAssignment({ block: { ...c.block, text: '' }, children: [c] }, ctx))
    ) {
      lettered.forEach((child, j) => {
        const h = parseAgencyHeading(child.block.text, ctx.matcher);
        // "2.1." already carries its parent's number: III.2.1, not III.2.2.1.
        const label = child.block.label ?? String(j + 1);
        const childRef =
          child.block.marker === 'subnumber' && label.startsWith(`${item.block.label}.`)
            ? `${section.label ?? 'III'}.${label}`
            : `${ref}.${label}`;
        const t = h ? taskFromHeading(childRef, child, h, ctx) : taskFromDuty(childRef, child, ctx);
        if (t) tasks.push(t);
      });
      return;
    }
    const t = taskFromDuty(ref, item, ctx);
    if (t) tasks.push(t);
  });
  return tasks;
}

function ownedKeyTasks(section: Section, ctx: TaskContext): ImportedTask[] {
  const { items } = nestItems(section.blocks);
  const out: ImportedTask[] = [];
  items.forEach((item, index) => {
    if (!findAssignment(item, ctx)) return;
    const task = taskFromDuty(itemRef(section, item, index), item, ctx);
    if (task) out.push(task);
  });
  return out;
}

/** Statements of sections I and II: one per top item; a short sub-heading with items under it gives those. */
function statementsOf(section: Section): string[] {
  const { intro, items } = nestItems(section.blocks);
  const out: string[] = [];
  for (const item of items) {
    const isSubHeading =
      item.children.length > 0 && item.block.text.split(' ').length <= 8 && !/[.;]$/.test(item.block.text);
    if (isSubHeading) {
      for (const child of item.children) out.push(flattenItem(child).join('\n'));
    } else out.push(flattenItem(item).join('\n'));
  }
  if (items.length === 0) for (const b of intro) out.push(b.text);
  return out.map((s) => clip(s, 10000)).slice(0, 200);
}

/**
 * Section IV ("Tổ chức thực hiện") as written: each top item with the items and paragraphs under it, whatever
 * its marker (1., a), -, +, •), and a paragraph before the first item as a statement of its own. Reporting rules
 * are read from the same text too, but most items there are not reports and must survive as they are.
 */
function implementationOf(section: Section): string[] {
  const { intro, items } = nestItems(section.blocks);
  return [...intro.map((b) => b.text), ...items.map((item) => flattenItem(item).join('\n'))]
    .filter((s) => s.trim() !== '')
    .map((s) => clip(s, 10000));
}

/** Who issued the plan, as its preamble says: "…, Ban Chỉ đạo Nhân quyền tỉnh xây dựng Kế hoạch như sau". */
function issuerFromPreamble(preamble: readonly Block[]): string | null {
  for (const block of preamble) {
    const f = foldSameLength(block.text);
    const m = /(?:^|,\s*)([^,]{5,120}?)\s+(?:xay dung|ban hanh|trien khai)\s+ke hoach/.exec(f);
    if (m?.[1]) {
      const start = m.index + m[0].indexOf(m[1]);
      return squash(block.text.slice(start, start + m[1].length));
    }
  }
  return null;
}

function planYear(title: string | null, dateYear: number | null, issuedOn: string | null): number | null {
  if (title) {
    const f = foldSameLength(title);
    const m = /(?:nam|giai doan)\s+(\d{4})/.exec(f);
    if (m) return Number(m[1]);
    const dates = [...f.matchAll(/\d{1,2}\/\d{1,2}\/(\d{4})/g)].map((d) => Number(d[1]));
    if (dates.length > 0) return Math.max(...dates);
  }
  if (dateYear) return dateYear;
  return issuedOn ? Number(issuedOn.slice(0, 4)) : null;
}

function dedupeRules(rules: ReportingRule[]): ReportingRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const key = `${r.period}|${r.dueDay}|${r.due}|${r.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type PlanSignals = {
  titleType: string | null;
  metadata: Metadata;
  sections: number;
  hasAssignment: boolean;
  typeCode: string | null;
};

/** Looks at a document's shape without parsing it fully: what the kind detection needs. */
export function planSignals(lines: readonly string[], matcher: AgencyMatcher): PlanSignals {
  const head = lines.slice(0, 120);
  const metadata = readMetadata(head.slice(0, 40));
  const titleLine = findTitleLine(lines, 120);
  const number =
    findNumber(head.slice(0, titleLine ? titleLine.index : 60)) ??
    (metadata.number ? readNumber(metadata.number) : null);
  const blocks = buildBlocks(lines.slice(0, 400), (t) => parseAgencyHeading(t, matcher) !== null);
  const { sections } = splitSections(blocks);
  return {
    titleType: titleLine?.type ?? null,
    metadata,
    sections: sections.filter((s) => s.role !== 'other').length,
    hasAssignment: sections.some((s) => s.role === 'assignment'),
    typeCode: number?.typeCode ?? null,
  };
}

/** Parses a plan's text (already normalised) into the contract's `plan` object. */
export function parsePlan(
  lines: readonly string[],
  matcher: AgencyMatcher,
  warnings: string[],
): ImportedPlan {
  const metadata = readMetadata(lines.slice(0, 40));
  const titleLine = findTitleLine(lines, 200);
  let bodyStart = 0;
  let title: string | null = null;
  if (titleLine) {
    const t = readTitle(lines, titleLine.index + 1, titleLine.rest);
    title = t.title;
    bodyStart = t.end;
  }
  const headerLines = lines.slice(0, titleLine ? titleLine.index : Math.min(lines.length, 40));

  // Number: the administrative header, else the legal-database metadata.
  let number = findNumber(headerLines) ?? findNumber(lines.slice(bodyStart, bodyStart + 10));
  if (!number && metadata.number) number = readNumber(metadata.number);
  if (
    number &&
    metadata.number &&
    number.number &&
    readNumber(metadata.number)?.number &&
    readNumber(metadata.number)?.number !== number.number
  ) {
    warnings.push(
      `Số hiệu trong phần thông tin (${metadata.number}) khác số trên văn bản (${number.number}) (metadata number differs)`,
    );
  }
  if (!number) warnings.push('Không tìm thấy số, ký hiệu văn bản (no document number found)');
  else if (!number.number)
    warnings.push('Văn bản chưa có số — có thể là dự thảo (the number is blank: a draft?)');

  const placeDate = findPlaceDate(headerLines.length > 0 ? headerLines : lines.slice(0, 40));
  let issuedOn = placeDate?.issuedOn ?? null;
  if (!placeDate) {
    issuedOn = metadataDate(metadata.issuedOn);
    if (!issuedOn) warnings.push('Không tìm thấy ngày ban hành (no issue date found)');
  } else if (placeDate.blankDay) {
    warnings.push('Ngày ban hành để trống — có thể là dự thảo (the issue date is left blank: a draft?)');
  }
  if (
    issuedOn &&
    metadata.issuedOn &&
    metadataDate(metadata.issuedOn) &&
    metadataDate(metadata.issuedOn) !== issuedOn
  ) {
    warnings.push(
      `Ngày ban hành trong phần thông tin (${metadata.issuedOn}) khác ngày trên văn bản (metadata date differs)`,
    );
  }

  if (!title && metadata.type && /ke hoach/.test(foldSameLength(metadata.type))) {
    const first = lines.map((l) => cleanLine(l)).find((l) => /^kế hoạch\s/iu.test(l) && l.length < 400);
    if (first)
      title = clip(
        first.replace(/^kế hoạch\s+(?:số\s+)?(?:\d*\/\S+\s+)?/iu, '').replace(/\s+do\s+.+\s+ban hành$/iu, ''),
        1000,
      );
  }
  if (!title) warnings.push('Không tìm thấy trích yếu (tên) kế hoạch (no title found)');

  // Body and tail.
  const tailStart = findTailStart(lines, Math.max(bodyStart, firstRomanLine(lines, bodyStart)));
  const blocks = buildBlocks(
    lines.slice(bodyStart, tailStart),
    (t) => parseAgencyHeading(t, matcher) !== null,
    bodyStart,
  );
  const { preamble, sections } = splitSections(blocks);
  // A section whose items are headed by agencies assigns duties, whatever its heading calls it.
  if (!sections.some((s) => s.role === 'assignment')) {
    const byAgencies = sections.find(
      (s) =>
        s.role !== 'purposes' &&
        s.role !== 'organisation' &&
        nestItems(s.blocks).items.filter((it) => parseAgencyHeading(it.block.text, matcher)).length >= 2,
    );
    if (byAgencies) byAgencies.role = 'assignment';
  }
  if (sections.length === 0)
    warnings.push('Không nhận ra các mục I, II, III… của kế hoạch (no sections recognised)');

  const issuer = canonicalIssuer(
    findIssuer(headerLines) ?? issuerFromPreamble(preamble) ?? (metadata.issuer ? metadata.issuer : null),
    matcher,
  );
  const year = planYear(title, placeDate?.year ?? null, issuedOn);

  const ctx: TaskContext = { matcher, year, warnings, unknownAgencies: new Set() };
  const purposes: string[] = [];
  const keyTasks: string[] = [];
  const tasks: ImportedTask[] = [];
  const implementation: string[] = [];
  const rules: ReportingRule[] = [];
  for (const section of sections) {
    const text = section.blocks.map((b) => b.text).join('\n');
    switch (section.role) {
      case 'purposes':
        purposes.push(...statementsOf(section));
        rules.push(...reportingRulesIn(text, matcher, year, true));
        break;
      case 'keyTasks':
        keyTasks.push(...statementsOf(section));
        // A key task that names its lead is also a duty to track (domain: "key tasks of section II that have an owner").
        tasks.push(...ownedKeyTasks(section, ctx));
        rules.push(...reportingRulesIn(text, matcher, year, true));
        break;
      case 'assignment':
        tasks.push(...tasksOf(section, ctx));
        rules.push(...reportingRulesIn(text, matcher, year, true));
        break;
      case 'organisation':
        // Plans without a section III name each agency's duties under "Tổ chức thực hiện".
        if (
          !sections.some((s) => s.role === 'assignment') &&
          nestItems(section.blocks).items.filter(
            (it) => parseAgencyHeading(it.block.text, matcher) ?? assignmentOf(it.block, ctx),
          ).length >= 2
        ) {
          tasks.push(...tasksOf(section, ctx));
        } else implementation.push(...implementationOf(section));
        rules.push(...reportingRulesIn(text, matcher, year, false));
        break;
      case 'other':
        rules.push(...reportingRulesIn(text, matcher, year, true));
        break;
    }
  }
  if (sections.length > 0 && tasks.length === 0)
    warnings.push('Không tìm thấy nhiệm vụ phân công (mục III) (no assigned duties found)');
  for (const name of ctx.unknownAgencies)
    warnings.push(`Đơn vị "${name}" không có trong danh mục — giữ nguyên tên (agency not in the catalogue)`);

  const bodyText = blocks.map((b) => b.text).join('\n');
  const references = findReferences(`${title ?? ''}\n${bodyText}`, number?.number ?? null);
  if (references.length > 200)
    warnings.push('Quá nhiều văn bản dẫn chiếu, chỉ giữ 200 (too many references)');

  const tail = lines.slice(tailStart);
  const { recipients, used } = readRecipients(lines, tailStart);
  let signer: Signer | null = parseSignature(tail.filter((_, i) => !used.has(tailStart + i)));
  if (!signer && metadata.signer) signer = { name: clip(metadata.signer, 200), title: null, capacity: null };
  else if (signer && metadata.signer && foldSameLength(signer.name) !== foldSameLength(metadata.signer)) {
    warnings.push(
      `Người ký trong phần thông tin (${metadata.signer}) khác chữ ký (${signer.name}) (metadata signer differs)`,
    );
  }
  if (!signer) warnings.push('Không tìm thấy người ký (no signer found)');
  if (/\[\s*(?:\.\.\.|…)\s*\]/u.test(lines.join('\n')))
    warnings.push('Văn bản bị lược bớt "[...]" — phần bị cắt không được nhập (the text is truncated)');

  if (implementation.length > 200)
    warnings.push('Mục "Tổ chức thực hiện" quá dài, chỉ giữ 200 ý (too many implementation items)');
  const allRules = dedupeRules(rules);
  if (allRules.length > 50)
    warnings.push('Quá nhiều quy định báo cáo, chỉ giữ 50 (too many reporting rules)');
  return {
    number: number?.number ?? null,
    typeCode: number?.typeCode ? clip(number.typeCode, 20) : null,
    issuerCode: number?.issuerCode ? clip(number.issuerCode, 40) : null,
    issuedOn,
    place: placeDate?.place ? clip(placeDate.place, 100) : null,
    issuer: issuer ? clip(issuer, 300) : null,
    title,
    year: year !== null && year >= 1900 && year <= 2200 ? year : null,
    signer,
    references: references.slice(0, 200),
    purposes,
    keyTasks,
    tasks,
    implementation: implementation.slice(0, 200),
    reportingRules: allRules.slice(0, 50),
    recipients,
  };
}

/** "Sở tư pháp tỉnh Bắc Giang" (from capitals) → "Sở Tư pháp tỉnh Bắc Giang": catalogue casing where it knows the body. */
export function canonicalIssuer(issuer: string | null, matcher: AgencyMatcher): string | null {
  if (!issuer) return null;
  const first = matcher.scan(issuer)[0];
  if (!first || first.start !== 0) return issuer;
  // The scan takes a trailing "tỉnh" into the mention; keep it when the canonical name lacks it.
  const keepProvince = /\stỉnh$/iu.test(issuer.slice(first.start, first.end)) && !/tỉnh$/u.test(first.name);
  return `${first.name}${keepProvince ? ' tỉnh' : ''}${issuer.slice(first.end)}`;
}

export function firstRomanLine(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const m = matchMarker(cleanLine(lines[i] ?? ''));
    if (m?.kind === 'roman') return i;
  }
  return from;
}
