const DAY = 24 * 60 * 60 * 1000;

/** Whole days from `today` to `due` (calendar dates, no time zone involved): negative when past. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

export type DueState = {
  key: 'app.my_tasks.overdue_by' | 'app.my_tasks.due_today' | 'app.my_tasks.due_in';
  days: number;
  tone: 'error' | 'warning' | 'default';
};

/** "Quá hạn 3 ngày", "Đến hạn hôm nay", "Còn 12 ngày": how a due date reads today. Null without a due date. */
export function dueState(due: string | null | undefined, today: string, soon = 30): DueState | null {
  if (!due) return null;
  const days = daysUntil(due, today);
  if (days < 0) return { key: 'app.my_tasks.overdue_by', days: -days, tone: 'error' };
  if (days === 0) return { key: 'app.my_tasks.due_today', days: 0, tone: 'warning' };
  return { key: 'app.my_tasks.due_in', days, tone: days <= soon ? 'warning' : 'default' };
}
