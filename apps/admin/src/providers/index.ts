import { createAuthProvider } from './auth-provider';
import { createDataProvider } from './data-provider';
import { createApiClient } from './http';
import { createI18nProvider } from './i18n-provider';
import { createSessionStore } from './session';

/** The panel's providers, wired once: same origin as the API, which the root server mounts at /api. */
export function createProviders(apiUrl = '/api') {
  const session = createSessionStore();
  const i18nProvider = createI18nProvider();
  const api = createApiClient({ apiUrl, session, getLocale: () => i18nProvider.getLocale() });
  return {
    i18nProvider,
    authProvider: createAuthProvider(api, session),
    dataProvider: createDataProvider(api),
  };
}
