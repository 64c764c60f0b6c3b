/**
 * The HTML an article body may contain, as data: the API's sanitiser keeps exactly this on every save and the
 * admin's editor offers no more. No style, no classes, no event handlers, no scripts, no frames.
 */
export const ARTICLE_HTML_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'sub',
  'sup',
] as const;

/** Attributes kept per tag; everything else is dropped. */
export const ARTICLE_HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
};

/** URL schemes a link may use; `javascript:`, `data:` and `vbscript:` are not among them. */
export const ARTICLE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
/** Images come from our own media store (relative URLs) or https sources. */
export const ARTICLE_IMAGE_SCHEMES = ['https'] as const;

/** Plain text of an article body (for search, excerpts and feeds). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|tr|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
