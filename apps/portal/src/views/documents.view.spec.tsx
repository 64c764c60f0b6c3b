import type { Document } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { DocumentsData } from '../loaders/documents.loader.js';
import { makeDocument } from '../testing/documents.fixture.js';
import { metaContent, parseHtml } from '../testing/html.js';
import { DocumentsView } from './documents.view.js';
import { renderDocument } from './render.js';

const site = { publicUrl: 'https://nhanquyen.example.gov.vn' };

async function renderDocuments(data: DocumentsData) {
  const html = await renderDocument(<DocumentsView site={site} data={data} />);
  return { html, doc: parseHtml(html) };
}

const onePage = (
  documents: DocumentsData['documents'],
  lang: DocumentsData['lang'] = 'vi',
): DocumentsData => ({
  lang,
  documents,
  page: 1,
  totalPages: 1,
  total: documents.length,
});

type HtmlElement = NonNullable<ReturnType<Document['querySelector']>>;

/** What a cell says, without the per-cell label (shown on phones only, hidden from screen readers). */
function valueOf(cell: HtmlElement): string {
  const copy = cell.cloneNode(true) as HtmlElement;
  for (const label of copy.querySelectorAll('.cell-label')) label.remove();
  return copy.textContent;
}

const cellTexts = (row: HtmlElement | null | undefined) =>
  [...(row?.querySelectorAll('th, td') ?? [])].map(valueOf);

describe('DocumentsView', () => {
  it('is a Vietnamese page titled "Văn bản" with a table of the documents and their metadata', async () => {
    const document = makeDocument({
      number: '45/KH-BCĐ',
      title: 'Kế hoạch thực hiện công tác nhân quyền năm 2024',
      documentType: 'Kế hoạch',
      issuer: 'Ban Chỉ đạo Nhân quyền tỉnh',
      signer: 'Trần Thị Bình',
      issuedOn: '2024-03-05',
      effectiveOn: '2024-04-01',
      field: 'Quyền dân sự',
    });
    const { html, doc } = await renderDocuments(onePage([document]));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('h1')?.textContent).toBe('Văn bản');
    expect(doc.querySelector('title')?.textContent).toBe('Văn bản | Ban Chỉ đạo Nhân quyền tỉnh');

    const table = doc.querySelector('main table.docs');
    expect(table?.querySelector('caption')?.textContent).toBe('Danh sách 1 văn bản đã công bố');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])];
    expect(headers.map((th) => th.textContent)).toEqual([
      'Số hiệu',
      'Trích yếu',
      'Loại văn bản',
      'Cơ quan ban hành',
      'Người ký',
      'Ngày ban hành',
      'Ngày có hiệu lực',
      'Lĩnh vực',
    ]);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);

    const row = table?.querySelector('tbody tr');
    expect(row?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(cellTexts(row)).toEqual([
      '45/KH-BCĐ',
      'Kế hoạch thực hiện công tác nhân quyền năm 2024',
      'Kế hoạch',
      'Ban Chỉ đạo Nhân quyền tỉnh',
      'Trần Thị Bình',
      '05/03/2024',
      '01/04/2024',
      'Quyền dân sự',
    ]);
    const times = [...(row?.querySelectorAll('time') ?? [])];
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual(['2024-03-05', '2024-04-01']);
  });

  it('labels every cell for the stacked cards on phones, hidden from screen readers (they hear the headers)', async () => {
    const { doc } = await renderDocuments(onePage([makeDocument()]));
    const labels = [...doc.querySelectorAll('tbody tr .cell-label')];
    expect(labels.map((label) => label.textContent)).toEqual(
      [...doc.querySelectorAll('thead th')].map((th) => th.textContent),
    );
    expect(labels.every((label) => label.getAttribute('aria-hidden') === 'true')).toBe(true);
    // Explicit roles keep the table a table for assistive technology when the cards restyle it as blocks.
    expect(doc.querySelector('table.docs')?.getAttribute('role')).toBe('table');
    expect(doc.querySelectorAll('tbody [role="cell"]')).toHaveLength(7);
    expect(doc.querySelector('tbody [role="rowheader"]')).not.toBeNull();
  });

  it('keeps the order it is given (the API sends the newest issued first)', async () => {
    const newer = makeDocument({ number: '2/KH', issuedOn: '2024-05-02' });
    const older = makeDocument({ number: '1/KH', issuedOn: '2024-05-01' });
    const { doc } = await renderDocuments(onePage([newer, older]));
    expect([...doc.querySelectorAll('tbody th')].map(valueOf)).toEqual(['2/KH', '1/KH']);
  });

  it("escapes the documents' text: markup in a title or number is shown, never run", async () => {
    const { html, doc } = await renderDocuments(
      onePage([
        makeDocument({
          number: '<b>1</b>',
          title: '<script>alert(1)</script> & "Kế hoạch"',
          issuer: '<img src=x onerror=alert(2)>',
        }),
      ]),
    );
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>1</b>');
    expect(doc.querySelector('tbody script, tbody img, tbody b')).toBeNull();
    expect(cellTexts(doc.querySelector('tbody tr')).slice(0, 4)).toEqual([
      '<b>1</b>',
      '<script>alert(1)</script> & "Kế hoạch"',
      'Kế hoạch',
      '<img src=x onerror=alert(2)>',
    ]);
  });

  it('shows a dash (read as "Không có") for a missing signer, effective date, field or number', async () => {
    const { doc } = await renderDocuments(
      onePage([makeDocument({ number: '', signer: null, effectiveOn: null, field: null })]),
    );
    const cells = cellTexts(doc.querySelector('tbody tr'));
    expect(cells[0]).toBe('—Không có');
    expect(cells[4]).toBe('—Không có');
    expect(cells[6]).toBe('—Không có');
    expect(cells[7]).toBe('—Không có');
    expect(doc.querySelector('tbody th [aria-hidden="true"]:not(.cell-label)')?.textContent).toBe('—');
    expect(doc.querySelector('tbody th .sr-only')?.textContent).toBe('Không có');
  });

  it('shows the empty state, no table and no pagination when nothing is published', async () => {
    const { doc } = await renderDocuments(onePage([]));
    expect(doc.querySelector('.empty')?.textContent).toBe('Chưa có văn bản nào được công bố.');
    expect(doc.querySelector('table')).toBeNull();
    expect(doc.querySelector('nav.pagination')).toBeNull();
  });

  it('pages through the list, with the page in the title, the canonical address and the language switch', async () => {
    const { doc } = await renderDocuments({
      lang: 'vi',
      documents: [makeDocument()],
      page: 2,
      totalPages: 3,
      total: 45,
    });
    expect(doc.querySelector('h1')?.textContent).toBe('Văn bản – Trang 2');
    expect(doc.querySelector('caption')?.textContent).toBe('Danh sách 45 văn bản đã công bố');
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/van-ban');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/van-ban?page=3');
    expect(doc.querySelector('nav.pagination')?.textContent).toContain('Trang 2 / 3');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/van-ban?page=2',
    );
    expect(doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/en/documents?page=2',
    );
    expect(doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/en/documents?page=2');
  });

  it('is in the site navigation, marked as the current page', async () => {
    const { doc } = await renderDocuments(onePage([]));
    const nav = doc.querySelector('header nav.site-nav');
    expect(nav?.getAttribute('aria-label')).toBe('Điều hướng chính');
    const links = [...(nav?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Tin tức', '/'],
      ['Chiến dịch', '/chien-dich'],
      ['Văn bản', '/van-ban'],
      ['Giới thiệu', '/gioi-thieu'],
    ]);
    expect(links[2]?.getAttribute('aria-current')).toBe('page');
    expect(links[0]?.hasAttribute('aria-current')).toBe(false);
    // The table gets a wider column; header and footer follow so the page stays aligned.
    expect(doc.querySelectorAll('header .wrap-wide, main .wrap-wide, footer .wrap-wide')).toHaveLength(3);
    expect(metaContent(doc, 'description')).toContain('Ban Chỉ đạo Nhân quyền tỉnh');
  });

  it("renders the English page with English labels and dates, the documents' own words marked Vietnamese", async () => {
    const document = makeDocument({ title: 'Kế hoạch năm 2024', issuedOn: '2024-03-05', effectiveOn: null });
    const { doc } = await renderDocuments(onePage([document], 'en'));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Documents');
    expect(doc.querySelector('caption')?.textContent).toBe('1 published document');
    expect([...doc.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Number',
      'Summary',
      'Document type',
      'Issued by',
      'Signed by',
      'Date of issue',
      'Effective from',
      'Field',
    ]);
    const cells = cellTexts(doc.querySelector('tbody tr'));
    expect(cells[5]).toBe('5 March 2024');
    expect(cells[6]).toBe('—Not given');
    expect(doc.querySelector('tbody .doc-title [lang="vi"]')?.textContent).toBe('Kế hoạch năm 2024');
    expect(
      [...doc.querySelectorAll('header nav.site-nav a')].map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['News', '/en/'],
      ['Campaigns', '/en/campaigns'],
      ['Documents', '/en/documents'],
      ['About', '/en/about'],
    ]);
    expect(doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/van-ban');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/en/documents',
    );
  });

  it('shows the English empty state', async () => {
    const { doc } = await renderDocuments(onePage([], 'en'));
    expect(doc.querySelector('.empty')?.textContent).toBe('No documents have been published yet.');
  });
});
