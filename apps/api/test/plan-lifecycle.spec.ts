import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../src/modules/jobs/jobs.service.js';
import { binary, type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let office: Client;
let leader: Client;
let tuphap: Client;
let ngoaivu: Client;
let ids: Record<string, string>;
const signer = { name: 'Nguyễn Hương Giang', title: 'Phó Chủ tịch', capacity: 'TM. Ủy ban nhân dân' };
let yearSeq = 2040 + Math.floor(Math.random() * 40);
const nextYear = () => (yearSeq += 1);

beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  leader = await signIn(t, 'lanhdao');
  tuphap = await signIn(t, 'tuphap');
  ngoaivu = await signIn(t, 'ngoaivu');
  const agencies = await office.get('/api/agencies?perPage=100');
  ids = Object.fromEntries(agencies.body.data.map((a: { code: string; id: string }) => [a.code, a.id]));
});
afterAll(() => t.close());

async function issuedPlan(year: number, tasks: object[]) {
  const plan = (
    await office.post('/api/plans', { title: `Kế hoạch công tác nhân quyền năm ${year} ${unique()}`, year })
  ).body;
  const created = [];
  for (const task of tasks)
    created.push((await office.post('/api/tasks', { planId: plan.id, ...task })).body);
  const issued = await office.post(`/api/plans/${plan.id}/issue`, {
    number: `${unique().slice(-4)}/KH-UBND`,
    issuedOn: `${year}-02-02`,
    signer,
    version: plan.version,
  });
  expect(issued.status).toBe(200);
  return { plan: issued.body, tasks: created };
}

const lead = (code: string, requested = false) => [{ agencyId: ids[code], requested }];

describe('a year of plans', () => {
  it('clones last year’s plan: tasks copied, dates moved one year, statuses reset, source linked', async () => {
    const year = nextYear();
    const { plan, tasks } = await issuedPlan(year, [
      {
        text: 'Tổ chức hội nghị tập huấn',
        leads: lead('so-tu-phap'),
        schedule: { kind: 'deadline', due: `${year}-03-20` },
      },
      {
        text: 'Treo băng rôn, khẩu hiệu',
        leads: lead('van-phong-ubnd-tinh'),
        schedule: { kind: 'window', from: `${year}-11-30`, to: `${year}-12-30` },
      },
    ]);
    await tuphap.post(`/api/tasks/${tasks[0].id}/status`, { event: 'start', version: tasks[0].version });
    const clone = await office.post(`/api/plans/${plan.id}/clone`, { year: year + 1 });
    expect(clone.status).toBe(201);
    expect(clone.body).toMatchObject({
      status: 'draft',
      year: year + 1,
      sourcePlanId: plan.id,
      number: null,
      taskCount: 2,
    });
    expect(clone.body.title).toContain(`năm ${year + 1}`);
    const copied = (await office.get(`/api/tasks?planId=${clone.body.id}`)).body.data;
    expect(copied.map((x: { status: string }) => x.status)).toEqual(['not_started', 'not_started']);
    expect(copied[0].schedule).toEqual({ kind: 'deadline', due: `${year + 1}-03-20` });
    expect(copied[1].schedule).toEqual({
      kind: 'window',
      from: `${year + 1}-11-30`,
      to: `${year + 1}-12-30`,
    });
    const diff = await office.get(`/api/plans/${clone.body.id}/diff`);
    expect(diff.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['title', 'year', 'number']),
    );
    expect(
      diff.body.tasks.changed.map((c: { changes: { field: string }[] }) => c.changes.map((x) => x.field)),
    ).toEqual([['schedule'], ['schedule']]);
  });

  it('amends an issued plan with a new version, and issuing it supersedes the old one', async () => {
    const year = nextYear();
    const { plan } = await issuedPlan(year, [
      { text: 'Rà soát văn bản quy phạm', leads: lead('so-tu-phap') },
    ]);
    const amendment = await office.post(`/api/plans/${plan.id}/amend`);
    expect(amendment.body).toMatchObject({ status: 'draft', versionNo: 2, previousVersionId: plan.id });
    expect((await office.post(`/api/plans/${plan.id}/amend`)).body.code).toBe('DUPLICATE');
    const task = (await office.get(`/api/tasks?planId=${amendment.body.id}`)).body.data[0];
    await office.put(`/api/tasks/${task.id}`, { leads: lead('so-noi-vu'), version: task.version });
    const diff = (await office.get(`/api/plans/${amendment.body.id}/diff`)).body;
    expect(diff.tasks.changed[0].changes).toEqual([
      { field: 'leads', before: ['Sở Tư pháp'], after: ['Sở Nội vụ'] },
    ]);
    const issued = await leader.post(`/api/plans/${amendment.body.id}/issue`, {
      number: plan.number,
      issuedOn: `${year}-06-01`,
      signer,
      version: amendment.body.version,
    });
    expect(issued.status).toBe(200);
    expect((await office.get(`/api/plans/${plan.id}`)).body.status).toBe('superseded');
  });

  it('carries section IV into an amendment and compares its items between versions', async () => {
    const year = nextYear();
    const implementation = [
      'Các sở, ngành báo cáo kết quả trước ngày 15 hằng tháng (qua Công an tỉnh).',
      'Sở Tài chính bảo đảm kinh phí thực hiện.',
    ];
    const draft = (
      await office.post('/api/plans', {
        title: `Kế hoạch nhân quyền năm ${year} ${unique()}`,
        year,
        implementation,
      })
    ).body;
    expect(draft.implementation).toEqual(implementation);
    await office.post(`/api/plans/${draft.id}/issue`, {
      number: `${unique().slice(-4)}/KH-UBND`,
      issuedOn: `${year}-02-02`,
      signer,
      version: draft.version,
    });
    const amendment = (await office.post(`/api/plans/${draft.id}/amend`)).body;
    expect(amendment.implementation).toEqual(implementation);
    const changed = [implementation[0], 'Giao Công an tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch.'];
    const updated = await office.put(`/api/plans/${amendment.id}`, {
      implementation: changed,
      version: amendment.version,
    });
    expect(updated.status).toBe(200);
    const diff = (await office.get(`/api/plans/${amendment.id}/diff`)).body;
    expect(diff.fields).toContainEqual({ field: 'implementation', before: implementation, after: changed });
  });

  it('closes a plan: open tasks carried over and copied into next year’s draft', async () => {
    const year = nextYear();
    const { plan, tasks } = await issuedPlan(year, [
      { text: 'Nhiệm vụ đã xong', leads: lead('so-tu-phap') },
      { text: 'Nhiệm vụ còn dở', leads: lead('so-ngoai-vu') },
    ]);
    await office.post(`/api/tasks/${tasks[0].id}/status`, { event: 'complete', version: tasks[0].version });
    const next = (
      await office.post('/api/plans', { title: `Kế hoạch năm ${year + 1} ${unique()}`, year: year + 1 })
    ).body;
    const current = (await office.get(`/api/plans/${plan.id}`)).body;
    const closed = await office.post(`/api/plans/${plan.id}/close`, {
      carryOverToPlanId: next.id,
      version: current.version,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const statuses = (await office.get(`/api/tasks?planId=${plan.id}`)).body.data.map(
      (x: { status: string }) => x.status,
    );
    expect(statuses).toEqual(['done', 'carried_over']);
    const carried = (await office.get(`/api/tasks?planId=${next.id}`)).body.data;
    expect(carried.map((x: { text: string }) => x.text)).toEqual(['Nhiệm vụ còn dở']);
  });

  it('publishes an issued plan on the portal and withdraws it', async () => {
    const year = nextYear();
    const { plan } = await issuedPlan(year, [{ text: 'Tuyên truyền', leads: lead('so-tu-phap') }]);
    const published = await office.put(`/api/plans/${plan.id}/publication`, {
      publishPublicly: true,
      version: plan.version,
    });
    expect(published.body.publishPublicly).toBe(true);
    const docs = await request(t.server).get('/api/public/documents?perPage=50');
    expect(docs.body.data.map((d: { planId: string }) => d.planId)).toContain(plan.id);
    await office.put(`/api/plans/${plan.id}/publication`, {
      publishPublicly: false,
      version: published.body.version,
    });
    const after = await request(t.server).get('/api/public/documents?perPage=50');
    expect(after.body.data.map((d: { planId: string }) => d.planId)).not.toContain(plan.id);
  });
});

describe('tasks at work', () => {
  it('lets the lead agency start and complete its task, and nothing more', async () => {
    const year = nextYear();
    const { plan, tasks } = await issuedPlan(year, [
      { text: 'Phổ biến pháp luật', leads: lead('so-tu-phap'), coordinatorIds: [ids['so-ngoai-vu']] },
    ]);
    const task = tasks[0];
    const coordinator = await ngoaivu.post(`/api/tasks/${task.id}/status`, {
      event: 'start',
      version: task.version,
    });
    expect(coordinator.status).toBe(403);
    const started = await tuphap.post(`/api/tasks/${task.id}/status`, {
      event: 'start',
      note: 'Đã xây dựng kế hoạch triển khai',
      version: task.version,
    });
    expect(started.body.status).toBe('in_progress');
    expect((await office.get(`/api/plans/${plan.id}`)).body.status).toBe('in_implementation');
    expect(
      (
        await tuphap.post(`/api/tasks/${task.id}/status`, {
          event: 'carryOver',
          version: started.body.version,
        })
      ).status,
    ).toBe(403);
    const stale = await tuphap.post(`/api/tasks/${task.id}/status`, {
      event: 'complete',
      version: task.version,
    });
    expect(stale.body.code).toBe('CONFLICT');
    const done = await tuphap.post(`/api/tasks/${task.id}/status`, {
      event: 'complete',
      version: started.body.version,
    });
    expect(done.body.status).toBe('done');
    const notes = await tuphap.get(`/api/tasks/${task.id}/notes`);
    expect(notes.body.data[0]).toMatchObject({
      text: 'Đã xây dựng kế hoạch triển khai',
      statusEvent: 'start',
      authorName: 'Cán bộ đầu mối Sở Tư pháp',
    });
  });

  it('stores attachments checked by content and serves them only to who may see the task', async () => {
    const year = nextYear();
    const { tasks } = await issuedPlan(year, [{ text: 'Báo cáo chuyên đề', leads: lead('so-tu-phap') }]);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const note = await tuphap.agent
      .post(`/api/tasks/${tasks[0].id}/notes`)
      .set('X-CSRF-Token', tuphap.csrf)
      .field('text', 'Gửi báo cáo kết quả')
      .attach('files', pdf, { filename: 'Báo cáo quý I.pdf', contentType: 'application/pdf' });
    expect(note.status).toBe(201);
    const attachment = note.body.attachments[0];
    expect(attachment).toMatchObject({
      fileName: 'Báo cáo quý I.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const download = await office.get(`/api/attachments/${attachment.id}`).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Bao cao quy I.pdf"; filename\*=UTF-8''B%C3%A1o/,
    );
    expect(Buffer.from(download.body).equals(pdf)).toBe(true);
    expect((await ngoaivu.get(`/api/attachments/${attachment.id}`)).status).toBe(404);
    const disguised = await tuphap.agent
      .post(`/api/tasks/${tasks[0].id}/notes`)
      .set('X-CSRF-Token', tuphap.csrf)
      .field('text', 'Tệp giả')
      .attach('files', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'bao-cao.pdf',
        contentType: 'application/pdf',
      });
    expect(disguised.status).toBe(400);
    expect(disguised.body.message).toMatch(/không nhận/);
    expect(
      (
        await ngoaivu.agent
          .post(`/api/tasks/${tasks[0].id}/notes`)
          .set('X-CSRF-Token', ngoaivu.csrf)
          .field('text', 'x')
      ).status,
    ).toBe(404);
  });

  it('edits many tasks at once, all or nothing', async () => {
    const year = nextYear();
    const { tasks } = await issuedPlan(year, [
      { text: 'Việc một', leads: lead('so-tu-phap') },
      { text: 'Việc hai', leads: lead('so-tu-phap') },
    ]);
    const seen = (list: { id: string; version: number }[]) =>
      list.map(({ id, version }) => ({ id, version }));
    const stale = await office.post('/api/tasks/batch', {
      tasks: [{ id: tasks[0].id, version: tasks[0].version + 1 }, seen(tasks)[1]],
      status: 'complete',
    });
    expect(stale.status, 'a task changed since it was read').toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect((await office.get(`/api/tasks/${tasks[1].id}`)).body.status, 'nothing applied').toBe(
      tasks[1].status,
    );
    const done = await office.post('/api/tasks/batch', { tasks: seen(tasks), status: 'complete' });
    expect(done.body).toEqual({ updated: 2 });
    const fresh = await Promise.all(
      tasks.map(async (x: { id: string }) => (await office.get(`/api/tasks/${x.id}`)).body),
    );
    const again = await office.post('/api/tasks/batch', { tasks: seen(fresh), status: 'start' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^Nhiệm vụ #1: Không thể "bắt đầu"/);
    const leadsOnIssued = await office.post('/api/tasks/batch', {
      tasks: seen(fresh).slice(0, 1),
      leads: lead('so-noi-vu'),
    });
    expect(leadsOnIssued.body.code).toBe('IMMUTABLE');
  });

  it('gives an agency its own tasks across plans, with what is overdue and due soon', async () => {
    const { todayInVietnam, addDays } = await import('@bcdnq/domain/tasks');
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const { tasks } = await issuedPlan(year, [
      {
        text: `Sắp đến hạn ${unique()}`,
        leads: lead('so-tu-phap'),
        schedule: { kind: 'deadline', due: addDays(today, 10) },
      },
      {
        text: `Đã quá hạn ${unique()}`,
        leads: lead('so-tu-phap'),
        schedule: { kind: 'deadline', due: addDays(today, -3) },
      },
      {
        text: 'Việc của Sở Ngoại vụ',
        leads: lead('so-ngoai-vu'),
        schedule: { kind: 'deadline', due: addDays(today, 5) },
      },
    ]);
    const soon = (await tuphap.get('/api/tasks?scope=mine&dueWithin=30&perPage=200')).body.data.map(
      (x: { id: string }) => x.id,
    );
    expect(soon).toContain(tasks[0].id);
    expect(soon).not.toContain(tasks[1].id);
    expect(soon).not.toContain(tasks[2].id);
    const overdue = (await tuphap.get('/api/tasks?scope=mine&overdue=true&perPage=200')).body.data;
    expect(overdue.map((x: { id: string }) => x.id)).toContain(tasks[1].id);
    expect(overdue[0].plan).toMatchObject({ year: expect.any(Number), status: expect.any(String) });
    const mine = (await tuphap.get('/api/tasks?scope=mine&sort=dueOn&order=ASC&perPage=200')).body.data as {
      dueOn: string | null;
    }[];
    const dates = mine.map((x) => x.dueOn ?? '9999');
    expect(dates).toEqual([...dates].sort());

    // The daily job marks the overdue one, once per day, and the dashboard shows it.
    const jobs = t.app.get(JobsService);
    const ran = await jobs.runDue(addDays(today, 1000));
    expect(ran['tasks.markOverdue']?.overdue).toBeGreaterThanOrEqual(1);
    expect(await jobs.runDue(addDays(today, 1000))).toEqual({});
    expect((await office.get(`/api/tasks/${tasks[1].id}`)).body.status).toBe('overdue');
    const dashboard = (await leader.get(`/api/dashboard?year=${year}`)).body;
    expect(dashboard.overdue.map((x: { id: string }) => x.id)).toContain(tasks[1].id);
    expect(
      dashboard.byAgency.find((a: { agencyId: string }) => a.agencyId === ids['so-tu-phap']).counts.overdue,
    ).toBeGreaterThanOrEqual(1);
    expect((await tuphap.get('/api/dashboard')).status).toBe(403);
  });
});

describe('agencies change', () => {
  it('hands an ended agency’s open tasks to its successor; the audit keeps who had them', async () => {
    const admin = await signIn(t, 'admin');
    const old = (
      await admin.post('/api/agencies', {
        code: `cu-${unique()}`,
        name: `Sở Cũ ${unique()}`,
        kind: 'department',
      })
    ).body;
    const heir = (
      await admin.post('/api/agencies', {
        code: `moi-${unique()}`,
        name: `Sở Mới ${unique()}`,
        kind: 'department',
      })
    ).body;
    const year = nextYear();
    const { tasks } = await issuedPlan(year, [
      { text: 'Nhiệm vụ của sở cũ', leads: [{ agencyId: old.id, requested: false }] },
    ]);
    const handed = await admin.post(`/api/agencies/${old.id}/succession`, {
      successorId: heir.id,
      validTo: `${year}-06-30`,
      handOverOpenTasks: true,
      version: old.version,
    });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({
      handedOver: 1,
      agency: { validTo: `${year}-06-30`, successorIds: [heir.id] },
    });
    const task = (await office.get(`/api/tasks/${tasks[0].id}`)).body;
    expect(task.leads).toEqual([{ agencyId: heir.id, requested: false }]);
    expect(task.agencyNames[heir.id]).toBe(heir.name);
    const history = (await office.get(`/api/audit?entity=task&entityId=${tasks[0].id}`)).body.data;
    expect(history[0]).toMatchObject({
      action: 'task.handOver',
      actorUsername: 'admin',
      before: { agencyName: old.name },
    });
  });

  it('keeps the name an issued plan was issued with when an agency is renamed', async () => {
    const admin = await signIn(t, 'admin');
    const agency = (
      await admin.post('/api/agencies', {
        code: `doi-ten-${unique()}`,
        name: 'Sở Tên Cũ',
        kind: 'department',
      })
    ).body;
    const year = nextYear();
    const { tasks } = await issuedPlan(year, [
      { text: 'Việc trước khi đổi tên', leads: [{ agencyId: agency.id, requested: false }] },
    ]);
    await admin.put(`/api/agencies/${agency.id}`, { name: 'Sở Tên Mới', version: agency.version });
    expect((await office.get(`/api/tasks/${tasks[0].id}`)).body.agencyNames[agency.id]).toBe('Sở Tên Cũ');
  });
});

describe('dashboard', () => {
  it('counts a task past its due date as overdue, in the totals as in the list, before the daily job runs', async () => {
    const { todayInVietnam, addDays } = await import('@bcdnq/domain/tasks');
    const today = todayInVietnam();
    const year = nextYear();
    const { tasks } = await issuedPlan(year, [
      {
        text: `Trễ hạn ${unique()}`,
        leads: lead('so-noi-vu'),
        schedule: { kind: 'deadline', due: `${year}-01-31` },
      },
    ]);
    expect(year > Number(today.slice(0, 4))).toBe(true); // a future year: the task is not due yet
    const before = (await leader.get(`/api/dashboard?year=${year}`)).body;
    expect(before.totals.overdue).toBe(0);
    // Once its plan year is over (run the counts as of a later day) the same task is overdue everywhere.
    const { DashboardService } = await import('../src/modules/dashboard/dashboard.service.js');
    const later = await t.app.get(DashboardService).build(year, addDays(`${year}-01-31`, 1));
    expect(later.totals.overdue).toBe(1);
    expect(later.overdue.map((x) => x.id)).toEqual([tasks[0].id]);
    expect(later.byAgency.find((a) => a.agencyId === ids['so-noi-vu'])?.counts.overdue).toBe(1);
  });
});

describe('a draft plan moved to another year', () => {
  it('takes its tasks along: year filter and "through the year" due dates follow', async () => {
    const year = nextYear();
    const plan = (await office.post('/api/plans', { title: `Dự thảo đổi năm ${unique()}`, year })).body;
    const task = (
      await office.post('/api/tasks', {
        planId: plan.id,
        text: 'Việc thường xuyên',
        leads: lead('so-tu-phap'),
      })
    ).body;
    expect(task.dueOn).toBe(`${year}-12-31`);
    await office.put(`/api/plans/${plan.id}`, { year: year + 1, version: plan.version });
    const moved = (await office.get(`/api/tasks/${task.id}`)).body;
    expect(moved.dueOn).toBe(`${year + 1}-12-31`);
    expect((await office.get(`/api/tasks?year=${year + 1}&planId=${plan.id}`)).body.total).toBe(1);
    expect((await office.get(`/api/tasks?year=${year}&planId=${plan.id}`)).body.total).toBe(0);
  });
});
