import { ARTICLE_CATEGORY_LABELS } from '@bcdnq/domain/articles';
import type { CategoryData } from '../loaders/articles.loader.js';
import { PATHS } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { ArticleList } from './article-list.view.js';
import { Layout } from './layout.view.js';
import { Pagination } from './pagination.view.js';
import { pageUrl, type Site } from './site.js';

/** The published articles of one category, a page at a time. */
export function CategoryView({ site, data }: { site: Site; data: CategoryData }) {
  const { lang, category, list } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const label = ARTICLE_CATEGORY_LABELS[category][lang];
  const suffix = list.page > 1 ? ui.pageSuffix(list.page) : '';
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: `${label}${suffix}`,
        description: ui.categoryDescription(label),
        canonicalUrl: pageUrl(site, paths.category(category, list.page)),
        feed: { href: paths.feed(category), title: ui.categoryFeed(label) },
      }}
    >
      <h1>
        {label}
        {suffix}
      </h1>
      {list.articles.length === 0 ? (
        <p class="empty">{ui.emptyCategory}</p>
      ) : (
        <ArticleList lang={lang} articles={list.articles} headingLevel={2} />
      )}
      <p>
        <a href={paths.feed(category)}>{ui.categoryFeed(label)}</a>
      </p>
      <Pagination
        lang={lang}
        page={list.page}
        totalPages={list.totalPages}
        hrefFor={(page) => paths.category(category, page)}
      />
    </Layout>
  );
}
