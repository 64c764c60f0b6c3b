import type { SearchData } from '../loaders/search.loader.js';
import { MAX_QUERY_LENGTH } from '../loaders/search.loader.js';
import { PATHS } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { ArticleList, Highlighted } from './article-list.view.js';
import { Layout } from './layout.view.js';
import { Pagination } from './pagination.view.js';
import { pageUrl, type Site } from './site.js';

/** The search form and, once asked, a page of results. */
export function SearchView({ site, data }: { site: Site; data: SearchData }) {
  const { lang, q, list } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: q ? `${ui.searchTitle}: ${q}` : ui.searchTitle,
        description: ui.searchDescription,
        canonicalUrl: pageUrl(site, paths.search()),
        // Result pages are endless and personal: keep them out of search engines.
        noindex: true,
      }}
      searchQuery={q}
    >
      <h1>{ui.searchTitle}</h1>
      <form role="search" action={paths.search()} method="get">
        <p>
          <label for="search-q">{ui.searchPrompt}</label>
        </p>
        <p class="search">
          <input id="search-q" type="search" name="q" value={q} maxlength={MAX_QUERY_LENGTH} />
          <button type="submit">{ui.searchButton}</button>
        </p>
      </form>
      {list ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{list.total > 0 ? ui.searchResults(q, list.total) : ui.searchEmpty(q)}</h2>
          {list.articles.length > 0 ? (
            <ArticleList lang={lang} articles={list.articles} highlight={q} />
          ) : null}
          <Pagination
            lang={lang}
            page={list.page}
            totalPages={list.totalPages}
            hrefFor={(page) => paths.search(q, page)}
          />
        </section>
      ) : null}
      {data.documents && data.documents.length > 0 ? (
        <section aria-labelledby="document-results">
          <h2 id="document-results">{ui.documentsInSearch}</h2>
          <ul>
            {data.documents.map((document) => (
              <li>
                <a href={paths.document(document.slug)} lang={lang === 'vi' ? undefined : 'vi'}>
                  {document.number ? `${document.number} – ` : ''}
                  <Highlighted text={document.title} query={q} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
