import type { Language } from '@bcdnq/domain/articles';

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
    searchResults: (q, total) => `Tìm thấy ${total} tin bài cho “${q}”`,
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
    documentsIntro: 'Các kế hoạch, văn bản do Ban Chỉ đạo Nhân quyền tỉnh ban hành và công bố, mới ban hành xếp trước.',
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
    searchResults: (q, total) => `${total} ${total === 1 ? 'article' : 'articles'} found for “${q}”`,
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
    unavailableText: 'We cannot load the content right now. Please try again in a few minutes. Thank you for your patience.',
    footerNote: 'The portal of the Provincial Human Rights Steering Committee.',
    navHome: 'News',
    documentsTitle: 'Documents',
    documentsDescription: 'Plans and directives issued and published by the Provincial Human Rights Steering Committee.',
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
  },
};
