import { describe, expect, it } from 'vitest';
import { foldDiacritics, nameKey } from './fold.js';

describe('foldDiacritics', () => {
  it('folds Vietnamese marks and đ so "nhan quyen" matches "nhân quyền"', () => {
    expect(foldDiacritics('Nhân Quyền')).toBe('nhan quyen');
    expect(foldDiacritics('Đấu tranh, đảm bảo')).toBe('dau tranh, dam bao');
  });
  it('treats composed and decomposed input alike', () => {
    expect(foldDiacritics('Tư pháp'.normalize('NFD'))).toBe(foldDiacritics('Tư pháp'.normalize('NFC')));
  });
});

describe('nameKey', () => {
  it('equates "&" with "và" and ignores punctuation', () => {
    expect(nameKey('Sở Lao động Thương binh & Xã hội')).toBe(nameKey('Sở Lao động - Thương binh và Xã hội'));
  });
});
