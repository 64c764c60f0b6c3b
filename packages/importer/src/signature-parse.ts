import type { Signer } from '@bcdnq/domain/plans';
import { sentenceCase } from './casing.js';
import { cleanLine, foldSameLength, isUpperCaseText, squash } from './text-normalize.js';

const CAPACITY = /^(?:t\/m|tm|q|tl|tuq|t\.m)\s*[.:]?\s+\S/;
const DEPUTY = /^kt\s*[.:]?\s+\S/;
const SIGNED = /^[([]?\s*(?:da ky|ky ten|ky,? ghi ro ho ten|ky va ghi ro ho ten|da ky va dong dau|chu ky)/;
// Titles a signer holds (folded, at the start of a line in capitals).
const TITLE_WORDS =
  /^(?:pho\s+)?(?:chu tich|truong ban|pho truong ban|giam doc|bi thu|chanh van phong|thu truong|truong phong|cuc truong|uy vien|phu trach|chanh an|vien truong|tong bien tap)/;
const UPPER_NAME = /^\p{Lu}+(?:\s+\p{Lu}+){1,4}$/u;
const NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;

/** True for a line that belongs to a signature block (capacity, title or "(đã ký)"). */
export function isSignatureLine(line: string): boolean {
  const f = foldSameLength(line);
  if (SIGNED.test(f)) return true;
  if (!isUpperCaseText(line)) return false;
  return CAPACITY.test(f) || DEPUTY.test(f) || TITLE_WORDS.test(f);
}

/**
 * Reads `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A` (with or without emphasis): the
 * capacity is the "TM./Q./TL./TUQ." line (else the "KT." line), the title is every title line under it, and
 * the name is the first properly capitalised line after them.
 */
export function parseSignature(lines: readonly string[]): Signer | null {
  let capacity: string | null = null;
  let deputy: string | null = null;
  const titles: string[] = [];
  let name: string | null = null;
  let seen = false;
  let upperName: string | null = null;
  for (const raw of lines) {
    const line = cleanLine(raw);
    if (!line) continue;
    const f = foldSameLength(line);
    if (SIGNED.test(f)) continue;
    if (isUpperCaseText(line)) {
      if (CAPACITY.test(f)) {
        capacity = sentenceCase(squash(line));
        seen = true;
      } else if (DEPUTY.test(f)) {
        deputy = sentenceCase(squash(line));
        seen = true;
      } else if (seen && !TITLE_WORDS.test(f) && titles.length > 0 && UPPER_NAME.test(line)) {
        // A name set in capitals ("NGUYỄN VĂN A") under the titles.
        upperName = line
          .toLowerCase()
          .replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => `${sp}${c.toUpperCase()}`);
      } else if (seen || TITLE_WORDS.test(f)) {
        if (line.split(' ').length <= 10) titles.push(sentenceCase(squash(line)));
        seen = true;
      }
      continue;
    }
    if (seen && NAME.test(line) && line.length <= 60) {
      name = line;
      break;
    }
  }
  name ??= upperName;
  if (!name) return null;
  return { name, title: titles.length > 0 ? titles.join(', ') : null, capacity: capacity ?? deputy };
}
