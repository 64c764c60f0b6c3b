import { RECURRENCES, TOPIC_LABELS, ZTaskCreate, ZTaskUpdate, type Task } from '@bcdnq/domain/tasks';
import Alert from '@mui/material/Alert';
import type { Plan } from '@bcdnq/domain/plans';
import { type FieldValues, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  Edit,
  FormDataConsumer,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  Labeled,
  useGetOne,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RECURRENCE_LABELS, SCHEDULE_KIND_LABELS, labelChoices, useLabelChoices } from '../common/labels';
import { todayIso } from '../common/format';
import { useSchemaResolver } from '../common/use-schema-resolver';
import { usePlanIsDraft } from './task-show';
import { VnDateInput } from '../common/date-input';

const agencyFilter = (q: string) => ({ q });

/**
 * Agencies are offered as they stood when the plan applies: its issue date, the end of a past year, or today.
 * An agency already on the task still shows even if it has expired since (react-admin fetches it by id).
 */
function useAgenciesInForce(): { activeOn: string } {
  const planId: unknown = useWatch({ name: 'planId' });
  const { data: plan } = useGetOne<Plan>(
    'plans',
    { id: typeof planId === 'string' ? planId : '' },
    { enabled: typeof planId === 'string' && planId !== '' },
  );
  const today = todayIso();
  if (!plan) return { activeOn: today };
  if (plan.issuedOn) return { activeOn: plan.issuedOn };
  return { activeOn: plan.year < Number(today.slice(0, 4)) ? `${plan.year}-12-31` : today };
}

function ScheduleInputs() {
  const [locale] = useLocaleState();
  const kinds = useLabelChoices(SCHEDULE_KIND_LABELS);
  const every = labelChoices(RECURRENCE_LABELS, locale).filter((c) =>
    (RECURRENCES as readonly string[]).includes(c.id),
  );
  return (
    <>
      <SelectInput source="schedule.kind" label="resources.tasks.fields.scheduleKind" choices={kinds} />
      <FormDataConsumer>
        {({ formData }) => {
          const kind: unknown = formData.schedule?.kind;
          if (kind === 'deadline')
            return <VnDateInput source="schedule.due" label="resources.tasks.fields.scheduleDue" />;
          if (kind === 'window')
            return (
              <>
                <VnDateInput source="schedule.from" label="resources.tasks.fields.scheduleFrom" />{' '}
                <VnDateInput source="schedule.to" label="resources.tasks.fields.scheduleTo" />
              </>
            );
          if (kind === 'recurring')
            return (
              <SelectInput
                source="schedule.every"
                label="resources.tasks.fields.scheduleEvery"
                choices={every}
              />
            );
          return null;
        }}
      </FormDataConsumer>
    </>
  );
}

function DutyInputs() {
  const translate = useTranslate();
  const currentAgencies = useAgenciesInForce();
  const topics = useLabelChoices(TOPIC_LABELS);
  return (
    <>
      <TextInput source="ref" />
      <TextInput source="text" multiline fullWidth minRows={3} />
      <ArrayInput source="subDuties">
        <SimpleFormIterator fullWidth>
          <TextInput
            source=""
            label="resources.tasks.fields.subDuty"
            multiline
            fullWidth
            helperText={false}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="leads" helperText={translate('app.task.lead_hint')}>
        <SimpleFormIterator inline disableReordering>
          <ReferenceInput
            source="agencyId"
            reference="agencies"
            sort={{ field: 'name', order: 'ASC' }}
            filter={currentAgencies}
          >
            <AutocompleteInput
              optionText="name"
              label="resources.tasks.fields.leadAgency"
              filterToQuery={agencyFilter}
              helperText={false}
              sx={{ minWidth: 360 }}
            />
          </ReferenceInput>
          <BooleanInput source="requested" label="resources.tasks.fields.leadRequested" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ReferenceArrayInput
        source="coordinatorIds"
        reference="agencies"
        sort={{ field: 'name', order: 'ASC' }}
        filter={currentAgencies}
        perPage={50}
      >
        <AutocompleteArrayInput optionText="name" filterToQuery={agencyFilter} fullWidth />
      </ReferenceArrayInput>
      <ScheduleInputs />
      <CheckboxGroupInput source="topics" choices={topics} row />
    </>
  );
}

/** A new lead row has `requested` untouched: the schema defaults it, the form must not send undefined agencies. */
function normalizeTask(values: FieldValues): FieldValues {
  const leads: unknown = values.leads;
  return {
    ...values,
    leads: Array.isArray(leads)
      ? leads.map((lead: unknown) =>
          typeof lead === 'object' && lead !== null ? { requested: false, ...lead } : lead,
        )
      : leads,
  };
}

export function TaskCreate() {
  const resolver = useSchemaResolver(ZTaskCreate, normalizeTask);
  return (
    <Create redirect="show">
      <SimpleForm
        warnWhenUnsavedChanges
        resolver={resolver}
        defaultValues={{
          leads: [{ agencyId: null, requested: false }],
          coordinatorIds: [],
          subDuties: [],
          topics: [],
          schedule: { kind: 'continuous' },
        }}
      >
        <ReferenceInput
          source="planId"
          reference="plans"
          filter={{ status: 'draft' }}
          sort={{ field: 'year', order: 'DESC' }}
        >
          <AutocompleteInput filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceInput>
        <DutyInputs />
      </SimpleForm>
    </Create>
  );
}

function TaskEditToolbar() {
  const task = useRecordContext<Task>();
  const editable = usePlanIsDraft(task);
  return (
    <Toolbar>
      <SaveButton disabled={!editable} />
    </Toolbar>
  );
}

function LockedNotice() {
  const task = useRecordContext<Task>();
  const editable = usePlanIsDraft(task);
  const translate = useTranslate();
  if (!task || editable) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }}>
      {translate('app.task.locked')}
    </Alert>
  );
}

export function TaskEdit() {
  const resolver = useSchemaResolver(ZTaskUpdate, normalizeTask);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm warnWhenUnsavedChanges resolver={resolver} toolbar={<TaskEditToolbar />}>
        <LockedNotice />
        <Labeled label="resources.tasks.fields.planId">
          <ReferenceField source="planId" reference="plans" link="show" />
        </Labeled>
        <DutyInputs />
      </SimpleForm>
    </Edit>
  );
}
