import { parseDocumentNumber } from '@bcdnq/domain/plans';
import { sentenceCase } from './casing.js';
import { cleanLine, foldSameLength, isUpperCaseText, squash } from './text-normalize.js';
import { isoDate } from './vn-date.js';

/** The legal-database block some sources put on top (Số hiệu, Ngày ban hành, Người ký…), folded keys. */
export type Metadata = Partial<
  Record<'number' | 'issuedOn' | 'type' | 'issuer' | 'signer' | 'field' | 'effectiveOn', string>
>;

const METADATA_KEYS: readonly (readonly [keyof Metadata, RegExp])[] = [
  ['number', /^so hieu\s*:?\s*/],
  ['issuedOn', /^ngay ban hanh\s*:?\s*/],
  ['effectiveOn', /^ngay co hieu luc\s*:?\s*/],
  ['type', /^loai van ban\s*:?\s*/],
  ['issuer', /^(?:co quan ban hanh|noi ban hanh)\s*:?\s*/],
  ['signer', /^nguoi ky\s*:?\s*/],
  ['field', /^linh vuc\s*:?\s*/],
];

/** Reads the legal-database metadata lines found among the first lines. */
export function readMetadata(lines: readonly string[]): Metadata {
  const meta: Metadata = {};
  for (const raw of lines) {
    const line = cleanLine(raw);
    const folded = foldSameLength(line);
    for (const [key, pattern] of METADATA_KEYS) {
      const m = pattern.exec(folded);
      if (m && meta[key] === undefined) {
        const value = squash(line.slice(m[0].length));
        if (value) meta[key] = value;
      }
    }
  }
  return meta;
}

export type DocumentNumber = { number: string | null; typeCode: string | null; issuerCode: string | null };

const NUMBER_AFTER_LABEL = /^(\d*\s*\/\s*[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)/u;

/** `Số: 63 /KH-UBND` → 63/KH-UBND; `Số: /KH-BCĐNQ` → number null, codes kept. */
export function readNumber(value: string): DocumentNumber | null {
  const m = NUMBER_AFTER_LABEL.exec(value.trim());
  if (!m?.[1]) return null;
  const parsed = parseDocumentNumber(m[1]);
  if (parsed) return parsed;
  const compact = m[1].replace(/\s+/g, '');
  const codes = /\/([\p{L}]+)-(.+)$/u.exec(compact);
  return {
    number: /^\d/.test(compact) ? compact.slice(0, 60) : null,
    typeCode: codes?.[1] ?? null,
    issuerCode: codes?.[2]?.slice(0, 40) ?? null,
  };
}

/** Finds the `Số:` line of the administrative header. */
export function findNumber(lines: readonly string[]): DocumentNumber | null {
  for (const raw of lines) {
    const line = cleanLine(raw);
    const folded = foldSameLength(line);
    const at = folded.search(/(?:^|\s)so\s*:/);
    if (at < 0) continue;
    const colon = folded.indexOf(':', at);
    const found = readNumber(line.slice(colon + 1));
    if (found) return found;
  }
  return null;
}

export type PlaceDate = {
  place: string | null;
  issuedOn: string | null;
  blankDay: boolean;
  year: number | null;
};

const PLACE_DATE =
  /(?:^|[\s:])([^\d,/:;()]{2,40}?),\s*ngay\s*([\d]{0,2})[\s.…_]*thang\s*(\d{0,2})[\s.…_]*nam\s*(\d{4})/;

/** `Sơn La, ngày 05 tháng 3 năm 2019`; a blank day (a draft) gives no date but keeps place and year. */
export function findPlaceDate(lines: readonly string[]): PlaceDate | null {
  for (const raw of lines) {
    const line = cleanLine(raw);
    const folded = foldSameLength(line);
    const m = PLACE_DATE.exec(folded);
    if (!m?.[1]) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const place = squash(line.slice(start, start + m[1].length)).replace(/^.*\b(?:so|số)\s*:\s*\S*\s*/iu, '');
    const day = m[2] ? Number(m[2]) : NaN;
    const month = m[3] ? Number(m[3]) : NaN;
    const year = Number(m[4]);
    const issuedOn = Number.isNaN(day) || Number.isNaN(month) ? null : isoDate(day, month, year);
    return { place: place || null, issuedOn, blankDay: Number.isNaN(day) || Number.isNaN(month), year };
  }
  return null;
}

const MOTTO = /cong hoa xa hoi chu nghia|doc lap\s*-\s*tu do/;
const PLACE_WORD = /^(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong)\s/;

/**
 * The issuing body from the header's top-left capitals: "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH" is one body;
 * "UBND TỈNH BẮC GIANG / BAN CHỈ ĐẠO NHÂN QUYỀN" is a body under its superior, and the lower line issues.
 */
export function findIssuer(lines: readonly string[]): string | null {
  const bodies: string[] = [];
  for (const raw of lines) {
    let line = cleanLine(raw);
    const folded = foldSameLength(line);
    const motto = folded.search(MOTTO);
    if (motto === 0) continue;
    if (motto > 0) line = line.slice(0, motto).trim();
    if (/^(?:so|số)\s*(?:hiệu)?\s*:/iu.test(line) || /ngay\s+\S*\s*thang/.test(foldSameLength(line)))
      continue;
    if (!isUpperCaseText(line) || line.length > 120) continue;
    const f = foldSameLength(line);
    if (/^(?:ke hoach|bao cao|quyet dinh|chuong trinh|cong van|thong bao|to trinh|du thao)\b/.test(f)) break;
    if (PLACE_WORD.test(`${f} `) && bodies.length > 0) bodies[bodies.length - 1] += ` ${line}`;
    else bodies.push(line);
  }
  if (bodies.length === 0) return null;
  let issuer = bodies[bodies.length - 1] ?? '';
  if (bodies.length > 1 && !/\b(?:TỈNH|THÀNH PHỐ|HUYỆN)\b/u.test(issuer)) {
    const superior = bodies.slice(0, -1).join(' ');
    const place = /\b(TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(superior);
    if (place) issuer = `${issuer} ${place[0]}`;
  }
  return sentenceCase(squash(issuer));
}

/** "02/02/2024" (metadata) → ISO. */
export function metadataDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(value);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
