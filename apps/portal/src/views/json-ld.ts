/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are escaped as unicode, so no value (an
 * article title with `</script>` in it) can close the block or open markup.
 */
export function jsonLdScript(value: Record<string, unknown>): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
