import { randomUUID } from 'node:crypto';
import { ZPublicArticle, type PublicArticle } from '@bcdnq/domain/articles';

let counter = 0;

/** A published article as the API sends it; parsed by the domain schema so a fixture cannot drift from the contract. */
export function makeArticle(overrides: Partial<PublicArticle> = {}): PublicArticle {
  counter += 1;
  return ZPublicArticle.parse({
    id: randomUUID(),
    title: `Tin bài số ${counter} về quyền con người`,
    slug: `tin-bai-so-${counter}`,
    lead: `Sapo của tin bài số ${counter}.`,
    body: `<p>Nội dung tin bài số ${counter}.</p>`,
    coverImageUrl: null,
    coverCaption: null,
    coverAlt: null,
    byline: 'Phòng Tuyên truyền',
    category: 'tin-tuc',
    tags: [],
    language: 'vi',
    publishedAt: '2024-03-05T02:00:00.000Z',
    updatedAt: '2024-03-05T02:00:00.000Z',
    translation: null,
    campaign: null,
    sourceAgency: null,
    ...overrides,
  });
}

/** `count` articles, one day apart, newest first when sorted by publishedAt. */
export function makeArticles(count: number, overrides: Partial<PublicArticle> = {}): PublicArticle[] {
  const start = Date.parse('2024-01-01T03:00:00.000Z');
  return Array.from({ length: count }, (_, i) =>
    makeArticle({ publishedAt: new Date(start + i * 86_400_000).toISOString(), ...overrides }),
  );
}
