import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, memoryStore, Resource } from 'react-admin';
import { AccountPage } from './account/account-page';
import agencies from './agencies';
import { Dashboard } from './dashboard/dashboard';
import { ImportPage } from './imports/import-page';
import { MyTasksPage } from './my-tasks/my-tasks-page';
import { AppLayout } from './layout/app-layout';
import { LoginPage } from './layout/login-page';
import { theme } from './layout/theme';
import plans from './plans';
import reports from './reports';
import { ConsolidationPage } from './reports/consolidation-page';
import { InboxPage } from './reports/inbox';
import { OutboxList } from './reports/outbox-list';
import { ReviewQueue } from './reports/report-list';
import { createProviders } from './providers';
import tasks from './tasks';
import users from './users';
import articles from './articles';
import { EditorInboxPage, ReviewQueuePage } from './articles/article-list';
import campaigns from './campaigns';
import documents from './documents';
import { MediaPage } from './media/media-page';

const { authProvider, dataProvider, i18nProvider } = createProviders();
// UI state (list filters, sidebar) stays in memory: only the language is remembered across visits.
const store = memoryStore();

export function App() {
  return (
    <Admin
      title="Ban Chỉ đạo Nhân quyền tỉnh"
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={theme}
      layout={AppLayout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      <Resource {...plans} />
      <Resource {...tasks} />
      <Resource {...agencies} />
      <Resource {...users} />
      <Resource {...reports} />
      <Resource name="outbox" list={OutboxList} />
      <Resource {...articles} />
      <Resource {...campaigns} />
      <Resource {...documents} />
      <CustomRoutes>
        <Route path="/imports" element={<ImportPage />} />
        <Route path="/my-tasks" element={<MyTasksPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/review" element={<ReviewQueue />} />
        <Route path="/consolidation" element={<ConsolidationPage />} />
        <Route path="/review-queue" element={<ReviewQueuePage />} />
        <Route path="/my-articles" element={<EditorInboxPage />} />
        <Route path="/media" element={<MediaPage />} />
      </CustomRoutes>
    </Admin>
  );
}
