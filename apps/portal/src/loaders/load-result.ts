/** What a loader hands a route: data for the view, a 404, or a permanent redirect. */
export type LoadResult<T> =
  { status: 'ok'; data: T } | { status: 'not-found' } | { status: 'redirect'; location: string };

/** Articles per list page: small pages load fast on a cheap phone. */
export const PER_PAGE = 10;
const MAX_PAGE = 10000;

/** `?page=` as a page number; `null` for anything that is not a page (the route answers 404). */
export function parsePage(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9][0-9]{0,4}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}

export function totalPagesOf(total: number, perPage = PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}
