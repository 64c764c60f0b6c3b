import { describe, expect, it } from 'vitest';
import { guessPlanKind } from './plan-kind.js';

describe('guessPlanKind', () => {
  it('calls a plan naming an occasion thematic', () => {
    expect(guessPlanKind('Tổ chức các hoạt động kỷ niệm 75 năm Ngày Nhân quyền thế giới')).toBe('thematic');
    expect(guessPlanKind('Tuyên truyền chuyên đề về quyền con người')).toBe('thematic');
    expect(guessPlanKind('Cao điểm tuyên truyền Ngày Quốc tế Nhân quyền')).toBe('thematic');
    expect(guessPlanKind('Hưởng ứng Ngày Pháp luật Việt Nam')).toBe('thematic');
  });

  it('finds "đợt" as a word, whatever its case or Unicode form', () => {
    expect(guessPlanKind('Mở đợt tuyên truyền cao cấp')).toBe('thematic');
    expect(guessPlanKind('ĐỢT TUYÊN TRUYỀN VỀ NHÂN QUYỀN')).toBe('thematic');
    expect(guessPlanKind('Đợt thi đua'.normalize('NFD'))).toBe('thematic');
    expect(guessPlanKind('KẾ HOẠCH KỈ NIỆM NGÀY NHÂN QUYỀN')).toBe('thematic');
  });

  it('does not match inside another word', () => {
    // "đợt" inside no word here; "niệm" alone is not "kỷ niệm".
    expect(guessPlanKind('Kế hoạch đợtx năm 2025')).toBe('yearly');
    expect(guessPlanKind('Quan niệm về nhân quyền năm 2025')).toBe('yearly');
  });

  it('calls anything else yearly', () => {
    expect(guessPlanKind('Công tác bảo vệ, đấu tranh về nhân quyền năm 2024')).toBe('yearly');
    expect(guessPlanKind('')).toBe('yearly');
    expect(guessPlanKind(null)).toBe('yearly');
  });
});
