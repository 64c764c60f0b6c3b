import type { EntityManager } from 'typeorm';
import {
  type ArticleCategory,
  type ArticleEvent,
  type ArticleStatus,
  articleMachine,
  htmlToText,
  type Language,
  slugify,
} from '@bcdnq/domain/articles';
import { mediaUrl } from '@bcdnq/domain/media';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { searchTextOf } from '../common/list.js';
import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import { plainText, sanitizeArticleHtml } from '../modules/articles/article-html.sanitizer.js';
import { ArticleVersionEntity } from '../modules/articles/article-version.entity.js';
import { ArticleEntity } from '../modules/articles/article.entity.js';
import { CampaignEntity } from '../modules/campaigns/campaign.entity.js';
import { PublicDocumentEntity } from '../modules/documents/public-document.entity.js';
import { encodeImageVariants } from '../modules/media/media.service.js';
import { MediaEntity } from '../modules/media/media.entity.js';
import { type FileStorage, storeThenSave } from '../modules/storage/file-storage.js';
import { PlanEntity } from '../modules/plans/plan.entity.js';
import { TaskEntity } from '../modules/tasks/task.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** The path each demo article took through the editorial workflow, from a draft. */
const PATHS: Record<ArticleStatus, ArticleEvent[]> = {
  draft: [],
  in_review: ['submit'],
  returned: ['submit', 'return'],
  approved: ['submit', 'approve'],
  scheduled: ['submit', 'approve', 'schedule'],
  published: ['submit', 'approve', 'publish'],
  unpublished: ['submit', 'approve', 'publish', 'unpublish'],
  archived: ['archive'],
};

type DemoArticle = {
  key: string;
  title: string;
  lead: string;
  body: string;
  category: ArticleCategory;
  language: Language;
  tags: string[];
  byline: string;
  daysAgo: number;
  status: ArticleStatus;
  image?: number;
  alt?: string;
  caption?: string;
  /** The key of the Vietnamese original this is a translation of. */
  translationOf?: string;
  campaign?: 'current' | 'anniversary';
  agencyCode?: string;
  task?: boolean;
  comment?: string;
};

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');

/** A dozen and more articles over the last months, in both languages and every category, at every stage. */
function demoArticles(year: number): DemoArticle[] {
  return [
    {
      key: 'cao-diem',
      title: `Triển khai đợt cao điểm tuyên truyền Ngày Nhân quyền thế giới năm ${year}`,
      lead: `Ban Chỉ đạo Nhân quyền tỉnh yêu cầu các sở, ban, ngành và địa phương treo băng rôn, khẩu hiệu và đăng tin, bài hưởng ứng từ nay đến hết tháng 12/${year}.`,
      body:
        p(
          'Hưởng ứng kỷ niệm Ngày Nhân quyền thế giới (10/12), Ban Chỉ đạo Nhân quyền tỉnh ban hành văn bản hướng dẫn các cơ quan, đơn vị tổ chức đợt cao điểm thông tin, tuyên truyền về thành tựu bảo đảm quyền con người.',
          'Các địa phương treo băng rôn, khẩu hiệu tại trụ sở cơ quan, trục đường chính và nơi công cộng; các cơ quan báo chí mở chuyên mục, đăng tải tin, bài phản ánh kết quả thực hiện chính sách an sinh xã hội, giảm nghèo bền vững, chăm lo cho người dân tộc thiểu số và nhóm dễ bị tổn thương.',
        ) +
        '<h2>Nội dung trọng tâm</h2><ul><li>Tuyên truyền các khẩu hiệu chính thức của đợt cao điểm.</li><li>Tổ chức tọa đàm, hội thi tìm hiểu pháp luật về quyền con người.</li><li>Phản bác các luận điệu sai trái, xuyên tạc về tình hình nhân quyền.</li></ul>',
      category: 'chi-dao-dieu-hanh',
      language: 'vi',
      tags: ['Ngày Nhân quyền thế giới', 'cao điểm'],
      byline: 'Văn phòng Ban Chỉ đạo',
      daysAgo: 4,
      status: 'published',
      image: 0,
      alt: 'Băng rôn chào mừng Ngày Nhân quyền thế giới treo trước trụ sở cơ quan',
      caption: 'Băng rôn hưởng ứng Ngày Nhân quyền thế giới tại trung tâm tỉnh.',
      campaign: 'current',
      task: true,
    },
    {
      key: 'cao-diem-en',
      translationOf: 'cao-diem',
      title: `Province launches its Human Rights Day ${year} outreach campaign`,
      lead: `The Provincial Human Rights Steering Committee asked departments and localities to display banners and slogans and publish articles through December ${year}.`,
      body: p(
        'To mark Human Rights Day on 10 December, the Steering Committee issued guidance for a peak period of information and outreach on achievements in ensuring human rights.',
        'Localities display banners and official slogans in public places, and newsrooms publish reports on social welfare, sustainable poverty reduction and support for ethnic minorities and vulnerable groups.',
      ),
      category: 'chi-dao-dieu-hanh',
      language: 'en',
      tags: ['Human Rights Day'],
      byline: 'Steering Committee Office',
      daysAgo: 4,
      status: 'published',
      image: 0,
      alt: 'A banner celebrating Human Rights Day in front of a government building',
      caption: 'Human Rights Day banners in the provincial centre.',
      campaign: 'current',
    },
    {
      key: 'tap-huan',
      title: 'Tập huấn kiến thức pháp luật về quyền con người cho cán bộ cơ sở',
      lead: 'Hơn 200 cán bộ xã, phường tham dự lớp tập huấn do Sở Tư pháp phối hợp Công an tỉnh tổ chức.',
      body: p(
        'Lớp tập huấn giới thiệu các quy định của Hiến pháp năm 2013 về quyền con người, quyền và nghĩa vụ cơ bản của công dân, kỹ năng tiếp nhận và giải quyết kiến nghị của người dân tại cơ sở.',
        'Các học viên trao đổi tình huống thực tế trong bảo đảm quyền của trẻ em, người cao tuổi và người khuyết tật; kết thúc lớp học, 100% học viên đạt yêu cầu bài kiểm tra.',
      ),
      category: 'tin-tuc',
      language: 'vi',
      tags: ['tập huấn', 'pháp luật'],
      byline: 'Minh Anh',
      daysAgo: 11,
      status: 'published',
      image: 1,
      alt: 'Học viên chăm chú nghe giảng trong hội trường lớp tập huấn',
      caption: 'Quang cảnh lớp tập huấn tại hội trường Sở Tư pháp.',
      agencyCode: 'so-tu-phap',
      campaign: 'current',
      task: true,
    },
    {
      key: 'tap-huan-en',
      translationOf: 'tap-huan',
      title: 'Grassroots officials trained on human rights law',
      lead: 'More than 200 commune and ward officials attended a course run by the Department of Justice and the Provincial Police.',
      body: p(
        'The course covered the human rights provisions of the 2013 Constitution and how to receive and handle citizens’ petitions at the grassroots.',
        'Participants discussed real cases on the rights of children, older persons and persons with disabilities.',
      ),
      category: 'tin-tuc',
      language: 'en',
      tags: ['training'],
      byline: 'Minh Anh',
      daysAgo: 11,
      status: 'published',
      image: 1,
      alt: 'Participants listening in a training hall',
      caption: 'The training course at the Department of Justice.',
      agencyCode: 'so-tu-phap',
    },
    {
      key: 'dan-toc',
      title: 'Bảo đảm quyền của đồng bào dân tộc thiểu số: hơn 1.200 hộ được hỗ trợ nhà ở',
      lead: 'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giúp người dân an cư, ổn định cuộc sống.',
      body: p(
        'Năm nay, tỉnh hỗ trợ xây mới và sửa chữa nhà ở cho hơn 1.200 hộ nghèo, hộ cận nghèo là người dân tộc thiểu số; 100% thôn, bản có đường ô tô đến trung tâm.',
        'Tỷ lệ trẻ em người dân tộc thiểu số đến trường đúng độ tuổi đạt trên 99%, thể hiện rõ nét chính sách nhất quán bảo đảm quyền con người của Đảng và Nhà nước.',
      ),
      category: 'thanh-tuu-nhan-quyen',
      language: 'vi',
      tags: ['dân tộc thiểu số', 'an sinh xã hội'],
      byline: 'Thu Hà',
      daysAgo: 24,
      status: 'published',
      image: 2,
      alt: 'Ngôi nhà mới của một gia đình người dân tộc thiểu số',
      caption: 'Một ngôi nhà mới được hỗ trợ xây dựng.',
    },
    {
      key: 'dan-toc-en',
      translationOf: 'dan-toc',
      title: 'Ethnic minority families get new homes under the national programme',
      lead: 'More than 1,200 poor and near-poor ethnic minority households received housing support this year.',
      body: p(
        'The national target programme for ethnic minority areas financed new and repaired homes; every village is now connected to a commune centre by road.',
        'School enrolment of ethnic minority children at the right age exceeds 99 per cent.',
      ),
      category: 'thanh-tuu-nhan-quyen',
      language: 'en',
      tags: ['ethnic minorities'],
      byline: 'Thu Ha',
      daysAgo: 24,
      status: 'published',
      image: 2,
      alt: 'The new home of an ethnic minority family',
      caption: 'A newly built home.',
    },
    {
      key: 'phan-bac',
      title: 'Phản bác luận điệu xuyên tạc về tự do tín ngưỡng, tôn giáo ở địa phương',
      lead: 'Các cơ sở tôn giáo trên địa bàn tỉnh sinh hoạt bình thường theo quy định của pháp luật; mọi thông tin cho rằng chính quyền cấm đoán là sai sự thật.',
      body: p(
        'Thời gian gần đây, một số trang mạng đăng tải thông tin sai lệch về việc hạn chế hoạt động tôn giáo tại địa phương. Thực tế, trong năm, tỉnh đã chấp thuận hàng trăm hoạt động tôn giáo, lễ hội theo đề nghị của các tổ chức tôn giáo.',
        'Người dân cần tỉnh táo trước các thông tin chưa được kiểm chứng và tìm hiểu thông tin chính thống trên cổng thông tin của Ban Chỉ đạo.',
      ),
      category: 'phan-bac',
      language: 'vi',
      tags: ['tôn giáo', 'phản bác'],
      byline: 'Cơ quan Thường trực',
      daysAgo: 38,
      status: 'published',
      image: 3,
      alt: 'Tín đồ dự lễ tại một cơ sở tôn giáo',
      caption: 'Một lễ hội tôn giáo được tổ chức trang trọng.',
      agencyCode: 'cong-an-tinh',
    },
    {
      key: 'phan-bac-en',
      translationOf: 'phan-bac',
      title: 'Claims of restrictions on religious freedom in the province are false',
      lead: 'Religious establishments in the province operate normally under the law.',
      body: p(
        'Some websites recently published misleading claims about restrictions on religious activities. In fact, hundreds of religious events and festivals were approved this year at the request of religious organisations.',
      ),
      category: 'phan-bac',
      language: 'en',
      tags: ['religion'],
      byline: 'Standing Office',
      daysAgo: 38,
      status: 'published',
      image: 3,
      alt: 'Worshippers attending a ceremony at a religious site',
      caption: 'A religious festival held in the province.',
    },
    {
      key: 'hoi-dap',
      title: 'Hỏi đáp: Người dân gửi kiến nghị liên quan đến quyền con người ở đâu?',
      lead: 'Người dân có thể gửi kiến nghị, khiếu nại, tố cáo trực tiếp tại Ban Tiếp công dân, qua đường bưu điện hoặc trực tuyến trên Cổng dịch vụ công.',
      body:
        '<h2>Hỏi</h2>' +
        p('Tôi muốn phản ánh việc bị từ chối cấp giấy tờ không đúng quy định thì gửi đến cơ quan nào?') +
        '<h2>Trả lời</h2>' +
        p(
          'Theo Luật Khiếu nại và Luật Tiếp công dân, ông/bà có thể gửi đơn đến thủ trưởng cơ quan đã ra quyết định hoặc Ban Tiếp công dân tỉnh. Đơn được tiếp nhận, xử lý trong thời hạn luật định và người gửi được thông báo kết quả bằng văn bản.',
        ),
      category: 'hoi-dap',
      language: 'vi',
      tags: ['khiếu nại', 'tiếp công dân'],
      byline: 'Ban biên tập',
      daysAgo: 52,
      status: 'published',
    },
    {
      key: 'hoi-dap-en',
      translationOf: 'hoi-dap',
      title: 'Q&A: Where can citizens send petitions about their rights?',
      lead: 'Petitions, complaints and denunciations can be filed at the Citizen Reception Board, by post or online on the Public Service Portal.',
      body: p(
        'Under the Law on Complaints and the Law on Citizen Reception, a complaint goes to the head of the body that made the decision or to the Provincial Citizen Reception Board, which must answer in writing within the legal time limit.',
      ),
      category: 'hoi-dap',
      language: 'en',
      tags: ['complaints'],
      byline: 'Editorial board',
      daysAgo: 52,
      status: 'published',
    },
    {
      key: 'tro-giup',
      title: 'Trợ giúp pháp lý miễn phí cho người khuyết tật và người cao tuổi',
      lead: 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh thực hiện hơn 600 vụ việc trong 10 tháng, chủ yếu cho nhóm dễ bị tổn thương.',
      body: p(
        'Các trợ giúp viên pháp lý tham gia tố tụng, tư vấn pháp luật miễn phí tại trụ sở và lưu động tại các xã vùng sâu, vùng xa.',
        'Nhiều vụ việc bảo vệ thành công quyền, lợi ích hợp pháp của người khuyết tật, người cao tuổi và trẻ em có hoàn cảnh đặc biệt.',
      ),
      category: 'tin-tuc',
      language: 'vi',
      tags: ['trợ giúp pháp lý', 'nhóm dễ bị tổn thương'],
      byline: 'Sở Tư pháp',
      daysAgo: 67,
      status: 'published',
      image: 4,
      alt: 'Trợ giúp viên pháp lý tư vấn cho một người cao tuổi',
      caption: 'Tư vấn pháp luật lưu động tại xã.',
      agencyCode: 'so-tu-phap',
      task: true,
    },
    {
      key: 'mua-ban-nguoi',
      title: 'Công an tỉnh tuyên truyền phòng, chống mua bán người tại các xã vùng cao',
      lead: 'Hàng nghìn người dân được phổ biến thủ đoạn lừa đảo “việc nhẹ lương cao” và cách tố giác tội phạm.',
      body: p(
        'Trong tháng, lực lượng Công an phối hợp Đoàn Thanh niên tổ chức 35 buổi tuyên truyền lưu động, phát hàng nghìn tờ rơi song ngữ.',
        'Người dân được hướng dẫn gọi đường dây nóng 111 khi phát hiện dấu hiệu mua bán người.',
      ),
      category: 'tin-tuc',
      language: 'vi',
      tags: ['mua bán người'],
      byline: 'Công an tỉnh',
      daysAgo: 88,
      status: 'published',
      image: 5,
      alt: 'Cán bộ công an phát tờ rơi tuyên truyền cho người dân',
      caption: 'Tuyên truyền lưu động tại chợ phiên vùng cao.',
      agencyCode: 'cong-an-tinh',
    },
    {
      key: 'tre-em',
      title: 'Quyền học tập của trẻ em được bảo đảm: 100% trẻ 5 tuổi đến lớp',
      lead: 'Ngành giáo dục duy trì kết quả phổ cập giáo dục mầm non cho trẻ 5 tuổi và phổ cập tiểu học mức độ 3.',
      body: p(
        'Toàn tỉnh có 100% xã, phường đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi; trẻ em khuyết tật được học hòa nhập tại trường gần nhà.',
      ),
      category: 'thanh-tuu-nhan-quyen',
      language: 'vi',
      tags: ['trẻ em', 'giáo dục'],
      byline: 'Thu Hà',
      daysAgo: 104,
      status: 'published',
    },
    {
      key: 'tre-em-en',
      translationOf: 'tre-em',
      title: 'Every five-year-old in the province goes to school',
      lead: 'The province keeps universal preschool education for five-year-olds and level-3 universal primary education.',
      body: p(
        'All communes and wards meet the standard; children with disabilities attend inclusive classes near home.',
      ),
      category: 'thanh-tuu-nhan-quyen',
      language: 'en',
      tags: ['children', 'education'],
      byline: 'Thu Ha',
      daysAgo: 104,
      status: 'published',
    },
    // The newsroom at work: what the editor's inbox, the review queue and the schedule show.
    {
      key: 'khieu-nai',
      title: 'Kết quả giải quyết khiếu nại, tố cáo 11 tháng năm nay',
      lead: 'Các cơ quan hành chính giải quyết phần lớn vụ việc thuộc thẩm quyền đúng thời hạn.',
      body: p('Số liệu tổng hợp từ báo cáo của các sở, ngành và địa phương.'),
      category: 'tin-tuc',
      language: 'vi',
      tags: ['khiếu nại'],
      byline: 'Biên tập viên',
      daysAgo: 2,
      status: 'returned',
      comment: 'Cần ghi rõ nguồn số liệu (báo cáo nào, ngày nào) và bổ sung ảnh minh họa có mô tả ảnh.',
    },
    {
      key: 'khuyet-tat',
      title: 'Tọa đàm về quyền của người khuyết tật trong tiếp cận dịch vụ công',
      lead: 'Đại diện Hội Người khuyết tật tỉnh đề xuất nhiều giải pháp cải thiện khả năng tiếp cận.',
      body: p(
        'Tọa đàm thảo luận việc cải tạo lối đi, biển báo và dịch vụ công trực tuyến dễ sử dụng cho người khuyết tật.',
      ),
      category: 'tin-tuc',
      language: 'vi',
      tags: ['người khuyết tật'],
      byline: 'Biên tập viên',
      daysAgo: 1,
      status: 'in_review',
      campaign: 'current',
    },
    {
      key: 'mit-tinh',
      title: `Lễ mít tinh kỷ niệm Ngày Nhân quyền thế giới 10/12/${year}`,
      lead: 'Lễ mít tinh được tổ chức trang trọng tại Quảng trường trung tâm tỉnh.',
      body: p(
        'Chương trình gồm diễn văn kỷ niệm, biểu dương tập thể, cá nhân tiêu biểu và chương trình nghệ thuật.',
      ),
      category: 'chi-dao-dieu-hanh',
      language: 'vi',
      tags: ['Ngày Nhân quyền thế giới'],
      byline: 'Văn phòng Ban Chỉ đạo',
      daysAgo: 0,
      status: 'scheduled',
      campaign: 'current',
    },
    {
      key: 'ban-tin',
      title: 'Bản tin tuần: hoạt động hưởng ứng Ngày Nhân quyền ở các xã, phường',
      lead: 'Tổng hợp hoạt động tuyên truyền tiêu biểu trong tuần.',
      body: p('Bản nháp đang viết.'),
      category: 'tin-tuc',
      language: 'vi',
      tags: [],
      byline: 'Biên tập viên',
      daysAgo: 0,
      status: 'draft',
    },
  ];
}

// Covers drawn as vector art and rasterised by sharp: no photo files to ship, no fonts needed.
const PALETTES = [
  ['#7a1717', '#c8102e', '#ffcd00'],
  ['#0b4c8c', '#3a7bd5', '#f3f2f1'],
  ['#1d6b3a', '#56a36c', '#f6e7b0'],
  ['#5a2a82', '#9c6ad1', '#fbe9d0'],
  ['#8a4b08', '#d9822b', '#fff2cc'],
  ['#0b6b6b', '#39a0a0', '#e8f6f6'],
];

function coverSvg(index: number): Buffer {
  const [dark, mid, light] = PALETTES[index % PALETTES.length] as string[];
  const circles = Array.from({ length: 7 }, (_, i) => {
    const x = 120 + ((i * 173 + index * 61) % 1040);
    const y = 90 + ((i * 97 + index * 43) % 560);
    const r = 40 + ((i * 37 + index * 11) % 120);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${light}" fill-opacity="${0.12 + (i % 3) * 0.08}"/>`;
  }).join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>` +
      `<rect width="1280" height="720" fill="url(#g)"/>${circles}` +
      `<path fill="${light}" fill-opacity="0.9" transform="translate(1040 120) scale(2.2)" d="M32 12l5.9 18.1H57L41.6 41.3l5.9 18.1L32 48.2 16.5 59.4l5.9-18.1L7 30.1h19.1z"/>` +
      `<rect x="0" y="600" width="1280" height="120" fill="${dark}" fill-opacity="0.55"/></svg>`,
  );
}

async function seedCovers(manager: EntityManager, storage: FileStorage, count: number): Promise<string[]> {
  const urls: string[] = [];
  const { default: sharp } = await import('sharp');
  for (let i = 0; i < count; i += 1) {
    // 640 px wide: two widths in two formats per cover keep a first demo start quick, even on a busy machine.
    const png = await sharp(coverSvg(i)).resize({ width: 640 }).png().toBuffer();
    const id = crypto.randomUUID();
    const { files, ...encoded } = await encodeImageVariants(id, png, { width: 960, height: 540 });
    await storeThenSave(storage, files, () =>
      manager.insert(MediaEntity, {
        id,
        fileName: `anh-minh-hoa-${i + 1}.png`,
        sourceType: 'image/png',
        ...encoded,
        createdById: null,
      }),
    );
    const widest = Math.max(...encoded.variants.map((v) => v.width));
    urls.push(mediaUrl(id, widest, 'webp'));
  }
  return urls;
}

async function freeSlug(manager: EntityManager, wanted: string): Promise<string> {
  for (let i = 1; ; i += 1) {
    const candidate = i === 1 ? wanted : `${wanted}-${i}`;
    if (!(await manager.existsBy(ArticleEntity, { slug: candidate }))) return candidate;
  }
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** This year's Human Rights Day campaign, running on the day the demo is seeded. */
function currentCampaign(today: string) {
  const year = Number(today.slice(0, 4));
  const earliest = `${year}-11-20`;
  return {
    slug: `ngay-nhan-quyen-the-gioi-${year}`,
    name: `Hưởng ứng Ngày Nhân quyền thế giới 10/12/${year}`,
    description:
      `Đợt cao điểm thông tin, tuyên truyền về thành tựu bảo đảm quyền con người nhân Ngày Nhân quyền thế giới (10/12/1948 - 10/12/${year}).\n\n` +
      'Các cơ quan, đơn vị treo băng rôn, khẩu hiệu; các cơ quan báo chí mở chuyên mục; Ban Chỉ đạo tổ chức tọa đàm và mít tinh kỷ niệm.',
    nameEn: `Human Rights Day ${year} (10 December)`,
    descriptionEn:
      `A peak of information and outreach on the achievements in ensuring human rights, for Human Rights Day (10/12/1948 - 10/12/${year}).\n\n` +
      'Agencies hang banners and official slogans, newspapers open special sections, and the Steering Committee holds a seminar and a commemoration.',
    keyDate: `${year}-12-10`,
    // A demo seeded before 20 November still shows a running campaign.
    startsOn: today < earliest ? today : earliest,
    endsOn: `${year}-12-31`,
    bannerFrom: today < `${year}-11-30` ? today : `${year}-11-30`,
    bannerTo: `${year}-12-20`,
    slogans: [
      `Nhiệt liệt chào mừng Ngày Nhân quyền thế giới (10/12/1948 - 10/12/${year})!`,
      'Bảo đảm quyền con người là mục tiêu, động lực của sự phát triển.',
      'Việt Nam tích cực, chủ động tham gia các cơ chế nhân quyền của Liên Hợp quốc.',
      'Không để ai bị bỏ lại phía sau.',
    ],
  };
}

/**
 * The newsroom's demo: the running Human Rights Day campaign, the 75th-anniversary campaign tied to its plan,
 * articles in both languages with covers at every stage of the workflow, and the issued plans published as documents
 * with their metadata. Idempotent: skipped once this year's campaign exists.
 */
export async function seedNewsroom(
  manager: EntityManager,
  options: { storage?: FileStorage; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const today = todayInVietnam(now);
  const year = Number(today.slice(0, 4));
  const current = currentCampaign(today);
  if (await manager.existsBy(CampaignEntity, { slug: current.slug })) return 0;
  const campaign = await manager.save(
    manager.create(CampaignEntity, { ...current, planId: null, taskIds: [] }),
  );

  // The 75th anniversary campaign belongs to its own plan (seed 001, a thematic draft kept in the archive).
  const anniversaryPlan = await manager
    .getRepository(PlanEntity)
    .createQueryBuilder('p')
    .where(`p.title ILIKE :t`, { t: '%75 năm Ngày Nhân quyền%' })
    .getOne();
  const anniversary = await manager.findOneBy(CampaignEntity, {
    slug: 'ky-niem-75-nam-ngay-nhan-quyen-the-gioi',
  });
  if (anniversary && anniversaryPlan) {
    const tasks = await manager.find(TaskEntity, {
      where: { planId: anniversaryPlan.id },
      select: { id: true },
      take: 20,
    });
    anniversary.planId = anniversaryPlan.id;
    anniversary.taskIds = tasks.map((t) => t.id);
    await manager.save(anniversary);
  }

  const editor = await manager.findOneBy(UserEntity, { username: 'bientap' });
  const reviewer = await manager.findOneBy(UserEntity, { username: 'duyettin' });
  const outreachTask = await manager
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .innerJoin(PlanEntity, 'p', 'p.id = t.plan_id')
    .where(`p.status <> 'draft'`)
    .andWhere(`'outreach' = ANY(t.topics)`)
    .orderBy('p.year', 'DESC')
    .addOrderBy('t.position', 'ASC')
    .getOne();
  const covers = options.storage ? await seedCovers(manager, options.storage, PALETTES.length) : [];
  const ids = new Map<string, string>();
  const articles = demoArticles(year);
  for (const demo of articles) {
    const at = addDays(now, -demo.daysAgo);
    const agency = demo.agencyCode ? await manager.findOneBy(AgencyEntity, { code: demo.agencyCode }) : null;
    const cover = demo.image !== undefined ? (covers[demo.image] ?? null) : null;
    const entity = manager.create(ArticleEntity, {
      title: plainText(demo.title),
      slug: await freeSlug(manager, slugify(demo.title)),
      lead: plainText(demo.lead),
      body: sanitizeArticleHtml(demo.body),
      coverImageUrl: cover,
      coverAlt: cover ? (demo.alt ?? null) : null,
      coverCaption: cover ? (demo.caption ?? null) : null,
      byline: demo.byline,
      sourceAgencyId: agency?.id ?? null,
      category: demo.category,
      tags: demo.tags,
      language: demo.language,
      campaignId:
        demo.campaign === 'current'
          ? campaign.id
          : demo.campaign === 'anniversary'
            ? (anniversary?.id ?? null)
            : null,
      taskId: demo.task ? (outreachTask?.id ?? null) : null,
      translationId: demo.translationOf ? (ids.get(demo.translationOf) ?? null) : null,
      createdById: editor?.id ?? null,
      status: 'draft',
      reviewComment: demo.comment ?? null,
      publishAt: null,
      publishedAt: null,
    });
    // Each article reaches its state through the editorial machine, as it would in the newsroom.
    for (const event of PATHS[demo.status]) entity.status = articleMachine.transition(entity.status, event);
    if (demo.status === 'published') entity.publishedAt = at;
    if (demo.status === 'scheduled') {
      const keyDay = new Date(`${year}-12-10T08:00:00+07:00`);
      entity.publishAt = keyDay.getTime() > now.getTime() + 3_600_000 ? keyDay : addDays(now, 3);
    }
    entity.searchText = searchTextOf(entity.title, entity.lead, htmlToText(entity.body), entity.tags);
    const saved = await manager.save(entity);
    // Timestamps as if written over the past months (the columns default to now).
    await manager.update(ArticleEntity, { id: saved.id }, { createdAt: addDays(at, -1), updatedAt: at });
    await manager.insert(ArticleVersionEntity, {
      articleId: saved.id,
      version: saved.version,
      action: 'create',
      title: saved.title,
      lead: saved.lead,
      body: saved.body,
      coverCaption: saved.coverCaption,
      actorId: (demo.status === 'draft' ? editor : reviewer)?.id ?? null,
      actorName: (demo.status === 'draft' ? editor : reviewer)?.fullName ?? null,
    });
    ids.set(demo.key, saved.id);
  }

  // Issued plans are published on the portal with the metadata a citizen expects.
  const issued = await manager
    .getRepository(PlanEntity)
    .createQueryBuilder('p')
    .where(`p.status <> 'draft'`)
    .getMany();
  for (const plan of issued) {
    plan.publishPublicly = true;
    await manager.save(plan);
    if (await manager.existsBy(PublicDocumentEntity, { planId: plan.id })) continue;
    await manager.insert(PublicDocumentEntity, {
      planId: plan.id,
      number: plan.number,
      documentType: 'Kế hoạch',
      issuer: plan.issuer,
      signer: plan.signer?.name ?? null,
      issuedOn: plan.issuedOn,
      effectiveOn: plan.issuedOn,
      field: 'Quyền con người',
      abstract: plan.summary ?? plan.purposes[0] ?? null,
      version: 1,
    });
  }
  return articles.length;
}
