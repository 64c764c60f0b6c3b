/**
 * Headers and signatures are written in capitals ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "PHÓ CHỦ TỊCH UBND TỈNH");
 * the contract wants the names as they read in a sentence. Acronyms stay in capitals, place names after
 * "tỉnh"/"thành phố"/"huyện" get capitals, and a few official bodies keep their conventional casing.
 */
const ACRONYMS = new Set([
  'UBND',
  'HĐND',
  'TT',
  'BCĐ',
  'MTTQ',
  'TW',
  'CA',
  'VN',
  'CHXHCN',
  'TP',
  'BCH',
  'ĐU',
  'QĐ',
  'KH',
  'LĐTB',
  'XH',
  'TM',
  'KT',
  'TL',
  'Q',
  'TUQ',
  'TT&TT',
  'VH',
  'TT&DL',
  'GD&ĐT',
  'KH&CN',
  'NN&PTNT',
  'TN&MT',
  'ANTT',
  'ANQG',
  'BTG',
  'VKSND',
  'TAND',
]);

// Phrases whose conventional casing is not plain sentence case. Data, so new bodies are one line each.
const PHRASE_CASING: readonly (readonly [string, string])[] = [
  ['ban chỉ đạo nhân quyền', 'Ban Chỉ đạo Nhân quyền'],
  ['nhân quyền chính phủ', 'Nhân quyền Chính phủ'],
  ['ban chỉ đạo', 'Ban Chỉ đạo'],
  ['chủ tịch', 'Chủ tịch'],
  ['tỉnh ủy', 'Tỉnh ủy'],
  ['tỉnh uỷ', 'Tỉnh uỷ'],
  ['thường trực', 'Thường trực'],
  ['chính phủ', 'Chính phủ'],
  ['ủy ban nhân dân', 'Ủy ban nhân dân'],
  ['uỷ ban nhân dân', 'Uỷ ban nhân dân'],
  ['giám đốc', 'Giám đốc'],
  ['trưởng ban', 'Trưởng ban'],
];

const PLACE_INTRODUCERS = new Set(['tỉnh', 'huyện', 'quận', 'tp']);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Words that end a place name ("tỉnh Bắc Ninh và …", "tỉnh ủy").
const PLACE_STOP = new Set(['và', 'về', 'năm', 'của', 'ủy', 'uỷ', 'giai', 'đoạn', 'trong', 'trên']);

/** "PHÓ CHỦ TỊCH UBND TỈNH" → "Phó Chủ tịch UBND tỉnh"; text with lower-case letters is returned as is. */
export function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let inPlace = false;
  for (const word of words) {
    const bare = word.replace(/[.,;:()]/g, '');
    if (ACRONYMS.has(bare)) {
      out.push(word);
      inPlace = false;
      continue;
    }
    const lower = word.toLowerCase();
    if (inPlace && !PLACE_STOP.has(bare.toLowerCase()) && /\p{L}/u.test(bare)) {
      out.push(capitalise(lower));
      if (/[.,;:)]$/.test(word)) inPlace = false;
      continue;
    }
    inPlace = false;
    out.push(lower);
    const prev = out[out.length - 2] ?? '';
    if (
      PLACE_INTRODUCERS.has(bare.toLowerCase()) ||
      (lower === 'phố' && prev === 'thành') ||
      (lower === 'xã' && prev === 'thị')
    ) {
      inPlace = !/[.,;:)]$/.test(word);
    }
  }
  let result = out.join(' ');
  for (const [from, to] of PHRASE_CASING) result = result.split(from).join(to);
  return capitalise(result);
}
