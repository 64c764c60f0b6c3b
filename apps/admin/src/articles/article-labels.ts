import {
  ARTICLE_CATEGORY_LABELS,
  ARTICLE_STATUS_LABELS,
  type ArticleStatus,
  type LANGUAGES,
} from '@bcdnq/domain/articles';
import type { Label } from '../common/labels';
import type { Tone } from '../common/fields';

export { ARTICLE_CATEGORY_LABELS, ARTICLE_STATUS_LABELS };

export const LANGUAGE_LABELS: Record<(typeof LANGUAGES)[number], Label> = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
};

export const ARTICLE_STATUS_TONES: Partial<Record<ArticleStatus, Tone>> = {
  in_review: 'warning',
  returned: 'error',
  approved: 'info',
  scheduled: 'secondary',
  published: 'success',
};
