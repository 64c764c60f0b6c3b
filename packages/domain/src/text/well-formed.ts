// U+0000 and UTF-16 halves without their partner: PostgreSQL refuses the first, no encoder can write the second.
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string holds a NUL character or a lone surrogate, which no stored text may contain. */
export function isIllFormedText(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * The path (`title`, `tasks.3.text`, a key itself) of the first string anywhere in a request's body or query
 * that is ill-formed, or null when all are well formed. Keys are checked like values.
 */
export function findIllFormedText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return isIllFormedText(value) ? path.join('.') || 'root' : null;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (isIllFormedText(key)) return [...path, '?'].join('.');
    const found = findIllFormedText(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
