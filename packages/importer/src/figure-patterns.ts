/**
 * How articles state the figures the committee counts: a number followed by the unit words of an indicator of
 * INDICATOR_CATALOGUE (`@bcdnq/domain/indicators`). Data: each row is an indicator code and the folded words
 * (no diacritics, lower case) that may follow the number. Rows are tried in order; the first that matches a
 * number wins, so the more specific unit comes first.
 */
export const FIGURE_PATTERNS: readonly { indicator: string; units: readonly string[] }[] = [
  { indicator: 'rebuttal-articles', units: ['bai viet dau tranh', 'bai dau tranh', 'bai phan bac', 'bai viet phan bac'] },
  { indicator: 'articles-published', units: ['luot tin bai', 'tin bai', 'tin, bai', 'luot tin, bai', 'bai viet', 'tin va bai', 'bai bao'] },
  { indicator: 'training-sessions', units: ['lop tap huan', 'lop boi duong', 'buoi tap huan', 'lop', 'buoi boi duong'] },
  { indicator: 'conferences-held', units: ['hoi nghi', 'hoi thao', 'cuoc hoi thao', 'toa dam', 'buoi toa dam'] },
  { indicator: 'participants', units: ['luot nguoi', 'luot dai bieu', 'dai bieu', 'luot can bo', 'nguoi tham du', 'luot nguoi tham du', 'nguoi tham gia', 'luot nguoi tham gia'] },
  { indicator: 'banners-hung', units: ['bang ron', 'khau hieu', 'bang ron, khau hieu', 'pano', 'bang zon'] },
  { indicator: 'complaints-resolved', units: ['don khieu nai', 'don thu', 'vu viec khieu nai', 'don'] },
  { indicator: 'foreign-delegations', units: ['doan khach nuoc ngoai', 'doan nuoc ngoai', 'doan khach quoc te', 'luot doan'] },
];
