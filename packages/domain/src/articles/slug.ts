import { foldDiacritics } from '../text/fold.js';

/** A URL slug from a Vietnamese title: `Nhân quyền năm 2024` → `nhan-quyen-nam-2024`. */
export function slugify(title: string, maxLength = 120): string {
  const slug = foldDiacritics(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'bai-viet';
}
