import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Inbox, InboxItem, Report, ReportPrefill } from '@bcdnq/domain/reports';
import { addDays, todayInVietnam, ZTaskListQuery } from '@bcdnq/domain/tasks';
import type { Actor } from '../../common/request-context.js';
import { TasksService } from '../tasks/tasks.service.js';
import { ReportsService } from './reports.service.js';
import { everSubmittedReportSql } from './report-sql.js';

/** How far ahead "Việc cần làm" lists reports to write. */
export const INBOX_HORIZON_DAYS = 45;

/** The officer's inbox and the report form's starting point: reads across reports, tasks and progress notes. */
@Injectable()
export class ReportWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly tasks: TasksService,
  ) {}

  /**
   * "Việc cần làm": for an agency officer, reports to write (due within 45 days or late), reports returned with
   * the reviewer's comment, and the agency's overdue tasks; for the standing office, the review queue.
   */
  async inbox(actor: Actor): Promise<Inbox> {
    const today = todayInVietnam();
    const items: InboxItem[] = [];
    const reportItem = (r: Report, kind: InboxItem['kind']): InboxItem => ({
      kind,
      id: r.id,
      title: `${r.planTitle} — ${r.periodStart.split('-').reverse().join('/')} đến ${r.periodEnd.split('-').reverse().join('/')}`,
      dueOn: r.dueOn,
      period: r.period,
      comment: kind === 'report-returned' ? r.reviewComment : null,
    });
    if (actor.role === 'agency_officer') {
      const open = await this.reports.list(
        { page: 1, perPage: 200, order: 'ASC', id: undefined, open: true },
        actor,
      );
      for (const r of open.data) {
        if (r.status === 'returned') items.push(reportItem(r, 'report-returned'));
        else if (r.late) items.push(reportItem(r, 'report-late'));
        else if (r.dueOn <= addDays(today, INBOX_HORIZON_DAYS)) items.push(reportItem(r, 'report-due'));
      }
      const overdue = await this.tasks.list(
        ZTaskListQuery.parse({ scope: 'mine', overdue: 'true', perPage: 100, sort: 'dueOn' }),
        actor,
      );
      for (const t of overdue.data) {
        items.push({
          kind: 'task-overdue',
          id: t.id,
          title: t.text.split('\n')[0]?.slice(0, 300) ?? '',
          dueOn: t.dueOn,
          period: null,
          comment: null,
        });
      }
    }
    if (actor.role === 'standing_office' || actor.role === 'admin') {
      const queue = await this.reports.list(
        { page: 1, perPage: 200, order: 'ASC', id: undefined, review: true },
        actor,
      );
      for (const r of queue.data)
        items.push({
          ...reportItem(r, 'review'),
          title: `${r.agencyName}: ${reportItem(r, 'review').title}`,
        });
    }
    return { data: items, total: items.length };
  }

  /**
   * What the report form starts from: each of the agency's tasks in the plan it leads, with the progress notes
   * written in the period and what the previous report said on it; the general sections of the previous report.
   */
  async prefill(id: string, actor: Actor): Promise<ReportPrefill> {
    const report = await this.reports.get(id, actor);
    const tasks = await this.tasks.all(
      { scope: 'all', id: undefined, planId: report.planId, leadAgencyId: report.agencyId },
      actor,
      500,
    );
    const taskIds = tasks.map((t) => t.id);
    const notes: { task_id: string; text: string }[] = taskIds.length
      ? await this.dataSource.query(
          `SELECT task_id, text FROM progress_notes
            WHERE task_id = ANY($1::uuid[]) AND agency_id = $2
              AND (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $3 AND $4
            ORDER BY created_at`,
          [taskIds, report.agencyId, report.periodStart, report.periodEnd],
        )
      : [];
    const previous: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM reports r JOIN report_obligations o ON o.id = r.obligation_id
        WHERE r.agency_id = $1 AND o.plan_id = $2 AND o.period_end < $3 AND ${everSubmittedReportSql('r')}
        ORDER BY o.period_end DESC, r.version_no DESC LIMIT 1`,
      [report.agencyId, report.planId, report.periodStart],
    );
    const before = previous[0] ? await this.reports.get(previous[0].id, actor) : null;
    const saved = new Map(report.taskEntries.map((e) => [e.taskId, e]));
    const earlier = new Map((before?.taskEntries ?? []).map((e) => [e.taskId, e]));
    return {
      taskEntries: tasks.map((t) => {
        const own = saved.get(t.id);
        const taskNotes = notes.filter((n) => n.task_id === t.id).map((n) => n.text);
        return {
          taskId: t.id,
          taskText: t.text,
          done: own?.done ?? taskNotes.join('\n'),
          status: own?.status ?? t.status,
          figures: own?.figures ?? [],
          notes: taskNotes,
          previous: earlier.get(t.id)?.done ?? null,
        };
      }),
      situation: report.situation ?? before?.situation ?? null,
      shortcomings: report.shortcomings ?? before?.shortcomings ?? null,
      causes: report.causes ?? before?.causes ?? null,
      proposals: report.proposals ?? before?.proposals ?? null,
      previousReportId: before?.id ?? null,
    };
  }
}
