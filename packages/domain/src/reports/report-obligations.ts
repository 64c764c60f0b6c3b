import type { ReportingRule } from '../plans/plan.schema.js';
import { type ReportPeriodSlot, reportSlots } from './report-periods.js';
import { isReportUnsubmitted, type ReportStatus } from './report-state.js';

/** What a plan owes one of its lead agencies for one period. */
export type WantedObligation = ReportPeriodSlot & { agencyId: string };

/** An obligation already stored (under this plan or the version it replaces). */
export type StoredObligation = {
  id: string;
  agencyId: string;
  period: ReportPeriodSlot['period'];
  periodStart: string;
  periodEnd: string;
};

const slotKey = (o: { agencyId: string; period: string; periodStart: string }) =>
  `${o.agencyId}|${o.period}|${o.periodStart}`;

/**
 * The reports an issued plan asks of its lead agencies: every slot of its reporting rules in its year, for each
 * lead agency — except periods that had already ended on the day the plan was issued (a plan issued in June does
 * not owe the January report).
 */
export function obligationsOf(
  plan: { reportingRules: readonly ReportingRule[]; year: number; issuedOn: string | null },
  leadAgencyIds: readonly string[],
): WantedObligation[] {
  const slots = reportSlots(plan.reportingRules, plan.year).filter(
    (s) => !plan.issuedOn || s.periodEnd >= plan.issuedOn,
  );
  const agencies = [...new Set(leadAgencyIds)].sort();
  return agencies.flatMap((agencyId) => slots.map((slot) => ({ ...slot, agencyId })));
}

/**
 * Issuing an amendment on `issuedOn`: the obligations of the version it replaces move to it (with the reports
 * written for them) when the new version still asks for them or when their period had ended while the old version
 * was in force (they were owed then, and stay counted); what the new version asks anew is created; the rest —
 * periods still to come that the new version no longer asks of an agency — stay with the superseded version, which
 * owes nothing, since a superseded plan leaves every live list.
 */
export function reconcileObligations(
  previous: readonly StoredObligation[],
  wanted: readonly WantedObligation[],
  issuedOn: string,
): { move: string[]; create: WantedObligation[] } {
  const wantedKeys = new Set(wanted.map(slotKey));
  const move = previous.filter((o) => wantedKeys.has(slotKey(o)) || o.periodEnd < issuedOn);
  const moved = new Set(move.map(slotKey));
  return { move: move.map((o) => o.id), create: wanted.filter((w) => !moved.has(slotKey(w))) };
}

/** An obligation of an agency that is ending, with the state of its report. */
export type HandedObligation = StoredObligation & { planId: string; reportStatuses: readonly ReportStatus[] };

/**
 * An agency ends on `validTo` and its successor takes over its duties: the reports it still owes for periods
 * that end after that day pass to the successor — moved when the successor owes nothing for that period of that
 * plan, dropped when it already owes that report (so the period is owed once). What was ever submitted (and
 * possibly returned, or accepted) stays with the agency that wrote it; a draft already started is moved, never dropped (nothing written is lost):
 * where the successor owes the same period, the draft stays with the ended agency and is listed in `kept`.
 */
export function handOverObligations(
  ending: readonly HandedObligation[],
  successorSlots: readonly { planId: string; period: string; periodStart: string }[],
  validTo: string,
): { move: string[]; drop: string[]; kept: string[] } {
  const owed = new Set(successorSlots.map((s) => `${s.planId}|${s.period}|${s.periodStart}`));
  const result = { move: [] as string[], drop: [] as string[], kept: [] as string[] };
  for (const o of ending) {
    if (o.periodEnd <= validTo || !o.reportStatuses.every(isReportUnsubmitted)) continue;
    const taken = owed.has(`${o.planId}|${o.period}|${o.periodStart}`);
    if (!taken) result.move.push(o.id);
    else if (o.reportStatuses.every((s) => s === 'expected')) result.drop.push(o.id);
    else result.kept.push(o.id);
  }
  return result;
}
