// word-extractor ships no types: what this package uses of it.
declare module 'word-extractor' {
  type ExtractedDocument = { getBody(): string; getHeaders(options?: { includeFooters?: boolean }): string };
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}
