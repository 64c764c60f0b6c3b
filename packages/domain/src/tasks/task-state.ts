import { defineStateMachine } from '../common/state-machine.js';

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'overdue', 'carried_over'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  carried_over: { vi: 'Chuyển năm sau', en: 'Carried over' },
};

/** A task's progress: started, finished, found overdue by the schedule, or carried over at year end. */
export const taskMachine = defineStateMachine(
  'nhiệm vụ',
  TASK_STATUSES,
  {
    start: { from: ['not_started'], to: 'in_progress' },
    complete: { from: ['not_started', 'in_progress', 'overdue'], to: 'done' },
    markOverdue: { from: ['not_started', 'in_progress'], to: 'overdue' },
    resume: { from: ['overdue', 'done'], to: 'in_progress' },
    carryOver: { from: ['not_started', 'in_progress', 'overdue'], to: 'carried_over' },
  },
  {
    state: Object.fromEntries(Object.entries(TASK_STATUS_LABELS).map(([k, v]) => [k, v.vi])),
    event: {
      start: 'bắt đầu',
      complete: 'hoàn thành',
      markOverdue: 'đánh dấu quá hạn',
      resume: 'tiếp tục thực hiện',
      carryOver: 'chuyển sang năm sau',
    },
  },
);
export type TaskEvent = (typeof taskMachine.events)[number];
/** The machine's events as a literal tuple, for schemas. */
export const TASK_EVENTS = [
  'start',
  'complete',
  'markOverdue',
  'resume',
  'carryOver',
] as const satisfies readonly TaskEvent[];

/** Statuses of a task still to be done (not finished, not found overdue, not carried over). */
export const OPEN_TASK_STATUSES = ['not_started', 'in_progress'] as const satisfies readonly TaskStatus[];

/** True for a task still to be done. */
export function isTaskOpen(status: TaskStatus): boolean {
  return (OPEN_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}

/** True when a task is overdue on `today` (yyyy-mm-dd, Việt Nam): marked so, or still open past its due date. */
export function isOverdueOn(task: { status: TaskStatus; dueOn: string | null }, today: string): boolean {
  return task.status === 'overdue' || (isTaskOpen(task.status) && task.dueOn !== null && task.dueOn < today);
}

/** Events that are someone's work on a duty (they put an issued plan into implementation); not the calendar's. */
export function isWorkEvent(event: TaskEvent): boolean {
  return event === 'start' || event === 'complete' || event === 'resume';
}
