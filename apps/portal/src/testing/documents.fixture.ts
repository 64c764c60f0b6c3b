import { randomUUID } from 'node:crypto';
import { ZPublishedDocument, type PublishedDocument } from '@bcdnq/domain/documents';

let counter = 0;

/** A published document as the API sends it; parsed by the domain schema so a fixture cannot drift from the contract. */
export function makeDocument(overrides: Partial<PublishedDocument> = {}): PublishedDocument {
  counter += 1;
  const planId = randomUUID();
  return ZPublishedDocument.parse({
    id: planId,
    planId,
    slug: `ke-hoach-so-${counter}-${planId.slice(0, 8)}`,
    number: `${counter}/KH-BCĐ`,
    title: `Kế hoạch số ${counter} thực hiện công tác bảo đảm quyền con người`,
    documentType: 'Kế hoạch',
    issuer: 'Ban Chỉ đạo Nhân quyền tỉnh',
    signer: 'Nguyễn Văn An',
    issuedOn: '2024-03-05',
    effectiveOn: '2024-03-05',
    field: 'Quyền dân sự',
    abstract: null,
    fileUrl: null,
    publishedAt: '2024-03-06T02:00:00.000Z',
    ...overrides,
  });
}

/** `count` documents issued one day apart (the API lists the newest issued first). */
export function makeDocuments(
  count: number,
  overrides: Partial<PublishedDocument> = {},
): PublishedDocument[] {
  const start = Date.parse('2024-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, i) =>
    makeDocument({ issuedOn: new Date(start + i * 86_400_000).toISOString().slice(0, 10), ...overrides }),
  );
}
