import { ROLE_LABELS } from '@bcdnq/domain/users';
import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { useLabelChoices } from '../common/labels';
import { ListEmpty } from '../common/list-empty';

export function UserList() {
  const translate = useTranslate();
  const roles = useLabelChoices(ROLE_LABELS);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="role" source="role" choices={roles} alwaysOn />,
    <ReferenceInput key="agencyId" source="agencyId" reference="agencies">
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
    <NullableBooleanInput key="active" source="active" />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      empty={<ListEmpty />}
      sort={{ field: 'username', order: 'ASC' }}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="fullName" />
        <LabelField source="role" labels={ROLE_LABELS} />
        <ReferenceField source="agencyId" reference="agencies" link="show" emptyText="—" sortable={false} />
        <BooleanField source="active" sortable={false} />
        <DateText source="lastLoginAt" withTime emptyText={translate('app.user.never')} />
      </Datagrid>
    </List>
  );
}
