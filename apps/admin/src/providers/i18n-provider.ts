import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { z } from 'zod';
import { appEnglish } from './messages/app-en';
import { appVietnamese } from './messages/app-vi';
import { newsroomEnglish, newsroomVietnamese } from './messages/newsroom';
import { raVietnamese } from './messages/ra-vi';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The only thing the panel keeps in localStorage: the chosen language. */
export const LOCALE_STORAGE_KEY = 'bcdnq.admin.locale';

/** Merges message trees (the newsroom's keys live in their own file, beside the panel's). */
function merge(...trees: object[]): TranslationMessages {
  const out: Record<string, unknown> = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key];
      out[key] =
        typeof value === 'object' && value !== null && typeof current === 'object' && current !== null
          ? merge(current, value)
          : value;
    }
  }
  return out as TranslationMessages;
}

export const messagesByLocale: Record<Locale, TranslationMessages> = {
  vi: merge(raVietnamese, appVietnamese, newsroomVietnamese),
  en: merge(englishMessages, appEnglish, newsroomEnglish),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): LocaleStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by policy: the choice just is not remembered
  }
}

/** Schema messages that the domain does not word itself (type errors, formats) follow the UI language too. */
function applyZodLocale(locale: Locale): void {
  z.config(locale === 'en' ? z.locales.en() : z.locales.vi());
}

/** Vietnamese by default, English second; the choice survives a reload. */
export function createI18nProvider(storage: LocaleStorage | null = browserStorage()): I18nProvider {
  const stored = storage?.getItem(LOCALE_STORAGE_KEY);
  const initial: Locale = isLocale(stored) ? stored : 'vi';
  applyZodLocale(initial);
  const provider = polyglotI18nProvider(
    (locale) => messagesByLocale[isLocale(locale) ? locale : 'vi'],
    initial,
    [
      { locale: 'vi', name: appVietnamese.app.language.vi },
      { locale: 'en', name: appVietnamese.app.language.en },
    ],
  );
  return {
    ...provider,
    async changeLocale(locale: string, options?: unknown) {
      await provider.changeLocale(locale, options);
      if (isLocale(locale)) {
        applyZodLocale(locale);
        storage?.setItem(LOCALE_STORAGE_KEY, locale);
      }
    },
  };
}
