import { Window, type Document } from 'happy-dom';

/** Parses a rendered page so tests can ask about elements instead of matching strings. */
export function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** The `content` of `<meta property|name="…">`, or null. */
export function metaContent(document: Document, key: string): string | null {
  const element =
    document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`);
  return element ? element.getAttribute('content') : null;
}

/** Parses an XML document (the RSS feed); a malformed one contains a `parsererror` element. */
export function parseXml(xml: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(xml, 'application/xml');
}
