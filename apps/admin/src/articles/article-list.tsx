import { Datagrid, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import { DateText, LabelField } from '../common/fields';
import { useLabelChoices } from '../common/labels';
import { ListEmpty } from '../common/list-empty';
import {
  ARTICLE_CATEGORY_LABELS,
  ARTICLE_STATUS_LABELS,
  ARTICLE_STATUS_TONES,
  LANGUAGE_LABELS,
} from './article-labels';

function ArticleGrid({ withComment = false }: { withComment?: boolean }) {
  return (
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <LabelField source="status" labels={ARTICLE_STATUS_LABELS} tones={ARTICLE_STATUS_TONES} />
      {withComment ? <TextField source="reviewComment" sortable={false} /> : null}
      <LabelField source="category" labels={ARTICLE_CATEGORY_LABELS} sortable={false} />
      <LabelField source="language" labels={LANGUAGE_LABELS} sortable={false} />
      <DateText source="publishedAt" withTime />
      <DateText source="updatedAt" withTime />
    </Datagrid>
  );
}

/** Every article of the newsroom, newest change first, with filters by status, language and category. */
export function ArticleList() {
  const statuses = useLabelChoices(ARTICLE_STATUS_LABELS);
  const categories = useLabelChoices(ARTICLE_CATEGORY_LABELS);
  const languages = useLabelChoices(LANGUAGE_LABELS);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses} alwaysOn />,
    <SelectInput key="language" source="language" choices={languages} />,
    <SelectInput key="category" source="category" choices={categories} />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      empty={<ListEmpty />}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      exporter={false}
    >
      <ArticleGrid />
    </List>
  );
}

/** The reviewer's queue: articles in review, the longest waiting first. */
export function ReviewQueuePage() {
  const translate = useTranslate();
  return (
    <List
      resource="articles"
      filter={{ status: 'in_review' }}
      sort={{ field: 'updatedAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      title={translate('app.newsroom.review_queue')}
      empty={<ListEmpty />}
      storeKey="articles.review"
      disableSyncWithLocation
      aside={undefined}
    >
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('app.newsroom.review_queue_intro')}
      </Typography>
      <ArticleGrid />
    </List>
  );
}

/** The editor's inbox: their own articles returned by the reviewer, with the comment. */
export function EditorInboxPage() {
  const translate = useTranslate();
  return (
    <List
      resource="articles"
      filter={{ status: 'returned', mine: 'true' }}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      title={translate('app.newsroom.my_inbox')}
      empty={<ListEmpty />}
      storeKey="articles.inbox"
      disableSyncWithLocation
    >
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('app.newsroom.my_inbox_intro')}
      </Typography>
      <ArticleGrid withComment />
    </List>
  );
}
