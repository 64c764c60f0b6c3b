import type { Language } from '@bcdnq/domain/articles';
import type { PublishedDocument } from '@bcdnq/domain/documents';
import type { Child } from 'hono/jsx';
import { formatCalendarDate } from '../format/date.js';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI, type UiStrings } from '../i18n/ui-strings.js';
import type { DocumentsData } from '../loaders/documents.loader.js';
import { Layout } from './layout.view.js';
import { Pagination } from './pagination.view.js';
import { pageUrl, type Site } from './site.js';

type Column = {
  key: string;
  label: (ui: UiStrings) => string;
  /** The cell's content; text values are the documents' own (Vietnamese) words. */
  value: (document: PublishedDocument, lang: Language, ui: UiStrings) => Child;
};

/** A dash for the eye, words for the ear. */
function NotGiven({ ui }: { ui: UiStrings }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="sr-only">{ui.notGiven}</span>
    </>
  );
}

/** The document's own words: marked Vietnamese on the English page so screen readers pronounce them right. */
function Text({ value, lang, ui }: { value: string | null; lang: Language; ui: UiStrings }) {
  if (!value || !value.trim()) return <NotGiven ui={ui} />;
  return lang === 'vi' ? <>{value}</> : <span lang="vi">{value}</span>;
}

function CalendarDate({ value, lang, ui }: { value: string | null; lang: Language; ui: UiStrings }) {
  const text = value ? formatCalendarDate(value, lang) : '';
  if (!value || !text) return <NotGiven ui={ui} />;
  return <time datetime={value}>{text}</time>;
}

// The number heads each row (`th scope="row"`); the rest follow in the order of a legal database.
const COLUMNS: readonly Column[] = [
  {
    key: 'title',
    label: (ui) => ui.documentTitle,
    value: (d, lang, ui) => (
      <a href={PATHS[lang].document(d.slug)}>
        <Text value={d.title} lang={lang} ui={ui} />
      </a>
    ),
  },
  {
    key: 'type',
    label: (ui) => ui.documentType,
    value: (d, lang, ui) => <Text value={d.documentType} lang={lang} ui={ui} />,
  },
  {
    key: 'issuer',
    label: (ui) => ui.documentIssuer,
    value: (d, lang, ui) => <Text value={d.issuer} lang={lang} ui={ui} />,
  },
  {
    key: 'signer',
    label: (ui) => ui.documentSigner,
    value: (d, lang, ui) => <Text value={d.signer} lang={lang} ui={ui} />,
  },
  {
    key: 'issued-on',
    label: (ui) => ui.documentIssuedOn,
    value: (d, lang, ui) => <CalendarDate value={d.issuedOn} lang={lang} ui={ui} />,
  },
  {
    key: 'effective-on',
    label: (ui) => ui.documentEffectiveOn,
    value: (d, lang, ui) => <CalendarDate value={d.effectiveOn} lang={lang} ui={ui} />,
  },
  {
    key: 'field',
    label: (ui) => ui.documentField,
    value: (d, lang, ui) => <Text value={d.field} lang={lang} ui={ui} />,
  },
];

export type DocumentsTableProps = { lang: Language; documents: PublishedDocument[]; total: number };

/**
 * The documents as a real table (caption, column headers, the number as each row's header). On narrow screens the
 * stylesheet stacks each row into a card and shows the per-cell labels, which are hidden from screen readers
 * (they hear the column headers); the explicit roles keep the table semantics that `display: block` can drop.
 */
export function DocumentsTable({ lang, documents, total }: DocumentsTableProps) {
  const ui = UI[lang];
  return (
    <table class="docs" role="table">
      <caption>{ui.documentsCaption(total)}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {ui.documentNumber}
          </th>
          {COLUMNS.map((column) => (
            <th scope="col" role="columnheader">
              {column.label(ui)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {documents.map((document) => (
          <tr role="row">
            <th scope="row" role="rowheader" class="doc-number">
              <span class="cell-label" aria-hidden="true">
                {ui.documentNumber}
              </span>
              <Text value={document.number} lang={lang} ui={ui} />
            </th>
            {COLUMNS.map((column) => (
              <td role="cell" class={`doc-${column.key}`}>
                <span class="cell-label" aria-hidden="true">
                  {column.label(ui)}
                </span>
                {column.value(document, lang, ui)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Văn bản: the plans the standing office chose to publish, newest issued first, a page at a time. */
export function DocumentsView({ site, data }: { site: Site; data: DocumentsData }) {
  const { lang, documents, page, totalPages, total } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const other = otherLanguage(lang);
  const suffix = page > 1 ? ui.pageSuffix(page) : '';
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: `${ui.documentsTitle}${suffix}`,
        description: ui.documentsDescription,
        canonicalUrl: pageUrl(site, paths.documents(page)),
        // The same list is published in both languages, page for page.
        alternates: {
          [lang]: pageUrl(site, paths.documents(page)),
          [other]: pageUrl(site, PATHS[other].documents(page)),
        },
      }}
      switchHref={PATHS[other].documents(page)}
      currentPath={paths.documents(page)}
      wide
    >
      <h1>
        {ui.documentsTitle}
        {suffix}
      </h1>
      <p class="intro">{ui.documentsIntro}</p>
      {documents.length === 0 ? (
        <p class="empty">{ui.documentsEmpty}</p>
      ) : (
        <DocumentsTable lang={lang} documents={documents} total={total} />
      )}
      <Pagination lang={lang} page={page} totalPages={totalPages} hrefFor={(p) => paths.documents(p)} />
    </Layout>
  );
}
