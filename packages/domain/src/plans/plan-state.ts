import { defineStateMachine } from '../common/state-machine.js';

export const PLAN_STATUSES = ['draft', 'issued', 'in_implementation', 'closed', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  in_implementation: { vi: 'Đang triển khai', en: 'In implementation' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  superseded: { vi: 'Đã được sửa đổi', en: 'Superseded' },
};

/**
 * draft → issued → in implementation → closed. An issued plan is never edited in place: an amendment is a new
 * draft version, and issuing it supersedes the previous version.
 */
export const planMachine = defineStateMachine(
  'kế hoạch',
  PLAN_STATUSES,
  {
    issue: { from: ['draft'], to: 'issued' },
    startImplementation: { from: ['issued'], to: 'in_implementation' },
    close: { from: ['issued', 'in_implementation'], to: 'closed' },
    supersede: { from: ['issued', 'in_implementation'], to: 'superseded' },
  },
  {
    state: Object.fromEntries(Object.entries(PLAN_STATUS_LABELS).map(([k, v]) => [k, v.vi])),
    event: { issue: 'ban hành', startImplementation: 'triển khai', close: 'kết thúc', supersede: 'thay thế' },
  },
);
export type PlanEvent = (typeof planMachine.events)[number];

/** Only a draft may be edited; everything else is amended by a new version. */
export function isPlanEditable(status: PlanStatus): boolean {
  return status === 'draft';
}

/** A plan in force may be amended by a new draft version. */
export function isPlanAmendable(status: PlanStatus): boolean {
  return status === 'issued' || status === 'in_implementation';
}

/** Statuses of a plan in force: issued and neither closed nor replaced by a newer version. */
export const IN_FORCE_PLAN_STATUSES = [
  'issued',
  'in_implementation',
] as const satisfies readonly PlanStatus[];

/** True for a plan in force: its duties are worked on, reported on and change status. */
export function isPlanInForce(status: PlanStatus): boolean {
  return (IN_FORCE_PLAN_STATUSES as readonly PlanStatus[]).includes(status);
}

/**
 * Statuses of the plans whose duties count in every total (dashboard, per year and for all years alike): issued
 * and not replaced — in force or closed. Drafts never count; a superseded version is history, its duties live on
 * in the version that replaced it.
 */
export const COUNTED_PLAN_STATUSES = [
  'issued',
  'in_implementation',
  'closed',
] as const satisfies readonly PlanStatus[];

/** True when a plan's duties count in totals and appear in live lists. */
export function countsInTotals(status: PlanStatus): boolean {
  return (COUNTED_PLAN_STATUSES as readonly PlanStatus[]).includes(status);
}

/** True when a plan is an earlier version replaced by an amendment: readable as history, never live. */
export function isPlanHistory(status: PlanStatus): boolean {
  return status === 'superseded';
}

/** An issued text may be published on the portal: issued, in force or closed (not a draft, not a replaced version). */
export function isPlanPublishable(status: PlanStatus): boolean {
  return countsInTotals(status);
}
