import { type Language, SEARCH_RESULT_CAP } from '@bcdnq/domain/articles';

/** Every piece of interface text the portal shows, in both languages. */
export type UiStrings = {
  htmlLang: string;
  ogLocale: string;
  siteName: string;
  siteTagline: string;
  intro: string;
  homeTitle: string;
  homeDescription: string;
  latestHeading: string;
  emptyList: string;
  emptyCategory: string;
  categoryDescription: (label: string) => string;
  categoriesLabel: string;
  skipLink: string;
  mainNavLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  searchTitle: string;
  searchDescription: string;
  searchPrompt: string;
  searchResults: (q: string, total: number) => string;
  searchEmpty: (q: string) => string;
  paginationLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, totalPages: number) => string;
  pageSuffix: (page: number) => string;
  publishedOn: string;
  byline: string;
  category: string;
  tags: string;
  backHome: string;
  switchLanguageName: string;
  notFoundTitle: string;
  notFoundText: string;
  unavailableTitle: string;
  unavailableText: string;
  footerNote: string;
  navHome: string;
  documentsTitle: string;
  documentsDescription: string;
  documentsIntro: string;
  documentsCaption: (total: number) => string;
  documentsEmpty: string;
  documentNumber: string;
  documentTitle: string;
  documentType: string;
  documentIssuer: string;
  documentSigner: string;
  documentIssuedOn: string;
  documentEffectiveOn: string;
  documentField: string;
  /** Read out for an empty cell (shown as a dash). */
  notGiven: string;
  committeeOf: (province: string) => string;
  navCampaigns: string;
  navAbout: string;
  campaignsTitle: string;
  campaignsDescription: string;
  campaignsEmpty: string;
  campaignRunning: string;
  campaignFeatured: string;
  campaignPeriod: string;
  campaignKeyDate: string;
  campaignBanners: string;
  campaignSlogans: string;
  campaignArticles: string;
  campaignNoArticles: string;
  campaignOf: string;
  relatedHeading: string;
  sourceAgency: string;
  readInOther: string;
  documentDownload: string;
  documentAbstract: string;
  documentPurposes: string;
  documentKeyTasks: string;
  documentTasks: string;
  documentImplementation: string;
  documentLead: string;
  documentDetails: string;
  documentsInSearch: string;
  aboutTitle: string;
  aboutText: (province: string) => string[];
  contactTitle: string;
  contactIntro: (province: string) => string;
  contactOffice: string;
  contactAddress: string;
  contactEmail: string;
  contactPhone: string;
  accessibilityTitle: string;
  accessibilityText: (email: string) => string[];
  publishedBy: (province: string) => string;
  footerContact: string;
  footerAccessibility: string;
  categoryFeed: (label: string) => string;
  previewNotice: string;
  printNote: string;
};

export const UI: Record<Language, UiStrings> = {
  vi: {
    htmlLang: 'vi',
    ogLocale: 'vi_VN',
    siteName: 'Ban Chỉ đạo Nhân quyền tỉnh',
    siteTagline: 'Cổng thông tin tuyên truyền về quyền con người',
    intro:
      'Thông tin chính thức của Ban Chỉ đạo Nhân quyền tỉnh: tin tức, chỉ đạo điều hành, thành tựu bảo đảm quyền con người và giải đáp cho người dân.',
    homeTitle: 'Tin tức',
    homeDescription:
      'Tin tức, chỉ đạo điều hành và thành tựu bảo đảm quyền con người từ Ban Chỉ đạo Nhân quyền tỉnh.',
    latestHeading: 'Tin bài mới',
    emptyList: 'Chưa có tin bài nào được đăng.',
    emptyCategory: 'Chuyên mục này chưa có tin bài nào.',
    categoryDescription: (label) => `Tin bài chuyên mục ${label} của Ban Chỉ đạo Nhân quyền tỉnh.`,
    categoriesLabel: 'Chuyên mục',
    skipLink: 'Bỏ qua, đến nội dung chính',
    mainNavLabel: 'Điều hướng chính',
    searchLabel: 'Tìm kiếm tin bài',
    searchPlaceholder: 'Ví dụ: nhân quyền',
    searchButton: 'Tìm',
    searchTitle: 'Tìm kiếm',
    searchDescription: 'Tìm tin bài của Ban Chỉ đạo Nhân quyền tỉnh, có dấu hoặc không dấu.',
    searchPrompt: 'Nhập từ khóa, có dấu hoặc không dấu (ví dụ: nhan quyen).',
    searchResults: (q, total) =>
      total >= SEARCH_RESULT_CAP
        ? `Tìm thấy hơn ${total.toLocaleString('vi-VN')} tin bài cho “${q}”`
        : `Tìm thấy ${total} tin bài cho “${q}”`,
    searchEmpty: (q) => `Không tìm thấy tin bài nào cho “${q}”. Hãy thử từ khóa khác.`,
    paginationLabel: 'Phân trang',
    previousPage: '← Trang trước',
    nextPage: 'Trang sau →',
    pageOf: (page, totalPages) => `Trang ${page} / ${totalPages}`,
    pageSuffix: (page) => ` – Trang ${page}`,
    publishedOn: 'Ngày đăng',
    byline: 'Tác giả',
    category: 'Chuyên mục',
    tags: 'Từ khóa',
    backHome: '← Về trang chủ',
    switchLanguageName: 'English',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Trang bạn tìm không tồn tại hoặc bài viết đã được gỡ.',
    unavailableTitle: 'Hệ thống đang tạm gián đoạn',
    unavailableText:
      'Chúng tôi chưa lấy được nội dung lúc này. Xin vui lòng thử lại sau ít phút. Xin cảm ơn bạn đã kiên nhẫn.',
    footerNote: 'Cổng thông tin của Ban Chỉ đạo Nhân quyền tỉnh.',
    navHome: 'Tin tức',
    documentsTitle: 'Văn bản',
    documentsDescription: 'Kế hoạch, văn bản chỉ đạo Ban Chỉ đạo Nhân quyền tỉnh đã ban hành và công bố.',
    documentsIntro:
      'Các kế hoạch, văn bản do Ban Chỉ đạo Nhân quyền tỉnh ban hành và công bố, mới ban hành xếp trước.',
    documentsCaption: (total) => `Danh sách ${total} văn bản đã công bố`,
    documentsEmpty: 'Chưa có văn bản nào được công bố.',
    documentNumber: 'Số hiệu',
    documentTitle: 'Trích yếu',
    documentType: 'Loại văn bản',
    documentIssuer: 'Cơ quan ban hành',
    documentSigner: 'Người ký',
    documentIssuedOn: 'Ngày ban hành',
    documentEffectiveOn: 'Ngày có hiệu lực',
    documentField: 'Lĩnh vực',
    notGiven: 'Không có',
    committeeOf: (province) => `Ban Chỉ đạo Nhân quyền tỉnh ${province}`,
    navCampaigns: 'Chiến dịch',
    navAbout: 'Giới thiệu',
    campaignsTitle: 'Đợt tuyên truyền',
    campaignsDescription:
      'Các đợt cao điểm tuyên truyền về quyền con người: khẩu hiệu chính thức, thời gian và tin bài.',
    campaignsEmpty: 'Chưa có đợt tuyên truyền nào.',
    campaignRunning: 'Đang diễn ra',
    campaignFeatured: 'Đợt tuyên truyền đang diễn ra',
    campaignPeriod: 'Thời gian',
    campaignKeyDate: 'Ngày trọng tâm',
    campaignBanners: 'Treo băng rôn, khẩu hiệu',
    campaignSlogans: 'Khẩu hiệu tuyên truyền',
    campaignArticles: 'Tin bài trong đợt tuyên truyền',
    campaignNoArticles: 'Chưa có tin bài nào trong đợt này.',
    campaignOf: 'Thuộc đợt tuyên truyền',
    relatedHeading: 'Tin bài liên quan',
    sourceAgency: 'Nguồn tin',
    readInOther: 'Đọc bằng tiếng Việt',
    documentDownload: 'Tải văn bản (Word)',
    documentAbstract: 'Tóm tắt',
    documentPurposes: 'Mục đích, yêu cầu',
    documentKeyTasks: 'Nhiệm vụ trọng tâm',
    documentTasks: 'Phân công nhiệm vụ',
    documentImplementation: 'Tổ chức thực hiện',
    documentLead: 'chủ trì',
    documentDetails: 'Thông tin văn bản',
    documentsInSearch: 'Văn bản',
    aboutTitle: 'Giới thiệu',
    aboutText: (province) => [
      `Ban Chỉ đạo Nhân quyền tỉnh ${province} giúp Ủy ban nhân dân tỉnh chỉ đạo, điều phối công tác bảo đảm và đấu tranh về quyền con người trên địa bàn tỉnh.`,
      'Trưởng ban là Phó Chủ tịch Ủy ban nhân dân tỉnh; Công an tỉnh là Cơ quan Thường trực; các sở, ban, ngành và địa phương là thành viên.',
      'Cổng thông tin đăng tin tức, văn bản chỉ đạo, các đợt tuyên truyền và thành tựu bảo đảm quyền con người. Mọi tin bài được người có thẩm quyền duyệt trước khi đăng.',
    ],
    contactTitle: 'Liên hệ',
    contactIntro: (province) =>
      `Mọi ý kiến, câu hỏi về nội dung cổng thông tin xin gửi Cơ quan Thường trực Ban Chỉ đạo Nhân quyền tỉnh ${province}.`,
    contactOffice: 'Cơ quan phụ trách',
    contactAddress: 'Địa chỉ',
    contactEmail: 'Thư điện tử',
    contactPhone: 'Điện thoại',
    accessibilityTitle: 'Tuyên bố về khả năng tiếp cận',
    accessibilityText: (email) => [
      'Cổng thông tin hướng tới đáp ứng tiêu chuẩn WCAG 2.2 mức AA: đọc được bằng trình đọc màn hình, dùng được bằng bàn phím, phóng to chữ đến 200% mà không mất nội dung, độ tương phản màu đạt yêu cầu.',
      'Trang không cần JavaScript, tải nhanh trên điện thoại cấu hình thấp và mạng chậm; ảnh có mô tả thay thế.',
      'Văn bản tải về ở định dạng Word có thể chưa đáp ứng đầy đủ yêu cầu tiếp cận.',
      `Nếu gặp khó khăn khi sử dụng, xin báo cho chúng tôi qua ${email}; chúng tôi trả lời trong 5 ngày làm việc.`,
    ],
    publishedBy: (province) =>
      `Cơ quan chủ quản: Ban Chỉ đạo Nhân quyền tỉnh ${province}. Chịu trách nhiệm nội dung: Cơ quan Thường trực Ban Chỉ đạo.`,
    footerContact: 'Liên hệ',
    footerAccessibility: 'Khả năng tiếp cận',
    categoryFeed: (label) => `RSS chuyên mục ${label}`,
    previewNotice: 'Bản xem trước — bài chưa được đăng công khai.',
    printNote: 'In từ cổng thông tin',
  },
  en: {
    htmlLang: 'en',
    ogLocale: 'en_US',
    siteName: 'Provincial Human Rights Steering Committee',
    siteTagline: 'Public information on human rights',
    intro:
      'Official news from the Provincial Human Rights Steering Committee: news, direction and management, and achievements in ensuring human rights.',
    homeTitle: 'News',
    homeDescription:
      'News, direction and achievements in ensuring human rights from the Provincial Human Rights Steering Committee.',
    latestHeading: 'Latest articles',
    emptyList: 'No articles have been published yet.',
    emptyCategory: 'There are no articles in this category yet.',
    categoryDescription: (label) => `${label}: articles from the Provincial Human Rights Steering Committee.`,
    categoriesLabel: 'Categories',
    skipLink: 'Skip to main content',
    mainNavLabel: 'Main navigation',
    searchLabel: 'Search articles',
    searchPlaceholder: 'e.g. human rights',
    searchButton: 'Search',
    searchTitle: 'Search',
    searchDescription: 'Search the articles of the Provincial Human Rights Steering Committee.',
    searchPrompt: 'Type a few words to search the articles.',
    searchResults: (q, total) =>
      total >= SEARCH_RESULT_CAP
        ? `More than ${total.toLocaleString('en-US')} articles found for “${q}”`
        : `${total} ${total === 1 ? 'article' : 'articles'} found for “${q}”`,
    searchEmpty: (q) => `No articles found for “${q}”. Try other words.`,
    paginationLabel: 'Pagination',
    previousPage: '← Previous page',
    nextPage: 'Next page →',
    pageOf: (page, totalPages) => `Page ${page} of ${totalPages}`,
    pageSuffix: (page) => ` – Page ${page}`,
    publishedOn: 'Published',
    byline: 'By',
    category: 'Category',
    tags: 'Tags',
    backHome: '← Back to the home page',
    switchLanguageName: 'Tiếng Việt',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you are looking for does not exist or the article has been withdrawn.',
    unavailableTitle: 'Temporarily unavailable',
    unavailableText:
      'We cannot load the content right now. Please try again in a few minutes. Thank you for your patience.',
    footerNote: 'The portal of the Provincial Human Rights Steering Committee.',
    navHome: 'News',
    documentsTitle: 'Documents',
    documentsDescription:
      'Plans and directives issued and published by the Provincial Human Rights Steering Committee.',
    documentsIntro:
      'Plans and directives issued and published by the Provincial Human Rights Steering Committee, newest first. The documents are in Vietnamese.',
    documentsCaption: (total) => `${total} published ${total === 1 ? 'document' : 'documents'}`,
    documentsEmpty: 'No documents have been published yet.',
    documentNumber: 'Number',
    documentTitle: 'Summary',
    documentType: 'Document type',
    documentIssuer: 'Issued by',
    documentSigner: 'Signed by',
    documentIssuedOn: 'Date of issue',
    documentEffectiveOn: 'Effective from',
    documentField: 'Field',
    notGiven: 'Not given',
    committeeOf: (province) => `${province} Provincial Human Rights Steering Committee`,
    navCampaigns: 'Campaigns',
    navAbout: 'About',
    campaignsTitle: 'Campaigns',
    campaignsDescription: 'Outreach campaigns on human rights: official slogans, dates and articles.',
    campaignsEmpty: 'There are no campaigns yet.',
    campaignRunning: 'Running now',
    campaignFeatured: 'Campaign running now',
    campaignPeriod: 'Period',
    campaignKeyDate: 'Key date',
    campaignBanners: 'Banners and slogans displayed',
    campaignSlogans: 'Official slogans',
    campaignArticles: 'Articles of the campaign',
    campaignNoArticles: 'There are no articles in this campaign yet.',
    campaignOf: 'Part of the campaign',
    relatedHeading: 'Related articles',
    sourceAgency: 'Source',
    readInOther: 'Read in English',
    documentDownload: 'Download the document (Word)',
    documentAbstract: 'Abstract',
    documentPurposes: 'Purposes and requirements',
    documentKeyTasks: 'Key tasks',
    documentTasks: 'Assignment of duties',
    documentImplementation: 'Implementation',
    documentLead: 'lead',
    documentDetails: 'Document details',
    documentsInSearch: 'Documents',
    aboutTitle: 'About us',
    aboutText: (province) => [
      `The ${province} Provincial Human Rights Steering Committee helps the Provincial People's Committee direct and coordinate the protection of human rights in the province.`,
      "It is chaired by a Vice-Chair of the Provincial People's Committee; the Provincial Police is its standing office; provincial departments and localities are its members.",
      'This portal publishes news, directives, outreach campaigns and achievements in ensuring human rights. Every article is approved before publication.',
    ],
    contactTitle: 'Contact',
    contactIntro: (province) =>
      `Please send questions and comments about this portal to the standing office of the ${province} Provincial Human Rights Steering Committee.`,
    contactOffice: 'Responsible office',
    contactAddress: 'Address',
    contactEmail: 'Email',
    contactPhone: 'Telephone',
    accessibilityTitle: 'Accessibility statement',
    accessibilityText: (email) => [
      'This portal aims to meet WCAG 2.2 level AA: it works with screen readers and the keyboard, text can be enlarged to 200% without loss, and colours meet the contrast requirements.',
      'Pages need no JavaScript and load fast on low-end phones and slow networks; images have text alternatives.',
      'Downloadable Word documents may not be fully accessible.',
      `If you have difficulty using the portal, please tell us at ${email}; we answer within 5 working days.`,
    ],
    publishedBy: (province) =>
      `Published by the ${province} Provincial Human Rights Steering Committee; content is the responsibility of its standing office.`,
    footerContact: 'Contact',
    footerAccessibility: 'Accessibility',
    categoryFeed: (label) => `RSS: ${label}`,
    previewNotice: 'Preview — this article is not published yet.',
    printNote: 'Printed from the portal',
  },
};
