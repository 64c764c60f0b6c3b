import { describe, expect, it } from 'vitest';
import { makeArticle } from '../testing/articles.fixture.js';
import { parseXml } from '../testing/html.js';
import { renderFeed } from './feed.view.js';

const site = { publicUrl: 'https://nhanquyen.example.gov.vn' };

describe('renderFeed', () => {
  it('lists articles as RSS items with absolute links, dates and categories', () => {
    const article = makeArticle({
      slug: 'ngay-nhan-quyen',
      title: 'Ngày Nhân quyền thế giới',
      lead: 'Sapo ngắn.',
      category: 'thanh-tuu-nhan-quyen',
      publishedAt: '2023-12-10T01:00:00.000Z',
    });
    const doc = parseXml(renderFeed(site, { lang: 'vi', articles: [article] }));
    expect(doc.querySelector('channel > title')?.textContent).toBe('Ban Chỉ đạo Nhân quyền tỉnh');
    expect(doc.querySelector('channel > language')?.textContent).toBe('vi');
    const item = doc.querySelector('item');
    expect(item?.querySelector('title')?.textContent).toBe('Ngày Nhân quyền thế giới');
    expect(item?.querySelector('link')?.textContent).toBe(
      'https://nhanquyen.example.gov.vn/bai-viet/ngay-nhan-quyen',
    );
    expect(item?.querySelector('pubDate')?.textContent).toBe('Sun, 10 Dec 2023 01:00:00 GMT');
    expect(item?.querySelector('category')?.textContent).toBe('Thành tựu nhân quyền');
    expect(item?.querySelector('description')?.textContent).toBe('Sapo ngắn.');
  });

  it('escapes a hostile title so the feed stays well-formed', () => {
    const hostile = '</title><script>x</script> & <![CDATA[';
    const xml = renderFeed(site, {
      lang: 'en',
      articles: [makeArticle({ title: hostile, lead: hostile, language: 'en' })],
    });
    expect(xml).not.toContain('<script>');
    const doc = parseXml(xml);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('item > title')?.textContent).toBe(hostile);
    expect(doc.querySelector('item > link')?.textContent).toMatch(/\/en\/articles\//);
  });
});
