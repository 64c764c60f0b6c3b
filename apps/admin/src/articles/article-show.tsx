import type { Article } from '@bcdnq/domain/articles';
import Alert from '@mui/material/Alert';
import MuiButton from '@mui/material/Button';
import {
  EditButton,
  ReferenceField,
  RichTextField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import {
  ARTICLE_CATEGORY_LABELS,
  ARTICLE_STATUS_LABELS,
  ARTICLE_STATUS_TONES,
  LANGUAGE_LABELS,
} from './article-labels';
import { ArticleVersions } from './article-versions';
import { ArticleWorkflow } from './article-workflow';

function PreviewButton() {
  const record = useRecordContext<Article>();
  const translate = useTranslate();
  if (!record) return null;
  // The portal renders it exactly as readers will see it; the API checks the session behind it.
  return (
    <MuiButton size="small" href={`/xem-truoc/${record.id}`} target="_blank" rel="noopener">
      {translate('app.newsroom.preview')}
    </MuiButton>
  );
}

function ShowActions() {
  const record = useRecordContext<Article>();
  const { canAccess } = useCanAccess({ resource: 'articles', action: 'edit', record });
  return (
    <TopToolbar>
      <PreviewButton />
      {canAccess ? <EditButton /> : null}
    </TopToolbar>
  );
}

function ReviewComment() {
  const record = useRecordContext<Article>();
  const translate = useTranslate();
  if (!record?.reviewComment) return null;
  return (
    <Alert severity={record.status === 'returned' ? 'warning' : 'info'} sx={{ my: 1 }}>
      <strong>{translate('app.newsroom.review_comment')}:</strong> {record.reviewComment}
    </Alert>
  );
}

export function ArticleShow() {
  return (
    <Show actions={<ShowActions />}>
      <ArticleWorkflow />
      <ReviewComment />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.articles.fields.body">
          <TextField source="title" />
          <LabelField source="status" labels={ARTICLE_STATUS_LABELS} tones={ARTICLE_STATUS_TONES} />
          <DateText source="publishAt" withTime emptyText="—" />
          <DateText source="publishedAt" withTime emptyText="—" />
          <TextField source="lead" emptyText="—" />
          <RichTextField source="body" />
          <TextField source="coverImageUrl" emptyText="—" />
          <TextField source="coverAlt" emptyText="—" />
          <TextField source="coverCaption" emptyText="—" />
          <TextField source="byline" emptyText="—" />
          <ReferenceField source="sourceAgencyId" reference="agencies" emptyText="—" />
          <LabelField source="category" labels={ARTICLE_CATEGORY_LABELS} />
          <LabelField source="language" labels={LANGUAGE_LABELS} />
          <ReferenceField source="campaignId" reference="campaigns" emptyText="—" />
          <ReferenceField source="taskId" reference="tasks" emptyText="—">
            <TextField source="text" />
          </ReferenceField>
          <ReferenceField source="translationId" reference="articles" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.newsroom.versions" path="versions">
          <ArticleVersions />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
