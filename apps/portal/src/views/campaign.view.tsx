import type { Language } from '@bcdnq/domain/articles';
import { campaignText, type PublicCampaign } from '@bcdnq/domain/campaigns';
import { formatCalendarDate } from '../format/date.js';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import type { CampaignData, CampaignsData } from '../loaders/campaigns.loader.js';
import { ArticleList } from './article-list.view.js';
import { Layout } from './layout.view.js';
import { Pagination } from './pagination.view.js';
import { pageUrl, summarize, type Site } from './site.js';

function Period({ from, to, lang }: { from: string; to: string; lang: Language }) {
  return (
    <>
      <time datetime={from}>{formatCalendarDate(from, lang)}</time> –{' '}
      <time datetime={to}>{formatCalendarDate(to, lang)}</time>
    </>
  );
}

// Slogans are official Vietnamese words, and so are a name or landing text without an English version: marked so
// on English pages for screen readers.
const marked = (page: Language, text: Language) => (text === page ? undefined : text);

/** The running campaign, featured at the top of the home page. */
export function FeaturedCampaign({ lang, campaign }: { lang: Language; campaign: PublicCampaign }) {
  const ui = UI[lang];
  const text = campaignText(campaign, lang);
  return (
    <section class="featured" aria-labelledby="featured-campaign">
      <p class="meta">{ui.campaignFeatured}</p>
      <h2 id="featured-campaign">
        <a href={PATHS[lang].campaign(campaign.slug)} lang={marked(lang, text.nameLang)}>
          {text.name}
        </a>
      </h2>
      <p class="meta">
        {ui.campaignPeriod}: <Period from={campaign.startsOn} to={campaign.endsOn} lang={lang} />
      </p>
      {lang === 'vi' && campaign.slogans[0] ? (
        <p class="lead">{campaign.slogans[0]}</p>
      ) : text.description && text.descriptionLang === lang ? (
        <p class="lead">{summarize(text.description, 240)}</p>
      ) : null}
    </section>
  );
}

/** All campaigns, running ones first. */
export function CampaignsView({ site, data }: { site: Site; data: CampaignsData }) {
  const { lang, campaigns, page, totalPages } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const other = otherLanguage(lang);
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: ui.campaignsTitle,
        description: ui.campaignsDescription,
        canonicalUrl: pageUrl(site, paths.campaigns(page)),
        alternates: {
          [lang]: pageUrl(site, paths.campaigns(page)),
          [other]: pageUrl(site, PATHS[other].campaigns(page)),
        },
      }}
      switchHref={PATHS[other].campaigns(page)}
      currentPath={paths.campaigns(page)}
    >
      <h1>{ui.campaignsTitle}</h1>
      <p class="intro">{ui.campaignsDescription}</p>
      {campaigns.length === 0 ? (
        <p class="empty">{ui.campaignsEmpty}</p>
      ) : (
        <ol class="articles">
          {campaigns.map((campaign) => {
            const text = campaignText(campaign, lang);
            return (
              <li>
                <h2>
                  <a href={paths.campaign(campaign.slug)} lang={marked(lang, text.nameLang)}>
                    {text.name}
                  </a>
                </h2>
                <p class="meta">
                  {campaign.running ? (
                    <>
                      <span class="badge">{ui.campaignRunning}</span>{' '}
                    </>
                  ) : null}
                  {ui.campaignPeriod}: <Period from={campaign.startsOn} to={campaign.endsOn} lang={lang} />
                </p>
                {text.description ? (
                  <p lang={marked(lang, text.descriptionLang)}>{summarize(text.description, 240)}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <Pagination lang={lang} page={page} totalPages={totalPages} hrefFor={(p) => paths.campaigns(p)} />
    </Layout>
  );
}

/** One campaign: its period, banner window, official slogans, landing text and articles. */
export function CampaignView({ site, data }: { site: Site; data: CampaignData }) {
  const { lang, campaign, articles, page, totalPages } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const other = otherLanguage(lang);
  const url = pageUrl(site, paths.campaign(campaign.slug));
  const text = campaignText(campaign, lang);
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: text.name,
        description: summarize(text.description ?? campaign.slogans[0] ?? ui.campaignsDescription),
        canonicalUrl: url,
        alternates: { [lang]: url, [other]: pageUrl(site, PATHS[other].campaign(campaign.slug)) },
      }}
      switchHref={PATHS[other].campaign(campaign.slug)}
    >
      <p class="meta">
        <a href={paths.campaigns()}>{ui.campaignsTitle}</a>
        {campaign.running ? (
          <>
            {' '}
            <span class="badge">{ui.campaignRunning}</span>
          </>
        ) : null}
      </p>
      <h1 lang={marked(lang, text.nameLang)}>{text.name}</h1>
      <dl class="facts">
        <dt>{ui.campaignPeriod}</dt>
        <dd>
          <Period from={campaign.startsOn} to={campaign.endsOn} lang={lang} />
        </dd>
        {campaign.keyDate ? (
          <>
            <dt>{ui.campaignKeyDate}</dt>
            <dd>
              <time datetime={campaign.keyDate}>{formatCalendarDate(campaign.keyDate, lang)}</time>
            </dd>
          </>
        ) : null}
        {campaign.bannerFrom && campaign.bannerTo ? (
          <>
            <dt>{ui.campaignBanners}</dt>
            <dd>
              <Period from={campaign.bannerFrom} to={campaign.bannerTo} lang={lang} />
            </dd>
          </>
        ) : null}
      </dl>
      {text.description
        ? text.description
            .split(/\n\s*\n/)
            .filter((p) => p.trim())
            .map((paragraph) => <p lang={marked(lang, text.descriptionLang)}>{paragraph.trim()}</p>)
        : null}
      {campaign.slogans.length > 0 ? (
        <section aria-labelledby="slogans-heading">
          <h2 id="slogans-heading">{ui.campaignSlogans}</h2>
          <ol class="slogans" lang={marked(lang, 'vi')}>
            {campaign.slogans.map((slogan) => (
              <li>{slogan}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="campaign-articles">
        <h2 id="campaign-articles">{ui.campaignArticles}</h2>
        {articles.length === 0 ? (
          <p class="empty">{ui.campaignNoArticles}</p>
        ) : (
          <ArticleList lang={lang} articles={articles} />
        )}
        <Pagination
          lang={lang}
          page={page}
          totalPages={totalPages}
          hrefFor={(p) => `${paths.campaign(campaign.slug)}${p > 1 ? `?page=${p}` : ''}`}
        />
      </section>
    </Layout>
  );
}
