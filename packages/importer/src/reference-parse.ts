import type { DocumentReference } from '@bcdnq/domain/plans';
import { foldSameLength, squash, clip } from './text-normalize.js';
import { NUMERIC_DATE, WORDED_DATE, isoDate } from './vn-date.js';

/** Kinds of higher documents a plan cites, folded; longest first so "thông báo kết luận" beats "thông báo". */
export const REFERENCE_TYPES: readonly string[] = [
  'thong bao ket luan',
  'thong tu lien tich',
  'nghi quyet lien tich',
  'chi thi',
  'nghi quyet',
  'nghi dinh',
  'quyet dinh',
  'ke hoach',
  'chuong trinh',
  'thong bao',
  'ket luan',
  'cong van',
  'thong tu',
  'huong dan',
  'de an',
  'bao cao',
  'van ban',
  'thong tri',
  'cong dien',
  'quy dinh',
  'quy che',
  'phap lenh',
  'luat',
  'hien phap',
].sort((a, b) => b.length - a.length);

// Words that end an issuer's name: what the cited document is about starts there.
const ISSUER_STOPS = [
  ' ve ',
  ' phe duyet',
  ' ban hanh',
  ' huong dan',
  ' trien khai',
  ' quy dinh',
  ' thuc hien',
  ' tai ',
  ' nham ',
  ' doi voi',
  ' theo ',
  ' nhan dip',
  ' nhan ky niem',
  ' ke hoach',
  ' chuong trinh',
  ' va cac ',
  ' ve viec',
  ' de ',
  ' tiep tuc',
  ' tang cuong',
  ' day manh',
  ' cong tac',
  ' tren ',
];

const NUMBER = String.raw`\d{1,5}(?:[/-][a-z0-9.]*[a-z0-9])+`;
const REFERENCE = new RegExp(
  String.raw`(?<![a-z])(${REFERENCE_TYPES.map((t) => t.replace(/ /g, String.raw`\s+`)).join('|')})(?:\s+so)?\s*:?\s+(${NUMBER})` +
    String.raw`(?:\s*,?\s*(?:ban hanh\s+)?ngay\s+${NUMERIC_DATE}|\s*,?\s*${WORDED_DATE})?(\s+cua\s+)?`,
  'g',
);

type Found = DocumentReference & { start: number; end: number };

function issuerAfter(text: string, folded: string, from: number): { issuer: string | null; end: number } {
  const window = Math.min(text.length, from + 160);
  let end = window;
  const piece = folded.slice(from, window);
  const punct = piece.search(/[,;.:(“"”\n]/);
  if (punct >= 0) end = from + punct;
  // Search the window only: a stop word far away must not cost a scan of the whole document per citation.
  const windowText = folded.slice(from, end);
  for (const stop of ISSUER_STOPS) {
    const at = windowText.indexOf(stop);
    if (at >= 0 && from + at < end) end = from + at;
  }
  const issuer = squash(text.slice(from, end));
  return { issuer: issuer.length >= 2 ? clip(issuer, 300) : null, end };
}

/** Every higher document cited in the text: type, normalised number, ISO date and issuer when written. */
export function findReferences(text: string, ownNumber: string | null): DocumentReference[] {
  const folded = foldSameLength(text);
  const found: Found[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(folded); m !== null; m = REFERENCE.exec(folded)) {
    const typeStart = m.index;
    const typeWritten = squash(text.slice(typeStart, typeStart + (m[1]?.length ?? 0)));
    const numberStart = folded.indexOf(m[2] ?? '', typeStart + (m[1]?.length ?? 0));
    const number = text.slice(numberStart, numberStart + (m[2]?.length ?? 0));
    const d = m[3] ?? m[6];
    const mo = m[4] ?? m[7];
    const y = m[5] ?? m[8];
    const date = d && mo && y ? isoDate(Number(d), Number(mo), Number(y)) : null;
    let end = m.index + m[0].length;
    let issuer: string | null = null;
    if (m[9]) {
      const after = issuerAfter(text, folded, end);
      issuer = after.issuer;
      end = after.end;
    } else end = m.index + m[0].length;
    if (ownNumber && number.replace(/\s+/g, '') === ownNumber) continue;
    found.push({
      type: typeWritten.charAt(0).toUpperCase() + typeWritten.slice(1),
      number,
      date,
      issuer,
      text: clip(squash(text.slice(typeStart, end)), 2000),
      start: typeStart,
      end,
    });
  }
  // "Chỉ thị số 44-CT/TW ngày 20/7/2010 và Thông báo kết luận số 46-TB/TW … của Ban Bí thư": one issuer for both.
  for (let i = found.length - 2; i >= 0; i--) {
    const here = found[i];
    const next = found[i + 1];
    if (!here || !next || here.issuer || !next.issuer) continue;
    if (/^\s*(?:,|va|;)?\s*$/.test(folded.slice(here.end, next.start))) here.issuer = next.issuer;
  }
  const seen = new Set<string>();
  const out: DocumentReference[] = [];
  for (const { start: _s, end: _e, ...ref } of found) {
    const key = `${ref.type?.toLowerCase()}|${ref.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}
