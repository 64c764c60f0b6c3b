import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZConsolidationParts, ZConsolidationSummary, ZInbox, ZReport } from '@bcdnq/domain/reports';
import { loadEnv } from '../src/config/env.js';
import { MailerService } from '../src/modules/reports/mailer.service.js';
import { ReportAttachmentEntity } from '../src/modules/reports/report-attachment.entity.js';
import { DiskStorage } from '../src/modules/storage/disk-storage.js';
import type { FileStorage } from '../src/modules/storage/file-storage.js';
import { S3Storage } from '../src/modules/storage/s3-storage.js';
import { type S3Server, startS3Server } from './helpers/s3-server.js';
import { ReportRemindersService } from '../src/modules/reports/report-reminders.service.js';
import { startSmtpSink } from './helpers/smtp-sink.js';
import { binary, type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let office: Client;
let tuphap: Client;
let ngoaivu: Client;
let leader: Client;
let ids: Record<string, string>;
const signer = { name: 'Mai Sơn', title: 'Phó Chủ tịch UBND tỉnh', capacity: 'TM. Ban Chỉ đạo' };
const YEAR = 2031;

type R = {
  id: string;
  agencyId: string;
  periodStart: string;
  period: string;
  version: number;
  status: string;
};

async function issuedPlan(rules: object[], agencyCodes: string[], year = YEAR) {
  const plan = (
    await office.post('/api/plans', {
      title: `Kế hoạch báo cáo ${unique()}`,
      year,
      reportingRules: rules,
      recipients: ['Như trên', 'Lưu: VT'],
    })
  ).body;
  const tasks: Record<string, string> = {};
  for (const code of agencyCodes) {
    tasks[code] = (
      await office.post('/api/tasks', {
        planId: plan.id,
        text: `Tuyên truyền của ${code}`,
        leads: [{ agencyId: ids[code], requested: false }],
      })
    ).body.id;
  }
  const issued = await office.post(`/api/plans/${plan.id}/issue`, {
    number: `${unique().slice(-6)}/KH-BCĐ`,
    issuedOn: `${year}-01-05`,
    signer,
    version: plan.version,
  });
  expect(issued.status).toBe(200);
  return { plan: issued.body, tasks };
}

const reportsOf = async (client: Client, planId: string): Promise<R[]> =>
  (await client.get(`/api/reports?planId=${planId}&perPage=200`)).body.data;
const monthly = {
  period: 'month',
  dueDay: 15,
  due: null,
  to: 'Công an tỉnh',
  text: 'trước ngày 15 hàng tháng',
};

beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  tuphap = await signIn(t, 'tuphap');
  ngoaivu = await signIn(t, 'ngoaivu');
  leader = await signIn(t, 'lanhdao');
  ids = Object.fromEntries(
    (await office.get('/api/agencies?perPage=200')).body.data.map((a: { code: string; id: string }) => [
      a.code,
      a.id,
    ]),
  );
});
afterAll(() => t.close());

describe('writing, reviewing and accepting a report', () => {
  it('goes expected → draft → submitted → returned with comments → resubmitted → accepted, keeping every round', async () => {
    const { plan, tasks } = await issuedPlan([monthly], ['so-tu-phap', 'so-ngoai-vu']);
    const [january] = (await reportsOf(tuphap, plan.id)).filter((r) => r.periodStart === `${YEAR}-01-01`);
    expect(january).toMatchObject({ status: 'expected' });

    const prefill = await tuphap.get(`/api/reports/${january?.id}/prefill`);
    expect(prefill.status).toBe(200);
    expect(prefill.body.taskEntries.map((e: { taskId: string }) => e.taskId)).toEqual([tasks['so-tu-phap']]);

    const entry = {
      taskId: tasks['so-tu-phap'],
      taskText: 'Tuyên truyền',
      done: 'Đăng 12 tin bài',
      status: 'in_progress',
      figures: [{ indicator: 'articles-published', value: 12 }],
    };
    const saved = await tuphap.put(`/api/reports/${january?.id}`, {
      taskEntries: [entry],
      situation: 'Ổn định',
      version: january?.version,
    });
    expect(saved.status).toBe(200);
    expect(ZReport.parse(saved.body)).toMatchObject({ status: 'draft', situation: 'Ổn định' });
    // A stale copy is refused with what changed.
    const stale = await tuphap.put(`/api/reports/${january?.id}`, {
      situation: 'Khác',
      version: january?.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    // A figure must be a whole number of a catalogue indicator.
    const bad = await tuphap.put(`/api/reports/${january?.id}`, {
      figures: [{ indicator: 'articles-published', value: 1.5 }],
      version: saved.body.version,
    });
    expect(bad.status).toBe(400);
    const unknown = await tuphap.put(`/api/reports/${january?.id}`, {
      figures: [{ indicator: 'khong-co', value: 1 }],
      version: saved.body.version,
    });
    expect(unknown.status).toBe(400);

    // Only the standing office reviews; only the agency submits.
    expect(
      (
        await tuphap.post(`/api/reports/${january?.id}/status`, {
          event: 'accept',
          version: saved.body.version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await office.post(`/api/reports/${january?.id}/status`, {
          event: 'submit',
          version: saved.body.version,
        })
      ).status,
    ).toBe(403);
    const submitted = await tuphap.post(`/api/reports/${january?.id}/status`, {
      event: 'submit',
      version: saved.body.version,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', late: false });
    // Submitted: not editable until returned.
    expect(
      (await tuphap.put(`/api/reports/${january?.id}`, { situation: 'x', version: submitted.body.version }))
        .status,
    ).toBe(409);

    const queue = await office.get('/api/reports?review=true&perPage=200');
    expect(queue.body.data.map((r: R) => r.id)).toContain(january?.id);
    const times = queue.body.data.map((r: { lastSubmittedAt: string }) => r.lastSubmittedAt);
    expect([...times].sort()).toEqual(times);

    expect(
      (
        await office.post(`/api/reports/${january?.id}/status`, {
          event: 'return',
          version: submitted.body.version,
        })
      ).status,
    ).toBe(400);
    const returned = await office.post(`/api/reports/${january?.id}/status`, {
      event: 'return',
      comment: 'Bổ sung số liệu',
      sectionComments: [{ section: 'figures', comment: 'Thiếu số lượt người tham dự' }],
      version: submitted.body.version,
    });
    expect(returned.body).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung số liệu',
      sectionComments: [{ section: 'figures' }],
    });
    const inbox = ZInbox.parse((await tuphap.get('/api/reports/inbox')).body);
    expect(inbox.data.find((i) => i.id === january?.id)).toMatchObject({
      kind: 'report-returned',
      comment: 'Bổ sung số liệu',
    });

    const edited = await tuphap.put(`/api/reports/${january?.id}`, {
      figures: [{ indicator: 'participants', value: 300 }],
      version: returned.body.version,
    });
    const resubmitted = await tuphap.post(`/api/reports/${january?.id}/status`, {
      event: 'resubmit',
      version: edited.body.version,
    });
    expect(resubmitted.body.status).toBe('resubmitted');
    const accepted = await office.post(`/api/reports/${january?.id}/status`, {
      event: 'accept',
      version: resubmitted.body.version,
    });
    expect(accepted.body.status).toBe('accepted');
    const immutable = await tuphap.put(`/api/reports/${january?.id}`, {
      situation: 'sửa sau',
      version: accepted.body.version,
    });
    expect(immutable.status).toBe(409);
    expect(immutable.body.code).toBe('IMMUTABLE');

    const history = (await tuphap.get(`/api/reports/${january?.id}/history`)).body.data.map(
      (h: { event: string }) => h.event,
    );
    expect(history).toEqual(['startDraft', 'submit', 'return', 'resubmit', 'accept']);

    // The consolidation counts it; the February report, still expected, is pending and never counted.
    const range = `planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-02-28`;
    const c = ZConsolidationSummary.parse((await office.get(`/api/consolidation?${range}`)).body);
    expect(c.indicators.find((i) => i.code === 'articles-published')).toMatchObject({
      total: 12,
      partCount: 1,
      byMonth: [{ month: `${YEAR}-01`, total: 12 }],
    });
    expect(c).not.toHaveProperty('draftText');
    // The parts behind a total and the narrative come on their own, when asked for.
    expect(
      ZConsolidationParts.parse(
        (await office.get(`/api/consolidation/parts?${range}&indicator=articles-published`)).body,
      ),
    ).toMatchObject({ total: 1, data: [{ reportId: january?.id, agencyId: ids['so-tu-phap'], value: 12 }] });
    expect((await office.get(`/api/consolidation/parts?${range}&indicator=no-such-thing`)).status).toBe(404);
    expect(c.indicators.find((i) => i.code === 'participants')?.total).toBe(300);
    expect(c).toMatchObject({ expected: 4, received: 1, onTime: 1, reportingRate: 0.25 });
    expect(c.pending).toHaveLength(3);
    expect(c.agencies.find((a) => a.agencyId === ids['so-ngoai-vu'])?.missing).toHaveLength(2);
    const narrative = (await office.get(`/api/consolidation/narrative?${range}`)).body;
    expect(narrative.draftText).toContain('Đăng 12 tin bài');
    expect(narrative.narrative).toMatchObject([{ reportId: january?.id }]);

    // A correction is a new version of the same obligation; until it is accepted the first one counts.
    const correction = await tuphap.post(`/api/reports/${january?.id}/correct`);
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ status: 'draft', versionNo: 2, correctsId: january?.id });
    const fixed = await tuphap.put(`/api/reports/${correction.body.id}`, {
      figures: [{ indicator: 'participants', value: 320 }],
      version: correction.body.version,
    });
    const sent = await tuphap.post(`/api/reports/${correction.body.id}/status`, {
      event: 'submit',
      version: fixed.body.version,
    });
    const q = `planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-01-31`;
    expect(
      (await office.get(`/api/consolidation?${q}`)).body.indicators.find(
        (i: { code: string }) => i.code === 'participants',
      ).total,
    ).toBe(300);
    await office.post(`/api/reports/${correction.body.id}/status`, {
      event: 'accept',
      version: sent.body.version,
    });
    const after = (await office.get(`/api/consolidation?${q}`)).body;
    expect(after.indicators.find((i: { code: string }) => i.code === 'participants').total).toBe(320);
    expect(after.expected).toBe(2);
  });
});

describe('who sees which report', () => {
  it("hides another agency's reports from an officer: by id, list filters, id lists, history, prefill, the inbox and the consolidation", async () => {
    const { plan } = await issuedPlan([monthly], ['so-tu-phap', 'so-ngoai-vu']);
    const all = await reportsOf(office, plan.id);
    const theirs = all.find((r) => r.agencyId === ids['so-ngoai-vu']) as R;
    const mine = all.find((r) => r.agencyId === ids['so-tu-phap']) as R;
    expect((await tuphap.get(`/api/reports/${theirs.id}`)).status).toBe(404);
    expect((await tuphap.get(`/api/reports/${theirs.id}/history`)).status).toBe(404);
    expect((await tuphap.get(`/api/reports/${theirs.id}/prefill`)).status).toBe(404);
    expect(
      (await tuphap.put(`/api/reports/${theirs.id}`, { situation: 'x', version: theirs.version })).status,
    ).toBe(404);
    expect(
      (await tuphap.post(`/api/reports/${theirs.id}/status`, { event: 'submit', version: theirs.version }))
        .status,
    ).toBe(404);
    expect(
      (await tuphap.post(`/api/reports/${mine.id}/fold`, { intoReportId: theirs.id, version: mine.version }))
        .status,
    ).toBe(400);
    expect(
      (await tuphap.get(`/api/reports?agencyId=${ids['so-ngoai-vu']}&planId=${plan.id}`)).body.total,
    ).toBe(0);
    expect(
      (await tuphap.get(`/api/reports?id=${theirs.id}&id=${mine.id}`)).body.data.map((r: R) => r.id),
    ).toEqual([mine.id]);
    const c = (await tuphap.get(`/api/consolidation?planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-12-31`))
      .body;
    expect(c.agencies.map((a: { agencyId: string }) => a.agencyId)).toEqual([ids['so-tu-phap']]);
    expect(c.expected).toBe(12);
    // Nor through a total's parts or the narrative, even when asked for the other agency by name.
    const written = await ngoaivu.put(`/api/reports/${theirs.id}`, {
      figures: [{ indicator: 'participants', value: 7 }],
      situation: 'Việc của Sở Ngoại vụ',
      version: theirs.version,
    });
    const sent = await ngoaivu.post(`/api/reports/${theirs.id}/status`, {
      event: 'submit',
      version: written.body.version,
    });
    const accepted = await office.post(`/api/reports/${theirs.id}/status`, {
      event: 'accept',
      version: sent.body.version,
    });
    expect(accepted.body.status).toBe('accepted');
    const range = `planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-12-31`;
    expect((await leader.get(`/api/consolidation/parts?${range}&indicator=participants`)).body.total).toBe(1);
    expect(
      (
        await tuphap.get(
          `/api/consolidation/parts?${range}&indicator=participants&agencyId=${ids['so-ngoai-vu']}`,
        )
      ).body,
    ).toEqual({ data: [], total: 0 });
    expect((await tuphap.get(`/api/consolidation/narrative?${range}`)).body.narrative).toEqual([]);
    expect(
      (await leader.get(`/api/consolidation?planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-12-31`)).body
        .expected,
    ).toBe(24);
  });
});

describe('report attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  it('takes files checked by content while the report is written, and shows them only to whoever sees the report', async () => {
    const { plan } = await issuedPlan([monthly], ['so-tu-phap']);
    const [january] = await reportsOf(tuphap, plan.id);
    const upload = (client: Client, id: string, name: string, bytes: Buffer) =>
      client.agent
        .post(`/api/reports/${id}/attachments`)
        .set('X-CSRF-Token', client.csrf)
        .attach('files', bytes, name);
    const added = await upload(tuphap, january?.id ?? '', 'bao-cao-thang-1.pdf', pdf);
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject([
      { fileName: 'bao-cao-thang-1.pdf', contentType: 'application/pdf' },
    ]);
    // Named .pdf but not a PDF (nor any accepted kind): refused by content.
    expect(
      (await upload(tuphap, january?.id ?? '', 'gia-mao.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])))
        .status,
    ).toBe(400);
    const fileId = added.body.data[0].id;
    const file = await office.get(`/api/report-attachments/${fileId}`).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect((file.body as Buffer).equals(pdf)).toBe(true);
    // Another agency's officer: 404 for the list, the file and the upload.
    expect((await ngoaivu.get(`/api/reports/${january?.id}/attachments`)).status).toBe(404);
    expect((await ngoaivu.get(`/api/report-attachments/${fileId}`)).status).toBe(404);
    expect((await upload(ngoaivu, january?.id ?? '', 'x.pdf', pdf)).status).toBe(404);
    // Once sent, no more files.
    const draft = await tuphap.put(`/api/reports/${january?.id}`, {
      situation: 'Có tệp',
      version: january?.version,
    });
    await tuphap.post(`/api/reports/${january?.id}/status`, { event: 'submit', version: draft.body.version });
    expect((await upload(tuphap, january?.id ?? '', 'muon.pdf', pdf)).status).toBe(409);
  });
});

describe.each(['disk', 's3'] as const)('report attachments in %s storage', (driver) => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-report-files-'));
    dirs.push(dir);
    return dir;
  };
  let s3: S3Server | undefined;
  afterAll(async () => {
    await s3?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** The storage both instances are configured with, and a handle on it that goes around the API. */
  async function sharedStorage(): Promise<{ env: Record<string, string>; storage: FileStorage }> {
    if (driver === 'disk') {
      const root = tempDir();
      return { env: { UPLOAD_DIR: root }, storage: new DiskStorage(root) };
    }
    s3 = await startS3Server(tempDir());
    const { settings } = s3;
    return {
      env: {
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: settings.endpoint,
        S3_BUCKET: settings.bucket,
        S3_ACCESS_KEY_ID: settings.accessKeyId,
        S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
      },
      storage: new S3Storage(settings),
    };
  }

  const read = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks);
  };

  it('are kept in the file storage, where a second API instance sharing it reads them', async () => {
    const { env, storage } = await sharedStorage();
    // Each instance has a local upload directory of its own: with S3, nothing may land there.
    const [localA, localB] = [tempDir(), tempDir()];
    const first = await startTestApp({ UPLOAD_DIR: localA, ...env });
    const second = await startTestApp({ UPLOAD_DIR: localB, ...env });
    try {
      const { plan } = await issuedPlan([monthly], ['so-tu-phap']);
      const [january] = await reportsOf(tuphap, plan.id);
      const bytes = Buffer.from(`%PDF-1.4\n% ${unique()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
      const author = await signIn(first, 'tuphap');
      const added = await author.agent
        .post(`/api/reports/${january?.id}/attachments`)
        .set('X-CSRF-Token', author.csrf)
        .attach('files', bytes, 'bao-cao-co-tep.pdf');
      expect(added.status).toBe(201);
      const fileId: string = added.body.data[0].id;

      const row = await first.app
        .get(DataSource)
        .getRepository(ReportAttachmentEntity)
        .findOneByOrFail({ id: fileId });
      expect((await read(storage.open(row.storageKey))).equals(bytes)).toBe(true);
      if (driver === 's3') expect(readdirSync(localA)).toEqual([]);

      const reader = await signIn(second, 'thuongtruc');
      const download = await reader.get(`/api/report-attachments/${fileId}`).buffer(true).parse(binary);
      expect(download.status).toBe(200);
      expect((download.body as Buffer).equals(bytes)).toBe(true);

      // Gone from the storage, gone for every instance: nothing is served from a copy of its own.
      await storage.remove(row.storageKey);
      expect((await reader.get(`/api/report-attachments/${fileId}`)).status).toBe(404);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  }, 60_000);
});

describe('agencies merged in 2025', () => {
  it('roll their figures up to the successor, still shown by their old name', async () => {
    const admin = await signIn(t, 'admin');
    const { plan, tasks } = await issuedPlan([monthly], ['so-thong-tin-va-truyen-thong'], 2024);
    const [january] = await reportsOf(office, plan.id);
    const entry = {
      taskId: tasks['so-thong-tin-va-truyen-thong'],
      done: 'Đăng tin',
      status: 'done',
      figures: [{ indicator: 'articles-published', value: 159 }],
    };
    const draft = await admin.put(`/api/reports/${january?.id}`, {
      taskEntries: [entry],
      version: january?.version,
    });
    const sent = await admin.post(`/api/reports/${january?.id}/status`, {
      event: 'submit',
      version: draft.body.version,
    });
    await office.post(`/api/reports/${january?.id}/status`, { event: 'accept', version: sent.body.version });
    const range = `planId=${plan.id}&from=2024-01-01&to=2024-01-31`;
    const c = (await office.get(`/api/consolidation?${range}`)).body;
    const articles = c.indicators.find((i: { code: string }) => i.code === 'articles-published');
    const parts = (await office.get(`/api/consolidation/parts?${range}&indicator=articles-published`)).body;
    expect(parts.data).toMatchObject([
      {
        agencyName: 'Sở Thông tin và Truyền thông',
        rollupAgencyName: 'Sở Khoa học và Công nghệ',
        value: 159,
      },
    ]);
    expect(articles.byAgency).toEqual([
      { agencyId: ids['so-khoa-hoc-va-cong-nghe'], agencyName: 'Sở Khoa học và Công nghệ', total: 159 },
    ]);
  });
});

describe('an agency ending mid-year', () => {
  it('hands the reports it still owes to its successor, never owed twice, earlier periods kept', async () => {
    const admin = await signIn(t, 'admin');
    const agency = async (label: string) => {
      const code = `${label}-${unique()}`;
      const created = (
        await admin.post('/api/agencies', { code, name: `Sở ${label} ${unique()}`, kind: 'department' })
      ).body;
      ids[code] = created.id;
      return { code, ...created };
    };
    const old = await agency('cu');
    const heir = await agency('moi');
    const alone = await issuedPlan([monthly], [old.code]);
    const both = await issuedPlan([monthly], [old.code, heir.code]);
    const count = (rows: R[], agencyId: string) => rows.filter((r) => r.agencyId === agencyId).length;
    expect(count(await reportsOf(office, alone.plan.id), old.id)).toBe(12);
    expect(count(await reportsOf(office, both.plan.id), heir.id)).toBe(12);

    const ended = await admin.post(`/api/agencies/${old.id}/succession`, {
      successorId: heir.id,
      validTo: `${YEAR}-06-30`,
      handOverOpenTasks: true,
      version: old.version,
    });
    expect(ended.status).toBe(200);

    // Where the successor owed nothing, July–December pass to it; January–June stay with the agency that owed them.
    const aloneAfter = await reportsOf(office, alone.plan.id);
    expect(count(aloneAfter, old.id)).toBe(6);
    expect(count(aloneAfter, heir.id)).toBe(6);
    expect(
      aloneAfter.filter((r) => r.agencyId === heir.id).every((r) => r.periodStart >= `${YEAR}-07-01`),
    ).toBe(true);
    // Where it already owed the same months, the ended agency's copies go: each month owed once.
    const bothAfter = await reportsOf(office, both.plan.id);
    expect(count(bothAfter, old.id)).toBe(6);
    expect(count(bothAfter, heir.id)).toBe(12);
  });
});

describe('list input', () => {
  it('refuses a sort key outside the allow-list (sort=__proto__ and friends) and still lists afterwards', async () => {
    for (const sort of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const response = await office.get(`/api/reports?sort=${sort}&perPage=5`);
      expect(response.status, sort).toBe(400);
    }
    expect((await office.get('/api/reports?sort=dueOn&perPage=5')).status).toBe(200);
  });
});

describe('lồng ghép', () => {
  it('folds the June report into the half-year report: received when that one is, its figures counted once', async () => {
    const halfYear = {
      period: 'half-year',
      dueDay: null,
      due: `${YEAR}-07-10`,
      to: null,
      text: 'sơ kết 6 tháng trước ngày 10/7',
    };
    const { plan, tasks } = await issuedPlan([monthly, halfYear], ['so-tu-phap']);
    const mine = await reportsOf(tuphap, plan.id);
    const june = mine.find((r) => r.period === 'month' && r.periodStart === `${YEAR}-06-01`) as R;
    const half = mine.find((r) => r.period === 'half-year') as R;
    const folded = await tuphap.post(`/api/reports/${june.id}/fold`, {
      intoReportId: half.id,
      version: june.version,
    });
    expect(folded.status).toBe(200);
    expect(folded.body.foldedIntoId).toBe(half.id);
    // The folded report is not written nor sent on its own.
    expect(
      (await tuphap.put(`/api/reports/${june.id}`, { situation: 'x', version: folded.body.version })).status,
    ).toBe(409);
    // A report already holding others cannot be folded in turn, nor a half-year into a month.
    expect(
      (await tuphap.post(`/api/reports/${half.id}/fold`, { intoReportId: june.id, version: half.version }))
        .status,
    ).toBe(409);

    const entry = {
      taskId: tasks['so-tu-phap'],
      done: 'Sáu tháng',
      status: 'in_progress',
      figures: [{ indicator: 'conferences-held', value: 6 }],
    };
    const draft = await tuphap.put(`/api/reports/${half.id}`, {
      taskEntries: [entry],
      version: half.version,
    });
    const sent = await tuphap.post(`/api/reports/${half.id}/status`, {
      event: 'submit',
      version: draft.body.version,
    });
    await office.post(`/api/reports/${half.id}/status`, { event: 'accept', version: sent.body.version });
    const c = (await office.get(`/api/consolidation?planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-06-30`))
      .body;
    expect(c.indicators.find((i: { code: string }) => i.code === 'conferences-held').total).toBe(6);
    // Six months + the half-year report expected; the half-year and the folded June one received.
    expect(c).toMatchObject({ expected: 7, received: 2 });
    expect(c.pending.map((p: { reportId: string }) => p.reportId)).not.toContain(june.id);
  });
});

describe('an amendment', () => {
  it('moves the obligations to the new version: each month owed once, and an added agency owes from then on', async () => {
    const { plan } = await issuedPlan([monthly], ['so-tu-phap']);
    const [first] = await reportsOf(tuphap, plan.id);
    await tuphap.put(`/api/reports/${first?.id}`, { situation: 'Đã soạn', version: first?.version });
    const amendment = (await office.post(`/api/plans/${plan.id}/amend`)).body;
    await office.post('/api/tasks', {
      planId: amendment.id,
      text: 'Việc mới của Sở Ngoại vụ',
      leads: [{ agencyId: ids['so-ngoai-vu'], requested: false }],
    });
    const issued = await office.post(`/api/plans/${amendment.id}/issue`, {
      number: plan.number,
      issuedOn: `${YEAR}-04-02`,
      signer,
      version: amendment.version,
    });
    expect(issued.status).toBe(200);

    const live = (await tuphap.get('/api/reports?perPage=200&period=month')).body.data.filter(
      (r: { planTitle: string }) => r.planTitle === plan.title,
    );
    expect(live).toHaveLength(12);
    expect(live.find((r: R) => r.id === first?.id)).toMatchObject({ status: 'draft', planId: amendment.id });
    // The superseded version owes nothing; its history stays readable by id.
    expect((await tuphap.get(`/api/reports?planId=${plan.id}`)).body.total).toBe(0);
    const added = await reportsOf(ngoaivu, amendment.id);
    expect(added.map((r) => r.periodStart)[0]).toBe(`${YEAR}-04-01`);
    expect(added).toHaveLength(9);
  });
});

describe('reminders', () => {
  it('reminds each officer once before the due date and once when late; without SMTP the mail waits in the outbox', async () => {
    const year = 2033;
    const { plan } = await issuedPlan([monthly], ['so-tu-phap'], year);
    const [january] = await reportsOf(tuphap, plan.id);
    const dataSource = t.app.get(DataSource);
    const reminders = t.app.get(ReportRemindersService);
    await dataSource.query(`UPDATE users SET email = 'tuphap@example.invalid' WHERE username = 'tuphap'`);
    const soon = await dataSource.transaction((m) => reminders.remind(m, `${year}-02-13`));
    expect(soon.dueSoon).toBeGreaterThanOrEqual(1);
    await dataSource.transaction((m) => reminders.remind(m, `${year}-02-14`)); // the same notice is not sent twice
    await dataSource.transaction((m) => reminders.remind(m, `${year}-02-16`));
    const outbox = await office.get(`/api/outbox?reportId=${january?.id}&perPage=100`);
    expect(outbox.status).toBe(200);
    // Other test files may add officers to the same agency meanwhile: read tuphap's own notices.
    const mine = outbox.body.data.filter(
      (m: { toAddress: string | null }) => m.toAddress === 'tuphap@example.invalid',
    );
    expect(mine.map((m: { kind: string }) => m.kind).sort()).toEqual(['report-due-soon', 'report-late']);
    expect(mine[0]).toMatchObject({ status: 'unsent' });
    expect((await tuphap.get('/api/outbox')).status).toBe(403);
  });

  it('sends the reminder through the configured SMTP server and records it as sent', async () => {
    const year = 2034;
    const { plan } = await issuedPlan([monthly], ['so-tu-phap'], year);
    const [january] = await reportsOf(tuphap, plan.id);
    const sink = await startSmtpSink();
    try {
      const env = loadEnv({
        APP_MODE: 'demo',
        SMTP_URL: sink.url,
        MAIL_FROM: 'BCĐ <bcd@example.invalid>',
        REPORT_REMINDER_DAYS: '5',
      });
      const dataSource = t.app.get(DataSource);
      await dataSource.query(`UPDATE users SET email = 'tuphap@example.invalid' WHERE username = 'tuphap'`);
      const reminders = new ReportRemindersService(dataSource, env, new MailerService(env));
      const result = await dataSource.transaction((m) => reminders.remind(m, `${year}-02-11`));
      expect(result.sent).toBeGreaterThanOrEqual(1);
      const mail = sink.messages.find((m) => m.to.join(' ').includes('tuphap@example.invalid'));
      expect(mail?.from).toContain('bcd@example.invalid');
      expect(mail?.data).toMatch(/^Subject: /mu);
      const outbox = (await office.get(`/api/outbox?reportId=${january?.id}&perPage=100`)).body.data;
      const mine = outbox.filter(
        (m: { toAddress: string | null }) => m.toAddress === 'tuphap@example.invalid',
      );
      expect(mine).toMatchObject([{ kind: 'report-due-soon', status: 'sent' }]);
    } finally {
      await sink.close();
    }
  });
});

describe('consolidated report documents', () => {
  it("exports the totals as Word in the plan's layout and as Excel with totals and parts", async () => {
    const { plan, tasks } = await issuedPlan([monthly], ['so-tu-phap']);
    const [january] = await reportsOf(tuphap, plan.id);
    const entry = {
      taskId: tasks['so-tu-phap'],
      done: 'Treo băng rôn',
      status: 'done',
      figures: [{ indicator: 'banners-hung', value: 4321 }],
    };
    const draft = await tuphap.put(`/api/reports/${january?.id}`, {
      taskEntries: [entry],
      version: january?.version,
    });
    const sent = await tuphap.post(`/api/reports/${january?.id}/status`, {
      event: 'submit',
      version: draft.body.version,
    });
    await office.post(`/api/reports/${january?.id}/status`, { event: 'accept', version: sent.body.version });
    const q = `planId=${plan.id}&from=${YEAR}-01-01&to=${YEAR}-03-31`;
    const docx = await office.get(`/api/consolidation/export.docx?${q}`).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')?.async('string');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('4.321');
    expect(xml).toContain('Mai Sơn'); // the plan's signature block
    const edited = await office.agent
      .post('/api/consolidation/export.docx')
      .set('X-CSRF-Token', office.csrf)
      .send({
        planId: plan.id,
        from: `${YEAR}-01-01`,
        to: `${YEAR}-03-31`,
        text: 'Văn bản đã biên tập riêng',
      })
      .buffer(true)
      .parse(binary);
    expect(
      await (await JSZip.loadAsync(edited.body as Buffer)).file('word/document.xml')?.async('string'),
    ).toContain('Văn bản đã biên tập riêng');

    const xlsx = await office.get(`/api/consolidation/export.xlsx?${q}`).buffer(true).parse(binary);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết']);
    const totals = book.getWorksheet('Tổng hợp');
    const row = totals?.getRows(3, 20)?.find((r) => r.getCell(2).value === 'banners-hung');
    expect(row?.getCell(5).value).toBe(4321);
    expect(book.getWorksheet('Chi tiết')?.getRow(3).getCell(7).value).toBe(4321);
  });
});

describe('figures that count themselves', () => {
  it("counts an article published on the portal for a duty in its lead agency's articles-published, once, marked as from the portal", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const { plan, tasks } = await issuedPlan([monthly], ['so-tu-phap'], year);
    const editor = await signIn(t, 'bientap');
    const reviewer = await signIn(t, 'duyettin');
    const created = await editor.post('/api/articles', {
      title: `Tin về nhiệm vụ ${unique()}`,
      body: '<p>Nội dung</p>',
      taskId: tasks['so-tu-phap'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    let row = created.body as { id: string; version: number };
    for (const [who, event] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [reviewer, 'publish'],
    ] as const) {
      const moved = await who.post(`/api/articles/${row.id}/status`, { event, version: row.version });
      expect(moved.status, `${event}: ${JSON.stringify(moved.body)}`).toBe(200);
      row = moved.body;
    }
    const range = `planId=${plan.id}&from=${year}-01-01&to=${year}-12-31`;
    const c = (await office.get(`/api/consolidation?${range}`)).body;
    const published = c.indicators.find((i: { code: string }) => i.code === 'articles-published');
    const parts = ZConsolidationParts.parse(
      (await office.get(`/api/consolidation/parts?${range}&indicator=articles-published&perPage=500`)).body,
    ).data;
    const fromPortal = parts.filter((p) => p.source === 'portal');
    expect(fromPortal).toMatchObject([{ agencyId: ids['so-tu-phap'], value: 1 }]);
    expect(published.total).toBe(parts.reduce((n, p) => n + p.value, 0));
    // Another plan's consolidation does not count it.
    const other = await issuedPlan([monthly], ['so-tu-phap'], year);
    const elsewhere = ZConsolidationParts.parse(
      (
        await office.get(
          `/api/consolidation/parts?planId=${other.plan.id}&from=${year}-01-01&to=${year}-12-31&indicator=articles-published&perPage=500`,
        )
      ).body,
    ).data;
    expect(elsewhere.filter((p) => p.source === 'portal')).toEqual([]);
  });
});
