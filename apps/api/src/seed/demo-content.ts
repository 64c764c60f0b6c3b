import type { ArticleCreate } from '@bcdnq/domain/articles';
import type { CampaignCreate } from '@bcdnq/domain/campaigns';
import type { Role } from '@bcdnq/domain/users';

/** One demo account per role (demo mode only; password DEMO_PASSWORD). */
export const DEMO_USERS: { username: string; fullName: string; role: Role; agencyCode?: string }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'lanhdao', fullName: 'Lãnh đạo Ban Chỉ đạo', role: 'committee_leader' },
  {
    username: 'thuongtruc',
    fullName: 'Cán bộ Cơ quan Thường trực',
    role: 'standing_office',
    agencyCode: 'cong-an-tinh',
  },
  {
    username: 'tuphap',
    fullName: 'Cán bộ đầu mối Sở Tư pháp',
    role: 'agency_officer',
    agencyCode: 'so-tu-phap',
  },
  {
    username: 'ngoaivu',
    fullName: 'Cán bộ đầu mối Sở Ngoại vụ',
    role: 'agency_officer',
    agencyCode: 'so-ngoai-vu',
  },
  { username: 'bientap', fullName: 'Biên tập viên', role: 'editor' },
  { username: 'duyettin', fullName: 'Người duyệt tin', role: 'reviewer' },
];
export const DEMO_PASSWORD = 'demo12345';

export const DEMO_CAMPAIGN: CampaignCreate = {
  slug: 'ky-niem-75-nam-ngay-nhan-quyen-the-gioi',
  name: 'Kỷ niệm 75 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023)',
  description: 'Đợt cao điểm thông tin, tuyên truyền thành tựu bảo đảm quyền con người.',
  nameEn: '75th anniversary of the Universal Declaration of Human Rights (10/12/1948 - 10/12/2023)',
  descriptionEn:
    "A peak of information and outreach on the province's achievements in ensuring human rights.",
  keyDate: '2023-12-10',
  startsOn: '2023-11-30',
  endsOn: '2023-12-30',
  bannerFrom: '2023-11-30',
  bannerTo: '2023-12-30',
  taskIds: [],
  slogans: [
    'Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023).',
    'Việt Nam tích cực, chủ động với vai trò thành viên Hội đồng Nhân quyền Liên Hợp quốc.',
    'Việt Nam cam kết đóng góp vào các nỗ lực chung của thế giới nhằm thúc đẩy và bảo vệ quyền con người.',
    'Việt Nam ưu tiên thực hiện các cam kết quốc tế về quyền con người.',
    'Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo.',
    'Việt Nam bảo đảm quyền của người dân tộc thiểu số.',
    'Việt Nam nỗ lực phòng, chống mua bán người.',
  ],
};

/** Published demo articles, so the portal has something to show on first start. */
export const DEMO_ARTICLES: (ArticleCreate & { publishedAt: string })[] = [
  {
    title: 'Triển khai Kế hoạch công tác bảo vệ, đấu tranh về nhân quyền năm 2024',
    lead: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch số 25/KH-UBND, phân công nhiệm vụ cụ thể cho các sở, ban, ngành và địa phương.',
    body: '<p>Kế hoạch xác định các nhiệm vụ trọng tâm: quán triệt công tác nhân quyền trong tình hình mới, thực hiện hiệu quả các chính sách an sinh xã hội, cải cách tư pháp và nâng cao chất lượng thông tin, tuyên truyền đối nội và đối ngoại.</p><p>Các cơ quan, đơn vị báo cáo kết quả định kỳ hằng tháng qua Cơ quan Thường trực Ban Chỉ đạo.</p>',
    category: 'chi-dao-dieu-hanh',
    tags: ['kế hoạch', 'nhân quyền'],
    language: 'vi',
    byline: 'Văn phòng Ban Chỉ đạo',
    publishedAt: '2024-02-05T08:00:00+07:00',
  },
  {
    title: 'Hưởng ứng kỷ niệm 75 năm Ngày Nhân quyền thế giới',
    lead: 'Từ ngày 30/11 đến hết ngày 30/12/2023, các địa phương treo băng rôn, khẩu hiệu và tổ chức các hoạt động thông tin, tuyên truyền.',
    body: '<p>Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tổ chức tuyên truyền thành tựu bảo đảm quyền con người, tập trung vào quyền tự do tín ngưỡng, tôn giáo và quyền của người dân tộc thiểu số.</p>',
    category: 'thanh-tuu-nhan-quyen',
    tags: ['75 năm', 'Ngày Nhân quyền thế giới'],
    language: 'vi',
    byline: 'Ban biên tập',
    publishedAt: '2023-12-01T09:30:00+07:00',
  },
  {
    title: 'Sơ kết công tác nhân quyền 6 tháng đầu năm',
    lead: 'Lực lượng Công an tỉnh đăng tải hơn 159 lượt tin, bài đấu tranh, phản bác quan điểm sai trái trong 6 tháng đầu năm.',
    body: '<p>Ban Chỉ đạo đánh giá các sở, ngành đã chủ động triển khai nhiệm vụ được giao, tăng cường phối hợp cung cấp thông tin cho báo chí.</p>',
    category: 'tin-tuc',
    tags: ['sơ kết'],
    language: 'vi',
    byline: 'Cơ quan Thường trực',
    publishedAt: '2024-07-10T15:00:00+07:00',
  },
  {
    title: 'Province launches its 2024 human rights work plan',
    lead: "The Provincial People's Committee assigned duties to departments, agencies and districts under Plan 25/KH-UBND.",
    body: '<p>The plan covers outreach, social welfare policies for vulnerable groups, judicial reform and foreign information work. Agencies report monthly through the standing office.</p>',
    category: 'tin-tuc',
    tags: ['plan'],
    language: 'en',
    byline: 'Steering Committee Office',
    publishedAt: '2024-02-06T08:00:00+07:00',
  },
];
