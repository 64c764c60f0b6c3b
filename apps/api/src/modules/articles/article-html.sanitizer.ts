import sanitizeHtml from 'sanitize-html';
import {
  ARTICLE_HTML_ATTRIBUTES,
  ARTICLE_HTML_TAGS,
  ARTICLE_IMAGE_SCHEMES,
  ARTICLE_LINK_SCHEMES,
} from '@bcdnq/domain/articles';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ARTICLE_HTML_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(ARTICLE_HTML_ATTRIBUTES).map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  allowedSchemes: [...ARTICLE_LINK_SCHEMES],
  allowedSchemesByTag: { img: [...ARTICLE_IMAGE_SCHEMES] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Contents of these are code, never text to keep.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
    'svg',
    'math',
  ],
  disallowedTagsMode: 'discard',
  allowedStyles: {},
  parseStyleAttributes: false,
  transformTags: {
    // Outside links never get a handle on the portal's window.
    a: (tagName, attribs) => ({
      tagName,
      attribs:
        attribs.href && /^https?:/i.test(attribs.href) ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
};
// `rel` is added by the transform above, so it must survive the attribute filter.
(OPTIONS.allowedAttributes as Record<string, string[]>).a?.push('rel');

/**
 * Cleans an article body with the domain's allow-list: scripts, event handlers, `javascript:` URLs, styles and
 * anything else outside the list are removed. Run on every save, so stored HTML is always safe to render.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Text fields (title, sapo, caption) hold no markup at all: tags are dropped, the portal escapes the rest. */
export function plainText(value: string): string;
export function plainText(value: string | null | undefined): string | null | undefined;
export function plainText(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  // The stripped text is kept as characters (decoded), since every view escapes on output.
  return sanitizeHtml(value, { allowedTags: [], allowedAttributes: {}, nonTextTags: OPTIONS.nonTextTags })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
