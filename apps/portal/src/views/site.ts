/** Who answers readers' questions: shown on the contact page and in the footer. */
export type SiteContact = { office: string; address: string; email: string; phone: string };

/** What views know about the site: where it lives (absolute links in previews) and who publishes it. */
export type Site = { publicUrl: string; province?: string; contact?: SiteContact };

/** The province as configured, for the header, footer and publisher. */
export function provinceOf(site: Site): string {
  return site.province ?? 'Bắc Ninh';
}

/** An absolute URL for a site path (`/bai-viet/x`) or an already absolute http(s) URL; `null` for anything else. */
export function absoluteUrl(site: Site, pathOrUrl: string): string | null {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  if (pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//')) return `${site.publicUrl}${pathOrUrl}`;
  return null;
}

/** An image address safe to put in `src`: http(s) or a path on this site, never `javascript:` or `data:`. */
export function safeImageSrc(url: string | null): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  return null;
}

/** A plain-text summary of at most `max` characters for meta descriptions, cut at a word. */
export function summarize(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The absolute address of one of our own pages. */
export function pageUrl(site: Site, path: string): string {
  return `${site.publicUrl}${path}`;
}
