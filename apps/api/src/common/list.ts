import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from '@bcdnq/domain/common';
import { foldDiacritics } from '@bcdnq/domain/text';

export type Page<T> = { data: T[]; total: number };

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Text stored beside a record for diacritics-insensitive search (`nhan quyen` finds `nhân quyền`). */
export function searchTextOf(...parts: (string | null | undefined | readonly string[])[]): string {
  return foldDiacritics(parts.flat().filter(Boolean).join(' \u2022 '));
}

/**
 * Applies search, a whitelisted sort and the page to a query; `sortable` maps API field names to columns,
 * so a client can never sort by an arbitrary expression.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  sortable: Record<string, string>,
  defaultSort: [string, 'ASC' | 'DESC'],
): Promise<{ rows: T[]; total: number }> {
  const alias = qb.alias;
  if (query.q?.trim()) {
    for (const [i, word] of foldDiacritics(query.q).split(/\s+/).filter(Boolean).slice(0, 8).entries()) {
      qb.andWhere(`${alias}.searchText LIKE :q${i}`, { [`q${i}`]: `%${escapeLike(word)}%` });
    }
  }
  const column = (query.sort && sortable[query.sort]) || defaultSort[0];
  const order = query.sort && sortable[query.sort] ? query.order : defaultSort[1];
  qb.orderBy(column, order).addOrderBy(`${alias}.id`, 'ASC');
  qb.skip((query.page - 1) * query.perPage).take(query.perPage);
  const [rows, total] = await qb.getManyAndCount();
  return { rows, total };
}

export const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
