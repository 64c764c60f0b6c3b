import { AGENCY_KIND_LABELS } from '@bcdnq/domain/agencies';
import {
  ChipField,
  EditButton,
  FunctionField,
  ListButton,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextArrayField,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { LabelField } from '../common/fields';
import { formatDate } from '../common/format';

function Actions() {
  return (
    <TopToolbar>
      <ListButton />
      <EditButton />
    </TopToolbar>
  );
}

export function AgencyShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <LabelField source="kind" labels={AGENCY_KIND_LABELS} />
        <TextArrayField source="aliases" emptyText={translate('app.agency.no_alias')} />
        <FunctionField
          label="app.agency.validity"
          render={(record) => {
            const from = formatDate(record.validFrom);
            const to = formatDate(record.validTo);
            if (!from && !to) return translate('app.agency.valid_always');
            return [
              from && translate('app.agency.valid_from', { date: from }),
              to && translate('app.agency.valid_to', { date: to }),
            ]
              .filter(Boolean)
              .join(' ');
          }}
        />
        <ReferenceArrayField source="successorIds" reference="agencies" emptyText={translate('app.agency.no_successor')}>
          <SingleFieldList linkType="show">
            <ChipField source="name" />
          </SingleFieldList>
        </ReferenceArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
