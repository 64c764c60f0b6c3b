import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary, type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

const seeds = path.resolve(import.meta.dirname, '../../../fixtures/seeds');
const seed000 = readFileSync(path.join(seeds, '000_bdf9b695430115f1.txt'));
const seed004 = readFileSync(path.join(seeds, '004_4cbeb48ca19850a0.txt'), 'utf8');

let t: TestApp;
let office: Client;
beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
});
afterAll(() => t.close());

describe('document import', () => {
  it('previews an uploaded file with agency matches and warns of a number already used', async () => {
    const response = await office.agent
      .post('/api/imports/preview')
      .set('X-CSRF-Token', office.csrf)
      .attach('file', seed000, { filename: 'Kế hoạch 25.txt', contentType: 'text/plain' });
    expect(response.status).toBe(200);
    expect(response.body.fileName).toBe('Kế hoạch 25.txt');
    expect(response.body.result.kind).toBe('plan');
    expect(response.body.result.plan.number).toBe('25/KH-UBND');
    expect(response.body.sourceText).toContain('CÔNG TÁC BẢO VỆ, ĐẤU TRANH VỀ NHÂN QUYỀN NĂM 2024');
    expect(response.body.duplicates.map((d: { number: string }) => d.number)).toContain('25/KH-UBND');
    const agencies = await office.get('/api/agencies?q=van%20phong%20ubnd%20tinh');
    expect(response.body.agencies['Văn phòng UBND tỉnh']).toBe(agencies.body.data[0].id);
  });

  it('warns of a draft with the same title and year even without a number', async () => {
    const title = `Kế hoạch  tuyên truyền về quyền trẻ em đợt ${unique()} năm 2071`;
    const draft = await office.post('/api/plans', { title, year: 2071 });
    expect(draft.status).toBe(201);
    const text = `ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nKẾ HOẠCH\n${title.replace(/^Kế hoạch\s+/u, '').toUpperCase()}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n`;
    const response = await office.post('/api/imports/preview', { text });
    expect(response.status).toBe(200);
    expect(response.body.result.plan, JSON.stringify(response.body.result.plan)).toMatchObject({
      year: 2071,
      number: null,
    });
    expect(
      response.body.duplicates.map((d: { id: string }) => d.id),
      response.body.result.plan.title,
    ).toContain(draft.body.id);
  });

  it('previews pasted text', async () => {
    const response = await office.post('/api/imports/preview', { text: seed004 });
    expect(response.status).toBe(200);
    expect(response.body.result.plan.tasks.length).toBeGreaterThan(5);
    expect(response.body.fileName).toBeNull();
    expect(Object.values(response.body.agencies)).not.toContain(undefined);
  });

  it('refuses an empty or binary file with one Vietnamese line', async () => {
    const empty = await office.agent
      .post('/api/imports/preview')
      .set('X-CSRF-Token', office.csrf)
      .attach('file', Buffer.alloc(0), 'rong.txt');
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION');
    const binary = await office.agent
      .post('/api/imports/preview')
      .set('X-CSRF-Token', office.csrf)
      .attach('file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0]), 'chuong-trinh.pdf');
    expect(binary.status).toBe(400);
    expect(binary.body.message).toMatch(/\S/);
  });

  it('keeps imports to the standing office', async () => {
    const officer = await signIn(t, 'tuphap');
    expect((await officer.post('/api/imports/preview', { text: seed004 })).status).toBe(403);
  });

  it('saves the reviewed draft with all its tasks in one transaction', async () => {
    const preview = (await office.post('/api/imports/preview', { text: seed004 })).body;
    const plan = preview.result.plan;
    const agencyOf = (name: string) => preview.agencies[name] as string | null;
    const tasks = plan.tasks
      .map(
        (task: {
          ref: string | null;
          text: string;
          subDuties: string[];
          leads: { agency: string; requested: boolean }[];
          coordinators: string[];
          schedule: unknown;
          topics: string[];
        }) => ({
          ref: task.ref,
          text: task.text,
          subDuties: task.subDuties,
          leads: task.leads.flatMap((l) =>
            agencyOf(l.agency) ? [{ agencyId: agencyOf(l.agency), requested: l.requested }] : [],
          ),
          coordinatorIds: [],
          schedule: task.schedule,
          topics: task.topics,
        }),
      )
      .filter((task: { leads: unknown[] }) => task.leads.length > 0);
    const body = {
      plan: {
        kind: 'yearly',
        title: `${plan.title} (nhập thử)`,
        year: plan.year ?? 2022,
        reportingRules: plan.reportingRules,
      },
      tasks,
    };
    const saved = await office.post('/api/imports/commit', body);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ status: 'draft', taskCount: tasks.length });
    const listed = await office.get(`/api/tasks?planId=${saved.body.id}&perPage=100`);
    expect(listed.body.total).toBe(tasks.length);

    // A bad task anywhere rolls the whole import back.
    const broken = await office.post('/api/imports/commit', {
      plan: { ...body.plan, title: `${plan.title} (lỗi)` },
      tasks: [
        ...tasks,
        { ...tasks[0], leads: [{ agencyId: '00000000-0000-4000-8000-000000000000', requested: false }] },
      ],
    });
    expect(broken.status).toBe(400);
    const none = await office.get(`/api/plans?q=${encodeURIComponent('(lỗi)')}`);
    expect(none.body.total).toBe(0);
  });

  it('keeps every item of section IV from the reading to the saved plan and its Word export, each once', async () => {
    const preview = (await office.post('/api/imports/preview', { text: seed004 })).body;
    const read = preview.result.plan;
    const items: string[] = read.implementation;
    expect(items).toHaveLength(4);
    const saved = await office.post('/api/imports/commit', {
      plan: {
        kind: 'yearly',
        title: `${read.title} (tổ chức thực hiện ${unique()})`,
        year: read.year ?? 2022,
        implementation: items,
        reportingRules: read.reportingRules,
      },
      tasks: [],
    });
    expect(saved.status).toBe(201);
    const plan = await office.get(`/api/plans/${saved.body.id}`);
    expect(plan.body.implementation).toEqual(items);
    expect(plan.body.reportingRules).toEqual(read.reportingRules);

    const docx = await office.get(`/api/plans/${saved.body.id}/export.docx`).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    const xml =
      (await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')?.async('string')) ?? '';
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''),
    );
    const body = paragraphs.join('\n').replace(/&amp;/g, '&');
    const occurrences = (text: string) => body.split(text).length - 1;
    // The first item is also the monthly reporting rule: printed once all the same.
    expect(read.reportingRules[0].text).toBe(items[0]);
    for (const item of items) expect(occurrences(item.replace(/\.\/\.$/u, '')), item).toBe(1);
    const section = paragraphs.slice(paragraphs.indexOf('IV. TỔ CHỨC THỰC HIỆN') + 1);
    expect(section.slice(0, 4).map((p) => p.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ']);
  });
});
