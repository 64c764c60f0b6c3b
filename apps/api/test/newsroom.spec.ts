import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_STATUSES,
  type ArticleEvent,
  type ArticleStatus,
  articleMachine,
  SEARCH_RESULT_CAP,
} from '@bcdnq/domain/articles';
import { searchTextOf } from '../src/common/list.js';
import { XSS_PAYLOADS } from '../src/modules/articles/xss-payloads.fixture.js';
import { ArticlesService } from '../src/modules/articles/articles.service.js';
import { DiskStorage } from '../src/modules/storage/disk-storage.js';
import { startS3Server } from './helpers/s3-server.js';
import { type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
let uploads: string;
let editor: Client;
let reviewer: Client;
let leader: Client;
let office: Client;
let officer: Client;

beforeAll(async () => {
  uploads = mkdtempSync(path.join(tmpdir(), 'bcdnq-media-'));
  t = await startTestApp({ UPLOAD_DIR: uploads });
  editor = await signIn(t, 'bientap');
  reviewer = await signIn(t, 'duyettin');
  leader = await signIn(t, 'lanhdao');
  office = await signIn(t, 'thuongtruc');
  officer = await signIn(t, 'tuphap');
});
afterAll(async () => {
  await t.close();
  rmSync(uploads, { recursive: true, force: true });
});

type Row = { id: string; version: number; status: ArticleStatus; slug: string };

async function draft(fields: Record<string, unknown> = {}, by: Client = editor): Promise<Row> {
  const response = await by.post('/api/articles', {
    title: `Tin thử nghiệm ${unique()}`,
    body: '<p>Nội dung</p>',
    ...fields,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Row;
}

async function fire(by: Client, row: Row, event: ArticleEvent, extra: Record<string, unknown> = {}) {
  return by.post(`/api/articles/${row.id}/status`, { event, version: row.version, ...extra });
}

async function step(by: Client, row: Row, event: ArticleEvent): Promise<Row> {
  const extra =
    event === 'return'
      ? { comment: 'Sửa lại sapo' }
      : event === 'schedule'
        ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() }
        : {};
  const response = await fire(by, row, event, extra);
  expect(response.status, `${event}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body as Row;
}

/** The shortest path to an article in each state, each move made by the role allowed to make it. */
const PATHS: Record<ArticleStatus, [Client | 'editor' | 'reviewer', ArticleEvent][]> = {
  draft: [],
  in_review: [['editor', 'submit']],
  returned: [
    ['editor', 'submit'],
    ['reviewer', 'return'],
  ],
  approved: [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
  ],
  scheduled: [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
    ['reviewer', 'schedule'],
  ],
  published: [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
    ['reviewer', 'publish'],
  ],
  unpublished: [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
    ['reviewer', 'publish'],
    ['reviewer', 'unpublish'],
  ],
  archived: [['editor', 'archive']],
};

async function articleIn(state: ArticleStatus, fields: Record<string, unknown> = {}): Promise<Row> {
  let row = await draft(fields);
  for (const [who, event] of PATHS[state])
    row = await step(who === 'editor' ? editor : who === 'reviewer' ? reviewer : who, row, event);
  expect(row.status).toBe(state);
  return row;
}

// Written out independently of the domain's rule: what an editor may do, and from where.
const EDITOR_MAY = new Set([
  'draft --submit',
  'returned --submit',
  'draft --archive',
  'returned --archive',
  'approved --revise',
  'unpublished --revise',
]);

describe('article workflow by role', () => {
  it('answers every event from every state, for editor, reviewer and leadership: 200 legal, 403 not theirs, 409 illegal', async () => {
    const wrong: string[] = [];
    for (const state of ARTICLE_STATUSES) {
      for (const event of articleMachine.events) {
        for (const [name, client] of [
          ['editor', editor],
          ['reviewer', reviewer],
          ['committee_leader', leader],
        ] as const) {
          const row = await articleIn(state);
          const extra =
            event === 'return'
              ? { comment: 'Cần bổ sung nguồn' }
              : event === 'schedule'
                ? { publishAt: new Date(Date.now() + 3_600_000).toISOString() }
                : {};
          const response = await fire(client, row, event, extra);
          const legal = articleMachine.can(state, event);
          const expected = !legal
            ? 409
            : name === 'editor' && !EDITOR_MAY.has(`${state} --${event}`)
              ? 403
              : 200;
          if (response.status !== expected)
            wrong.push(`${name} ${state} --${event}: ${response.status}, expected ${expected}`);
          if (expected === 200 && response.body.status !== articleMachine.table[event].to)
            wrong.push(`${name} ${state} --${event} went to ${response.body.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('never lets an editor approve or publish, and leaves the article untouched when refused', async () => {
    const row = await articleIn('in_review');
    expect((await fire(editor, row, 'approve')).status).toBe(403);
    const approved = await step(reviewer, row, 'approve');
    const refused = await fire(editor, approved, 'publish');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await editor.get(`/api/articles/${row.id}`)).body.status).toBe('approved');
  });

  it('refuses every newsroom write to agency officers and the standing office with 403', async () => {
    const row = await articleIn('in_review');
    for (const client of [officer, office]) {
      expect((await client.post('/api/articles', { title: 'Tin của đơn vị' })).status).toBe(403);
      expect(
        (await client.put(`/api/articles/${row.id}`, { title: 'Sửa tin', version: row.version })).status,
      ).toBe(403);
      expect((await fire(client, row, 'approve')).status).toBe(403);
      expect(
        (
          await client.post('/api/campaigns', {
            name: 'Đợt mới',
            startsOn: '2026-01-01',
            endsOn: '2026-01-31',
          })
        ).status,
      ).toBe(403);
      expect((await client.post('/api/media')).status).toBe(403);
    }
    expect((await officer.get('/api/articles')).status).toBe(403);
  });

  it('asks for a comment to return, keeps it for the editor, and shows it in the editor inbox', async () => {
    const row = await articleIn('in_review');
    expect((await fire(reviewer, row, 'return')).status).toBe(400);
    const returned = await fire(reviewer, row, 'return', { comment: 'Thiếu nguồn số liệu ở đoạn 2' });
    expect(returned.body).toMatchObject({
      status: 'returned',
      reviewComment: 'Thiếu nguồn số liệu ở đoạn 2',
    });
    const inbox = await editor.get('/api/articles?status=returned&mine=true&perPage=200');
    expect(inbox.body.data.map((a: Row) => a.id)).toContain(row.id);
    const othersInbox = await reviewer.get('/api/articles?status=returned&mine=true&perPage=200');
    expect(othersInbox.body.data.map((a: Row) => a.id)).not.toContain(row.id);
    const queue = await reviewer.get('/api/articles?status=in_review&perPage=200');
    expect(queue.body.data.map((a: Row) => a.id)).not.toContain(row.id);
    expect(queue.body.data.every((a: Row) => a.status === 'in_review')).toBe(true);
  });

  it('answers a stale version with 409 CONFLICT', async () => {
    const row = await draft();
    expect(
      (await editor.put(`/api/articles/${row.id}`, { title: 'Tiêu đề mới một', version: row.version }))
        .status,
    ).toBe(200);
    const stale = await editor.put(`/api/articles/${row.id}`, {
      title: 'Tiêu đề mới hai',
      version: row.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
  });

  it('keeps published text from changing in place: revise first', async () => {
    const row = await articleIn('published');
    expect(
      (
        await reviewer.put(`/api/articles/${row.id}`, {
          title: 'Sửa thẳng bài đã đăng',
          version: row.version,
        })
      ).status,
    ).toBe(409);
  });

  it('lets an editor link an article to a campaign and a task, so published articles can be counted per task', async () => {
    const campaigns = await editor.get('/api/campaigns');
    const tasks = await office.get('/api/tasks?perPage=1');
    const campaignId = campaigns.body.data[0].id as string;
    const taskId = tasks.body.data[0].id as string;
    const row = await draft({ campaignId, taskId });
    expect(row).toMatchObject({ campaignId, taskId });
    const linked = await reviewer.get(`/api/articles?taskId=${taskId}&perPage=200`);
    expect(linked.body.data.map((a: Row) => a.id)).toContain(row.id);
    expect(
      (
        await editor.post('/api/articles', {
          title: 'Tin liên kết sai',
          taskId: '00000000-0000-4000-8000-000000000000',
        })
      ).status,
    ).toBe(400);
  });
});

describe('sanitising on the server', () => {
  it('stores none of the known XSS payloads in a runnable form, in the body or in text fields', async () => {
    for (const payload of XSS_PAYLOADS) {
      const response = await editor.post('/api/articles', {
        title: `Tin bài thử ${payload}`,
        lead: payload,
        body: `<p>Đoạn</p>${payload}`,
        coverImageUrl: 'https://example.org/a.jpg',
        coverCaption: payload,
        coverAlt: `Ảnh ${payload}`,
      });
      expect(response.status, payload).toBe(201);
      const stored = response.body;
      for (const field of ['body', 'title', 'lead', 'coverCaption', 'coverAlt'] as const) {
        const value = String(stored[field] ?? '').toLowerCase();
        expect(value, `${field} of ${payload}`).not.toMatch(
          /<\s*(script|iframe|object|embed|svg|img[^>]*onerror|style|base|meta)/,
        );
        expect(value, `${field} of ${payload}`).not.toMatch(/\son[a-z]+\s*=/);
        expect(value, `${field} of ${payload}`).not.toMatch(/(javascript|vbscript):/);
      }
    }
  });

  it('refuses a cover image given as a script URL, and a cover without alt text', async () => {
    expect(
      (
        await editor.post('/api/articles', {
          title: 'Tin có ảnh lạ',
          coverImageUrl: 'javascript:alert(1)',
          coverAlt: 'x',
        })
      ).status,
    ).toBe(400);
    const noAlt = await editor.post('/api/articles', {
      title: 'Tin có ảnh thiếu alt',
      coverImageUrl: 'https://example.org/a.jpg',
    });
    expect(noAlt.status).toBe(400);
    expect(noAlt.body.errors).toHaveProperty('coverAlt');
  });
});

describe('version history', () => {
  it('keeps each saved text with a word-level diff from the one before', async () => {
    const row = await draft({ body: '<p>Hội nghị tập huấn cho cán bộ</p>' });
    await editor.put(`/api/articles/${row.id}`, {
      body: '<p>Hội nghị tập huấn pháp luật cho cán bộ cơ sở</p>',
      version: row.version,
    });
    const versions = await reviewer.get(`/api/articles/${row.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.total).toBe(2);
    const [latest] = versions.body.data;
    const body = latest.changes.find((c: { field: string }) => c.field === 'body');
    const added = body.parts
      .filter((p: { kind: string }) => p.kind === 'added')
      .map((p: { text: string }) => p.text.trim());
    expect(added).toEqual(expect.arrayContaining(['pháp luật', 'cơ sở']));
    expect(body.parts.filter((p: { kind: string }) => p.kind === 'removed')).toEqual([]);
  });
});

describe('scheduled publishing', () => {
  it('refuses a time in the past', async () => {
    const row = await articleIn('approved');
    expect(
      (await fire(reviewer, row, 'schedule', { publishAt: new Date(Date.now() - 60_000).toISOString() }))
        .status,
    ).toBe(400);
  });

  it('publishes what fell due while the server was down at the next start, with its scheduled time', async () => {
    const title = `Tin hẹn giờ qua khởi động lại ${unique()}`;
    const row = await articleIn('approved', { title });
    const at = new Date(Date.now() + 2500);
    const scheduled = await fire(reviewer, row, 'schedule', { publishAt: at.toISOString() });
    expect(scheduled.status).toBe(200);
    expect((await request(t.server).get(`/api/public/articles/${row.slug}`)).status).toBe(404);
    // The "server" here is a second app with the scheduler on, started after the time has passed.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const second = await startTestApp({ JOBS_ENABLED: 'true', UPLOAD_DIR: uploads });
    try {
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        status = (await request(second.server).get(`/api/public/articles/${row.slug}`)).status;
      }
      expect(status).toBe(200);
      const published = await request(second.server).get(`/api/public/articles/${row.slug}`);
      expect(Math.abs(new Date(published.body.publishedAt).getTime() - at.getTime())).toBeLessThan(1000);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('publishes each due article once, even when two runs race', async () => {
    const rows = await Promise.all([articleIn('approved'), articleIn('approved')]);
    for (const row of rows)
      await fire(reviewer, row, 'schedule', { publishAt: new Date(Date.now() + 1200).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const service = t.app.get(ArticlesService);
    const counts = await Promise.all([service.publishDue(), service.publishDue()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    for (const row of rows)
      expect((await reviewer.get(`/api/articles/${row.id}`)).body.status).toBe('published');
    const audit = await reviewer.get(`/api/articles/${rows[0]?.id}/versions`);
    expect(audit.body.data.filter((v: { action: string }) => v.action === 'publish')).toHaveLength(1);
  });
});

describe('public stamp', () => {
  // Two instances in two processes answering one stamp: infra/test/scale-out.spec.ts.
  it('moves when an article is published, and not when nothing public changed', async () => {
    const stamp = async () =>
      (await request(t.server).get('/api/public/stamp').expect(200)).body.stamp as number;
    const before = await stamp();
    await draft();
    expect(await stamp()).toBe(before);
    await articleIn('published');
    expect(await stamp()).not.toBe(before);
  });
});

/** Many published articles at once, straight into the table (as the benchmark loads them), then analysed. */
async function insertPublished(
  dataSource: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  rows: { slug: string; title: string; body: string; publishedAt: string; searchText: string }[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO articles (slug, title, body, category, language, status, published_at, search_text, version)
     SELECT r.slug, r.title, r.body, 'tin-tuc', 'vi', 'published', r."publishedAt", r."searchText", 1
       FROM jsonb_to_recordset($1::jsonb)
         AS r(slug text, title text, body text, "publishedAt" timestamptz, "searchText" text)`,
    [JSON.stringify(rows)],
  );
  await dataSource.query('ANALYZE articles');
}

describe('public search', () => {
  const tag = unique();
  beforeAll(async () => {
    const texts = [
      { title: `Công an tỉnh tổ chức tập huấn ${tag}`, body: '<p>Lực lượng công an tỉnh.</p>' },
      { title: `Bảo đảm an toàn giao thông ${tag}`, body: '<p>Toàn dân tham gia, nhân dân đồng lòng.</p>' },
      { title: `Tin về quyền trẻ em ${tag}`, body: `<p>Trong thân bài có cụm từ hiếm chuabaogio${tag}.</p>` },
    ];
    for (const text of texts) await articleIn('published', text);
  });

  const search = (q: string) => request(t.server).get('/api/public/articles').query({ q, perPage: 50 });

  it('finds words of the body, not only the title, without diacritics', async () => {
    const response = await search(`chuabaogio${tag}`);
    expect(response.body.data.map((a: { title: string }) => a.title)).toEqual([`Tin về quyền trẻ em ${tag}`]);
    const folded = await search(`cong an ${tag}`);
    expect(folded.body.data[0].title).toBe(`Công an tỉnh tổ chức tập huấn ${tag}`);
  });

  it('matches whole words only: "an" does not hit inside "toàn" or "nhân"', async () => {
    const response = await search(`an ${tag}`);
    const titles = response.body.data.map((a: { title: string }) => a.title);
    expect(titles).toContain(`Công an tỉnh tổ chức tập huấn ${tag}`);
    expect(titles).toContain(`Bảo đảm an toàn giao thông ${tag}`);
    const none = await search(`oan ${tag}`);
    expect(none.body.total).toBe(0);
  });

  it('ranks an exact accented match first', async () => {
    const response = await search(`An toàn ${tag}`);
    expect(response.body.data[0].title).toBe(`Bảo đảm an toàn giao thông ${tag}`);
  });

  it('ranks an exact match of whole words only: "an" inside "chan" earns nothing', async () => {
    const word = `an xa${unique()}`;
    // The query as whole words in the first title; in the second only inside a word ("Chanan"), though its body says
    // it three times (and so outranks the first on everything but the title).
    await articleIn('published', { title: `Công ${word}`, body: '<p>Tin ngắn.</p>' });
    await articleIn('published', { title: `Chan${word}`, body: `<p>${word}, ${word}, ${word}.</p>` });
    const titles = (await search(word)).body.data.map((a: { title: string }) => a.title);
    expect(titles).toEqual([`Công ${word}`, `Chan${word}`]);
  });

  it('answers odd input with results or none, never an error', async () => {
    for (const q of [
      '\u0000',
      `nhan\u0000quyen`,
      "'; DROP TABLE articles; --",
      '%_\\',
      '<script>alert(1)</script>',
      '(((',
      '!!!',
      'a & | ! :*',
      '\uFFFF\uD800',
    ]) {
      const response = await search(q);
      expect([200, 400], JSON.stringify(q)).toContain(response.status);
    }
  });

  it('ranks and counts the newest matches of a common word and of a rare one, paging without repeats', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = t.app.get(DataSource);
    const many = unique();
    const few = unique();
    // Enough published articles that one word is in most of them (found newest first) and another in a few
    // (found through the index); old dates keep them off the demo lists. Exact accented matches: the title of
    // 390 for the common word, the body of 150 (older than the other matches) for the rare one.
    const rows = Array.from({ length: 400 }, (_, i) => {
      const title = `${i === 390 ? 'Quyền' : 'Quyen'} ${many}${i % 10 === 0 ? ` — ${few}` : ''}`;
      const body = i === 150 ? `<p>Quyền ${few}</p>` : '<p>Nội dung</p>';
      return {
        slug: `tim-kiem-${many}-${i}`,
        title,
        body,
        publishedAt: new Date(Date.UTC(2001, 0, 1, 0, i)).toISOString(),
        searchText: searchTextOf(title, body),
      };
    });
    await insertPublished(dataSource, rows);
    try {
      for (const [word, matching, top] of [
        [many, 400, 390],
        [few, 40, 150],
      ] as const) {
        const ids: string[] = [];
        for (let page = 1; page <= 5; page += 1) {
          const response = await request(t.server)
            .get('/api/public/articles')
            .query({ q: `Quyền ${word}`, perPage: 50, page });
          expect(response.status).toBe(200);
          expect(response.body.total, word).toBe(Math.min(matching, SEARCH_RESULT_CAP));
          if (page === 1) expect(response.body.data[0].slug, word).toBe(`tim-kiem-${many}-${top}`);
          ids.push(...response.body.data.map((a: { id: string }) => a.id));
        }
        expect(new Set(ids).size, word).toBe(ids.length);
        expect(ids.length, word).toBe(Math.min(matching, SEARCH_RESULT_CAP));
      }
    } finally {
      await dataSource.query('DELETE FROM articles WHERE slug LIKE $1', [`tim-kiem-${many}-%`]);
    }
  });

  it('finds the newest matches of a word the newest articles lack, beyond the window first looked at', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = t.app.get(DataSource);
    const word = unique();
    // 400 older articles hold the word and 1,000 newer ones do not: the newest articles expected to hold the
    // cap's matches hold only a few of them, so the search must look further back.
    const rows = Array.from({ length: 1400 }, (_, i) => {
      const title = i < 400 ? `Bài cũ ${word} ${i}` : `Bài mới ${i}`;
      return {
        slug: `tim-kiem-cu-${word}-${i}`,
        title,
        body: '<p>Nội dung</p>',
        publishedAt: new Date(Date.UTC(2002, 0, 1, 0, i)).toISOString(),
        searchText: searchTextOf(title, 'Nội dung'),
      };
    });
    await insertPublished(dataSource, rows);
    try {
      const ids: string[] = [];
      for (let page = 1; page <= 4; page += 1) {
        const response = await request(t.server)
          .get('/api/public/articles')
          .query({ q: word, perPage: 50, page });
        expect(response.status).toBe(200);
        expect(response.body.total).toBe(SEARCH_RESULT_CAP);
        ids.push(...response.body.data.map((a: { slug: string }) => a.slug));
      }
      // Equal ranks: the newest 200 of the 400, newest first.
      expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `tim-kiem-cu-${word}-${399 - i}`));
    } finally {
      await dataSource.query('DELETE FROM articles WHERE slug LIKE $1', [`tim-kiem-cu-${word}-%`]);
    }
  });

  it('marks public answers cacheable', async () => {
    const response = await request(t.server).get('/api/public/articles');
    expect(response.headers['cache-control']).toMatch(/public, max-age=\d+/);
  });
});

describe('media uploads', () => {
  const upload = (client: Client, bytes: Buffer, name: string) =>
    client.agent.post('/api/media').set('X-CSRF-Token', client.csrf).attach('file', bytes, name);

  it('re-encodes an image into responsive AVIF and WebP widths served with a long cache lifetime', async () => {
    const png = await sharp({ create: { width: 1500, height: 900, channels: 3, background: '#a33' } })
      .png()
      .toBuffer();
    const response = await upload(editor, png, 'hoi-nghi.png');
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const widths = [...new Set(response.body.variants.map((v: { width: number }) => v.width))];
    expect(widths).toEqual([320, 640, 960, 1280]);
    expect(new Set(response.body.variants.map((v: { format: string }) => v.format))).toEqual(
      new Set(['avif', 'webp']),
    );
    const served = await request(t.server).get(response.body.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toContain('immutable');
    const meta = await sharp(served.body as Buffer).metadata();
    expect(meta.width).toBe(1280);
  });

  it('refuses SVG, HTML renamed as an image, and anything that is not a raster image', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
    );
    expect((await upload(editor, svg, 'logo.svg')).status).toBe(400);
    expect(
      (await upload(editor, Buffer.from('<html><script>alert(1)</script></html>'), 'anh.png')).status,
    ).toBe(400);
    expect((await upload(editor, Buffer.from('%PDF-1.4 ...'), 'anh.jpg')).status).toBe(400);
  });

  it('refuses an image whose pixels would explode when decoded, and a truncated one', async () => {
    const bomb = await sharp({ create: { width: 10000, height: 8000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(15 * 1024 * 1024);
    const refused = await upload(editor, bomb, 'bom.png');
    expect(refused.status).toBe(400);
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    expect((await upload(editor, png.subarray(0, 40), 'cut.png')).status).toBe(400);
  }, 60_000);

  it('refuses a file over the size limit', async () => {
    const big = Buffer.alloc(16 * 1024 * 1024, 0xff);
    big[0] = 0xff;
    big[1] = 0xd8;
    const response = await upload(editor, big, 'lon.jpg');
    expect([400, 413]).toContain(response.status);
  });
});

describe('media in the shared file storage', () => {
  it('are stored in S3 by one API instance and served by another, nothing on either local disk', async () => {
    const dirs = [0, 1, 2].map(() => mkdtempSync(path.join(tmpdir(), 'bcdnq-media-s3-')));
    const [objects, localA, localB] = dirs as [string, string, string];
    const s3 = await startS3Server(objects);
    const env = {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: s3.settings.endpoint,
      S3_BUCKET: s3.settings.bucket,
      S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
    };
    const first = await startTestApp({ UPLOAD_DIR: localA, ...env });
    const second = await startTestApp({ UPLOAD_DIR: localB, ...env });
    try {
      const png = await sharp({ create: { width: 700, height: 400, channels: 3, background: '#2a5' } })
        .png()
        .toBuffer();
      const author = await signIn(first, 'bientap');
      const uploaded = await author.agent
        .post('/api/media')
        .set('X-CSRF-Token', author.csrf)
        .attach('file', png, 'le-mit-tinh.png');
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
      for (const variant of uploaded.body.variants as { url: string; format: string; width: number }[]) {
        const served = await request(second.server).get(variant.url);
        expect(served.status, variant.url).toBe(200);
        expect(served.headers['content-type']).toBe(`image/${variant.format}`);
        expect((await sharp(served.body as Buffer).metadata()).width).toBe(variant.width);
      }
      expect(readdirSync(localA)).toEqual([]);
      expect(readdirSync(localB)).toEqual([]);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await s3.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('still serves an image uploaded before the storage, from its old folder; a wrong name stays 404', async () => {
    const id = crypto.randomUUID();
    const webp = await sharp({ create: { width: 320, height: 180, channels: 3, background: '#345' } })
      .webp()
      .toBuffer();
    mkdirSync(path.join(uploads, 'media', id), { recursive: true });
    writeFileSync(path.join(uploads, 'media', id, '320.webp'), webp);
    const served = await request(t.server).get(`/api/public/media/${id}/320.webp`);
    expect(served.status).toBe(200);
    expect((served.body as Buffer).equals(webp)).toBe(true);
    expect((await request(t.server).get(`/api/public/media/${id}/640.webp`)).status).toBe(404);
    expect((await request(t.server).get(`/api/public/media/${id}/..%2F320.webp`)).status).toBe(404);
  });
});

describe('campaigns', () => {
  it('are created and edited by the newsroom and shown publicly by slug, running ones flagged', async () => {
    const name = `Đợt tuyên truyền ${unique()}`;
    const today = new Date().toISOString().slice(0, 10);
    const created = await editor.post('/api/campaigns', {
      name,
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
      slogans: ['Khẩu hiệu một', 'Khẩu hiệu hai'],
      bannerFrom: today,
      bannerTo: '2099-12-31',
      nameEn: `Outreach campaign ${name.slice(-8)}`,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      nameEn: `Outreach campaign ${name.slice(-8)}`,
      descriptionEn: null,
    });
    const updated = await reviewer.put(`/api/campaigns/${created.body.id}`, {
      description: 'Nội dung trang chiến dịch',
      descriptionEn: 'The landing text in English',
      version: created.body.version,
    });
    expect(updated.status).toBe(200);
    const stale = await reviewer.put(`/api/campaigns/${created.body.id}`, {
      description: 'Cũ',
      version: created.body.version,
    });
    expect(stale.status).toBe(409);
    const page = await request(t.server).get(`/api/public/campaigns/${created.body.slug}`);
    expect(page.body).toMatchObject({
      name,
      running: true,
      description: 'Nội dung trang chiến dịch',
      slogans: ['Khẩu hiệu một', 'Khẩu hiệu hai'],
      nameEn: `Outreach campaign ${name.slice(-8)}`,
      descriptionEn: 'The landing text in English',
    });
    const bad = await editor.post('/api/campaigns', {
      name: 'Đợt sai ngày',
      startsOn: '2026-02-01',
      endsOn: '2026-01-01',
    });
    expect(bad.status).toBe(400);
  });
});

describe('public documents', () => {
  it('have editable metadata, a page by slug and a file to download', async () => {
    // The demo publishes its issued plans; only without one is a plan published here (other test files change
    // plans meanwhile: one not published yet is read afresh just before).
    if ((await request(t.server).get('/api/public/documents')).body.total === 0) {
      const plans = await office.get('/api/plans?perPage=200');
      const { id } = plans.body.data.find((p: { status: string }) => p.status !== 'draft');
      const issued = (await office.get(`/api/plans/${id}`)).body;
      const published = await office.put(`/api/plans/${id}/publication`, {
        publishPublicly: true,
        version: issued.version,
      });
      expect(published.status).toBe(200);
    }
    const list = await request(t.server).get('/api/public/documents');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    const document = list.body.data[0];
    const staff = await office.get(`/api/documents/${document.id}`);
    const updated = await office.put(`/api/documents/${document.id}`, {
      field: 'Quyền con người',
      abstract: 'Tóm tắt nội dung văn bản',
      effectiveOn: '2024-02-02',
      version: staff.body.version,
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(
      (await office.put(`/api/documents/${document.id}`, { field: 'Khác', version: staff.body.version }))
        .status,
    ).toBe(409);
    expect(
      (await officer.put(`/api/documents/${document.id}`, { field: 'Khác', version: updated.body.version }))
        .status,
    ).toBe(403);
    const detail = await request(t.server).get(`/api/public/documents/${updated.body.slug}`);
    expect(detail.body).toMatchObject({
      field: 'Quyền con người',
      abstract: 'Tóm tắt nội dung văn bản',
      effectiveOn: '2024-02-02',
    });
    expect(detail.body.tasks.length).toBeGreaterThan(0);
    // Section IV ("Tổ chức thực hiện") is part of the text a citizen reads, item by item as the plan has it: on
    // every public document, and at least one of the demo's has such items.
    let withImplementation = 0;
    const everyDocument: { slug: string; planId: string }[] = [];
    for (let page = 1; page <= 50; page += 1) {
      const { data } = (await request(t.server).get(`/api/public/documents?page=${page}`)).body;
      if (!data?.length) break;
      everyDocument.push(...data);
    }
    for (const published of everyDocument) {
      const plan = await office.get(`/api/plans/${published.planId}`);
      const page = await request(t.server).get(`/api/public/documents/${published.slug}`);
      expect(page.body.implementation, published.slug).toEqual(plan.body.implementation);
      if (plan.body.implementation.length > 0) withImplementation += 1;
    }
    expect(withImplementation).toBeGreaterThan(0);
    const file = await request(t.server).get(`/api/public/documents/${updated.body.slug}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect((await request(t.server).get(`/api/public/documents/khong-co-ab12cd34`)).status).toBe(404);
    const word = (document.title as string).split(/\s+/).find((w: string) => w.length > 4) ?? document.title;
    const found = await request(t.server).get('/api/public/documents').query({ q: word.toLowerCase() });
    expect(found.body.data.map((d: { id: string }) => d.id)).toContain(document.id);
    expect(
      (await request(t.server).get('/api/public/documents').query({ q: 'khongcotukhoanay' })).body.total,
    ).toBe(0);
  });
});

describe('demo newsroom content', () => {
  it('looks alive: a running campaign, a dozen published articles in both languages and every category, work in progress', async () => {
    const home = await request(t.server).get('/api/public/campaigns');
    expect(home.body.data[0]).toMatchObject({ running: true });
    const vi = await request(t.server).get('/api/public/articles').query({ lang: 'vi', perPage: 50 });
    const en = await request(t.server).get('/api/public/articles').query({ lang: 'en', perPage: 50 });
    expect(vi.body.total + en.body.total).toBeGreaterThanOrEqual(12);
    expect(en.body.total).toBeGreaterThanOrEqual(5);
    const categories = new Set(
      [...vi.body.data, ...en.body.data].map((a: { category: string }) => a.category),
    );
    expect(categories).toEqual(
      new Set(['tin-tuc', 'chi-dao-dieu-hanh', 'thanh-tuu-nhan-quyen', 'phan-bac', 'hoi-dap']),
    );
    expect(en.body.data.some((a: { translation: unknown }) => a.translation !== null)).toBe(true);
    const anniversary = await request(t.server).get(
      '/api/public/campaigns/ky-niem-75-nam-ngay-nhan-quyen-the-gioi',
    );
    expect(anniversary.body.slogans).toHaveLength(7);
    expect(anniversary.body).toMatchObject({
      bannerFrom: '2023-11-30',
      bannerTo: '2023-12-30',
      running: false,
    });
    const inbox = await editor.get('/api/articles?status=returned&mine=true');
    expect(inbox.body.data.some((a: { reviewComment: string | null }) => Boolean(a.reviewComment))).toBe(
      true,
    );
    expect((await reviewer.get('/api/articles?status=scheduled')).body.total).toBeGreaterThan(0);
  });

  it('draws its covers through the same image pipeline as uploads', async () => {
    const { DataSource } = await import('typeorm');
    const { seedNewsroom } = await import('../src/seed/seed-newsroom.js');
    const dataSource = t.app.get(DataSource);
    const rollback = new Error('rollback');
    let covers: string[] = [];
    await dataSource
      .transaction(async (manager) => {
        // Another year, so the idempotence check lets it run; everything is rolled back afterwards.
        await seedNewsroom(manager, {
          storage: new DiskStorage(uploads),
          now: new Date('2031-12-01T03:00:00Z'),
        });
        const rows = await manager.query(
          `SELECT cover_image_url FROM articles WHERE cover_image_url IS NOT NULL AND slug LIKE '%2031%'`,
        );
        covers = rows.map((r: { cover_image_url: string }) => r.cover_image_url);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    expect(covers.length).toBeGreaterThan(0);
    const served = await request(t.server).get(covers[0] as string);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
  }, 120_000);
});
