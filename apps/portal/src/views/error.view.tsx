import type { Language } from '@bcdnq/domain/articles';
import { PATHS } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { Layout } from './layout.view.js';
import { pageUrl, type Site } from './site.js';

function ErrorPage({ site, lang, title, text }: { site: Site; lang: Language; title: string; text: string }) {
  const ui = UI[lang];
  return (
    <Layout
      site={site}
      head={{
        lang,
        title,
        description: text,
        canonicalUrl: pageUrl(site, PATHS[lang].home()),
        noindex: true,
      }}
    >
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={PATHS[lang].home()}>{ui.backHome}</a>
      </p>
    </Layout>
  );
}

/** 404: the page or article does not exist (or was withdrawn). */
export function NotFoundView({ site, lang }: { site: Site; lang: Language }) {
  return <ErrorPage site={site} lang={lang} title={UI[lang].notFoundTitle} text={UI[lang].notFoundText} />;
}

/** 503: the API is down or misbehaving; readers get an apology, never a stack trace. */
export function UnavailableView({ site, lang }: { site: Site; lang: Language }) {
  return (
    <ErrorPage site={site} lang={lang} title={UI[lang].unavailableTitle} text={UI[lang].unavailableText} />
  );
}
