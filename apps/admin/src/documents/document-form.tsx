import { DOCUMENT_FIELDS, ZDocumentMetadataUpdate } from '@bcdnq/domain/documents';
import Link from '@mui/material/Link';
import {
  AutocompleteInput,
  Datagrid,
  Edit,
  FunctionField,
  List,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { VnDateInput } from '../common/date-input';
import { DateText } from '../common/fields';
import { ListEmpty } from '../common/list-empty';
import { useSchemaResolver } from '../common/use-schema-resolver';

/** Only the metadata goes back: the list's other fields (slug, file, dates of publication) are not the form's. */
export function normalizeDocumentValues(values: FieldValues): FieldValues {
  const pick = [
    'number',
    'documentType',
    'issuer',
    'signer',
    'issuedOn',
    'effectiveOn',
    'field',
    'abstract',
    'version',
  ];
  const out: FieldValues = {};
  for (const key of pick) if (key in values) out[key] = values[key] === '' ? null : values[key];
  if (out.number === null) out.number = '';
  if (out.issuer === null) out.issuer = '';
  return out;
}

function FileLink() {
  const translate = useTranslate();
  return (
    <FunctionField
      label="app.newsroom.document_file"
      render={(record: { fileUrl?: string | null }) =>
        record.fileUrl ? <Link href={record.fileUrl}>{translate('app.newsroom.document_file')}</Link> : '—'
      }
    />
  );
}

/** Published plans as the portal lists them; staff correct the metadata citizens see. */
export function DocumentList() {
  return (
    <List perPage={25} empty={<ListEmpty />} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="number" sortable={false} />
        <TextField source="title" sortable={false} />
        <TextField source="documentType" sortable={false} />
        <DateText source="issuedOn" sortable={false} />
        <TextField source="field" sortable={false} emptyText="—" />
        <FileLink />
      </Datagrid>
    </List>
  );
}

export function DocumentEdit() {
  const resolver = useSchemaResolver(ZDocumentMetadataUpdate, normalizeDocumentValues);
  const fields = DOCUMENT_FIELDS.map((name) => ({ id: name, name }));
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={normalizeDocumentValues}>
      <SimpleForm
        warnWhenUnsavedChanges
        resolver={resolver}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <TextInput source="title" fullWidth readOnly />
        <TextInput source="number" />
        <TextInput source="documentType" />
        <TextInput source="issuer" fullWidth />
        <TextInput source="signer" />
        <VnDateInput source="issuedOn" />
        <VnDateInput source="effectiveOn" />
        <AutocompleteInput
          source="field"
          choices={fields}
          onCreate={(name) => ({ id: name ?? '', name: name ?? '' })}
        />
        <TextInput source="abstract" fullWidth multiline minRows={3} />
      </SimpleForm>
    </Edit>
  );
}
