import type { ReportingRule } from '@bcdnq/domain/plans';
import type { Schedule } from '@bcdnq/domain/tasks';
import type { AgencyMatcher } from './agency-matcher.js';
import { clip, foldSameLength, squash } from './text-normalize.js';
import { endOfMonth, isoDate } from './vn-date.js';

// A date with its year optional ("trước ngày 20/3" in a plan for 2019 means 20/3/2019).
const DATE = String.raw`(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?`;
const WINDOW = new RegExp(String.raw`tu\s+ngay\s+${DATE}\s*(?:den|toi|-)\s*(?:het\s+)?(?:ngay\s+)?${DATE}`);
const DEADLINE = new RegExp(
  String.raw`(?:truoc|cham nhat(?:\s+la)?(?:\s+vao)?|xong truoc|han chot|hoan thanh trong)\s+(?:ngay\s+)?${DATE}`,
);
const MONTH_DEADLINE = /(?:trong|truoc|cuoi|het)\s+thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;
const QUARTER_DEADLINE = /(?:trong|truoc|cuoi|het)?\s*quy\s+(i{1,3}|iv|[1-4])\s*(?:\/|nam)\s*(\d{4})/;
const RECURRING: readonly (readonly [RegExp, 'month' | 'half-year' | 'year'])[] = [
  [/(?<![a-z])(?:hang|dinh ky|moi)\s+thang(?![a-z])/, 'month'],
  [/(?<![a-z])(?:dinh ky\s+)?(?:06|6|sau)\s+thang(?:\s+mot lan)?(?![a-z])|so ket/, 'half-year'],
  [/(?<![a-z])(?:hang|dinh ky|moi)\s+nam(?![a-z])|tong ket nam/, 'year'],
];

function pickDate(m: RegExpExecArray, first: number, fallbackYear: number | null): string | null {
  const y = m[first + 2] ? Number(m[first + 2]) : fallbackYear;
  return y === null ? null : isoDate(Number(m[first]), Number(m[first + 1]), y);
}

const QUARTER_END: Record<string, number> = { i: 3, '1': 3, ii: 6, '2': 6, iii: 9, '3': 9, iv: 12, '4': 12 };

/**
 * The schedule a duty's text states: a window ("từ ngày 30/11/2023 đến hết ngày 30/12/2023"), a deadline
 * ("trước ngày 20/3/2019", "trong Quý II/2024"), a recurrence ("định kỳ hàng tháng", "6 tháng", "hằng năm"),
 * else continuous through the plan year — the default the domain gives a duty that names no time.
 */
export function detectSchedule(text: string, planYear: number | null): Schedule {
  const f = foldSameLength(text);
  const w = WINDOW.exec(f);
  if (w) {
    const to = pickDate(w, 4, planYear);
    const from = to ? pickDate(w, 1, w[6] ? Number(w[6]) : planYear) : null;
    if (from && to && from <= to) return { kind: 'window', from, to };
  }
  const d = DEADLINE.exec(f);
  if (d) {
    const due = pickDate(d, 1, planYear);
    if (due) return { kind: 'deadline', due };
  }
  const md = MONTH_DEADLINE.exec(f);
  if (md) {
    const due = endOfMonth(Number(md[1]), Number(md[2]));
    if (due) return { kind: 'deadline', due };
  }
  const q = QUARTER_DEADLINE.exec(f);
  if (q?.[1] && q[2]) {
    const month = QUARTER_END[q[1]];
    const due = month ? endOfMonth(month, Number(q[2])) : null;
    if (due) return { kind: 'deadline', due };
  }
  if (/(?<![a-z])thuong xuyen(?![a-z])/.test(f) && !/(?<![a-z])dinh ky(?![a-z])/.test(f))
    return { kind: 'continuous' };
  for (const [re, every] of RECURRING) if (re.test(f)) return { kind: 'recurring', every };
  return { kind: 'continuous' };
}

const REPORT_VERB = /(?<![a-z])(?:bao cao|gui ket qua|gui ve)(?![a-z])/;
const SUBPLAN = /(?<![a-z])(?:xay dung|ban hanh)\s+ke hoach(?![a-z])/;
const MONTHLY_DAY = /(?:truoc|cham nhat|tu)\s+ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:hang|moi)\s+thang/;
const QUARTERLY = /(?<![a-z])(?:hang|dinh ky|moi)\s+quy(?![a-z])/;

/** Splits a paragraph into sentences (on ". " and "; " before a capital or a marker); linear. */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.;])\s+(?=[\p{Lu}\d(-])/u)
    .map(squash)
    .filter(Boolean);
}

/** Where reports go: the agency after "qua" ("(qua Công an tỉnh)"), else after "về/gửi/cho/với". */
function recipient(sentence: string, matcher: AgencyMatcher): string | null {
  const f = foldSameLength(sentence);
  const tryAfter = (re: RegExp): string | null => {
    re.lastIndex = 0;
    for (let m = re.exec(f); m !== null; m = re.exec(f)) {
      const from = m.index + m[0].length;
      const found = matcher.list(sentence.slice(from, from + 200), {
        allowUnknown: false,
        stopAtOther: true,
      })[0];
      if (found) return found.name;
    }
    return null;
  };
  return tryAfter(/(?<![a-z])qua\s+/g) ?? tryAfter(/(?<![a-z])(?:ve|gui|cho|voi|len|den)\s+/g);
}

/**
 * Reporting duties in a sentence: monthly before a day ("trước ngày 15 hàng tháng" → month, 15), quarterly,
 * half-yearly, yearly, or once by a date ("trước ngày 20/3/2019"), with to whom. `strict` (outside section IV)
 * keeps only sentences with a dated deadline or a monthly day, so passing mentions of reports are not rules.
 */
export function reportingRulesIn(
  text: string,
  matcher: AgencyMatcher,
  planYear: number | null,
  strict: boolean,
): ReportingRule[] {
  const rules: ReportingRule[] = [];
  for (const sentence of sentences(text)) {
    const f = foldSameLength(sentence);
    if (!REPORT_VERB.test(f) && !SUBPLAN.test(f)) continue;
    const to = recipient(sentence, matcher);
    const monthly = MONTHLY_DAY.exec(f);
    if (monthly) {
      const day = Number(monthly[1]);
      rules.push({
        period: 'month',
        dueDay: day >= 1 && day <= 31 ? day : null,
        due: null,
        to,
        text: clip(sentence, 5000),
      });
      continue;
    }
    // Each dated deadline is a rule; the words just before it say which report ("6 tháng trước ngày 15/6").
    const dated: ReportingRule[] = [];
    const re = new RegExp(DEADLINE.source, 'g');
    let from = 0;
    for (let m = re.exec(f); m !== null; m = re.exec(f)) {
      const due = pickDate(m, 1, planYear);
      if (!due) continue;
      const before = f.slice(Math.max(from, m.index - 60), m.index);
      from = m.index + m[0].length;
      const period: ReportingRule['period'] = /(?<![a-z])(?:6|06|sau) thang|so ket/.test(before)
        ? 'half-year'
        : /(?<![a-z])(?:quy)(?![a-z])/.test(before)
          ? 'quarter'
          : /ca nam|tong ket|hang nam|(?<![a-z])nam(?![a-z])/.test(before)
            ? 'year'
            : 'once';
      dated.push({ period, dueDay: null, due, to, text: clip(sentence, 5000) });
    }
    if (dated.length > 0) {
      rules.push(...dated);
      continue;
    }
    if (strict) continue;
    let period: ReportingRule['period'] | null = null;
    if (RECURRING[0]?.[0].test(f)) period = 'month';
    else if (QUARTERLY.test(f)) period = 'quarter';
    else if (RECURRING[1]?.[0].test(f)) period = 'half-year';
    else if (RECURRING[2]?.[0].test(f)) period = 'year';
    // "báo cáo … (qua Cơ quan Thường trực)" with no time: a one-off report folded into another.
    else if (to && /(?<![a-z])qua\s/.test(f) && REPORT_VERB.test(f)) period = 'once';
    if (period) rules.push({ period, dueDay: null, due: null, to, text: clip(sentence, 5000) });
  }
  return rules;
}
