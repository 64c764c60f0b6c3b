import { isPlanInForce, type PlanStatus } from '../plans/plan-state.js';
import type { Role } from '../users/roles.js';
import { taskMachine, type TaskEvent, type TaskStatus } from './task-state.js';

/**
 * Roles that may read a task's progress notes and attachments: the committee's staff and the agencies on the
 * task. The press office works from published material, not from agencies' internal notes (least privilege).
 */
export const PROGRESS_NOTE_READERS = [
  'admin',
  'committee_leader',
  'standing_office',
  'agency_officer',
] as const satisfies readonly Role[];

/** Roles that may add a progress note (an officer only on a task of its own agency, checked with the task). */
export const PROGRESS_NOTE_WRITERS = [
  'admin',
  'standing_office',
  'agency_officer',
] as const satisfies readonly Role[];

/** True when the role may read progress notes and their files. */
export function mayReadProgressNotes(role: Role): boolean {
  return (PROGRESS_NOTE_READERS as readonly Role[]).includes(role);
}

/** True when the role may add a progress note. */
export function mayAddProgressNote(role: Role): boolean {
  return (PROGRESS_NOTE_WRITERS as readonly Role[]).includes(role);
}

/** Who is acting on a task: a role, and for an agency's officer the agency. */
export type TaskActor = { role: Role; agencyId: string | null };

/** The agencies on a task: leads (possibly only requested) and coordinators. */
export type TaskParties = {
  leads: readonly { agencyId: string }[];
  coordinatorIds: readonly string[];
};

/** Roles that run every task of the plan: any event the task machine allows. */
const TASK_MANAGERS: readonly Role[] = ['admin', 'standing_office'];

/** The events a lead agency's officer may fire on its own task: report it started or done. */
export const LEAD_TASK_EVENTS = ['start', 'complete'] as const satisfies readonly TaskEvent[];

/** True when the actor is an officer of one of the task's lead agencies. */
export function isLeadOfficer(actor: TaskActor, parties: TaskParties): boolean {
  return (
    actor.role === 'agency_officer' &&
    actor.agencyId !== null &&
    parties.leads.some((lead) => lead.agencyId === actor.agencyId)
  );
}

/** True when the actor is an officer of an agency on the task (lead or coordinator). */
export function isPartyOfficer(actor: TaskActor, parties: TaskParties): boolean {
  return (
    isLeadOfficer(actor, parties) ||
    (actor.role === 'agency_officer' &&
      actor.agencyId !== null &&
      parties.coordinatorIds.includes(actor.agencyId))
  );
}

/**
 * Who may fire a task event (docs/api.md): the standing office and the administrator any event; an officer of a
 * lead agency only `start` and `complete`; nobody else. Whether the machine allows it from the task's status is
 * the machine's question, asked apart.
 */
export function mayFireTaskEvent(actor: TaskActor, parties: TaskParties, event: TaskEvent): boolean {
  if (TASK_MANAGERS.includes(actor.role)) return true;
  return isLeadOfficer(actor, parties) && (LEAD_TASK_EVENTS as readonly TaskEvent[]).includes(event);
}

/**
 * The status changes this actor may make on this task now: the machine's events from its status that the actor
 * may fire, and none while its plan is not in force (a draft, a closed or superseded plan) when the plan's status
 * is given.
 */
export function taskEventsFor(
  actor: TaskActor | null | undefined,
  task: TaskParties & { status: TaskStatus },
  planStatus?: PlanStatus | null,
): TaskEvent[] {
  if (!actor) return [];
  if (planStatus !== undefined && (planStatus === null || !isPlanInForce(planStatus))) return [];
  return taskMachine.allowed(task.status).filter((event) => mayFireTaskEvent(actor, task, event));
}

/**
 * Who may add a progress note on a task: the standing office and the administrator, and officers of the agencies
 * on the task (lead or coordinating).
 */
export function mayAddNoteToTask(actor: TaskActor | null | undefined, parties: TaskParties): boolean {
  if (!actor || !mayAddProgressNote(actor.role)) return false;
  return actor.role !== 'agency_officer' || isPartyOfficer(actor, parties);
}

/**
 * A task's coordinators once each and never also among its leads (an agency that leads a duty does not also
 * coordinate it), in their first order. Works on ids and on agencies' names alike.
 */
export function coordinatorsBeyondLeads<T>(leads: Iterable<T>, coordinators: Iterable<T>): T[] {
  const leading = new Set(leads);
  const seen = new Set<T>();
  const result: T[] = [];
  for (const c of coordinators) {
    if (leading.has(c) || seen.has(c)) continue;
    seen.add(c);
    result.push(c);
  }
  return result;
}

/** True when an agency is named twice among a task's parties (twice as lead, or as lead and coordinator). */
export function hasRepeatedParty(parties: TaskParties): boolean {
  const ids = [...parties.leads.map((l) => l.agencyId), ...parties.coordinatorIds];
  return new Set(ids).size !== ids.length;
}
