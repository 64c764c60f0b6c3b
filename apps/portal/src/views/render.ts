import type { JSX } from 'hono/jsx/jsx-runtime';

/** A whole HTML document from a page component. */
export async function renderDocument(page: JSX.Element): Promise<string> {
  return `<!doctype html>${await page.toString()}`;
}
