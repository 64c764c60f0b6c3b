import { ZCampaignCreate, ZCampaignUpdate } from '@bcdnq/domain/campaigns';
import {
  ArrayInput,
  AutocompleteArrayInput,
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceArrayInput,
  SaveButton,
  SearchInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  Toolbar,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { VnDateInput } from '../common/date-input';
import { DateText } from '../common/fields';
import { ListEmpty } from '../common/list-empty';
import { useSchemaResolver } from '../common/use-schema-resolver';

const NULLABLE = ['description', 'nameEn', 'descriptionEn', 'keyDate', 'bannerFrom', 'bannerTo', 'planId'];

/** Empty optional fields are null; blank slogans are dropped. */
export function normalizeCampaignValues(values: FieldValues): FieldValues {
  const out: FieldValues = { ...values };
  for (const key of NULLABLE) if (out[key] === '' || out[key] === undefined) out[key] = null;
  if (Array.isArray(out.slogans))
    out.slogans = out.slogans.filter((s: unknown) => typeof s === 'string' && s.trim());
  return out;
}

function CampaignFields() {
  return (
    <>
      <TextInput source="name" fullWidth />
      <VnDateInput source="startsOn" />
      <VnDateInput source="endsOn" />
      <VnDateInput source="keyDate" />
      <VnDateInput source="bannerFrom" />
      <VnDateInput source="bannerTo" />
      <TextInput source="description" fullWidth multiline minRows={4} />
      <TextInput source="nameEn" fullWidth helperText="app.newsroom.campaign_english_hint" />
      <TextInput source="descriptionEn" fullWidth multiline minRows={3} />
      <ArrayInput source="slogans">
        <SimpleFormIterator disableReordering={false}>
          <TextInput source="" label="app.newsroom.slogan" fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ReferenceArrayInput source="taskIds" reference="tasks">
        <AutocompleteArrayInput
          optionText={(t: { text?: string }) => (t.text ?? '').slice(0, 120)}
          filterToQuery={(q) => ({ q })}
          fullWidth
        />
      </ReferenceArrayInput>
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

export function CampaignList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'startsOn', order: 'DESC' }}
      empty={<ListEmpty />}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <DateText source="startsOn" />
        <DateText source="endsOn" sortable={false} />
        <DateText source="keyDate" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function CampaignCreate() {
  const resolver = useSchemaResolver(ZCampaignCreate, normalizeCampaignValues);
  return (
    <Create redirect="list" transform={normalizeCampaignValues}>
      <SimpleForm warnWhenUnsavedChanges resolver={resolver} defaultValues={{ slogans: [], taskIds: [] }}>
        <CampaignFields />
      </SimpleForm>
    </Create>
  );
}

export function CampaignEdit() {
  const resolver = useSchemaResolver(ZCampaignUpdate, normalizeCampaignValues);
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={normalizeCampaignValues}>
      <SimpleForm warnWhenUnsavedChanges resolver={resolver} toolbar={<SaveOnlyToolbar />}>
        <CampaignFields />
      </SimpleForm>
    </Edit>
  );
}
