import { ZArticleCreate, ZArticleUpdate } from '@bcdnq/domain/articles';
import {
  AutocompleteInput,
  Create,
  Edit,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import { RichTextInput, RichTextInputToolbar } from 'ra-input-rich-text';
import { useLabelChoices } from '../common/labels';
import { useSchemaResolver } from '../common/use-schema-resolver';
import { ARTICLE_CATEGORY_LABELS, LANGUAGE_LABELS } from './article-labels';
import { joinTags, normalizeArticleValues, splitTags } from './article-form-values';
import { CoverInput } from './cover-input';

function ArticleFields() {
  const translate = useTranslate();
  const categories = useLabelChoices(ARTICLE_CATEGORY_LABELS);
  const languages = useLabelChoices(LANGUAGE_LABELS);
  return (
    <>
      <TextInput source="title" fullWidth />
      <TextInput source="lead" fullWidth multiline minRows={2} />
      <RichTextInput
        source="body"
        fullWidth
        helperText={translate('app.newsroom.body_hint')}
        toolbar={<RichTextInputToolbar size="small" />}
      />
      <CoverInput />
      <TextInput source="byline" />
      <ReferenceInput source="sourceAgencyId" reference="agencies" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" fullWidth />
      </ReferenceInput>
      <SelectInput source="category" choices={categories} />
      <SelectInput source="language" choices={languages} />
      <TextInput
        source="tags"
        format={joinTags}
        parse={splitTags}
        helperText={translate('app.newsroom.tags_hint')}
        fullWidth
      />
      <ReferenceInput source="campaignId" reference="campaigns" sort={{ field: 'startsOn', order: 'DESC' }}>
        <SelectInput optionText="name" fullWidth />
      </ReferenceInput>
      <ReferenceInput source="taskId" reference="tasks">
        <AutocompleteInput
          optionText={(t: { text?: string }) => (t.text ?? '').slice(0, 120)}
          fullWidth
          filterToQuery={(q) => ({ q })}
        />
      </ReferenceInput>
      <ReferenceInput source="translationId" reference="articles">
        <AutocompleteInput optionText="title" fullWidth filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
    </>
  );
}

function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function ArticleCreate() {
  const resolver = useSchemaResolver(ZArticleCreate, normalizeArticleValues);
  return (
    <Create redirect="show">
      <SimpleForm
        warnWhenUnsavedChanges
        resolver={resolver}
        defaultValues={{ category: 'tin-tuc', language: 'vi', tags: [], body: '' }}
      >
        <ArticleFields />
      </SimpleForm>
    </Create>
  );
}

export function ArticleEdit() {
  const resolver = useSchemaResolver(ZArticleUpdate, normalizeArticleValues);
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={normalizeArticleValues}>
      <SimpleForm warnWhenUnsavedChanges resolver={resolver} toolbar={<SaveOnlyToolbar />}>
        <ArticleFields />
      </SimpleForm>
    </Edit>
  );
}
