import { defineStateMachine } from '../common/state-machine.js';

export const ARTICLE_STATUSES = [
  'draft',
  'in_review',
  'returned',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'archived',
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Hẹn giờ đăng', en: 'Scheduled' },
  published: { vi: 'Đã đăng', en: 'Published' },
  unpublished: { vi: 'Đã gỡ', en: 'Unpublished' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
};

/**
 * The editorial workflow. Only approved content reaches the portal: publishing and scheduling start from
 * approval, and any edit to published content sends it back through review.
 */
export const articleMachine = defineStateMachine(
  'tin bài',
  ARTICLE_STATUSES,
  {
    submit: { from: ['draft', 'returned'], to: 'in_review' },
    approve: { from: ['in_review'], to: 'approved' },
    return: { from: ['in_review'], to: 'returned' },
    publish: { from: ['approved', 'scheduled'], to: 'published' },
    schedule: { from: ['approved'], to: 'scheduled' },
    unschedule: { from: ['scheduled'], to: 'approved' },
    unpublish: { from: ['published'], to: 'unpublished' },
    revise: { from: ['unpublished', 'approved'], to: 'draft' },
    archive: { from: ['draft', 'returned', 'unpublished', 'published'], to: 'archived' },
  },
  {
    state: Object.fromEntries(Object.entries(ARTICLE_STATUS_LABELS).map(([k, v]) => [k, v.vi])),
    event: {
      submit: 'gửi duyệt',
      approve: 'duyệt',
      return: 'trả lại',
      publish: 'đăng',
      schedule: 'hẹn giờ đăng',
      unschedule: 'hủy hẹn giờ',
      unpublish: 'gỡ bài',
      revise: 'sửa lại',
      archive: 'lưu trữ',
    },
  },
);
export type ArticleEvent = (typeof articleMachine.events)[number];
