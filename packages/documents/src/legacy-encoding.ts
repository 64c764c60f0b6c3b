/**
 * Vietnamese text from before Unicode: TCVN3 (ABC, the ".Vn" fonts) and VNI. Such text reaches us as Latin-1
 * look-alikes ("Céng hoµ x· héi chñ nghÜa ViÖt Nam"), from old .txt files or Word files set in those fonts.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN3 code points 0xA1–0xFF and the Unicode characters they stand for (TCVN 5712:1993).
const TCVN3_HIGH: readonly number[] = [
  0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0,
  0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2,
  0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7,
  0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd, 0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5,
  0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf,
  0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3,
  0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7,
  0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

const TCVN3_MAP = new Map<string, string>();
TCVN3_HIGH.forEach((cp, i) => TCVN3_MAP.set(String.fromCharCode(0xa1 + i), String.fromCharCode(cp)));

// Characters TCVN3 text is full of and Vietnamese Unicode text never uses.
const TCVN3_TELL = /[©ª«¬®µ¶·¸¹»¼½¾Æ×Þ¢£¤¥¦§¨]/g;
// VNI writes a base vowel followed by a mark character ("Vieät", "nhaân", "quyeàn"); "ñ" is đ.
const VNI_TELL = /[aeiouyAEIOUY][ùøûõïâêôáàåäéèëöòÙØÛÕÏÂÊÔÁÀÅÄÉÈËÖÒ]|ñ[aeiouö]/g;
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

/** Which legacy encoding the text is in, or null when it reads as Unicode Vietnamese (or not Vietnamese). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const unicode = (sample.match(VIETNAMESE_UNICODE) ?? []).length;
  const tcvn = (sample.match(TCVN3_TELL) ?? []).length;
  if (tcvn >= 3 && tcvn > unicode * 2) return 'tcvn3';
  const vni = (sample.match(VNI_TELL) ?? []).length;
  if (vni >= 8 && vni > unicode * 2) return 'vni';
  return null;
}

// VNI writes a letter as its base vowel plus one mark character; i, y-with-dot, ơ, ư and đ are single characters.
const VNI_TONES: Record<string, readonly [string, string]> = {
  '\u0301': ['ù', 'Ù'],
  '\u0300': ['ø', 'Ø'],
  '\u0309': ['û', 'Û'],
  '\u0303': ['õ', 'Õ'],
  '\u0323': ['ï', 'Ï'],
};
const VNI_CIRCUMFLEX: Record<string, readonly [string, string]> = {
  '': ['â', 'Â'],
  '\u0301': ['á', 'Á'],
  '\u0300': ['à', 'À'],
  '\u0309': ['å', 'Å'],
  '\u0303': ['ã', 'Ã'],
  '\u0323': ['ä', 'Ä'],
};
const VNI_BREVE: Record<string, readonly [string, string]> = {
  '': ['ê', 'Ê'],
  '\u0301': ['é', 'É'],
  '\u0300': ['è', 'È'],
  '\u0309': ['ú', 'Ú'],
  '\u0303': ['ü', 'Ü'],
  '\u0323': ['ë', 'Ë'],
};
const VNI_I: Record<string, readonly [string, string]> = {
  '\u0301': ['í', 'Í'],
  '\u0300': ['ì', 'Ì'],
  '\u0309': ['æ', 'Æ'],
  '\u0303': ['ó', 'Ó'],
  '\u0323': ['ò', 'Ò'],
};

/** The VNI spelling of one Vietnamese letter (NFC), or null when VNI writes it as is. */
function vniOf(letter: string): string | null {
  if (letter === 'đ') return 'ñ';
  if (letter === 'Đ') return 'Ñ';
  const [base = '', ...marks] = [...letter.normalize('NFD')];
  if (marks.length === 0) return null;
  const upper = base !== base.toLowerCase() ? 1 : 0;
  const tone = marks.find((m) => m in VNI_TONES) ?? '';
  const shape = marks.find((m) => m === '\u0302' || m === '\u0306' || m === '\u031b') ?? '';
  const lower = base.toLowerCase();
  if (lower === 'i') return tone ? (VNI_I[tone]?.[upper] ?? null) : null;
  if (lower === 'y' && tone === '\u0323') return upper ? 'Î' : 'î';
  if (shape === '\u031b') {
    const horn = lower === 'o' ? ['ô', 'Ô'] : lower === 'u' ? ['ö', 'Ö'] : null;
    if (!horn) return null;
    return `${horn[upper]}${tone ? (VNI_TONES[tone]?.[upper] ?? '') : ''}`;
  }
  if (shape === '\u0302') return `${base}${VNI_CIRCUMFLEX[tone]?.[upper] ?? ''}`;
  if (shape === '\u0306') return `${base}${VNI_BREVE[tone]?.[upper] ?? ''}`;
  return tone ? `${base}${VNI_TONES[tone]?.[upper] ?? ''}` : null;
}

const VNI_TO_UNICODE = new Map<string, string>();
const UNICODE_TO_VNI = new Map<string, string>();
{
  // Every precomposed Vietnamese letter: Latin-1 Supplement, Latin Extended-A/B and the U+1EA0 block.
  const letters = [
    ...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ',
    ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCharCode(0x1ea0 + i)),
  ];
  for (const letter of letters) {
    const vni = vniOf(letter);
    if (!vni) continue;
    UNICODE_TO_VNI.set(letter, vni);
    if (!VNI_TO_UNICODE.has(vni)) VNI_TO_UNICODE.set(vni, letter);
  }
}

/** VNI → Unicode (NFC): two-character spellings first, then the single-character ones. */
export function convertVni(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (pair) {
      out.push(pair);
      i++;
      continue;
    }
    const ch = text.charAt(i);
    out.push(VNI_TO_UNICODE.get(ch) ?? ch);
  }
  return out.join('').normalize('NFC');
}

/** Unicode → VNI, for tests and fixtures. */
export function toVni(text: string): string {
  return [...text.normalize('NFC')].map((ch) => UNICODE_TO_VNI.get(ch) ?? ch).join('');
}

/** TCVN3 → Unicode (NFC). */
export function convertTcvn3(text: string): string {
  let out = '';
  const parts: string[] = [];
  for (const ch of text) {
    const mapped = TCVN3_MAP.get(ch);
    parts.push(mapped ?? ch);
    if (parts.length >= 4096) {
      out += parts.join('');
      parts.length = 0;
    }
  }
  return (out + parts.join('')).normalize('NFC');
}

/**
 * Unicode → TCVN3, as a document typed in the .Vn fonts stores it: capitals TCVN3 has no code for are typed
 * with the capitals font (.VnTimeH) on the small letter's code, so their case is lost. For tests and fixtures.
 */
export function toTcvn3(text: string): string {
  const inverse = new Map<string, string>();
  for (const [code, letter] of TCVN3_MAP) if (!inverse.has(letter)) inverse.set(letter, code);
  return [...text.normalize('NFC')]
    .map(
      (ch) =>
        inverse.get(ch) ??
        inverse.get(ch.toLowerCase()) ??
        (ch.charCodeAt(0) >= 0xa1 && ch.charCodeAt(0) <= 0xff ? ch.toLowerCase() : ch),
    )
    .join('');
}
