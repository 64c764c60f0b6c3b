import type { ReportingRule } from '../plans/plan.schema.js';

export type ReportPeriodSlot = {
  period: ReportingRule['period'];
  periodStart: string;
  periodEnd: string;
  dueOn: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const date = (year: number, month: number, day: number) =>
  `${year}-${pad(month)}-${pad(Math.min(day, lastDay(year, month)))}`;

/**
 * The reports a plan's reporting rules ask for in the year it covers. A monthly rule "trước ngày 15 hàng tháng" asks
 * for each month's report by the 15th of the next month; a half-year or yearly rule with a date, and a one-off
 * deadline, ask for one report by that date; a half-year or yearly rule with only a day asks, like the monthly
 * rule, for each period's report by that day of the next month. Rules without a day or date ask for nothing.
 */
export function reportSlots(rules: readonly ReportingRule[], year: number): ReportPeriodSlot[] {
  const slots = new Map<string, ReportPeriodSlot>();
  const add = (slot: ReportPeriodSlot) => slots.set(`${slot.period}|${slot.periodStart}`, slot);
  for (const rule of rules) {
    if (rule.period === 'month' && rule.dueDay) {
      for (let month = 1; month <= 12; month += 1) {
        const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
        add({
          period: 'month',
          periodStart: date(year, month, 1),
          periodEnd: date(year, month, 31),
          dueOn: date(next.y, next.m, rule.dueDay),
        });
      }
    } else if (!rule.due && rule.dueDay && (rule.period === 'half-year' || rule.period === 'year')) {
      // Only a day ("trước ngày 15"): like the monthly rule, due on that day of the month after the period.
      const halves =
        rule.period === 'half-year'
          ? [
              { from: 1, to: 6 },
              { from: 7, to: 12 },
            ]
          : [{ from: 1, to: 12 }];
      for (const h of halves) {
        const next = h.to === 12 ? { y: year + 1, m: 1 } : { y: year, m: h.to + 1 };
        add({
          period: rule.period,
          periodStart: date(year, h.from, 1),
          periodEnd: date(year, h.to, 31),
          dueOn: date(next.y, next.m, rule.dueDay),
        });
      }
    } else if (
      rule.due &&
      (rule.period === 'half-year' ||
        rule.period === 'year' ||
        rule.period === 'once' ||
        rule.period === 'quarter')
    ) {
      const secondHalf = rule.period === 'half-year' && rule.due.slice(5) > '07-31';
      const start = secondHalf ? date(year, 7, 1) : date(year, 1, 1);
      // A half-year report due in early July still covers January to June only.
      const end = rule.period === 'half-year' && !secondHalf ? date(year, 6, 30) : date(year, 12, 31);
      add({
        period: rule.period,
        periodStart: start,
        periodEnd: rule.due < end ? rule.due : end,
        dueOn: rule.due,
      });
    }
  }
  return [...slots.values()].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.period.localeCompare(b.period),
  );
}
