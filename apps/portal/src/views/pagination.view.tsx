import type { Language } from '@bcdnq/domain/articles';
import { UI } from '../i18n/ui-strings.js';

export type PaginationProps = {
  lang: Language;
  page: number;
  totalPages: number;
  /** The address of a page of the same list. */
  hrefFor: (page: number) => string;
};

/** Previous / next links around "page x of y"; nothing when everything fits on one page. */
export function Pagination({ lang, page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null;
  const ui = UI[lang];
  return (
    <nav class="pagination" aria-label={ui.paginationLabel}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {ui.previousPage}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{ui.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {ui.nextPage}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
