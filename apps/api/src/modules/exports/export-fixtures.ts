import { type Plan, ZPlan } from '@bcdnq/domain/plans';
import { type Task, ZTask } from '@bcdnq/domain/tasks';

// Test data only (imported by the exports specs): a plan taken from the seed 25/KH-UBND of Bắc Ninh, 2024,
// parsed through the domain schemas so the fixtures cannot drift from the real shapes.

export const AGENCY = {
  police: '0b6a6f5e-2f0e-4d53-9d1e-1a7d3a0c0001',
  office: '0b6a6f5e-2f0e-4d53-9d1e-1a7d3a0c0002',
  propaganda: '0b6a6f5e-2f0e-4d53-9d1e-1a7d3a0c0003',
  information: '0b6a6f5e-2f0e-4d53-9d1e-1a7d3a0c0004',
  culture: '0b6a6f5e-2f0e-4d53-9d1e-1a7d3a0c0005',
  justice: '0b6a6f5e-2f0e-4d53-9d1e-1a7d3a0c0006',
} as const;

const CATALOGUE: Record<string, string> = {
  [AGENCY.police]: 'Công an tỉnh',
  [AGENCY.office]: 'Văn phòng UBND tỉnh',
  [AGENCY.propaganda]: 'Ban Tuyên giáo Tỉnh ủy',
  [AGENCY.information]: 'Sở Thông tin và Truyền thông',
  [AGENCY.culture]: 'Sở Văn hóa, Thể thao và Du lịch',
  [AGENCY.justice]: 'Sở Tư pháp',
};

export const agencyName = (id: string): string => CATALOGUE[id] ?? 'Đơn vị không xác định';

const PLAN_ID = '7d1c3c43-3c7e-4a51-9d5b-6a4a2f000025';
const DRAFT_ID = '7d1c3c43-3c7e-4a51-9d5b-6a4a2f000099';

export const issuedPlan: Plan = ZPlan.parse({
  id: PLAN_ID,
  kind: 'yearly',
  status: 'issued',
  title: 'Công tác bảo vệ, đấu tranh về nhân quyền năm 2024',
  year: 2024,
  number: '25/KH-UBND',
  issuedOn: '2024-02-02',
  place: 'Bắc Ninh',
  issuer: 'UBND tỉnh Bắc Ninh',
  signer: {
    name: 'Nguyễn Hương Giang',
    title: 'Phó Chủ tịch',
    capacity: 'TM. Ủy ban nhân dân\nKT. Chủ tịch',
  },
  summary: null,
  references: [
    {
      type: 'Chỉ thị',
      number: '44-CT/TW',
      date: '2010-07-20',
      issuer: 'Ban Bí thư',
      text: 'Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư về công tác nhân quyền trong tình hình mới',
    },
    {
      type: 'Chương trình',
      number: '02/CTr-BCĐNQ',
      date: '2022-01-27',
      issuer: 'Ban Chỉ đạo Nhân quyền Chính phủ',
      text: 'Chương trình số 02/CTr-BCĐNQ ngày 27/01/2022 của Ban Chỉ đạo Nhân quyền Chính phủ',
    },
  ],
  purposes: [
    'Tiếp tục đẩy mạnh tuyên truyền về “Công tác nhân quyền trong tình hình mới” trong cán bộ, đảng viên các cấp, các ngành, các địa phương nhằm nâng cao hơn nữa và tạo sự chuyển biến tích cực về vấn đề đảm bảo quyền con người.',
    'Nhiệm vụ cụ thể của Kế hoạch phải gắn với chiến lược phát triển kinh tế - xã hội của tỉnh và đặc điểm, điều kiện cụ thể của sở, ban, ngành, địa phương.',
  ],
  keyTasks: [
    'Tiếp tục quán triệt, triển khai sâu rộng trong các cơ quan, ban, ngành ở tỉnh và địa phương về công tác nhân quyền trong tình hình mới.',
    'Thực hiện có hiệu quả các chương trình, kế hoạch phát triển kinh tế, xã hội, các chính sách về tôn giáo, đất đai, lao động, an sinh xã hội.\n- Chú trọng hơn đối với các địa bàn khu công nghiệp, cụm công nghiệp, vùng tôn giáo toàn tòng.',
  ],
  // Section IV as written: the two reporting rules are read from its first and last items.
  implementation: [
    'Căn cứ Kế hoạch này các sở, ban, ngành; UBND huyện, thành phố theo chức năng, nhiệm vụ triển khai thực hiện; báo cáo kết quả trước ngày 15 hằng tháng với Ban Chỉ đạo nhân quyền của tỉnh qua Cơ quan Thường trực (Công an tỉnh).',
    'Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.\n- Các đơn vị lập dự toán cùng dự toán chi thường xuyên.',
    'Cơ quan Thường trực (Công an tỉnh) có trách nhiệm theo dõi, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch này; báo cáo kết quả với Chủ tịch UBND tỉnh theo quy định.',
  ],
  reportingRules: [
    {
      period: 'month',
      dueDay: 15,
      due: null,
      to: 'Công an tỉnh',
      text: 'Căn cứ Kế hoạch này các sở, ban, ngành; UBND huyện, thành phố theo chức năng, nhiệm vụ triển khai thực hiện; báo cáo kết quả trước ngày 15 hằng tháng với Ban Chỉ đạo nhân quyền của tỉnh qua Cơ quan Thường trực (Công an tỉnh).',
    },
    {
      period: 'once',
      dueDay: null,
      due: null,
      to: null,
      text: 'Cơ quan Thường trực (Công an tỉnh) có trách nhiệm theo dõi, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch này; báo cáo kết quả với Chủ tịch UBND tỉnh theo quy định.',
    },
  ],
  recipients: [
    'Văn phòng Ban chỉ đạo nhân quyền Chính phủ (để b/cáo);',
    'CT, các PCT UBND tỉnh;',
    'Các thành viên BCĐ tỉnh',
    'Văn phòng UBND tỉnh:',
    '+ LĐVP, TKCT, TH;',
    'Lưu: VT, NC.',
  ],
  agencyId: null,
  publishPublicly: true,
  versionNo: 1,
  previousVersionId: null,
  sourcePlanId: null,
  createdAt: '2024-01-20T08:00:00.000+07:00',
  updatedAt: '2024-02-02T08:00:00.000+07:00',
  version: 3,
});

export const draftPlan: Plan = ZPlan.parse({
  ...issuedPlan,
  id: DRAFT_ID,
  status: 'draft',
  kind: 'thematic',
  title: 'Tổ chức các hoạt động thông tin, tuyên truyền nhân kỷ niệm 75 năm Ngày Nhân quyền thế giới',
  year: 2023,
  number: null,
  issuedOn: null,
  place: 'Bắc Giang',
  issuer: 'Ban Chỉ đạo Nhân quyền tỉnh Bắc Giang',
  signer: null,
  references: [],
  // A plan saved before section IV was kept item by item: the export falls back on the reporting rules.
  implementation: [],
});

const planSummary = { id: PLAN_ID, title: issuedPlan.title, year: 2024, status: 'issued' };

function task(position: number, fields: Partial<Task> & Pick<Task, 'text' | 'leads' | 'schedule'>): Task {
  return ZTask.parse({
    id: `5e2b0a6c-9d4e-4b1a-8f00-00000000000${position}`,
    planId: PLAN_ID,
    position,
    ref: `III.${position + 1}`,
    subDuties: [],
    coordinatorIds: [],
    topics: [],
    status: 'not_started',
    dueOn: null,
    plan: planSummary,
    version: 1,
    ...fields,
  });
}

export const tasks: Task[] = [
  // Given out of order on purpose: the document follows `position`, not the array.
  task(1, {
    text: 'Thực hiện tốt công tác đánh giá, dự báo tình hình, chủ động tham mưu các biện pháp xử lý các vấn đề nhạy cảm có liên quan đến dân chủ, nhân quyền trong quan hệ hợp tác quốc tế.',
    subDuties: [
      'Tiếp tục phối hợp, đẩy mạnh và nâng cao hiệu quả công tác thông tin, tuyên truyền đối ngoại.',
    ],
    leads: [{ agencyId: AGENCY.office, requested: false }],
    schedule: { kind: 'deadline', due: '2024-03-20' },
    dueOn: '2024-03-20',
    topics: ['foreign-information', 'international-cooperation'],
    status: 'in_progress',
  }),
  task(0, {
    text: 'Nắm chắc tình hình, chủ động và kịp thời dự báo âm mưu, phương thức, thủ đoạn hoạt động của các thế lực thù địch lợi dụng vấn đề dân chủ, nhân quyền để chống phá.',
    subDuties: [
      'Phối hợp theo dõi, quản lý chặt chẽ các đoàn ra, vào thực hiện các dự án, thăm thân, du lịch.',
      'Phối hợp thực hiện việc đề nghị xét giảm án, đặc xá tha tù cho các phạm nhân có quá trình cải tạo tốt tại Trại tạm giam Công an tỉnh.',
    ],
    leads: [{ agencyId: AGENCY.police, requested: false }],
    coordinatorIds: [AGENCY.justice],
    schedule: { kind: 'continuous' },
    dueOn: '2024-12-31',
    topics: ['security'],
  }),
  task(2, {
    text: 'Xây dựng kế hoạch tuyên truyền và mở các đợt cao điểm tuyên truyền quan điểm, chủ trương, chính sách của Đảng và Nhà nước về bảo vệ, đấu tranh về nhân quyền.',
    leads: [{ agencyId: AGENCY.propaganda, requested: true }],
    coordinatorIds: [AGENCY.information],
    schedule: { kind: 'recurring', every: 'month' },
    topics: ['outreach'],
    status: 'done',
  }),
  task(3, {
    text: 'Treo băng rôn, khẩu hiệu tuyên truyền nhân Ngày Nhân quyền thế giới 10/12.',
    leads: [{ agencyId: AGENCY.culture, requested: false }],
    schedule: { kind: 'window', from: '2024-11-30', to: '2024-12-30' },
    dueOn: '2024-12-30',
    topics: ['outreach'],
    // The plan was issued when the department still had its old name; the export must keep it.
    agencyNames: { [AGENCY.culture]: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh' },
  }),
];
