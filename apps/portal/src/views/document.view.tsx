import { formatCalendarDate } from '../format/date.js';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import type { DocumentData } from '../loaders/documents.loader.js';
import { Layout } from './layout.view.js';
import { pageUrl, summarize, type Site } from './site.js';

/** One part of the plan's text, item by item under its heading; nothing when the plan has none. */
function TextSection(props: {
  id: string;
  title: string;
  items: readonly string[];
  lang: string | undefined;
  numbered?: boolean;
}) {
  if (props.items.length === 0) return null;
  const items = props.items.map((item) => <li>{item}</li>);
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.numbered ? <ol lang={props.lang}>{items}</ol> : <ul lang={props.lang}>{items}</ul>}
    </section>
  );
}

/** One published document: its metadata as a legal database shows it, the file, and the plan's own text. */
export function DocumentView({ site, data }: { site: Site; data: DocumentData }) {
  const { lang, document: doc } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const other = otherLanguage(lang);
  const url = pageUrl(site, paths.document(doc.slug));
  const vi = lang === 'vi' ? undefined : 'vi';
  const date = (value: string | null) =>
    value ? <time datetime={value}>{formatCalendarDate(value, lang)}</time> : <span>{ui.notGiven}</span>;
  const facts: [string, unknown][] = [
    [ui.documentNumber, doc.number || ui.notGiven],
    [ui.documentType, doc.documentType],
    [ui.documentIssuer, doc.issuer || ui.notGiven],
    [ui.documentSigner, doc.signer ?? ui.notGiven],
    [ui.documentIssuedOn, date(doc.issuedOn)],
    [ui.documentEffectiveOn, date(doc.effectiveOn)],
    [ui.documentField, doc.field ?? ui.notGiven],
  ];
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: `${doc.number ? `${doc.number} – ` : ''}${doc.title}`,
        description: summarize(doc.abstract ?? doc.title),
        canonicalUrl: url,
        alternates: { [lang]: url, [other]: pageUrl(site, PATHS[other].document(doc.slug)) },
        modifiedTime: doc.publishedAt,
      }}
      switchHref={PATHS[other].document(doc.slug)}
      currentPath={paths.documents()}
    >
      <p class="meta">
        <a href={paths.documents()}>{ui.documentsTitle}</a>
      </p>
      <h1 lang={vi}>{doc.title}</h1>
      <h2 class="sr-only">{ui.documentDetails}</h2>
      <dl class="facts">
        {facts.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd lang={vi}>{value as string}</dd>
          </>
        ))}
      </dl>
      {doc.fileUrl ? (
        <p class="download">
          <a href={doc.fileUrl} download>
            {ui.documentDownload}
          </a>
        </p>
      ) : null}
      {doc.abstract ? (
        <section aria-labelledby="doc-abstract">
          <h2 id="doc-abstract">{ui.documentAbstract}</h2>
          <p lang={vi}>{doc.abstract}</p>
        </section>
      ) : null}
      <TextSection id="doc-purposes" title={ui.documentPurposes} items={doc.purposes} lang={vi} />
      <TextSection id="doc-key-tasks" title={ui.documentKeyTasks} items={doc.keyTasks} lang={vi} numbered />
      {doc.tasks.length > 0 ? (
        <section aria-labelledby="doc-tasks">
          <h2 id="doc-tasks">{ui.documentTasks}</h2>
          <ol lang={vi}>
            {doc.tasks.map((task) => (
              <li>
                {task.text}
                {task.leads.length > 0 ? (
                  <span class="meta">
                    {' '}
                    ({task.leads.join(', ')} {UI.vi.documentLead})
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <TextSection
        id="doc-implementation"
        title={ui.documentImplementation}
        items={doc.implementation}
        lang={vi}
      />
    </Layout>
  );
}
