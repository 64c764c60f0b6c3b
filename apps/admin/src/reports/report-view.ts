import type { ConsolidationSummary, Report, ReportSection, SectionComment } from '@bcdnq/domain/reports';
import { foldRefusal } from '@bcdnq/domain/reports';
import { formatDate } from '../common/format';

/** "12,5%" / "12.5%", or a dash when nothing was expected. */
export function percent(rate: number | null, locale: string): string {
  if (rate === null) return '—';
  return `${(rate * 100).toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })}%`;
}

/** A report as its title names it: the agency and the period, dates written dd/mm/yyyy. */
export function reportLabel(report: Pick<Report, 'agencyName' | 'periodStart' | 'periodEnd'>): string {
  return `${report.agencyName} — ${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}`;
}

/** The reviewer's comment on one section, if any. */
export function commentOn(comments: readonly SectionComment[], section: ReportSection): string | null {
  return comments.find((c) => c.section === section)?.comment ?? null;
}

/** Which events the signed-in person may fire on the report, as the buttons to show. */
export function reportActions(
  report: Pick<Report, 'status' | 'foldedIntoId'>,
  role: string | undefined,
): ('edit' | 'submit' | 'resubmit' | 'accept' | 'return' | 'correct' | 'fold')[] {
  if (report.foldedIntoId)
    return role === 'agency_officer' && (report.status === 'expected' || report.status === 'draft')
      ? ['fold']
      : [];
  if (role === 'agency_officer') {
    if (report.status === 'expected') return ['edit', 'fold'];
    if (report.status === 'draft') return ['edit', 'submit', 'fold'];
    if (report.status === 'returned') return ['edit', 'resubmit'];
    if (report.status === 'accepted') return ['correct'];
    return [];
  }
  if (role === 'standing_office' || role === 'admin') {
    if (report.status === 'submitted' || report.status === 'resubmitted') return ['accept', 'return'];
  }
  return [];
}

/** The other reports of the same agency this one can be folded into (the domain's rule, applied to the list). */
export function foldTargets(report: Report, others: readonly Report[]): Report[] {
  return others.filter(
    (host) =>
      foldRefusal(
        { ...report, foldedIntoId: report.foldedIntoId },
        {
          id: host.id,
          agencyId: host.agencyId,
          status: host.status,
          periodStart: host.periodStart,
          periodEnd: host.periodEnd,
          foldedIntoId: host.foldedIntoId,
        },
      ) === null,
  );
}

/** Each indicator's totals by month of the period's end (YYYY-MM), laid out as a table: a column per month. */
export type Trend = { months: string[]; rows: { code: string; name: string; values: number[] }[] };

export function monthlyTrend(consolidation: Pick<ConsolidationSummary, 'indicators'>): Trend {
  return trendOf(consolidation, (i) => i.byMonth.map((m) => [m.month, m.total]), nextMonth);
}

/** The same by year (YYYY), for ranges across years. */
export function yearlyTrend(consolidation: Pick<ConsolidationSummary, 'indicators'>): Trend {
  return trendOf(
    consolidation,
    (i) => i.byYear.map((y) => [y.year, y.total]),
    (y) => String(Number(y) + 1),
  );
}

/** `2025-12` → `2026-01`. */
function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The domain's totals per month or year side by side, every month (or year) from the first with figures to the
 * last: one without figures shows 0, never a missing column that would read as the next month.
 */
function trendOf(
  consolidation: Pick<ConsolidationSummary, 'indicators'>,
  totals: (indicator: ConsolidationSummary['indicators'][number]) => [string, number][],
  next: (key: string) => string,
): Trend {
  const shown = consolidation.indicators
    .filter((i) => i.partCount > 0)
    .map((i) => ({ i, byKey: new Map(totals(i)) }));
  const keys = [...new Set(shown.flatMap(({ byKey }) => [...byKey.keys()]))].sort();
  const months: string[] = [];
  for (let key = keys[0]; key !== undefined && key <= (keys[keys.length - 1] ?? ''); key = next(key))
    months.push(key);
  const rows = shown.map(({ i, byKey }) => ({
    code: i.code,
    name: i.name,
    values: months.map((m) => byKey.get(m) ?? 0),
  }));
  return { months, rows };
}

/** ISO dates of common consolidation periods around today. */
export function periodPresets(today: string): {
  month: { from: string; to: string };
  half: { from: string; to: string };
  year: { from: string; to: string };
} {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const prevY = m === 1 ? y - 1 : y;
  const prevM = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(prevY, prevM, 0)).getUTCDate();
  const mm = String(prevM).padStart(2, '0');
  return {
    month: { from: `${prevY}-${mm}-01`, to: `${prevY}-${mm}-${last}` },
    half: { from: `${y}-01-01`, to: `${y}-06-30` },
    year: { from: `${y}-01-01`, to: `${y}-12-31` },
  };
}
