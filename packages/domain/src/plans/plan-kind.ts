import type { PlanKind } from './plan.schema.js';

/**
 * Words by which a plan names an occasion rather than a year's work: a commemoration, a theme, a peak period, a
 * response to a day or movement, a campaign round. Matched as whole words (Vietnamese letters count as letters).
 */
const OCCASION_WORDS = ['kỷ niệm', 'chuyên đề', 'cao điểm', 'hưởng ứng', 'đợt'] as const;

const OCCASION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OCCASION_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Best guess of a plan's kind from its subject line: thematic when it names an occasion, yearly otherwise. The
 * reviewer may change it; an agency's own plan is never guessed (nothing in a title tells it apart).
 */
export function guessPlanKind(title: string | null | undefined): PlanKind {
  if (!title) return 'yearly';
  // Old documents spell "kỷ" as "kỉ" and may arrive decomposed.
  const text = title.normalize('NFC').toLocaleLowerCase('vi').replace(/kỉ/gu, 'kỷ');
  return OCCASION.test(text) ? 'thematic' : 'yearly';
}
