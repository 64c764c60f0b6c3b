import { AGENCY_KIND_LABELS } from '@bcdnq/domain/agencies';
import { Datagrid, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { useLabelChoices } from '../common/labels';
import { ListEmpty } from '../common/list-empty';

export function AgencyList() {
  const kinds = useLabelChoices(AGENCY_KIND_LABELS);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={kinds} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      empty={<ListEmpty />}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="shortName" sortable={false} />
        <LabelField source="kind" labels={AGENCY_KIND_LABELS} />
        <DateText source="validFrom" sortable={false} />
        <DateText source="validTo" />
      </Datagrid>
    </List>
  );
}
