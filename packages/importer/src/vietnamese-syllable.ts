/**
 * The structure of a Vietnamese syllable — (initial consonant) + rhyme [(medial o/u) + vowel nucleus +
 * (final)] + at most one tone mark — used to put back together syllables that PDF text layers and OCR split
 * ("hiệu qu ả v ới" → "hiệu quả với"). A rule of the language, not a word list.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// Rhymes without tone, grouped by nucleus; finals as the language allows them after each.
const RHYME = [
  '(?:o|u)?(?:a|e|ê|i|y|o|ô|ơ|u|ư)(?:c|ch|m|n|ng|nh|p|t|i|y|o|u)?',
  '(?:o|u)?(?:ă|â)(?:c|m|n|ng|p|t|u|y)',
  '(?:i|y|uy)ê(?:c|m|n|ng|p|t|u)',
  'uô(?:c|i|m|n|ng|p|t)',
  'ươ(?:c|i|m|n|ng|p|t|u)',
  '(?:i|ia|ya|ua|ưa|uya|uyu|oo|oong|ooc|oai|oay|uây|uôi|ươi|ươu|iêu|yêu|oeo|uêu|ưu|ưi|ơi|ôi|ai|ay|ây|ao|au|âu|eo|êu|iu|oi|ui|uy)',
].join('|');
const SYLLABLE = new RegExp(`^${ONSET}(?:${RHYME})$`, 'u');
const LETTERS = /^\p{L}+$/u;

/** Lower case, tone marks removed, NFC: what the syllable grammar reads. */
function toneless(word: string): { base: string; tones: number } {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = (decomposed.match(TONE_MARKS) ?? []).length;
  return { base: decomposed.replace(TONE_MARKS, '').normalize('NFC'), tones };
}

/** True when the word is one well-formed Vietnamese syllable (any case, at most one tone mark). */
export function isVietnameseSyllable(word: string): boolean {
  if (!LETTERS.test(word)) return false;
  const { base, tones } = toneless(word);
  // "gi" + rhyme starting with i: "gìn" is g + in; the grammar accepts it through the plain onset "g".
  return tones <= 1 && SYLLABLE.test(base);
}

const VOWEL_START = /^[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
const HAS_TONE = (word: string) => toneless(word).tones > 0;
const HAS_VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

/**
 * Whether two adjacent pieces are one syllable split in two: their join must be a syllable, and either piece
 * cannot stand alone ("qu" + "ả", "v" + "ới", "nhâ" + "n"), or the first has no tone and no final while the
 * second is a toned rhyme that cannot start a word after it ("quy" + "ền").
 */
export function isSplitSyllable(left: string, right: string): boolean {
  if (!LETTERS.test(left) || !LETTERS.test(right)) return false;
  // A capital inside a word is a new word ("Bắc Ninh"), except when the whole is in capitals.
  const joined = `${left}${right}`;
  if (/\p{Ll}/u.test(left) && /^\p{Lu}/u.test(right)) return false;
  if (!isVietnameseSyllable(joined)) return false;
  if (!isVietnameseSyllable(left) || !isVietnameseSyllable(right)) return true;
  return !HAS_VOWEL.test(left.slice(-1))
    ? false
    : !HAS_TONE(left) && HAS_TONE(right) && VOWEL_START.test(right) && right.length <= 3;
}

/**
 * Re-joins syllables a text layer or OCR split with a space ("hiệu qu ả v ới" → "hiệu quả với"), judging each
 * pair of neighbouring words by the syllable structure. Text without such splits comes back unchanged.
 */
export function rejoinSplitSyllables(text: string): string {
  return text.replace(/(\p{L}+)( )(?=(\p{L}+))/gu, (whole, left: string, _space: string, right: string) =>
    isSplitSyllable(left, right) ? left : whole,
  );
}
