import { expect, it } from 'vitest';
import { slugify } from './slug.js';

it('makes an ASCII slug from a Vietnamese title', () => {
  expect(slugify('Kỷ niệm 75 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023)')).toBe(
    'ky-niem-75-nam-ngay-nhan-quyen-the-gioi-10-12-1948-10-12-2023',
  );
  expect(slugify('Đấu tranh')).toBe('dau-tranh');
  expect(slugify('!!!')).toBe('bai-viet');
});
