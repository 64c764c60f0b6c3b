import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from '@bcdnq/domain/common';
import { foldDiacritics } from '@bcdnq/domain/text';
import { cachedCount } from './count-cache.js';

export type Page<T> = { data: T[]; total: number };

/** A value matched literally inside a LIKE pattern (`%`, `_` and `\\` escaped). */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Text stored beside a record for diacritics-insensitive search (`nhan quyen` finds `nhân quyền`). */
export function searchTextOf(...parts: (string | null | undefined | readonly string[])[]): string {
  return foldDiacritics(parts.flat().filter(Boolean).join(' \u2022 '));
}

/**
 * A text column ordered as Vietnamese is read (a ă â b c d đ e ê …, tones after letters), the same order as
 * `Intl.Collator('vi')` in the browser. ICU's Vietnamese collation ships with PostgreSQL (server and embedded).
 */
export const vietnameseOrder = (column: string) => `${column} COLLATE "vi-x-icu"`;

/** API sort keys → columns, as a `Map` so that a key such as `__proto__` can never reach a prototype. */
export type SortColumns = ReadonlyMap<string, string>;

/** The columns of a list's sort keys; the keys are the domain's allow-list, so every one must be mapped. */
export function sortColumns<K extends string>(columns: Record<K, string>): SortColumns {
  return new Map(Object.entries<string>(columns));
}

/**
 * Applies search, a whitelisted sort and the page to a query; `sortable` maps API field names to columns,
 * so a client can never sort by an arbitrary expression.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  sortable: SortColumns,
  defaultSort: [string, 'ASC' | 'DESC'],
  /** A leaner query for the total (same filters, fewer joins), when the page query joins for display only. */
  countQuery?: SelectQueryBuilder<T>,
): Promise<{ rows: T[]; total: number }> {
  const alias = qb.alias;
  for (const target of countQuery ? [qb, countQuery] : [qb]) {
    if (!query.q?.trim()) break;
    for (const [i, word] of foldDiacritics(query.q).split(/\s+/).filter(Boolean).slice(0, 8).entries()) {
      target.andWhere(`${alias}.searchText LIKE :q${i}`, { [`q${i}`]: `%${escapeLike(word)}%` });
    }
  }
  const chosen = query.sort === undefined ? undefined : sortable.get(query.sort);
  const column = chosen ?? defaultSort[0];
  const order = chosen ? query.order : defaultSort[1];
  // The total is a plain COUNT(*) of the filtered rows; TypeORM's getManyAndCount would count DISTINCT ids and
  // page through a DISTINCT sub-query whenever there is a join — ten times slower on large tables.
  const counted = (countQuery ?? qb.clone()).orderBy().select('COUNT(*)', 'total');
  qb.orderBy(column, order).addOrderBy(`${alias}.id`, 'ASC');
  // Joins here are many-to-one (they never repeat a row), so plain OFFSET/LIMIT pages correctly.
  qb.offset((query.page - 1) * query.perPage).limit(query.perPage);
  const [sql, parameters] = counted.getQueryAndParameters();
  const [rows, total] = await Promise.all([
    qb.getMany(),
    cachedCount(`${sql}|${JSON.stringify(parameters)}`, async () =>
      Number((await counted.getRawOne<{ total: string }>())?.total ?? 0),
    ),
  ]);
  return { rows, total };
}

export const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
