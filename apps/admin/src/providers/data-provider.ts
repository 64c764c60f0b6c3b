import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from 'react-admin';
import type { ApiClient, Query } from './http';
import { listQuery, MAX_PER_PAGE } from './list-query';
import { createWorkMethods, type WorkMethods } from './work-methods';
import { createNewsroomMethods, type NewsroomMethods } from './newsroom-methods';

export { listQuery } from './list-query';

type Page = { data: RaRecord[]; total: number };

function path(resource: string, id?: Identifier): string {
  return id === undefined ? `/${resource}` : `/${resource}/${encodeURIComponent(String(id))}`;
}

function asPage(body: unknown): Page {
  if (typeof body === 'object' && body !== null && 'data' in body && Array.isArray((body as Page).data)) {
    const page = body as Page;
    return { data: page.data, total: typeof page.total === 'number' ? page.total : page.data.length };
  }
  throw new Error('ra.notification.data_provider_error');
}

function versionOf(...candidates: unknown[]): number | undefined {
  for (const candidate of candidates) {
    if (typeof candidate === 'object' && candidate !== null && 'version' in candidate) {
      const version = (candidate as { version: unknown }).version;
      if (typeof version === 'number') return version;
    }
  }
  return undefined;
}

/** State changes are verbs (`POST /api/plans/<id>/issue`): the record comes back in its new state. */
export type VerbParams = { id: Identifier; verb: string; data: Record<string, unknown> };

export type PanelDataProvider = DataProvider &
  WorkMethods &
  NewsroomMethods & {
    act(resource: string, params: VerbParams): Promise<{ data: RaRecord }>;
  };

/** react-admin's DataProvider over the HTTP contract of docs/api.md. */
export function createDataProvider(api: ApiClient): PanelDataProvider {
  async function getList(resource: string, params: GetListParams) {
    const { body } = await api.request<unknown>('GET', path(resource), { query: listQuery(params) });
    return asPage(body);
  }

  async function getOne(resource: string, params: GetOneParams) {
    const { body } = await api.request<RaRecord>('GET', path(resource, params.id));
    return { data: body };
  }

  async function getMany(resource: string, params: GetManyParams) {
    if (params.ids.length === 0) return { data: [] };
    const ids = params.ids.map(String);
    // The list endpoint pages by 25 by default: ask for a page as large as the batch.
    const query: Query = { id: ids };
    if (ids.length > 25) query.perPage = Math.min(ids.length, MAX_PER_PAGE);
    const { body } = await api.request<unknown>('GET', path(resource), { query });
    return { data: asPage(body).data };
  }

  async function getManyReference(resource: string, params: GetManyReferenceParams) {
    const query = listQuery({ ...params, filter: { ...params.filter, [params.target]: params.id } });
    const { body } = await api.request<unknown>('GET', path(resource), { query });
    return asPage(body);
  }

  async function create(resource: string, params: CreateParams) {
    const { body } = await api.request<RaRecord>('POST', path(resource), { body: params.data });
    return { data: body };
  }

  async function update(resource: string, params: UpdateParams) {
    // Optimistic locking: the version read with the record goes back with the change; a stale one gets a 409.
    const version = versionOf(params.data, params.previousData);
    const { body } = await api.request<RaRecord>('PUT', path(resource, params.id), {
      body: { ...params.data, version },
    });
    return { data: body };
  }

  async function updateMany(resource: string, params: UpdateManyParams) {
    const ids: Identifier[] = [];
    for (const id of params.ids) {
      const { data: previousData } = await getOne(resource, { id });
      await update(resource, { id, data: params.data, previousData });
      ids.push(id);
    }
    return { data: ids };
  }

  async function remove(resource: string, params: DeleteParams) {
    await api.request<null>('DELETE', path(resource, params.id));
    return { data: params.previousData ?? { id: params.id } };
  }

  async function deleteMany(resource: string, params: DeleteManyParams) {
    for (const id of params.ids) await api.request<null>('DELETE', path(resource, id));
    return { data: params.ids };
  }

  async function act(resource: string, params: VerbParams) {
    const { body } = await api.request<RaRecord>(
      'POST',
      `${path(resource, params.id)}/${encodeURIComponent(params.verb)}`,
      {
        body: params.data,
      },
    );
    return { data: body };
  }

  // react-admin's generic signatures cannot be met without casts: records are whatever the API returns.
  return {
    ...createWorkMethods(api),
    ...createNewsroomMethods(api),
    act,
    getList,
    getOne,
    getMany,
    getManyReference,
    create,
    update,
    updateMany,
    delete: remove,
    deleteMany,
  } as PanelDataProvider;
}
