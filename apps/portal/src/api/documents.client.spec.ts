import { describe, expect, it } from 'vitest';
import { makeDocument } from '../testing/documents.fixture.js';
import { ApiUnavailableError } from './api-http.js';
import { createDocumentsApi } from './documents.client.js';

const context = { correlationId: 'test-123' };

function apiAnswering(status: number, body: unknown) {
  const calls: { url: URL; headers: Headers }[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    calls.push({ url: new URL(String(input)), headers: new Headers(init?.headers) });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return {
    calls,
    api: createDocumentsApi({ baseUrl: 'http://api.test', timeoutMs: 1000, fetch: fetchStub }),
  };
}

describe('createDocumentsApi', () => {
  it('asks GET /api/public/documents for a page, with the correlation id, and returns the parsed answer', async () => {
    const document = makeDocument();
    const { api, calls } = apiAnswering(200, { data: [document], total: 1 });
    const page = await api.list({ page: 2, perPage: 20 }, context);
    expect(page).toEqual({ data: [document], total: 1 });
    expect(calls[0]?.url.pathname).toBe('/api/public/documents');
    expect(calls[0]?.url.searchParams.get('page')).toBe('2');
    expect(calls[0]?.url.searchParams.get('perPage')).toBe('20');
    expect(calls[0]?.headers.get('x-correlation-id')).toBe('test-123');
  });

  it('never asks for more than the 50 per page the API allows', async () => {
    const { api, calls } = apiAnswering(200, { data: [], total: 0 });
    await api.list({ page: 1, perPage: 500 }, context);
    expect(calls[0]?.url.searchParams.get('perPage')).toBe('50');
  });

  it('treats an answer outside the schema as the API being unavailable (contract)', async () => {
    const { api } = apiAnswering(200, { data: [{ ...makeDocument(), issuedOn: '05/03/2024' }], total: 1 });
    const failure = api.list({ page: 1, perPage: 20 }, context);
    await expect(failure).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(failure).rejects.toMatchObject({ reason: 'contract' });
  });

  it('treats an error status or no answer at all as the API being unavailable', async () => {
    await expect(apiAnswering(500, {}).api.list({ page: 1, perPage: 20 }, context)).rejects.toMatchObject({
      reason: 'status',
    });
    const refusing: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const api = createDocumentsApi({ baseUrl: 'http://api.test', timeoutMs: 1000, fetch: refusing });
    await expect(api.list({ page: 1, perPage: 20 }, context)).rejects.toMatchObject({ reason: 'network' });
  });
});
