import { describe, expect, it } from 'vitest';
import { ZArticleCreate } from '@bcdnq/domain/articles';
import { joinTags, normalizeArticleValues, splitTags } from './article-form-values';

describe('article form values', () => {
  it('turns empty optional fields into null and tag text into a list the schema accepts', () => {
    const values = normalizeArticleValues({
      title: 'Tin thử nghiệm',
      lead: '',
      campaignId: '',
      tags: 'nhân quyền, , trẻ em, nhân quyền',
    });
    expect(values).toMatchObject({ lead: null, campaignId: null, tags: ['nhân quyền', 'trẻ em'] });
    expect(ZArticleCreate.safeParse(values).success).toBe(true);
  });

  it('shows a tag list as text and back', () => {
    expect(joinTags(['a', 'b'])).toBe('a, b');
    expect(splitTags(joinTags(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('lets the schema refuse a cover without its description', () => {
    const values = normalizeArticleValues({
      title: 'Tin có ảnh',
      coverImageUrl: '/api/public/media/x/960.webp',
      coverAlt: '',
    });
    expect(ZArticleCreate.safeParse(values).success).toBe(false);
  });
});
