import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml-escape.js';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('escapes an ampersand that already looks like an entity, so text stays text', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps Vietnamese and emoji, drops control characters XML forbids', () => {
    expect(escapeXml('Nhân quyền 🇻🇳\u0000\u0007\tok\n')).toBe('Nhân quyền 🇻🇳\tok\n');
  });

  it('drops a lone surrogate', () => {
    expect(escapeXml('a\uD800b')).toBe('ab');
  });
});
