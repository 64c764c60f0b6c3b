import { z } from 'zod';
import { DomainError } from '../common/errors.js';
import { ZPage } from '../common/primitives.js';
import { aggregate, type Indicator, ZIndicator } from '../indicators/indicator.schema.js';
import { ZReportPeriod } from '../plans/plan.schema.js';
import type { ReportStatus } from './report-state.js';
import { ZReportStatus } from './report.schema.js';

const ZConsolidationPeriod = z.object({
  planId: z.uuid().optional(),
  from: z.iso.date(),
  to: z.iso.date(),
});
const inOrder = (q: { from: string; to: string }) => q.from <= q.to;
const outOfOrder = { message: 'Ngày bắt đầu phải trước ngày kết thúc', path: ['to'] };

export const ZConsolidationQuery = ZConsolidationPeriod.refine(inOrder, outOfOrder);
export type ConsolidationQuery = z.infer<typeof ZConsolidationQuery>;

/**
 * `GET /api/consolidation`: with every total's parts (`parts=all`, the default), or only their count
 * (`parts=none`: what the screen loads, the parts of one total then come a page at a time from `/parts`).
 */
export const ZConsolidationGetQuery = ZConsolidationPeriod.extend({
  parts: z.enum(['all', 'none']).default('all'),
}).refine(inOrder, outOfOrder);
export type ConsolidationGetQuery = z.infer<typeof ZConsolidationGetQuery>;

/** The export with the consolidated text as the standing office edited it. */
export const ZConsolidationExport = ZConsolidationPeriod.extend({ text: z.string().max(200_000) }).refine(
  inOrder,
  outOfOrder,
);
export type ConsolidationExport = z.infer<typeof ZConsolidationExport>;

/** Where a figure comes from: typed in an agency report, or counted by the system (portal articles). */
export const FIGURE_SOURCES = ['report', 'portal'] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];

export const ZFigurePart = z.object({
  agencyId: z.uuid(),
  /** The agency as it reported (its old name after a merger). */
  agencyName: z.string(),
  /** The agency its figures count under today (its successor after a merger). */
  rollupAgencyId: z.uuid(),
  rollupAgencyName: z.string(),
  reportId: z.uuid().nullable(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  value: z.number(),
  source: z.enum(FIGURE_SOURCES),
  /** A link to what was counted, for sources other than a report. */
  link: z.string().nullable(),
});
export type FigurePart = z.infer<typeof ZFigurePart>;

export const ZConsolidatedIndicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  total: z.number(),
  parts: z.array(ZFigurePart),
  /** The total per agency the figures count under (successors after a merger). */
  byAgency: z.array(z.object({ agencyId: z.uuid(), agencyName: z.string(), total: z.number() })),
  /** The total per month of the periods' ends (YYYY-MM), in time order: the trend. */
  byMonth: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), total: z.number() })),
  /** The same per year (YYYY). */
  byYear: z.array(z.object({ year: z.string().regex(/^\d{4}$/), total: z.number() })),
});
export type ConsolidatedIndicator = z.infer<typeof ZConsolidatedIndicator>;

/**
 * An indicator's total as the consolidated report shows it: its summaries, the number of parts, and the parts
 * themselves unless they were left out (`parts=none`).
 */
export const ZIndicatorSummary = ZConsolidatedIndicator.omit({ parts: true }).extend({
  partCount: z.number().int().min(0),
  parts: ZConsolidatedIndicator.shape.parts.optional(),
});
export type IndicatorSummary = z.infer<typeof ZIndicatorSummary>;

const ZMissing = z.object({
  reportId: z.uuid(),
  period: ZReportPeriod,
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  dueOn: z.iso.date(),
  status: ZReportStatus,
});

export const ZAgencyRate = z.object({
  agencyId: z.uuid(),
  agencyName: z.string(),
  expected: z.number().int(),
  received: z.number().int(),
  onTime: z.number().int(),
  reportingRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  missing: z.array(ZMissing),
});
export type AgencyRate = z.infer<typeof ZAgencyRate>;

export const ZPendingReport = ZMissing.extend({
  agencyId: z.uuid(),
  agencyName: z.string(),
  late: z.boolean(),
});

export const ZNarrativeEntry = z.object({
  agencyId: z.uuid(),
  agencyName: z.string(),
  reportId: z.uuid(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  tasks: z.array(z.object({ taskId: z.uuid(), taskText: z.string(), done: z.string() })),
  situation: z.string().nullable(),
  shortcomings: z.string().nullable(),
  causes: z.string().nullable(),
  proposals: z.string().nullable(),
});
export type NarrativeEntry = z.infer<typeof ZNarrativeEntry>;

export const ZConsolidation = z.object({
  planId: z.uuid().nullable(),
  from: z.iso.date(),
  to: z.iso.date(),
  expected: z.number().int(),
  received: z.number().int(),
  onTime: z.number().int(),
  reportingRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  indicators: z.array(ZConsolidatedIndicator),
  agencies: z.array(ZAgencyRate),
  pending: z.array(ZPendingReport),
  narrative: z.array(ZNarrativeEntry),
  /** The narrative gathered per agency and task: the editable first draft of the consolidated text. */
  draftText: z.string(),
});
export type Consolidation = z.infer<typeof ZConsolidation>;

/**
 * The consolidated report as `GET /api/consolidation` answers: totals with their summaries (and their parts unless
 * left out), rates and what is pending. The narrative (`ZConsolidationNarrative`) is asked for on its own, and so
 * may be the parts behind one total (`ZConsolidationParts`): over years they weigh megabytes nobody reads at once.
 */
export const ZConsolidationSummary = ZConsolidation.omit({
  indicators: true,
  narrative: true,
  draftText: true,
}).extend({ indicators: z.array(ZIndicatorSummary) });
export type ConsolidationSummary = z.infer<typeof ZConsolidationSummary>;

/** The summary of a consolidation: each indicator with how many parts it has, and the parts when asked for. */
export function summarizeConsolidation(
  c: Consolidation,
  options: { parts: 'all' | 'none' } = { parts: 'none' },
): ConsolidationSummary {
  return {
    planId: c.planId,
    from: c.from,
    to: c.to,
    expected: c.expected,
    received: c.received,
    onTime: c.onTime,
    reportingRate: c.reportingRate,
    onTimeRate: c.onTimeRate,
    indicators: c.indicators.map(({ parts, ...indicator }) => ({
      ...indicator,
      partCount: parts.length,
      ...(options.parts === 'all' ? { parts } : {}),
    })),
    agencies: c.agencies,
    pending: c.pending,
  };
}

/** The parts behind one indicator's total, a page at a time, optionally of one agency (as its figures count). */
export const ZConsolidationPartsQuery = ZConsolidationPeriod.extend({
  indicator: ZIndicator.shape.code,
  agencyId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(50),
}).refine(inOrder, outOfOrder);
export type ConsolidationPartsQuery = z.infer<typeof ZConsolidationPartsQuery>;

export const ZConsolidationParts = ZPage(ZFigurePart);
export type ConsolidationParts = z.infer<typeof ZConsolidationParts>;

/** A page of the parts behind one total, in the roll-up's order (agency, then period); an unknown indicator is not found. */
export function consolidationParts(
  c: Consolidation,
  query: Pick<ConsolidationPartsQuery, 'indicator' | 'agencyId' | 'page' | 'perPage'>,
): ConsolidationParts {
  const indicator = c.indicators.find((i) => i.code === query.indicator);
  if (!indicator)
    throw new DomainError('NOT_FOUND', 'Không có chỉ số này', 'No such indicator', {
      indicator: query.indicator,
    });
  const parts = query.agencyId
    ? indicator.parts.filter((p) => p.rollupAgencyId === query.agencyId)
    : indicator.parts;
  const start = (query.page - 1) * query.perPage;
  return { data: parts.slice(start, start + query.perPage), total: parts.length };
}

/** The narrative of the accepted reports and the draft of the consolidated text gathered from it. */
export const ZConsolidationNarrative = ZConsolidation.pick({
  planId: true,
  from: true,
  to: true,
  narrative: true,
  draftText: true,
});
export type ConsolidationNarrative = z.infer<typeof ZConsolidationNarrative>;

/**
 * One agency report as the roll-up reads it. Its figures and narrative are read only when it `mayCount`: a
 * caller may leave them empty for the others.
 */
export type RollupReport = {
  id: string;
  obligationId: string;
  agencyId: string;
  status: ReportStatus;
  period: z.infer<typeof ZReportPeriod>;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  /** Việt Nam day of the first submission. */
  submittedOn: string | null;
  foldedIntoId: string | null;
  versionNo: number;
  /** Every figure of the report: its own and those under its tasks. */
  figures: readonly { indicator: string; value: number }[];
  tasks?: readonly { taskId: string; taskText?: string | undefined; done: string }[];
  situation?: string | null;
  shortcomings?: string | null;
  causes?: string | null;
  proposals?: string | null;
};

export type RollupAgency = { id: string; name: string; successorIds: readonly string[] };

/**
 * A figure the system counts itself instead of an agency typing it (e.g. portal articles linked to an agency's
 * task, in `articles-published`): shown with its source and link, never typed twice.
 */
export type CountedFigure = {
  agencyId: string;
  indicator: string;
  value: number;
  periodStart: string;
  periodEnd: string;
  source: Exclude<FigureSource, 'report'>;
  link: string | null;
};

/** A report belongs to a range when its whole period lies inside it. */
export const inPeriod = (r: { periodStart: string; periodEnd: string }, from: string, to: string) =>
  r.periodStart >= from && r.periodEnd <= to;

/** A share rounded to 4 decimals, or null when nothing was expected. */
export const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/** The agency whose figures an agency's figures count under: its single successor, followed to the end. */
export function rollupAgency(agencyId: string, agencies: ReadonlyMap<string, RollupAgency>): string {
  let current = agencyId;
  const seen = new Set<string>([current]);
  for (;;) {
    const successors = agencies.get(current)?.successorIds ?? [];
    // A split (several successors) keeps the figures where they were: there is no one place to put them.
    const next = successors.length === 1 ? successors[0] : undefined;
    if (!next || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

/** The statuses whose figures count in a consolidation (SQL that selects countable reports is built from it). */
export const COUNTED_REPORT_STATUSES = ['accepted'] as const satisfies readonly ReportStatus[];
const countedStatuses: ReadonlySet<ReportStatus> = new Set(COUNTED_REPORT_STATUSES);

/** A report whose status lets its figures count (an accepted one). */
export const isCountedStatus = (status: ReportStatus): boolean => countedStatuses.has(status);

/**
 * A report whose own figures and narrative may count: counted status, not folded into another (a folded report's
 * figures are in the report that holds it). Which of an obligation's versions counts is `rollUp`'s to decide.
 */
export const mayCount = (r: { status: ReportStatus; foldedIntoId: string | null }): boolean =>
  isCountedStatus(r.status) && !r.foldedIntoId;

// One collator for every sort: `localeCompare(…, 'vi')` builds a new one per call, which dominates large roll-ups.
const collator = new Intl.Collator('vi');

/**
 * Compares names in Vietnamese order through their rank among the names known up front (each compared once),
 * falling back to the collator for any other: the same order as `collator.compare`, without a collation per
 * comparison of a sort over thousands of reports.
 */
function nameOrder(names: Iterable<string>): (a: string, b: string) => number {
  const sorted = [...new Set(names)].sort((a, b) => collator.compare(a, b));
  const rank = new Map<string, number>();
  let current = 0;
  sorted.forEach((name, i) => {
    // Names the collator finds equal share a rank, so a stable sort keeps them in input order as before.
    const previous = sorted[i - 1];
    if (previous !== undefined && collator.compare(previous, name) !== 0) current += 1;
    rank.set(name, current);
  });
  return (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : collator.compare(a, b);
  };
}

/** ISO dates (YYYY-MM-DD) in time order: as strings, without a collation per comparison. */
const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Appends to the list under `key`, creating it (in place: copying the list per item made large roll-ups quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The consolidated report of a period: every indicator's total over the accepted reports (the latest accepted
 * version of each obligation; folded reports are counted in the report that holds them, so once), each total
 * with the parts behind it; reporting and on-time rates as DHIS2 defines them (received / expected, received by
 * the due date / expected; a folded report is received when the report holding it is); what is still pending,
 * never counted.
 */
export function rollUp(input: {
  from: string;
  to: string;
  planId?: string | null;
  today: string;
  reports: readonly RollupReport[];
  agencies: readonly RollupAgency[];
  indicators: readonly Indicator[];
  counted?: readonly CountedFigure[];
}): Consolidation {
  const { from, to, today } = input;
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  const nameOf = (id: string) => agencies.get(id)?.name ?? '';
  // Every name a sort meets is an agency's, or '' for an unknown one.
  const byName = nameOrder(['', ...input.agencies.map((a) => a.name)]);
  const reports = input.reports.filter((r) => inPeriod(r, from, to));
  const byId = new Map(input.reports.map((r) => [r.id, r]));

  // One obligation may have several versions (corrections): the latest accepted one counts.
  const byObligation = new Map<string, RollupReport[]>();
  for (const r of reports) pushTo(byObligation, r.obligationId, r);

  type Outcome = {
    obligation: RollupReport;
    counted: RollupReport | null;
    received: boolean;
    onTime: boolean;
  };
  const outcomes: Outcome[] = [];
  for (const versions of byObligation.values()) {
    const sorted = versions.length > 1 ? [...versions].sort((a, b) => b.versionNo - a.versionNo) : versions;
    const latest = sorted[0] as RollupReport;
    // A folded report's figures are in the report that holds it: it is never counted on its own.
    const accepted = sorted.find(mayCount) ?? null;
    let firstSubmitted: string | null = null;
    for (const r of versions) {
      if (r.submittedOn !== null && (firstSubmitted === null || r.submittedOn < firstSubmitted))
        firstSubmitted = r.submittedOn;
    }
    const host = latest.foldedIntoId ? byId.get(latest.foldedIntoId) : undefined;
    const hostSubmitted = host?.submittedOn ?? null;
    const submittedOn = firstSubmitted ?? (latest.foldedIntoId ? hostSubmitted : null);
    outcomes.push({
      obligation: latest,
      counted: latest.foldedIntoId ? null : accepted,
      received: submittedOn !== null,
      onTime: submittedOn !== null && submittedOn <= latest.dueOn,
    });
  }

  const indicators: ConsolidatedIndicator[] = [];
  const partsByCode = new Map<string, FigurePart[]>();
  const pushPart = (code: string, part: FigurePart) => pushTo(partsByCode, code, part);
  // Counted reports in reading order (agency, then period) once, so each indicator's parts come out sorted.
  const counted = outcomes
    .filter((o) => o.counted)
    .sort(
      (a, b) =>
        byName(nameOf(a.obligation.agencyId), nameOf(b.obligation.agencyId)) ||
        compareIso(a.obligation.periodStart, b.obligation.periodStart),
    );
  const rollupIds = new Map<string, string>();
  for (const o of counted) {
    const r = o.counted;
    if (!r) continue;
    const sums = new Map<string, number>();
    for (const f of r.figures) sums.set(f.indicator, (sums.get(f.indicator) ?? 0) + f.value);
    let rollupId = rollupIds.get(r.agencyId);
    if (rollupId === undefined) {
      rollupId = rollupAgency(r.agencyId, agencies);
      rollupIds.set(r.agencyId, rollupId);
    }
    const agencyName = nameOf(r.agencyId);
    const rollupAgencyName = nameOf(rollupId);
    for (const [code, value] of sums) {
      pushPart(code, {
        agencyId: r.agencyId,
        agencyName,
        rollupAgencyId: rollupId,
        rollupAgencyName,
        reportId: r.id,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        value,
        source: 'report',
        link: null,
      });
    }
  }
  for (const c of input.counted ?? []) {
    if (!inPeriod(c, from, to)) continue;
    const rollupId = rollupAgency(c.agencyId, agencies);
    pushPart(c.indicator, {
      agencyId: c.agencyId,
      agencyName: nameOf(c.agencyId),
      rollupAgencyId: rollupId,
      rollupAgencyName: nameOf(rollupId),
      reportId: null,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      value: c.value,
      source: c.source,
      link: c.link,
    });
  }
  for (const indicator of input.indicators) {
    const parts = partsByCode.get(indicator.code) ?? [];
    // Figures from other sources came after the reports': put them in order too.
    if ((input.counted?.length ?? 0) > 0) {
      parts.sort((a, b) => byName(a.agencyName, b.agencyName) || compareIso(a.periodStart, b.periodStart));
    }
    const perAgency = new Map<string, number[]>();
    const perMonth = new Map<string, number[]>();
    const perYear = new Map<string, number[]>();
    for (const p of parts) {
      pushTo(perAgency, p.rollupAgencyId, p.value);
      pushTo(perMonth, p.periodEnd.slice(0, 7), p.value);
      pushTo(perYear, p.periodEnd.slice(0, 4), p.value);
    }
    // Months and years sort in time order as strings; each one's values aggregate by the indicator's rule.
    const inTime = (groups: Map<string, number[]>) =>
      [...groups]
        .sort(([a], [b]) => compareIso(a, b))
        .map(([key, values]) => ({ key, total: aggregate(indicator.aggregation, values) ?? 0 }));
    indicators.push({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      total:
        aggregate(
          indicator.aggregation,
          parts.map((p) => p.value),
        ) ?? 0,
      parts,
      byAgency: [...perAgency]
        .map(([agencyId, values]) => ({
          agencyId,
          agencyName: nameOf(agencyId),
          total: aggregate(indicator.aggregation, values) ?? 0,
        }))
        .sort((a, b) => byName(a.agencyName, b.agencyName)),
      byMonth: inTime(perMonth).map(({ key, total }) => ({ month: key, total })),
      byYear: inTime(perYear).map(({ key, total }) => ({ year: key, total })),
    });
  }

  const perAgency = new Map<string, Outcome[]>();
  for (const o of outcomes) pushTo(perAgency, o.obligation.agencyId, o);
  const missingOf = (o: Outcome) => ({
    reportId: o.obligation.id,
    period: o.obligation.period,
    periodStart: o.obligation.periodStart,
    periodEnd: o.obligation.periodEnd,
    dueOn: o.obligation.dueOn,
    status: o.obligation.status,
  });
  const agencyRates: AgencyRate[] = [...perAgency]
    .map(([agencyId, list]) => {
      const received = list.filter((o) => o.received).length;
      const onTime = list.filter((o) => o.onTime).length;
      return {
        agencyId,
        agencyName: nameOf(agencyId),
        expected: list.length,
        received,
        onTime,
        reportingRate: rate(received, list.length),
        onTimeRate: rate(onTime, list.length),
        missing: list
          .filter((o) => !o.received)
          .map(missingOf)
          .sort((a, b) => compareIso(a.dueOn, b.dueOn)),
      };
    })
    .sort((a, b) => byName(a.agencyName, b.agencyName));

  const hostAccepted = (o: Outcome) => {
    const host = o.obligation.foldedIntoId ? byId.get(o.obligation.foldedIntoId) : undefined;
    return host !== undefined && isCountedStatus(host.status);
  };
  const pending = outcomes
    .filter((o) => !o.counted && !hostAccepted(o))
    .map((o) => ({
      ...missingOf(o),
      agencyId: o.obligation.agencyId,
      agencyName: nameOf(o.obligation.agencyId),
      late: !o.onTime && (o.received || today > o.obligation.dueOn),
    }))
    .sort((a, b) => compareIso(a.dueOn, b.dueOn) || byName(a.agencyName, b.agencyName));

  // Already in reading order (agency, then period).
  const narrative: NarrativeEntry[] = counted
    .flatMap((o) => (o.counted ? [o.counted] : []))
    .map((r) => ({
      agencyId: r.agencyId,
      agencyName: nameOf(r.agencyId),
      reportId: r.id,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      tasks: (r.tasks ?? [])
        .filter((t) => t.done.trim())
        .map((t) => ({ taskId: t.taskId, taskText: t.taskText ?? '', done: t.done })),
      situation: r.situation ?? null,
      shortcomings: r.shortcomings ?? null,
      causes: r.causes ?? null,
      proposals: r.proposals ?? null,
    }));

  const expected = outcomes.length;
  const received = outcomes.filter((o) => o.received).length;
  const onTime = outcomes.filter((o) => o.onTime).length;
  return {
    planId: input.planId ?? null,
    from,
    to,
    expected,
    received,
    onTime,
    reportingRate: rate(received, expected),
    onTimeRate: rate(onTime, expected),
    indicators,
    agencies: agencyRates,
    pending,
    narrative,
    draftText: consolidatedDraft(narrative, indicators),
  };
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The first draft of the consolidated text: the figures in words, then, per agency, what was done on each task
 * and the general sections — for the standing office to edit, not to send as is.
 */
export function consolidatedDraft(
  narrative: readonly NarrativeEntry[],
  indicators: readonly ConsolidatedIndicator[],
): string {
  const lines: string[] = ['I. KẾT QUẢ THỰC HIỆN', ''];
  const counted = indicators.filter((i) => i.parts.length > 0);
  if (counted.length > 0) {
    lines.push('Số liệu tổng hợp:');
    for (const i of counted) lines.push(`- ${i.name}: ${i.total.toLocaleString('vi-VN')} ${i.unit}`);
    lines.push('');
  }
  const byAgency = new Map<string, NarrativeEntry[]>();
  for (const n of narrative) pushTo(byAgency, n.agencyName, n);
  let index = 0;
  for (const [agencyName, entries] of byAgency) {
    index += 1;
    lines.push(`${index}. ${agencyName}`);
    for (const e of entries) {
      lines.push(`(Kỳ ${ddmmyyyy(e.periodStart)} – ${ddmmyyyy(e.periodEnd)})`);
      for (const t of e.tasks)
        lines.push(`- ${t.taskText ? `${t.taskText.split('\n')[0]}: ` : ''}${t.done.trim()}`);
      if (e.situation?.trim()) lines.push(e.situation.trim());
    }
    lines.push('');
  }
  const gather = (title: string, pick: (n: NarrativeEntry) => string | null) => {
    const texts = narrative.map((n) => ({ n, text: pick(n)?.trim() })).filter((x) => x.text);
    if (texts.length === 0) return;
    lines.push(title);
    for (const { n, text } of texts) lines.push(`- ${n.agencyName}: ${text}`);
    lines.push('');
  };
  gather('II. TỒN TẠI, HẠN CHẾ', (n) => n.shortcomings);
  gather('III. NGUYÊN NHÂN', (n) => n.causes);
  gather('IV. ĐỀ XUẤT, KIẾN NGHỊ', (n) => n.proposals);
  return lines.join('\n').trim();
}
