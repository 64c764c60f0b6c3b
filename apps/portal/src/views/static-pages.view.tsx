import type { Language } from '@bcdnq/domain/articles';
import { PATHS, otherLanguage, type Paths } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { Layout } from './layout.view.js';
import { pageUrl, provinceOf, type Site } from './site.js';

export type StaticPage = 'about' | 'contact' | 'accessibility';

const pathOf = (paths: Paths, page: StaticPage) =>
  page === 'about' ? paths.about() : page === 'contact' ? paths.contact() : paths.accessibility();

/** About, contact and the accessibility statement: who publishes the site and how to reach them. */
export function StaticPageView({ site, lang, page }: { site: Site; lang: Language; page: StaticPage }) {
  const ui = UI[lang];
  const other = otherLanguage(lang);
  const province = provinceOf(site);
  const contact = site.contact ?? { office: '', address: '', email: '', phone: '' };
  const title =
    page === 'about' ? ui.aboutTitle : page === 'contact' ? ui.contactTitle : ui.accessibilityTitle;
  const paragraphs =
    page === 'about'
      ? ui.aboutText(province)
      : page === 'contact'
        ? [ui.contactIntro(province)]
        : ui.accessibilityText(contact.email);
  const path = pathOf(PATHS[lang], page);
  return (
    <Layout
      site={site}
      head={{
        lang,
        title,
        description: paragraphs[0] ?? title,
        canonicalUrl: pageUrl(site, path),
        alternates: { [lang]: pageUrl(site, path), [other]: pageUrl(site, pathOf(PATHS[other], page)) },
      }}
      switchHref={pathOf(PATHS[other], page)}
      currentPath={path}
    >
      <h1>{title}</h1>
      {paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      {page === 'contact' ? (
        <dl class="facts">
          <dt>{ui.contactOffice}</dt>
          <dd>{contact.office}</dd>
          <dt>{ui.contactAddress}</dt>
          <dd>{contact.address}</dd>
          <dt>{ui.contactEmail}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
          <dt>{ui.contactPhone}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </dd>
        </dl>
      ) : null}
    </Layout>
  );
}
