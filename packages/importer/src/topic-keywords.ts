import { TOPICS, type Topic } from '@bcdnq/domain/tasks';
import { wordKey } from './text-normalize.js';

/**
 * The keyword model behind task topics: a duty is tagged with a topic when it contains one of the topic's
 * phrases (whole words, ignoring case and diacritics). Data, so the model is tuned by editing this table.
 */
export const TOPIC_KEYWORDS: Readonly<Record<Topic, readonly string[]>> = {
  outreach: [
    'tuyên truyền',
    'phổ biến',
    'quán triệt',
    'thông tin đại chúng',
    'báo chí',
    'truyền thông',
    'băng rôn',
    'khẩu hiệu',
    'biểu ngữ',
    'viết bài',
    'tin bài',
    'định hướng thông tin',
    'nâng cao nhận thức',
  ],
  'foreign-information': [
    'thông tin đối ngoại',
    'đối ngoại',
    'nước ngoài',
    'kiều bào',
    'đoàn khách quốc tế',
    'phóng viên nước ngoài',
    'cộng đồng quốc tế',
    'người việt nam ở nước ngoài',
  ],
  'law-justice': [
    'pháp luật',
    'tư pháp',
    'pháp lý',
    'quy phạm pháp luật',
    'xét xử',
    'thi hành án',
    'điều tra',
    'phạm nhân',
    'oan sai',
    'đặc xá',
    'giảm án',
    'hộ tịch',
    'nhà nước pháp quyền',
    'tạm giam',
    'tạm giữ',
    'tra tấn',
  ],
  religion: ['tôn giáo', 'tín ngưỡng', 'chức sắc', 'tín đồ', 'cơ sở thờ tự', 'chức việc'],
  'ethnic-minorities': [
    'dân tộc thiểu số',
    'đồng bào dân tộc',
    'vùng dân tộc',
    'chính sách dân tộc',
    'dân tộc ít người',
    'dân tộc',
  ],
  'vulnerable-groups': [
    'nhóm dễ bị tổn thương',
    'dễ bị tổn thương',
    'an sinh xã hội',
    'trẻ em',
    'phụ nữ',
    'người khuyết tật',
    'người cao tuổi',
    'bình đẳng giới',
    'giảm nghèo',
    'người có công',
    'mua bán người',
    'việc làm',
  ],
  complaints: ['khiếu nại', 'tố cáo', 'khiếu kiện', 'tiếp công dân', 'đơn thư', 'điểm nóng'],
  security: [
    'an ninh',
    'trật tự',
    'antt',
    'anqg',
    'biểu tình',
    'bạo loạn',
    'gây rối',
    'tội phạm',
    'thù địch',
    'phản động',
    'chống phá',
    'không gian mạng',
    'đối lập',
  ],
  'international-cooperation': [
    'hợp tác quốc tế',
    'phi chính phủ',
    'ngo',
    'viện trợ',
    'liên hợp quốc',
    'đối tác',
    'diễn đàn quốc tế',
    'cơ chế quốc tế',
    'công ước',
    'upr',
    'hội đồng nhân quyền',
    'điều ước quốc tế',
    'cam kết quốc tế',
  ],
};

// One alternation per topic over the space-padded key: whole-word matches in a single pass.
const COMPILED: readonly (readonly [Topic, RegExp])[] = TOPICS.map((topic) => {
  const phrases = TOPIC_KEYWORDS[topic].map((phrase) => wordKey(phrase).trim()).filter(Boolean);
  return [topic, new RegExp(` (?:${phrases.join('|')}) `)] as const;
});

/** The topics a duty's text speaks of, in the catalogue's order. */
export function detectTopics(text: string): Topic[] {
  const key = wordKey(text);
  return COMPILED.filter(([, re]) => re.test(key)).map(([topic]) => topic);
}
