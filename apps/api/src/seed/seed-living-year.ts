import type { DataSource, EntityManager } from 'typeorm';
import type { ReportingRule } from '@bcdnq/domain/plans';
import type { IndicatorValue } from '@bcdnq/domain/reports';
import {
  addDays,
  type Schedule,
  type Task,
  type TaskEvent,
  type Topic,
  todayInVietnam,
  taskMachine,
} from '@bcdnq/domain/tasks';
import type { Actor, CallContext } from '../common/request-context.js';
import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import { PlanEntity } from '../modules/plans/plan.entity.js';
import { PlansService } from '../modules/plans/plans.service.js';
import { ReportEntity } from '../modules/reports/report.entity.js';
import { ReportsService } from '../modules/reports/reports.service.js';
import { TaskEntity } from '../modules/tasks/task.entity.js';
import { TasksService } from '../modules/tasks/tasks.service.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** The living demo plan's number: how a second run of the seed knows the year is there already. */
export const LIVING_PLAN_NUMBER = '15/KH-BCĐNQ';

type SeedTask = {
  lead: string;
  coordinators: string[];
  text: string;
  schedule: (year: number, today: string) => Schedule;
  topics: Topic[];
  events: TaskEvent[];
  notes?: { by: string; text: string }[];
};

/** A deadline this many days from today, kept inside the plan's year. */
const dueIn =
  (days: number) =>
  (year: number, today: string): Schedule => {
    const due = addDays(today, days);
    const clamped = due < `${year}-01-02` ? `${year}-01-02` : due > `${year}-12-31` ? `${year}-12-31` : due;
    return { kind: 'deadline', due: clamped };
  };
const continuous = (): Schedule => ({ kind: 'continuous' });

const TASKS: SeedTask[] = [
  {
    lead: 'so-tu-phap',
    coordinators: ['so-ngoai-vu', 'cong-an-tinh'],
    text: 'Tuyên truyền, phổ biến pháp luật về quyền con người cho cán bộ, công chức và Nhân dân, chú trọng vùng đồng bào dân tộc thiểu số.',
    schedule: continuous,
    topics: ['law-justice', 'outreach'],
    events: ['start'],
    notes: [
      { by: 'tuphap', text: 'Tổ chức 3 hội nghị phổ biến pháp luật tại các xã, 420 lượt người tham dự.' },
    ],
  },
  {
    lead: 'so-tu-phap',
    coordinators: [],
    text: 'Rà soát văn bản quy phạm pháp luật của tỉnh liên quan đến bảo đảm quyền con người, báo cáo kết quả.',
    schedule: dueIn(-120),
    topics: ['law-justice'],
    events: ['start', 'complete'],
  },
  {
    lead: 'so-tu-phap',
    coordinators: ['so-noi-vu'],
    text: 'Tổ chức lớp tập huấn kỹ năng trợ giúp pháp lý cho người yếu thế.',
    schedule: dueIn(-20),
    topics: ['law-justice', 'vulnerable-groups'],
    events: ['markOverdue'],
  },
  {
    lead: 'so-ngoai-vu',
    coordinators: ['so-tu-phap'],
    text: 'Chủ động cung cấp thông tin đối ngoại về thành tựu bảo đảm quyền con người của tỉnh cho các cơ quan đại diện nước ngoài.',
    schedule: continuous,
    topics: ['foreign-information'],
    events: ['start'],
    notes: [
      { by: 'ngoaivu', text: 'Cung cấp thông tin cho 2 đoàn công tác nước ngoài đến làm việc tại tỉnh.' },
    ],
  },
  {
    lead: 'so-ngoai-vu',
    coordinators: ['cong-an-tinh'],
    text: 'Tiếp và làm việc với các đoàn nước ngoài quan tâm đến vấn đề nhân quyền, tôn giáo, dân tộc.',
    schedule: dueIn(25),
    topics: ['international-cooperation', 'religion'],
    events: [],
  },
  {
    lead: 'so-ngoai-vu',
    coordinators: ['so-tu-phap'],
    text: 'Tổng hợp, báo cáo tình hình các tổ chức quốc tế đánh giá về nhân quyền tại địa phương.',
    schedule: dueIn(-10),
    topics: ['foreign-information'],
    events: ['start', 'markOverdue'],
  },
  {
    lead: 'cong-an-tinh',
    coordinators: ['so-tu-phap', 'so-ngoai-vu'],
    text: 'Đấu tranh, phản bác các quan điểm sai trái, thù địch lợi dụng vấn đề dân chủ, nhân quyền trên không gian mạng.',
    schedule: continuous,
    topics: ['security', 'outreach'],
    events: ['start'],
  },
  {
    lead: 'so-khoa-hoc-va-cong-nghe',
    coordinators: [],
    text: 'Chỉ đạo các cơ quan báo chí đăng tải tin, bài tuyên truyền thành tựu quyền con người.',
    schedule: dueIn(-60),
    topics: ['outreach'],
    events: ['start', 'complete'],
  },
];

const RULES: (year: number) => ReportingRule[] = (year) => [
  {
    period: 'month',
    dueDay: 15,
    due: null,
    to: 'Công an tỉnh',
    text: 'Báo cáo định kỳ hằng tháng trước ngày 15 hàng tháng (qua Công an tỉnh - Cơ quan Thường trực).',
  },
  {
    period: 'half-year',
    dueDay: null,
    due: `${year}-07-10`,
    to: 'Công an tỉnh',
    text: `Báo cáo sơ kết 6 tháng trước ngày 10/7/${year}.`,
  },
];

/** Figures an agency reports in a month, varied a little from month to month. */
function figuresFor(agencyCode: string, month: number): IndicatorValue[] {
  switch (agencyCode) {
    case 'so-tu-phap':
      return [
        { indicator: 'conferences-held', value: 1 + (month % 3) },
        { indicator: 'participants', value: 120 + 15 * month },
      ];
    case 'so-ngoai-vu':
      return [{ indicator: 'foreign-delegations', value: month % 2 === 0 ? 2 : 1 }];
    case 'cong-an-tinh':
      return [
        { indicator: 'rebuttal-articles', value: 20 + month },
        { indicator: 'articles-published', value: 8 + (month % 4) },
      ];
    default:
      return [
        { indicator: 'articles-published', value: 30 + 2 * month },
        { indicator: 'banners-hung', value: month === 9 ? 140 : 25 },
      ];
  }
}

const at = (isoDate: string) => new Date(`${isoDate}T09:00:00+07:00`);

/**
 * The living demo year: a plan for the current year, issued like any plan, in which `tuphap` (Sở Tư pháp) and
 * `ngoaivu` (Sở Ngoại vụ) lead and coordinate tasks — some done, some under way, some overdue — and the reports of
 * the months gone by: most accepted (so the consolidated report has totals), one returned with a comment, one
 * submitted awaiting review, some late, the June reports folded into the half-year report, and reports still to
 * write. Dated from today, so the demo never goes stale. Idempotent.
 */
export async function seedLivingYear(
  dataSource: DataSource,
  manager: EntityManager,
  audit: AuditService,
  today = todayInVietnam(),
): Promise<number> {
  const year = Number(today.slice(0, 4));
  if (await manager.existsBy(PlanEntity, { number: LIVING_PLAN_NUMBER, year })) return 0;
  const tasks = new TasksService(dataSource, audit);
  const reports = new ReportsService(dataSource, audit);
  const plans = new PlansService(dataSource, audit, tasks, reports);
  const agencies = new Map((await manager.find(AgencyEntity)).map((a) => [a.code, a]));
  const agency = (code: string) => {
    const found = agencies.get(code);
    if (!found) throw new Error(`demo seed: agency ${code} missing from the catalogue`);
    return found;
  };
  const users = new Map((await manager.find(UserEntity)).map((u) => [u.username, u]));
  const contextOf = (username: string): CallContext => {
    const user = users.get(username);
    if (!user) throw new Error(`demo seed: user ${username} missing`);
    const actor: Actor = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      agencyId: user.agencyId,
      agencyName: user.agencyId
        ? ([...agencies.values()].find((a) => a.id === user.agencyId)?.name ?? null)
        : null,
      csrfToken: '',
      sessionId: 'demo-seed',
    };
    return { actor, ip: null, correlationId: 'demo-seed' };
  };
  const office = contextOf('thuongtruc');
  const issuedOn = `${year}-01-15` < today ? `${year}-01-15` : today;

  const plan = await plans.createDraft(
    manager,
    {
      kind: 'yearly',
      title: `Kế hoạch thực hiện công tác nhân quyền năm ${year}`,
      year,
      number: LIVING_PLAN_NUMBER,
      issuedOn,
      place: 'Bắc Ninh',
      issuer: 'Ban Chỉ đạo Nhân quyền tỉnh',
      signer: {
        name: 'Mai Sơn',
        title: 'Phó Chủ tịch UBND tỉnh',
        capacity: 'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
      },
      summary:
        'Kế hoạch năm của Ban Chỉ đạo: tuyên truyền, thông tin đối ngoại, đấu tranh phản bác, bảo đảm quyền của nhóm dễ bị tổn thương.',
      references: [],
      purposes: [
        'Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về quyền con người.',
        'Chủ động thông tin đối ngoại, đấu tranh phản bác luận điệu sai trái.',
      ],
      keyTasks: [],
      implementation: [
        ...RULES(year).map((r) => r.text),
        'Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.',
      ],
      reportingRules: RULES(year),
      recipients: [
        'Ban Chỉ đạo Nhân quyền Chính phủ (b/c)',
        'Thường trực Tỉnh ủy (b/c)',
        'Các sở, ban, ngành tỉnh',
        'Lưu: VT, CAT',
      ],
      publishPublicly: false,
    },
    office,
  );
  const created: Task[] = [];
  for (const t of TASKS) {
    created.push(
      await tasks.createInPlan(
        manager,
        {
          planId: plan.id,
          text: t.text,
          subDuties: [],
          leads: [{ agencyId: agency(t.lead).id, requested: false }],
          coordinatorIds: t.coordinators.map((c) => agency(c).id),
          schedule: t.schedule(year, today),
          topics: t.topics,
        },
        year,
        office,
      ),
    );
  }
  await plans.applyIssue(
    manager,
    plan,
    {
      number: LIVING_PLAN_NUMBER,
      issuedOn,
      signer: plan.signer ?? { name: 'Mai Sơn', title: null, capacity: null },
    },
    office,
  );

  for (const [index, t] of TASKS.entries()) {
    const task = created[index];
    if (!task) continue;
    for (const event of t.events) {
      const entity = await manager.findOneByOrFail(TaskEntity, { id: task.id });
      // A duty already past its due date was marked overdue when the plan was issued: it can only be finished.
      if (!taskMachine.can(entity.status, event)) continue;
      await tasks.applyEvent(manager, entity, event, office);
    }
    for (const note of t.notes ?? []) await tasks.addNoteRow(manager, task.id, note.text, contextOf(note.by));
  }

  await seedReports(manager, reports, plan.id, today, agency, contextOf, created);
  return 1;
}

async function seedReports(
  manager: EntityManager,
  reports: ReportsService,
  planId: string,
  today: string,
  agency: (code: string) => AgencyEntity,
  contextOf: (username: string) => CallContext,
  tasks: Task[],
): Promise<void> {
  const office = contextOf('thuongtruc');
  const officerOf = new Map([
    ['so-tu-phap', 'tuphap'],
    ['so-ngoai-vu', 'ngoaivu'],
  ]);
  const versionOf = async (id: string): Promise<number> =>
    (await manager.findOneByOrFail(ReportEntity, { id })).version;
  // Nothing is dated after today.
  const notAfterToday = (date: string) => (date > today ? today : date);
  // Reports are written by the agency's officer; agencies without a demo officer write through the administrator.
  const writer = (code: string) => contextOf(officerOf.get(code) ?? 'admin');

  const rows: {
    id: string;
    agency_id: string;
    period: string;
    period_start: string;
    period_end: string;
    due_on: string;
  }[] = await manager.query(
    `SELECT r.id, r.agency_id, o.period, to_char(o.period_start, 'YYYY-MM-DD') AS period_start, to_char(o.period_end, 'YYYY-MM-DD') AS period_end,
            to_char(o.due_on, 'YYYY-MM-DD') AS due_on
       FROM reports r JOIN report_obligations o ON o.id = r.obligation_id WHERE o.plan_id = $1 ORDER BY o.due_on, r.agency_id`,
    [planId],
  );
  const codeOf = (agencyId: string) =>
    ['so-tu-phap', 'so-ngoai-vu', 'cong-an-tinh', 'so-khoa-hoc-va-cong-nghe'].find(
      (c) => agency(c).id === agencyId,
    ) ?? '';
  const pastDue = (code: string) =>
    rows.filter((r) => codeOf(r.agency_id) === code && r.period === 'month' && r.due_on < today);

  const write = async (row: (typeof rows)[number], code: string) => {
    const month = Number(row.period_start.slice(5, 7));
    const own = tasks.filter((t) => t.leads.some((l) => l.agencyId === row.agency_id));
    const figures = figuresFor(code, month);
    const version = await versionOf(row.id);
    return reports.applyUpdate(
      manager,
      row.id,
      {
        taskEntries: own.map((t, i) => ({
          taskId: t.id,
          taskText: t.text,
          done: `Tháng ${month}: ${i === 0 ? 'triển khai đúng kế hoạch' : 'tiếp tục thực hiện'}.`,
          status: t.status,
          figures: i === 0 ? figures : [],
        })),
        situation: `Tình hình tháng ${month} ổn định; các nhiệm vụ được triển khai theo kế hoạch.`,
        shortcomings: month % 4 === 0 ? 'Kinh phí cho hoạt động tuyên truyền còn hạn chế.' : null,
        causes: null,
        proposals: month % 4 === 0 ? 'Đề nghị bổ sung kinh phí tuyên truyền ở cơ sở.' : null,
        version,
      },
      writer(code),
    );
  };
  const fire = async (
    id: string,
    event: 'submit' | 'resubmit' | 'accept' | 'return',
    context: CallContext,
    when: string,
    comment?: string,
  ) => {
    const version = await versionOf(id);
    return reports.applyStatus(manager, id, { event, comment, version }, context, at(notAfterToday(when)));
  };
  const accept = async (row: (typeof rows)[number], code: string, submittedOn: string) => {
    await write(row, code);
    await fire(row.id, 'submit', writer(code), submittedOn);
    await fire(row.id, 'accept', office, addDays(submittedOn, 2));
  };

  // The June monthly reports are folded into the half-year report (lồng ghép), which is accepted.
  for (const code of ['so-tu-phap', 'so-ngoai-vu']) {
    const half = rows.find((r) => codeOf(r.agency_id) === code && r.period === 'half-year');
    const june = pastDue(code).find((r) => r.period_start.slice(5, 7) === '06');
    if (!half || !june || half.due_on >= today) continue;
    await reports.applyFold(
      manager,
      june.id,
      { intoReportId: half.id, version: await versionOf(june.id) },
      writer(code),
    );
    await accept(half, code, addDays(half.due_on, -2));
  }
  const folded = new Set(
    (
      (await manager.query(
        `SELECT id FROM reports WHERE folded_into_id IS NOT NULL AND agency_id = ANY($1::uuid[])`,
        [[agency('so-tu-phap').id, agency('so-ngoai-vu').id]],
      )) as { id: string }[]
    ).map((r) => r.id),
  );

  // Sở Tư pháp: accepted, one sent late, the month before last returned with a comment, last month still to write.
  const tuphap = pastDue('so-tu-phap').filter((r) => !folded.has(r.id));
  for (const [i, row] of tuphap.entries()) {
    const fromEnd = tuphap.length - i;
    if (fromEnd === 1) continue; // late and still to write
    if (fromEnd === 2) {
      await write(row, 'so-tu-phap');
      await fire(row.id, 'submit', writer('so-tu-phap'), addDays(row.due_on, -1));
      await fire(
        row.id,
        'return',
        office,
        addDays(row.due_on, 3),
        'Đề nghị bổ sung số lượt người tham dự các hội nghị và làm rõ kết quả tập huấn.',
      );
      continue;
    }
    await accept(row, 'so-tu-phap', i === 2 ? addDays(row.due_on, 5) : addDays(row.due_on, -2));
  }
  // Sở Ngoại vụ: accepted, one late; the last month submitted late and awaiting review.
  const ngoaivu = pastDue('so-ngoai-vu').filter((r) => !folded.has(r.id));
  for (const [i, row] of ngoaivu.entries()) {
    const fromEnd = ngoaivu.length - i;
    if (fromEnd === 1) {
      await write(row, 'so-ngoai-vu');
      await fire(
        row.id,
        'submit',
        writer('so-ngoai-vu'),
        addDays(row.due_on, Math.min(4, Math.max(0, daysBetween(row.due_on, today) - 1))),
      );
      continue;
    }
    await accept(row, 'so-ngoai-vu', i === 4 ? addDays(row.due_on, 7) : addDays(row.due_on, -3));
  }
  // The standing office and the press department report every month on time, except the last one.
  for (const code of ['cong-an-tinh', 'so-khoa-hoc-va-cong-nghe']) {
    const list = pastDue(code);
    for (const row of list.slice(0, -1)) await accept(row, code, addDays(row.due_on, -1));
  }
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
