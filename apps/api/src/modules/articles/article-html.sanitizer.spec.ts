import { describe, expect, it } from 'vitest';
import { plainText, sanitizeArticleHtml } from './article-html.sanitizer.js';
import { XSS_PAYLOADS } from './xss-payloads.fixture.js';

/** Whatever survives, nothing in it may run: no script element, no event handler, no script URL, no style. */
function assertInert(html: string): void {
  const lower = html.toLowerCase();
  expect(lower).not.toMatch(
    /<\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|video|audio|body|details|template|noscript|xss)\b/,
  );
  expect(lower).not.toMatch(/\son[a-z]+\s*=/);
  expect(lower).not.toMatch(/(href|src|action|background)\s*=\s*"?\s*(javascript|vbscript|data):/);
  expect(lower).not.toContain('style=');
}

describe('article body sanitiser', () => {
  for (const payload of XSS_PAYLOADS) {
    it(`neutralises ${payload}`, () => {
      assertInert(sanitizeArticleHtml(payload));
      assertInert(sanitizeArticleHtml(`<p>Tin bài ${payload} tiếp</p>`));
    });
  }

  it('keeps the article formatting the editor offers', () => {
    const html =
      '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://chinhphu.vn">liên kết</a></p>' +
      '<ul><li>một</li></ul><blockquote>trích</blockquote><img src="/api/public/media/x/800.webp" alt="ảnh">';
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain('<h2>Tiêu đề</h2>');
    expect(clean).toContain('<strong>Đậm</strong>');
    expect(clean).toContain('<a href="https://chinhphu.vn" rel="noopener noreferrer">liên kết</a>');
    expect(clean).toContain('<img src="/api/public/media/x/800.webp" alt="ảnh" />');
  });

  it('drops classes, ids and inline styles', () => {
    expect(sanitizeArticleHtml('<p class="x" id="y" style="color:red">chữ</p>')).toBe('<p>chữ</p>');
  });
});

describe('plain text fields', () => {
  it('keep the words and no markup', () => {
    expect(plainText('<img src=x onerror=alert(1)>Tin <b>mới</b>')).toBe('Tin mới');
    expect(plainText('Quyền & nghĩa vụ: a < b')).toBe('Quyền & nghĩa vụ: a < b');
    expect(plainText(null)).toBeNull();
  });
});
