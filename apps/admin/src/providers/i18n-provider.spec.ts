import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { createI18nProvider, LOCALE_STORAGE_KEY, messagesByLocale } from './i18n-provider';
import { appEnglish } from './messages/app-en';
import { appVietnamese } from './messages/app-vi';
import { raVietnamese } from './messages/ra-vi';

function flatten(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Vietnamese translation', () => {
  const english = flatten(englishMessages);
  const vietnamese = flatten(raVietnamese);

  it('translates every react-admin message key of ra-language-english', () => {
    const missing = [...english.keys()].filter((key) => !vietnamese.has(key));
    expect(missing).toEqual([]);
    const extra = [...vietnamese.keys()].filter((key) => !english.has(key));
    expect(extra).toEqual([]);
  });

  it('keeps every %{placeholder} and the plural separator of the English messages', () => {
    for (const [key, text] of english) {
      const translated = vietnamese.get(key) ?? '';
      expect(placeholders(translated), key).toEqual(placeholders(text));
      expect(translated.includes('||||'), key).toBe(text.includes('||||'));
    }
  });

  it('really is Vietnamese (with diacritics), not English left in place', () => {
    // Messages made only of placeholders (`%{name}`) have nothing to translate.
    const words = (text: string) => text.replace(/%\{\w+\}/g, '').trim();
    const untranslated = [...english].filter(
      ([key, text]) => words(text).length > 3 && vietnamese.get(key) === text,
    );
    expect(untranslated.map(([key]) => key)).toEqual(['ra.auth.email']);
    expect(vietnamese.get('ra.auth.sign_in')).toBe('Đăng nhập');
    expect(vietnamese.get('ra.auth.username')).toBe('Tên đăng nhập');
    expect(vietnamese.get('ra.auth.password')).toBe('Mật khẩu');
  });

  it('has the same panel keys in Vietnamese and English', () => {
    expect([...flatten(appEnglish).keys()].sort()).toEqual([...flatten(appVietnamese).keys()].sort());
  });
});

describe('language choice', () => {
  function memoryStorage() {
    const values = new Map<string, string>();
    return {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
    };
  }

  it('starts in Vietnamese, switches to English, and remembers the choice', async () => {
    const storage = memoryStorage();
    const first = createI18nProvider(storage);
    expect(first.getLocale()).toBe('vi');
    expect(first.translate('ra.action.save')).toBe('Lưu');
    expect(first.getLocales?.().map((l) => l.locale)).toEqual(['vi', 'en']);

    await first.changeLocale('en');
    expect(first.translate('ra.action.save')).toBe('Save');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

    const afterReload = createI18nProvider(storage);
    expect(afterReload.getLocale()).toBe('en');
    await afterReload.changeLocale('vi');
    expect(messagesByLocale.vi).toBeDefined();
  });
});

describe('newsroom messages', () => {
  it('have the same keys in Vietnamese and English, and reach the panel in both languages', async () => {
    const { newsroomEnglish, newsroomVietnamese } = await import('./messages/newsroom');
    expect([...flatten(newsroomEnglish).keys()].sort()).toEqual(
      [...flatten(newsroomVietnamese).keys()].sort(),
    );
    const provider = createI18nProvider(null);
    expect(provider.translate('app.article_event.approve')).toBe('Duyệt');
    // Merged beside the panel's own messages, not over them.
    expect(provider.translate('ra.action.save')).toBe('Lưu');
    expect(provider.translate('resources.articles.fields.coverAlt')).toBe('Mô tả ảnh (cho người khiếm thị)');
  });
});
