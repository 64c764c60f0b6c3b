import { describe, expect, it } from 'vitest';
import { makeArticles } from '../testing/articles.fixture.js';
import { metaContent, parseHtml } from '../testing/html.js';
import { renderDocument } from './render.js';
import { SearchView } from './search.view.js';

const site = { publicUrl: 'https://nhanquyen.example.gov.vn' };

describe('SearchView', () => {
  it('shows only the form before anything is asked', async () => {
    const doc = parseHtml(
      await renderDocument(<SearchView site={site} data={{ lang: 'vi', q: '', list: null }} />),
    );
    expect(doc.querySelector('main form[role="search"]')?.getAttribute('action')).toBe('/tim-kiem');
    expect(doc.querySelector('label[for="search-q"]')).not.toBeNull();
    expect(doc.querySelector('#results-heading')).toBeNull();
    expect(metaContent(doc, 'robots')).toBe('noindex, follow');
  });

  it('echoes the query (escaped) in the field, heading and pagination links', async () => {
    const q = 'nhan quyen "<b>"';
    const doc = parseHtml(
      await renderDocument(
        <SearchView
          site={site}
          data={{ lang: 'vi', q, list: { articles: makeArticles(10), page: 1, totalPages: 2, total: 12 } }}
        />,
      ),
    );
    expect((doc.querySelector('#search-q') as unknown as { value: string }).value).toBe(q);
    expect(doc.querySelector('#results-heading')?.textContent).toBe(`Tìm thấy 12 tin bài cho “${q}”`);
    expect(doc.querySelector('#results-heading b')).toBeNull();
    expect(doc.querySelectorAll('.articles li')).toHaveLength(10);
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      `/tim-kiem?q=${encodeURIComponent(q).replace(/%20/g, '+')}&page=2`,
    );
  });

  it('says so when nothing matches', async () => {
    const doc = parseHtml(
      await renderDocument(
        <SearchView
          site={site}
          data={{ lang: 'en', q: 'zzz', list: { articles: [], page: 1, totalPages: 1, total: 0 } }}
        />,
      ),
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('#results-heading')?.textContent).toBe(
      'No articles found for “zzz”. Try other words.',
    );
    expect(doc.querySelector('main form')?.getAttribute('action')).toBe('/en/search');
  });
});
