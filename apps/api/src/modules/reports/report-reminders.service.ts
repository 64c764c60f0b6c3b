import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../../common/list.js';
import type { OutboxMessage } from '@bcdnq/domain/reports';
import { addDays } from '@bcdnq/domain/tasks';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import { MailerService } from './mailer.service.js';
import { OutboxEntity } from './outbox.entity.js';
import { countedPlanSql, unsubmittedReportSql } from './report-sql.js';

/** Late reports older than this are not chased by e-mail any more (the late list still shows them). */
const LATE_NOTICE_WINDOW_DAYS = 30;

type Candidate = {
  id: string;
  agency_id: string;
  due_on: string;
  period_start: string;
  period_end: string;
  plan_title: string;
  agency_name: string;
};
type Recipient = { id: string; full_name: string; email: string | null };

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The daily reminder job: each report still to be sent gets one "due soon" notice REPORT_REMINDER_DAYS before its
 * due date and one "late" notice after it, to every active officer of its agency — by e-mail when SMTP is
 * configured, otherwise kept in the outbox for the administrator to see. Late is the domain's rule (not submitted
 * by the due date), expressed here as the same SQL the report list uses.
 */
@Injectable()
export class ReportRemindersService {
  private readonly logger = new Logger(ReportRemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly mailer: MailerService,
  ) {}

  async remind(
    manager: EntityManager,
    today: string,
  ): Promise<{ dueSoon: number; late: number; sent: number; kept: number; failed: number }> {
    const candidates: Candidate[] = await manager.query(
      `SELECT r.id, r.agency_id, to_char(o.due_on, 'YYYY-MM-DD') AS due_on, to_char(o.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(o.period_end, 'YYYY-MM-DD') AS period_end, p.title AS plan_title, a.name AS agency_name
         FROM reports r JOIN report_obligations o ON o.id = r.obligation_id JOIN plans p ON p.id = o.plan_id JOIN agencies a ON a.id = r.agency_id
        WHERE ${unsubmittedReportSql('r')} AND r.folded_into_id IS NULL AND ${countedPlanSql('p')}
          AND o.due_on BETWEEN $1 AND $2
        ORDER BY o.due_on, r.id`,
      [addDays(today, -LATE_NOTICE_WINDOW_DAYS), addDays(today, this.env.REPORT_REMINDER_DAYS)],
    );
    const recipients = new Map<string, Recipient[]>();
    const result = { dueSoon: 0, late: 0, sent: 0, kept: 0, failed: 0 };
    for (const c of candidates) {
      if (!recipients.has(c.agency_id)) {
        recipients.set(
          c.agency_id,
          await manager.query(
            `SELECT id, full_name, email FROM users WHERE agency_id = $1 AND role = 'agency_officer' AND active ORDER BY username`,
            [c.agency_id],
          ),
        );
      }
      const late = c.due_on < today;
      const kind = late ? 'report-late' : 'report-due-soon';
      const subject = late
        ? `[Nhắc việc] Báo cáo quá hạn: ${c.plan_title} (kỳ ${vnDate(c.period_start)} – ${vnDate(c.period_end)})`
        : `[Nhắc việc] Báo cáo đến hạn ngày ${vnDate(c.due_on)}: ${c.plan_title}`;
      for (const user of recipients.get(c.agency_id) ?? []) {
        const body = [
          `Kính gửi ${user.full_name} (${c.agency_name}),`,
          '',
          late
            ? `Báo cáo kỳ ${vnDate(c.period_start)} – ${vnDate(c.period_end)} theo ${c.plan_title} đã quá hạn nộp (hạn ${vnDate(c.due_on)}).`
            : `Báo cáo kỳ ${vnDate(c.period_start)} – ${vnDate(c.period_end)} theo ${c.plan_title} cần gửi trước ngày ${vnDate(c.due_on)}.`,
          'Đề nghị đồng chí đăng nhập hệ thống, mục "Việc cần làm", để lập và gửi báo cáo.',
          '',
          'Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh',
        ].join('\n');
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO mail_outbox (kind, dedupe_key, to_user_id, to_address, to_name, subject, body, report_id, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
          [
            kind,
            `${kind}:${c.id}:${user.id}`,
            user.id,
            user.email,
            user.full_name,
            subject,
            body,
            c.id,
            user.email ? 'unsent' : 'no-address',
          ],
        );
        const id = inserted[0]?.id;
        if (!id) continue;
        result[late ? 'late' : 'dueSoon'] += 1;
        if (!user.email || !this.mailer.configured) {
          result.kept += 1;
          continue;
        }
        try {
          await this.mailer.send({ to: user.email, subject, text: body });
          await manager.update(OutboxEntity, { id }, { status: 'sent', sentAt: new Date() });
          result.sent += 1;
        } catch (error) {
          this.logger.warn({ err: error, to: user.email }, 'reminder not sent');
          await manager.update(
            OutboxEntity,
            { id },
            { status: 'failed', error: String((error as Error).message ?? error).slice(0, 1000) },
          );
          result.failed += 1;
        }
      }
    }
    return result;
  }

  /** The outbox, newest first: what was sent, or would have been, to whom and when. */
  async outbox(page: number, perPage: number, reportId?: string): Promise<Page<OutboxMessage>> {
    const [rows, total] = await this.dataSource.getRepository(OutboxEntity).findAndCount({
      where: reportId ? { reportId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return {
      data: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        toAddress: r.toAddress,
        toName: r.toName,
        subject: r.subject,
        body: r.body,
        reportId: r.reportId,
        status: r.status,
        error: r.error,
        createdAt: r.createdAt.toISOString(),
      })),
      total,
    };
  }
}
