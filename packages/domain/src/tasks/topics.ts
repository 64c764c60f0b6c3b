import { z } from 'zod';

/** Topic codes that tasks are tagged with and dashboards group by. */
export const TOPICS = [
  'outreach',
  'foreign-information',
  'law-justice',
  'religion',
  'ethnic-minorities',
  'vulnerable-groups',
  'complaints',
  'security',
  'international-cooperation',
] as const;
export type Topic = (typeof TOPICS)[number];
export const ZTopic = z.enum(TOPICS);

export const TOPIC_LABELS: Record<Topic, { vi: string; en: string }> = {
  outreach: { vi: 'Tuyên truyền', en: 'Outreach' },
  'foreign-information': { vi: 'Thông tin đối ngoại', en: 'Foreign information' },
  'law-justice': { vi: 'Pháp luật, tư pháp', en: 'Law and justice' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  'ethnic-minorities': { vi: 'Dân tộc', en: 'Ethnic minorities' },
  'vulnerable-groups': { vi: 'Nhóm dễ bị tổn thương, an sinh xã hội', en: 'Vulnerable groups and welfare' },
  complaints: { vi: 'Khiếu nại, tố cáo', en: 'Complaints' },
  security: { vi: 'An ninh, trật tự', en: 'Security situation' },
  'international-cooperation': { vi: 'Hợp tác quốc tế', en: 'International cooperation' },
};
