/**
 * How documents state the figures the committee counts: a number followed by the unit words of an indicator of
 * INDICATOR_CATALOGUE (`@bcdnq/domain/indicators`). Data: each row is an indicator code, the folded words (no
 * diacritics, lower case) that may follow the number, and optionally the folded verbs one of which must come
 * before the number in the same clause ("đã giải quyết 07 đơn" is resolved, "tiếp nhận 09 đơn" is not). Rows are
 * tried in order and the longest unit wins, so a more specific unit ("tin, bài phản bác") beats "tin, bài".
 */
export type FigurePattern = { indicator: string; units: readonly string[]; before?: readonly string[] };

export const FIGURE_PATTERNS: readonly FigurePattern[] = [
  {
    indicator: 'rebuttal-articles',
    units: ['bai viet dau tranh', 'bai dau tranh', 'bai phan bac', 'bai viet phan bac'],
  },
  {
    indicator: 'articles-published',
    units: [
      'luot tin bai',
      'tin bai',
      'tin, bai',
      'luot tin, bai',
      'bai viet',
      'tin va bai',
      'bai bao',
      'tin',
      'bai',
      'phong su',
      'tin, bai, phong su',
      'tin, bai viet',
      'chuyen trang',
      'chuyen muc',
    ],
  },
  {
    indicator: 'training-sessions',
    units: [
      'lop tap huan',
      'lop boi duong',
      'buoi tap huan',
      'lop',
      'buoi boi duong',
      'khoa tap huan',
      'khoa boi duong',
      'dot tap huan',
      'lop tap huan, boi duong',
      'lop boi duong, tap huan',
    ],
  },
  {
    indicator: 'conferences-held',
    units: [
      'hoi nghi',
      'hoi thao',
      'cuoc hoi thao',
      'toa dam',
      'buoi toa dam',
      'cuoc toa dam',
      'hoi nghi, hoi thao',
      'hoi nghi, toa dam',
      'buoi noi chuyen',
      'cuoc noi chuyen',
    ],
  },
  {
    indicator: 'participants',
    units: [
      'luot nguoi',
      'luot dai bieu',
      'dai bieu',
      'luot can bo',
      'nguoi tham du',
      'luot nguoi tham du',
      'nguoi tham gia',
      'luot nguoi tham gia',
      'luot hoc vien',
      'hoc vien',
      'luot nguoi du',
      'nguoi du',
      'luot nguoi nghe',
      'luot can bo, dang vien',
      'can bo, dang vien',
      'luot quan chung',
      'luot nguoi dan',
      'luot doan vien',
      'luot hoi vien',
      'luot can bo, chien si',
      'luot nguoi xem',
    ],
  },
  {
    indicator: 'banners-hung',
    units: [
      'bang ron',
      'khau hieu',
      'bang ron, khau hieu',
      'pano',
      'pa no',
      'bang zon',
      'cum pano',
      'ap phich',
      'bang ron, pano',
      'bang ron, khau hieu, pano',
    ],
  },
  {
    indicator: 'complaints-resolved',
    units: [
      'don khieu nai',
      'don thu',
      'vu viec khieu nai',
      'don',
      'vu viec',
      'don khieu nai, to cao',
      'don thu khieu nai, to cao',
      'vu',
    ],
    before: ['giai quyet', 'xu ly xong', 'da xu ly', 'ket thuc', 'giai quyet dut diem'],
  },
  {
    indicator: 'foreign-delegations',
    units: [
      'doan khach nuoc ngoai',
      'doan nuoc ngoai',
      'doan khach quoc te',
      'luot doan',
      'doan khach',
      'doan cong tac nuoc ngoai',
      'doan quoc te',
      'doan',
    ],
    before: ['don', 'tiep', 'don tiep', 'tiep don', 'lam viec voi', 'hoi dam', 'hoi kien'],
  },
];
