import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportJob, ZImportJob } from '@bcdnq/domain/import';
import { docx, hasCommand, pdf, printWithLibreOffice, scanOf } from '@bcdnq/documents/test-files';
import { binary, type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

const seeds = path.resolve(import.meta.dirname, '../../../fixtures/seeds');
const seed004 = readFileSync(path.join(seeds, '004_4cbeb48ca19850a0.txt'), 'utf8');
const ocr = hasCommand('tesseract') && hasCommand('pdftoppm');
const soffice = hasCommand('soffice');

let t: TestApp;
let office: Client;
let officer: Client;
beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  officer = await signIn(t, 'tuphap');
});
afterAll(() => t.close());

/** A scan of the seed plan as a copier makes it from the PDF LibreOffice prints (twelve pages). */
function scannedPrintedPlan(): Buffer {
  const printed = printWithLibreOffice(docx(seed004, { font: 'Times New Roman', justify: true }));
  if (!printed) throw new Error('LibreOffice did not print the plan');
  return Buffer.from(scanOf(printed));
}

/** A quick scan of `pages` pages: a text PDF rendered and speckled (its glyphs need not read well). */
function scannedPages(pages: number): Buffer {
  const lines = seed004.split('\n').filter((l) => l.trim() !== '');
  return Buffer.from(scanOf(pdf(lines.join('\n'), Math.ceil(lines.length / pages)), { dpi: 150 }));
}

async function startJob(client: Client, file: Buffer, name: string, kind = 'plan') {
  return client.agent
    .post('/api/imports/jobs')
    .set('X-CSRF-Token', client.csrf)
    .field('kind', kind)
    .attach('file', file, { filename: name, contentType: 'application/pdf' });
}

/** Asks for the job until `done` says so (a bounded number of times, a second apart). */
async function pollUntil(
  client: Client,
  id: string,
  done: (job: ImportJob) => boolean,
  seen: ImportJob[] = [],
): Promise<ImportJob> {
  for (let i = 0; i < 600; i++) {
    const response = await client.get(`/api/imports/jobs/${id}`);
    expect(response.status).toBe(200);
    const job = ZImportJob.parse(response.body);
    seen.push(job);
    if (done(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`job ${id} never reached the expected state`);
}

/** This process's reader children (the API runs in the test process), by their command line in /proc. */
function readerProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && cmdline.includes('reader-process')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Processes still alive in a process group (the reader and the OCR engine it runs). */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // gone
    }
  }
  return members;
}

async function waitFor(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('import jobs', () => {
  it(
    'reads pasted text in the background into the same preview as the direct route',
    { timeout: 120_000 },
    async () => {
      const started = await office.post('/api/imports/jobs', { text: seed004 });
      expect(started.status).toBe(202);
      const job = ZImportJob.parse(started.body);
      expect(job).toMatchObject({ kind: 'plan', state: 'running', fileName: null });
      const done = await pollUntil(office, job.id, (j) => j.state !== 'running');
      expect(done.state).toBe('done');
      const direct = (await office.post('/api/imports/preview', { text: seed004 })).body;
      expect(done.planPreview?.result).toEqual(direct.result);
      expect(done.reportPreview).toBeNull();
    },
  );

  it('keeps a job to its creator and refuses plan jobs to agency officers', async () => {
    const started = await office.post('/api/imports/jobs', { text: seed004 });
    // Another officer of the standing office, allowed the route but not this job.
    const admin = await signIn(t, 'admin');
    const username = `thuongtruc-${unique()}`;
    const created = await admin.post('/api/users', {
      username,
      fullName: 'Cán bộ Thường trực khác',
      role: 'standing_office',
      agencyId: office.user.agencyId,
      password: 'mat-khau-rieng-12345',
    });
    expect(created.status).toBe(201);
    const other = await signIn(t, username, 'mat-khau-rieng-12345');
    expect((await other.get(`/api/imports/jobs/${started.body.id}`)).status).toBe(404);
    expect((await other.delete(`/api/imports/jobs/${started.body.id}`)).status).toBe(404);
    expect((await officer.get(`/api/imports/jobs/${started.body.id}`)).status).toBe(404);
    expect((await officer.delete(`/api/imports/jobs/${started.body.id}`)).status).toBe(404);
    expect((await office.get(`/api/imports/jobs/${started.body.id}`)).status).toBe(200);

    const plan = await officer.post('/api/imports/jobs', { text: seed004, kind: 'plan' });
    expect(plan.status).toBe(403);
    expect(plan.body.message).toMatch(/Cơ quan Thường trực/u);
    const report = await officer.post('/api/imports/jobs', { text: seed004, kind: 'report' });
    expect(report.status).toBe(202);
    await pollUntil(officer, report.body.id, (j) => j.state !== 'running');
  });

  it('answers bad input with one Vietnamese line', async () => {
    expect((await office.post('/api/imports/jobs', {})).status).toBe(400);
    const wrongKind = await office.post('/api/imports/jobs', { text: seed004, kind: 'poem' });
    expect(wrongKind.status).toBe(400);
    const notId = await office.get('/api/imports/jobs/khong-phai-ma');
    expect(notId.status).toBe(400);
    const empty = await office.agent
      .post('/api/imports/jobs')
      .set('X-CSRF-Token', office.csrf)
      .attach('file', Buffer.alloc(0), 'rong.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/\S/u);
    expect(JSON.stringify(empty.body)).not.toMatch(/at .+\.js:\d+/u);
    // A file it cannot read fails the job with the reader's line, not the request.
    const broken = await office.agent
      .post('/api/imports/jobs')
      .set('X-CSRF-Token', office.csrf)
      .attach('file', Buffer.from('%PDF-1.4\nkhông phải PDF'), 'hong.pdf');
    if (broken.status === 202) {
      const failed = await pollUntil(office, broken.body.id, (j) => j.state !== 'running');
      expect(failed.state).toBe('failed');
      expect(failed.error?.message).toMatch(/\S/u);
    } else expect(broken.status).toBe(400);
  });

  it('forgets a job once it has expired', async () => {
    const started = await office.post('/api/imports/jobs', { text: seed004 });
    await pollUntil(office, started.body.id, (j) => j.state !== 'running');
    await t.app
      .get(DataSource)
      .query(`UPDATE import_jobs SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        started.body.id,
      ]);
    expect((await office.get(`/api/imports/jobs/${started.body.id}`)).status).toBe(404);
  });

  it.skipIf(!ocr || !soffice)(
    'reports the pages of a scan as it recognises them, and ends with the plan',
    async () => {
      const started = await startJob(office, scannedPrintedPlan(), 'ban-quet.pdf');
      expect(started.status).toBe(202);
      const seen: ImportJob[] = [];
      const done = await pollUntil(office, started.body.id, (j) => j.state !== 'running', seen);
      expect(done.state, JSON.stringify(done.error)).toBe('done');
      const steps = seen.flatMap((j) => (j.progress?.stage === 'ocr' ? [j.progress.done] : []));
      expect(steps.length).toBeGreaterThan(0);
      // Never backwards, and pages seen one after another on the way.
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(new Set(steps).size).toBeGreaterThan(1);
      const pages = done.progress?.total ?? 0;
      expect(pages).toBeGreaterThan(1);
      expect(done.progress).toEqual({ stage: 'ocr', done: pages, total: pages });
      expect(done.planPreview?.result.kind).toBe('plan');
      expect(done.planPreview?.fileName).toBe('ban-quet.pdf');

      // Beside the reading: a picture of each page, only for the job's owner, and the words OCR was unsure of.
      const scan = done.planPreview?.scan;
      expect(scan?.pages).toHaveLength(pages);
      expect(done.pageImages).toEqual(scan?.pages);
      const picture = await office.get(`/api/imports/jobs/${done.id}/pages/1`).buffer(true).parse(binary);
      expect(picture.status).toBe(200);
      expect(picture.headers['content-type']).toBe('image/png');
      expect([...(picture.body as Buffer).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect((await officer.get(`/api/imports/jobs/${done.id}/pages/1`)).status).toBe(404);
      expect((await office.get(`/api/imports/jobs/${done.id}/pages/${pages + 1}`)).status).toBe(404);
      expect((await office.get(`/api/imports/jobs/${done.id}/pages/99999999999`)).status).toBe(404);
      expect((await office.get(`/api/imports/jobs/${done.id}/pages/mot`)).status).toBe(400);
      const text = done.planPreview?.sourceText ?? '';
      for (const word of scan?.lowConfidence ?? [])
        expect(text.slice(word.offset, word.offset + word.length)).toBe(word.word);
    },
    600_000,
  );

  it.skipIf(!ocr)(
    'stops the reader process when the job is cancelled, and bounds the jobs one person runs',
    async () => {
      const scan = scannedPages(8);
      const first = await startJob(office, scan, 'ban-quet-1.pdf');
      const second = await startJob(office, scan, 'ban-quet-2.pdf');
      expect([first.status, second.status]).toEqual([202, 202]);
      const third = await startJob(office, scan, 'ban-quet-3.pdf');
      expect(third.status).toBe(429);
      expect(third.body.message).toMatch(/đang đọc/u);

      // Both are read at once (two reader processes); the first has recognised a page.
      await pollUntil(office, first.body.id, (j) => (j.progress?.done ?? 0) >= 1);
      const readers = readerProcesses();
      expect(readers.length).toBeGreaterThanOrEqual(1);

      expect((await office.delete(`/api/imports/jobs/${first.body.id}`)).status).toBe(204);
      expect((await office.delete(`/api/imports/jobs/${second.body.id}`)).status).toBe(204);
      expect(await waitFor(() => readerProcesses().length === 0)).toBe(true);
      // Nothing it started (the OCR engine, the page renderer) outlives it.
      for (const pid of readers) expect(await waitFor(() => groupMembers(pid).length === 0)).toBe(true);
      expect((await office.get(`/api/imports/jobs/${first.body.id}`)).status).toBe(404);
      expect((await office.delete(`/api/imports/jobs/${first.body.id}`)).status).toBe(404);
      // The slots are free again.
      const again = await office.post('/api/imports/jobs', { text: seed004 });
      expect(again.status).toBe(202);
    },
    600_000,
  );
});
