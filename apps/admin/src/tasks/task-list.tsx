import { TASK_STATUS_LABELS, TOPIC_LABELS } from '@bcdnq/domain/tasks';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useTranslate,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { useLabelChoices } from '../common/labels';
import { LeadsField, ScheduleField } from './task-fields';
import { TASK_STATUS_TONES } from './task-status';
import { ListEmpty } from '../common/list-empty';
import { TaskBatchButton, TaskExportButton } from './task-batch';

function ListActions() {
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      {canAccess && <CreateButton />}
      <TaskExportButton />
    </TopToolbar>
  );
}

const excerpt = (text: unknown): string =>
  typeof text !== 'string' ? '' : text.length > 140 ? `${text.slice(0, 140)}…` : text;

export function TaskList() {
  const statuses = useLabelChoices(TASK_STATUS_LABELS);
  const topics = useLabelChoices(TOPIC_LABELS);
  const batch = useCanAccess({ resource: 'tasks', action: 'batch' });
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput
      key="planId"
      source="planId"
      reference="plans"
      sort={{ field: 'year', order: 'DESC' }}
      alwaysOn
    >
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    // The API filters by any part an agency has in a task: lead or coordinator.
    <ReferenceInput
      key="agencyId"
      source="agencyId"
      reference="agencies"
      sort={{ field: 'name', order: 'ASC' }}
      alwaysOn
    >
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={statuses} />,
    <SelectInput key="topic" source="topic" label="resources.tasks.fields.topic" choices={topics} />,
    // docs/api.md: `overdue=true` and `dueWithin=<days>` (a select, so "off" sends nothing rather than "false").
    <SelectInput
      key="overdue"
      source="overdue"
      label="app.task_work.overdue_filter"
      choices={[{ id: 'true', name: 'app.task_work.only_overdue' }]}
    />,
    <SelectInput
      key="dueWithin"
      source="dueWithin"
      label="app.task_work.due_within"
      choices={[7, 30, 90].map((days) => ({
        id: String(days),
        name: translate('app.task_work.days', { smart_count: days }),
      }))}
    />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      empty={<ListEmpty />}
      sort={{ field: 'position', order: 'ASC' }}
      exporter={false}
      actions={<ListActions />}
    >
      <Datagrid rowClick="show" bulkActionButtons={batch.canAccess ? <TaskBatchButton /> : false}>
        <ReferenceField source="planId" reference="plans" link="show" sortable={false} />
        <TextField source="ref" />
        <FunctionField source="text" sortable={false} render={(task) => excerpt(task.text)} />
        <LeadsField label="resources.tasks.fields.leads" sortable={false} />
        <ScheduleField label="app.task.schedule" sortable={false} />
        <LabelField source="status" labels={TASK_STATUS_LABELS} tones={TASK_STATUS_TONES} />
        <DateText source="dueOn" />
      </Datagrid>
    </List>
  );
}
