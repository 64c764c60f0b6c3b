/** Lower-cases and strips Vietnamese diacritics, đ → d: the key for diacritics-insensitive search. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Folds, then collapses punctuation and whitespace to single spaces: for comparing names as written. */
export function nameKey(text: string): string {
  return foldDiacritics(text)
    .replace(/&/g, ' va ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
