/** Lists change whenever something is published: browsers and proxies may reuse them for a minute only. */
export const CACHE_LIST = 'public, max-age=60';
/** A published article rarely changes; five minutes keeps a correction from lingering. */
export const CACHE_ARTICLE = 'public, max-age=300';
export const CACHE_NOT_FOUND = 'public, max-age=60';
/** About, contact and accessibility pages change with a deployment only. */
export const CACHE_STATIC = 'public, max-age=3600';
export const CACHE_NONE = 'no-store';
