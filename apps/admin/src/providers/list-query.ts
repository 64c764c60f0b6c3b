import type { GetListParams } from 'react-admin';
import type { Query, QueryValue } from './http';

/** The contract's page cap (`perPage` ≤ 200). */
export const MAX_PER_PAGE = 200;

function toQueryValue(value: unknown): QueryValue {
  if (Array.isArray(value))
    return value.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)) as string[];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

/** `page/perPage/sort/order/q` plus every filter as its own parameter, as docs/api.md lists them. */
export function listQuery(params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>): Query {
  const query: Query = {};
  if (params.pagination) {
    query.page = params.pagination.page;
    query.perPage = Math.min(params.pagination.perPage, MAX_PER_PAGE);
  }
  if (params.sort?.field) {
    query.sort = params.sort.field;
    query.order = params.sort.order === 'DESC' ? 'DESC' : 'ASC';
  }
  const filter: Record<string, unknown> = params.filter ?? {};
  for (const [key, value] of Object.entries(filter)) query[key] = toQueryValue(value);
  return query;
}
