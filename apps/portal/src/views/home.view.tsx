import type { HomeData } from '../loaders/articles.loader.js';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { ArticleList } from './article-list.view.js';
import { Layout } from './layout.view.js';
import { Pagination } from './pagination.view.js';
import { pageUrl, provinceOf, type Site } from './site.js';
import { FeaturedCampaign } from './campaign.view.js';

/** The home page: who we are, then the newest published articles, a page at a time. */
export function HomeView({ site, data }: { site: Site; data: HomeData }) {
  const { lang, list } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const other = otherLanguage(lang);
  const firstPage = list.page === 1;
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: firstPage ? ui.siteName : `${ui.homeTitle}${ui.pageSuffix(list.page)}`,
        description: ui.homeDescription,
        canonicalUrl: pageUrl(site, paths.home(list.page)),
        alternates: firstPage
          ? { [lang]: pageUrl(site, paths.home()), [other]: pageUrl(site, PATHS[other].home()) }
          : undefined,
      }}
      currentPath={paths.home(list.page)}
    >
      {firstPage ? (
        <>
          <h1>{ui.committeeOf(provinceOf(site))}</h1>
          <p class="intro">{ui.intro}</p>
          {data.featured ? <FeaturedCampaign lang={lang} campaign={data.featured} /> : null}
          <h2>{ui.latestHeading}</h2>
        </>
      ) : (
        <h1>
          {ui.latestHeading}
          {ui.pageSuffix(list.page)}
        </h1>
      )}
      {list.articles.length === 0 ? (
        <p class="empty">{ui.emptyList}</p>
      ) : (
        <ArticleList
          lang={lang}
          articles={list.articles}
          headingLevel={firstPage ? 3 : 2}
          leadCover={firstPage}
        />
      )}
      <Pagination
        lang={lang}
        page={list.page}
        totalPages={list.totalPages}
        hrefFor={(page) => paths.home(page)}
      />
    </Layout>
  );
}
