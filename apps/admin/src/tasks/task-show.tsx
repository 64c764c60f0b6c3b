import { isPlanEditable, type Plan } from '@bcdnq/domain/plans';
import { TASK_STATUS_LABELS, TOPIC_LABELS, type Task } from '@bcdnq/domain/tasks';
import {
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TabbedShowLayout,
  FunctionField,
  TextField,
  TopToolbar,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateText, LabelArrayField, LabelField } from '../common/fields';
import { CoordinatorsField, LeadsField, ScheduleField } from './task-fields';
import { AuditTrail } from '../common/audit-trail';
import { TaskNotes } from './task-notes';
import { TASK_STATUS_TONES } from './task-status';
import { TaskStatusActions } from './task-status-actions';

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
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.task_work.details">
          <ReferenceField source="planId" reference="plans" link="show" />
          <TextField source="ref" emptyText="—" />
          <TextField source="text" sx={{ whiteSpace: 'pre-line' }} />
          {/* Sub-duties are sentences: a list wraps them, chips would run off the page. */}
          <FunctionField
            source="subDuties"
            render={(task: Task) =>
              task.subDuties.length === 0 ? (
                translate('app.plan.none')
              ) : (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {task.subDuties.map((duty, i) => (
                    <li key={i}>{duty}</li>
                  ))}
                </ul>
              )
            }
          />
          <Labeled label="resources.tasks.fields.leads">
            <LeadsField />
          </Labeled>
          <Labeled label="resources.tasks.fields.coordinatorIds">
            <CoordinatorsField />
          </Labeled>
          <ScheduleField label="app.task.schedule" />
          <DateText source="dueOn" emptyText={translate('app.task.no_due')} />
          <DateText source="nextDueOn" emptyText={translate('app.task.no_due')} />
          <LabelArrayField source="topics" labels={TOPIC_LABELS} emptyText={translate('app.plan.none')} />
          <LabelField source="status" labels={TASK_STATUS_LABELS} tones={TASK_STATUS_TONES} />
          <TaskStatusActions />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.task_work.progress" path="progress">
          <TaskNotes />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.audit.title" path="audit">
          <AuditTrail entity="task" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
