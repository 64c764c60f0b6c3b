import type { TaskEvent } from '@bcdnq/domain/tasks';
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

// Who may fire which event, and who may add a note, are the domain's rules (taskEventsFor, mayAddNoteToTask).
