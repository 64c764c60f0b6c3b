import { isPlanEditable, type Plan } from '@bcdnq/domain/plans';
import { TASK_STATUS_LABELS, TOPIC_LABELS, type Task } from '@bcdnq/domain/tasks';
import {
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateText, LabelArrayField, LabelField } from '../common/fields';
import { CoordinatorsField, LeadsField, ScheduleField } from './task-fields';
import { TASK_STATUS_TONES } from './task-status';

/** A task is edited only while its plan is a draft: the record does not say, its plan does. */
export function usePlanIsDraft(task: Task | undefined): boolean {
  const { data: plan } = useGetOne<Plan>('plans', { id: task?.planId ?? '' }, { enabled: !!task?.planId });
  return !!plan && isPlanEditable(plan.status);
}

function Actions() {
  const task = useRecordContext<Task>();
  const editable = usePlanIsDraft(task);
  return (
    <TopToolbar>
      <ListButton />
      {editable && <EditButton />}
    </TopToolbar>
  );
}

export function TaskShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <ReferenceField source="planId" reference="plans" link="show" />
        <TextField source="ref" emptyText="—" />
        <TextField source="text" sx={{ whiteSpace: 'pre-line' }} />
        <TextArrayField source="subDuties" emptyText={translate('app.plan.none')} />
        <Labeled label="resources.tasks.fields.leads">
          <LeadsField />
        </Labeled>
        <Labeled label="resources.tasks.fields.coordinatorIds">
          <CoordinatorsField />
        </Labeled>
        <ScheduleField label="app.task.schedule" />
        <DateText source="dueOn" emptyText={translate('app.task.no_due')} />
        <LabelArrayField source="topics" labels={TOPIC_LABELS} emptyText={translate('app.plan.none')} />
        <LabelField source="status" labels={TASK_STATUS_LABELS} tones={TASK_STATUS_TONES} />
      </SimpleShowLayout>
    </Show>
  );
}
