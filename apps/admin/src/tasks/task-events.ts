import type { Task, TaskEvent } from '@bcdnq/domain/tasks';
import { taskMachine } from '@bcdnq/domain/tasks';
import type { Role } from '@bcdnq/domain/users';
import type { Label } from '../common/labels';

/** Buttons for the task machine's events, worded as the officer's action. */
export const TASK_EVENT_LABELS: Record<TaskEvent, Label> = {
  start: { vi: 'Bắt đầu thực hiện', en: 'Start' },
  complete: { vi: 'Hoàn thành', en: 'Complete' },
  markOverdue: { vi: 'Đánh dấu quá hạn', en: 'Mark overdue' },
  resume: { vi: 'Tiếp tục thực hiện', en: 'Resume' },
  carryOver: { vi: 'Chuyển sang năm sau', en: 'Carry over to next year' },
};

/** Events after which nothing can move the task again. */
export const FINAL_EVENTS: readonly TaskEvent[] = ['carryOver'];

export type Actor = { role: Role; agencyId: string | null };

type TaskParts = Pick<Task, 'status' | 'leads' | 'coordinatorIds'>;

/** Tasks move only while their plan is in force (issued or being implemented): not in a draft, not once closed. */
export function planInForce(planStatus: string | null | undefined): boolean {
  return planStatus === 'issued' || planStatus === 'in_implementation';
}

/**
 * The status changes this person may make on this task (docs/api.md): the standing office (and the administrator)
 * any event the task machine allows; an officer of a lead agency only `start` and `complete`.
 */
export function taskEventsFor(
  task: TaskParts,
  actor: Actor | null | undefined,
  planStatus?: string | null,
): TaskEvent[] {
  if (!actor || (planStatus !== undefined && !planInForce(planStatus))) return [];
  const allowed = taskMachine.allowed(task.status);
  if (actor.role === 'admin' || actor.role === 'standing_office') return allowed;
  if (
    actor.role === 'agency_officer' &&
    actor.agencyId &&
    task.leads.some((lead) => lead.agencyId === actor.agencyId)
  ) {
    return allowed.filter((event) => event === 'start' || event === 'complete');
  }
  return [];
}

/** Progress notes come from the lead or coordinating agencies' officers and the standing office. */
export function canAddNote(task: TaskParts, actor: Actor | null | undefined): boolean {
  if (!actor) return false;
  if (actor.role === 'admin' || actor.role === 'standing_office') return true;
  if (actor.role !== 'agency_officer' || !actor.agencyId) return false;
  return (
    task.leads.some((lead) => lead.agencyId === actor.agencyId) ||
    task.coordinatorIds.includes(actor.agencyId)
  );
}
