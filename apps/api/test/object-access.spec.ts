import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary, type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let office: Client;
let tuphap: Client;
let ids: Record<string, string>;
let draftPlan: { id: string };
let issued: { id: string };
let theirs: { id: string; version: number };
let mine: { id: string; version: number };
let theirAttachment: string;
const signer = { name: 'Mai Sơn', title: 'Phó Chủ tịch UBND tỉnh', capacity: 'TM. Ban Chỉ đạo' };

beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  tuphap = await signIn(t, 'tuphap');
  const ngoaivu = await signIn(t, 'ngoaivu');
  ids = Object.fromEntries(
    (await office.get('/api/agencies?perPage=100')).body.data.map((a: { code: string; id: string }) => [
      a.code,
      a.id,
    ]),
  );
  draftPlan = (await office.post('/api/plans', { title: `Dự thảo riêng ${unique()}`, year: 2035 })).body;
  await office.post('/api/tasks', {
    planId: draftPlan.id,
    text: 'Việc của Sở Tư pháp trong dự thảo',
    leads: [{ agencyId: ids['so-tu-phap'], requested: false }],
  });
  const plan = (await office.post('/api/plans', { title: `Kế hoạch phân quyền ${unique()}`, year: 2035 }))
    .body;
  theirs = (
    await office.post('/api/tasks', {
      planId: plan.id,
      text: 'Việc riêng của Sở Ngoại vụ',
      leads: [{ agencyId: ids['so-ngoai-vu'], requested: false }],
    })
  ).body;
  mine = (
    await office.post('/api/tasks', {
      planId: plan.id,
      text: 'Việc của Sở Tư pháp',
      leads: [{ agencyId: ids['so-tu-phap'], requested: false }],
    })
  ).body;
  issued = (
    await office.post(`/api/plans/${plan.id}/issue`, {
      number: `${unique().slice(-5)}/KH-BCĐ`,
      issuedOn: '2035-01-10',
      signer,
      version: plan.version,
    })
  ).body;
  const note = await ngoaivu.agent
    .post(`/api/tasks/${theirs.id}/notes`)
    .set('X-CSRF-Token', ngoaivu.csrf)
    .field('text', 'Kết quả nội bộ của Sở Ngoại vụ')
    .attach('files', Buffer.from('Báo cáo của Sở Ngoại vụ'), 'bao-cao.txt');
  theirAttachment = note.body.attachments[0].id;
});
afterAll(() => t.close());

describe("an agency officer and another agency's records", () => {
  it('cannot read them by id', async () => {
    expect((await tuphap.get(`/api/tasks/${theirs.id}`)).status).toBe(404);
    expect((await tuphap.get(`/api/tasks/${mine.id}`)).status).toBe(200);
    expect((await tuphap.get(`/api/plans/${draftPlan.id}`)).status).toBe(404);
    expect((await tuphap.get(`/api/plans/${draftPlan.id}/diff`)).status).toBe(404);
  });

  it('cannot change, annotate or download from them', async () => {
    expect((await tuphap.put(`/api/tasks/${theirs.id}`, { text: 'x', version: theirs.version })).status).toBe(
      403,
    );
    expect(
      (await tuphap.post(`/api/tasks/${theirs.id}/status`, { event: 'start', version: theirs.version }))
        .status,
    ).toBe(404);
    const note = await tuphap.agent
      .post(`/api/tasks/${theirs.id}/notes`)
      .set('X-CSRF-Token', tuphap.csrf)
      .field('text', 'chen vao');
    expect(note.status).toBe(404);
    expect((await tuphap.get(`/api/tasks/${theirs.id}/notes`)).status).toBe(404);
    expect((await tuphap.get(`/api/attachments/${theirAttachment}`)).status).toBe(404);
    expect((await tuphap.get(`/api/audit?entity=task&entityId=${theirs.id}`)).status).toBe(404);
    expect((await tuphap.get(`/api/audit?entity=plan&entityId=${draftPlan.id}`)).status).toBe(404);
  });

  it('cannot reach them through list filters', async () => {
    const byAgency = await tuphap.get(`/api/tasks?agencyId=${ids['so-ngoai-vu']}&planId=${issued.id}`);
    expect(byAgency.body.data.map((x: { id: string }) => x.id)).toEqual([]);
    const byPlan = await tuphap.get(`/api/tasks?planId=${issued.id}`);
    expect(byPlan.body.data.map((x: { id: string }) => x.id)).toEqual([mine.id]);
    const byIds = await tuphap.get(`/api/tasks?id=${theirs.id}&id=${mine.id}`);
    expect(byIds.body.data.map((x: { id: string }) => x.id)).toEqual([mine.id]);
    expect((await tuphap.get(`/api/tasks?planId=${draftPlan.id}`)).body.total).toBe(0);
    expect((await tuphap.get(`/api/plans?id=${draftPlan.id}`)).body.total).toBe(0);
  });

  it('cannot reach them through exports', async () => {
    const sheet = await tuphap.get(`/api/tasks/export.xlsx?planId=${issued.id}`).buffer(true).parse(binary);
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-disposition']).toMatch(/^attachment;/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.body);
    const text = JSON.stringify(workbook.worksheets[0]?.getSheetValues());
    expect(text).toContain('Việc của Sở Tư pháp');
    expect(text).not.toContain('Việc riêng của Sở Ngoại vụ');
    expect((await tuphap.get(`/api/plans/${draftPlan.id}/export.docx`)).status).toBe(404);
    const docx = await office.get(`/api/plans/${issued.id}/export.docx`).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    expect(Buffer.from(docx.body).subarray(0, 2).toString()).toBe('PK');
  });
});

/**
 * The policy (SECURITY.md): an issued plan is sent to every agency, so its text — every duty, whoever leads it —
 * is readable by every signed-in role, as a page, a Word file or a diff between issued versions. A draft and an
 * amendment in preparation are the standing office's until issued. An agency's work on a duty (status, progress
 * notes, files) stays with that agency and the committee.
 */
describe('what an agency officer may read of a plan', () => {
  const wordText = async (client: Client, planId: string) => {
    const response = await client.get(`/api/plans/${planId}/export.docx`).buffer(true).parse(binary);
    if (response.status !== 200) return { status: response.status, text: '' };
    const zip = await JSZip.loadAsync(response.body as Buffer);
    return { status: 200, text: (await zip.file('word/document.xml')?.async('string')) ?? '' };
  };

  it("reads the issued plan in full as every agency received it, but none of the other agency's notes", async () => {
    const { status, text } = await wordText(tuphap, issued.id);
    expect(status).toBe(200);
    expect(text).toContain('Việc riêng của Sở Ngoại vụ');
    expect(text).not.toContain('Kết quả nội bộ của Sở Ngoại vụ');
  });

  it('never reads an amendment in preparation, its export or its diff, until it is issued', async () => {
    const amendment = (await office.post(`/api/plans/${issued.id}/amend`)).body;
    expect(amendment.status).toBe('draft');
    expect((await tuphap.get(`/api/plans/${amendment.id}`)).status).toBe(404);
    expect((await wordText(tuphap, amendment.id)).status).toBe(404);
    expect((await tuphap.get(`/api/plans/${amendment.id}/diff`)).status).toBe(404);
    expect((await tuphap.get(`/api/plans/${issued.id}/diff?against=${amendment.id}`)).status).toBe(404);
    expect((await office.get(`/api/plans/${amendment.id}/diff`)).status).toBe(200);
  });

  it('keeps progress notes and files from the press office', async () => {
    const editor = await signIn(t, 'bientap');
    expect((await editor.get(`/api/tasks/${theirs.id}/notes`)).status).toBe(403);
    expect((await editor.get(`/api/attachments/${theirAttachment}`)).status).toBe(403);
    const leader = await signIn(t, 'lanhdao');
    expect((await leader.get(`/api/tasks/${theirs.id}/notes`)).status).toBe(200);
  });
});
