import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthProvider } from './auth-provider';
import { createDataProvider } from './data-provider';
import { createApiClient, fileNameFromDisposition } from './http';
import { createSessionStore } from './session';
import {
  type ContractFixture,
  cookieJarFetch,
  FIXTURE_PASSWORD,
  startContractFixture,
} from './testing/contract-fixture';

let fixture: ContractFixture;

beforeAll(async () => {
  fixture = await startContractFixture();
});
afterAll(async () => {
  await fixture.close();
});

async function signedIn() {
  const session = createSessionStore();
  const api = createApiClient({ apiUrl: fixture.apiUrl, session, fetch: cookieJarFetch() });
  await createAuthProvider(api, session).login({ username: 'admin', password: FIXTURE_PASSWORD });
  return { dataProvider: createDataProvider(api), session };
}

const last = () => {
  const request = fixture.requests.at(-1);
  if (!request) throw new Error('no request reached the fixture');
  return request;
};

describe('work endpoints over the HTTP contract', () => {
  it('posts a progress note as multipart/form-data with its text and files, and the CSRF token', async () => {
    const { dataProvider, session } = await signedIn();
    const file = new File(['Đã tổ chức 3 hội nghị'], 'bao-cao.txt', { type: 'text/plain' });
    const note = await dataProvider.addTaskNote('00000000-0000-4000-8000-000000000001', 'Tiến độ quý I', [
      file,
      file,
    ]);
    expect(note.authorName).toBe('Quản trị hệ thống');
    const request = last();
    expect(request).toMatchObject({
      method: 'POST',
      url: '/api/tasks/00000000-0000-4000-8000-000000000001/notes',
      csrf: session.csrfToken(),
    });
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(String(request.body)).toContain('name="text"');
    expect(String(request.body).match(/name="files"; filename="bao-cao.txt"/g)).toHaveLength(2);
  });

  it('downloads the Excel export with the list filters and sort, named as the API suggests', async () => {
    const { dataProvider } = await signedIn();
    const file = await dataProvider.exportTasks(
      { status: 'overdue', scope: 'mine', q: '' },
      { field: 'dueOn', order: 'ASC' },
    );
    expect(last().url).toBe('/api/tasks/export.xlsx?sort=dueOn&order=ASC&status=overdue&scope=mine');
    expect(file.fileName).toBe('Danh sách nhiệm vụ.xlsx');
    expect(await file.blob.text()).toContain('workbook');
  });

  it('turns a failed download into the usual HttpError', async () => {
    const { dataProvider } = await signedIn();
    await expect(dataProvider.exportPlan('00000000-0000-4000-8000-00000000dead')).rejects.toMatchObject({
      status: 404,
      name: 'HttpError',
    });
  });

  it('reads file names from Content-Disposition, UTF-8 first', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="a.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.docx`,
        'x',
      ),
    ).toBe('Kế hoạch.docx');
    expect(fileNameFromDisposition('attachment; filename="Ke-hoach-25.docx"', 'x')).toBe('Ke-hoach-25.docx');
    expect(fileNameFromDisposition(null, 'export.docx')).toBe('export.docx');
  });
});
