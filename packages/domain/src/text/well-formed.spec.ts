import { describe, expect, it } from 'vitest';
import { findIllFormedText, isIllFormedText } from './well-formed.js';

describe('ill-formed text', () => {
  it('finds a NUL character and lone surrogates, not Vietnamese or paired emoji', () => {
    expect(isIllFormedText('Nhân quyền 😀 đ')).toBe(false);
    expect(isIllFormedText('a\u0000b')).toBe(true);
    expect(isIllFormedText('\uD800')).toBe(true);
    expect(isIllFormedText('x\uDC00y')).toBe(true);
    expect(isIllFormedText('\uDBFF\uDFFF')).toBe(false);
  });

  it('names the path of the first bad string in a nested body, keys included', () => {
    expect(findIllFormedText({ title: 'ok', tasks: [{ text: 'ok' }, { text: 'a\u0000' }] })).toBe(
      'tasks.1.text',
    );
    expect(findIllFormedText({ ['k\uD800']: 'v' })).toBe('?');
    expect(findIllFormedText('\u0000')).toBe('root');
    expect(findIllFormedText({ a: [1, true, null, 'fine'] })).toBeNull();
  });
});
