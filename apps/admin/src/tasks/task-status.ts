import type { TaskStatus } from '@bcdnq/domain/tasks';
import type { Tone } from '../common/fields';

export const TASK_STATUS_TONES: Record<TaskStatus, Tone> = {
  not_started: 'default',
  in_progress: 'info',
  done: 'success',
  overdue: 'error',
  carried_over: 'warning',
};
