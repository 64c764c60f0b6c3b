import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthProvider } from './auth-provider';
import { createDataProvider } from './data-provider';
import { createApiClient } from './http';
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

async function signedIn(locale = 'vi') {
  const session = createSessionStore();
  const fetch = cookieJarFetch();
  const api = createApiClient({ apiUrl: fixture.apiUrl, session, fetch, getLocale: () => locale });
  await createAuthProvider(api, session).login({ username: 'admin', password: FIXTURE_PASSWORD });
  return { dataProvider: createDataProvider(api), session, fetch };
}

const lastRequest = () => {
  const request = fixture.requests.at(-1);
  if (!request) throw new Error('no request reached the fixture');
  return { ...request, params: new URL(request.url, 'http://x').searchParams };
};

describe('data provider over the HTTP contract', () => {
  it('sends page, perPage, sort, order, q and every filter as query parameters, and reads { data, total }', async () => {
    const { dataProvider } = await signedIn();
    const result = await dataProvider.getList('plans', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'year', order: 'DESC' },
      filter: { q: 'nhân quyền', year: 2024, status: 'draft', kind: '' },
    });
    const { method, url, params } = lastRequest();
    expect(method).toBe('GET');
    expect(url.startsWith('/api/plans?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      page: '2',
      perPage: '10',
      sort: 'year',
      order: 'DESC',
      q: 'nhân quyền',
      year: '2024',
      status: 'draft',
    });
    expect(result).toEqual({ data: [], total: 0 });

    await dataProvider.getMany('agencies', { ids: ['a1', 'a2'] });
    expect(lastRequest().url).toBe('/api/agencies?id=a1&id=a2');

    await dataProvider.getManyReference('tasks', {
      target: 'planId',
      id: 'p1',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'position', order: 'ASC' },
      filter: {},
    });
    expect(lastRequest().params.get('planId')).toBe('p1');
  });

  it('puts X-CSRF-Token on every mutation and the version on every update', async () => {
    const { dataProvider, session } = await signedIn();
    const token = session.csrfToken();
    expect(token).toBeTruthy();

    const { data: created } = await dataProvider.create('plans', { data: { title: 'Kế hoạch năm 2025' } });
    expect(lastRequest()).toMatchObject({ method: 'POST', csrf: token });

    const { data: updated } = await dataProvider.update('plans', {
      id: created.id,
      data: { title: 'Kế hoạch thực hiện công tác nhân quyền năm 2025' },
      previousData: created,
    });
    expect(lastRequest()).toMatchObject({ method: 'PUT', csrf: token, body: { version: 1 } });
    expect(updated.version).toBe(2);

    await dataProvider.getOne('plans', { id: created.id });
    expect(lastRequest()).toMatchObject({ method: 'GET', csrf: undefined });

    await dataProvider.delete('plans', { id: created.id, previousData: updated });
    expect(lastRequest()).toMatchObject({ method: 'DELETE', csrf: token });
  });

  it('turns a stale version into an HttpError carrying the API’s Vietnamese CONFLICT message', async () => {
    const { dataProvider } = await signedIn();
    const { data: plan } = await dataProvider.create('plans', { data: { title: 'Kế hoạch chuyên đề' } });
    await dataProvider.update('plans', { id: plan.id, data: { title: 'Sửa lần một' }, previousData: plan });

    const stale = dataProvider.update('plans', {
      id: plan.id,
      data: { title: 'Sửa lần hai' },
      previousData: plan,
    });
    await expect(stale).rejects.toMatchObject({
      name: 'HttpError',
      status: 409,
      message: 'Bản ghi đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.',
      body: { code: 'CONFLICT' },
    });
  });

  it('hands validation errors to the form as body.errors, with the message in the UI language', async () => {
    const { dataProvider } = await signedIn('en');
    const { data: plan } = await dataProvider.create('plans', { data: { title: 'Kế hoạch' } });
    const invalid = dataProvider.update('plans', { id: plan.id, data: { title: 'x' }, previousData: plan });
    await expect(invalid).rejects.toMatchObject({
      status: 400,
      message: 'VALIDATION (en)',
      body: { errors: { title: 'Nhập trích yếu kế hoạch', root: { serverError: 'Dữ liệu chưa hợp lệ' } } },
    });
  });

  it('after a reload (token gone from memory) fetches a fresh CSRF token before the first mutation', async () => {
    const { session, fetch } = await signedIn();
    session.set(null); // what a page reload does to memory; the httpOnly cookie survives
    const reloaded = createDataProvider(createApiClient({ apiUrl: fixture.apiUrl, session, fetch }));
    await expect(
      reloaded.create('plans', { data: { title: 'Sau khi tải lại trang' } }),
    ).resolves.toBeTruthy();
    expect(lastRequest()).toMatchObject({ method: 'POST', csrf: session.csrfToken() });
  });
});
