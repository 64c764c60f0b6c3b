import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS } from '@bcdnq/domain/plans';
import {
  Datagrid,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { useLabelChoices } from '../common/labels';
import { PLAN_STATUS_TONES } from './plan-status';
import { ListEmpty } from '../common/list-empty';

export function PlanList() {
  const translate = useTranslate();
  const kinds = useLabelChoices(PLAN_KIND_LABELS);
  const statuses = useLabelChoices(PLAN_STATUS_LABELS);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="year" source="year" min={2000} max={2100} alwaysOn sx={{ width: 110 }} />,
    <SelectInput key="kind" source="kind" choices={kinds} alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      empty={<ListEmpty />}
      sort={{ field: 'year', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" emptyText={translate('app.plan.draft_number')} />
        <TextField source="title" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <LabelField source="kind" labels={PLAN_KIND_LABELS} sortable={false} />
        <LabelField source="status" labels={PLAN_STATUS_LABELS} tones={PLAN_STATUS_TONES} />
        <DateText source="issuedOn" />
        <NumberField source="taskCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
