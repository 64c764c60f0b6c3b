import { PLAN_KIND_LABELS, ZPlanCreate, ZPlanUpdate, isPlanEditable, type Plan } from '@bcdnq/domain/plans';
import Alert from '@mui/material/Alert';
import type { FieldValues } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { REPORT_PERIOD_LABELS, useLabelChoices } from '../common/labels';
import { RecordTitle } from '../common/record-title';
import { useSchemaResolver } from '../common/use-schema-resolver';
import { normalizePlanValues } from './plan-form-values';
import { VnDateInput } from '../common/date-input';

function HeaderInputs() {
  const translate = useTranslate();
  const kinds = useLabelChoices(PLAN_KIND_LABELS);
  return (
    <>
      <SelectInput source="kind" choices={kinds} />
      <TextInput source="title" multiline fullWidth />
      <NumberInput source="year" min={2000} max={2100} step={1} />
      <TextInput source="number" helperText={translate('app.plan.number_hint')} />
      <TextInput source="issuer" fullWidth />
      <TextInput source="place" />
      <VnDateInput source="issuedOn" />
      <TextInput source="signer.capacity" label="resources.plans.fields.signerCapacity" />
      <TextInput source="signer.title" label="resources.plans.fields.signerTitle" />
      <TextInput
        source="signer.name"
        label="resources.plans.fields.signerName"
        helperText={translate('app.plan.signer_hint')}
      />
      <ReferenceInput source="agencyId" reference="agencies" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 420 }} />
      </ReferenceInput>
      <BooleanInput source="publishPublicly" />
    </>
  );
}

function StatementList({ source, item }: { source: string; item: string }) {
  return (
    <ArrayInput source={source}>
      <SimpleFormIterator fullWidth>
        <TextInput source="" label={item} multiline fullWidth helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

function ContentInputs() {
  const periods = useLabelChoices(REPORT_PERIOD_LABELS);
  return (
    <>
      <TextInput source="summary" multiline fullWidth minRows={3} />
      <ArrayInput source="references">
        <SimpleFormIterator inline>
          <TextInput source="type" label="resources.plans.fields.referenceType" helperText={false} />
          <TextInput source="number" label="resources.plans.fields.referenceNumber" helperText={false} />
          <VnDateInput source="date" label="resources.plans.fields.referenceDate" helperText={false} />
          <TextInput source="issuer" label="resources.plans.fields.referenceIssuer" helperText={false} />
          <TextInput
            source="text"
            label="resources.plans.fields.referenceText"
            helperText={false}
            fullWidth
            multiline
          />
        </SimpleFormIterator>
      </ArrayInput>
      <StatementList source="purposes" item="resources.plans.fields.purpose" />
      <StatementList source="keyTasks" item="resources.plans.fields.keyTask" />
      <StatementList source="implementation" item="resources.plans.fields.implementationItem" />
      <ArrayInput source="reportingRules">
        <SimpleFormIterator inline>
          <SelectInput
            source="period"
            choices={periods}
            label="resources.plans.fields.rulePeriod"
            helperText={false}
          />
          <NumberInput
            source="dueDay"
            min={1}
            max={31}
            label="resources.plans.fields.ruleDueDay"
            helperText={false}
          />
          <VnDateInput source="due" label="resources.plans.fields.ruleDue" helperText={false} />
          <TextInput source="to" label="resources.plans.fields.ruleTo" helperText={false} />
          <TextInput
            source="text"
            label="resources.plans.fields.ruleText"
            helperText={false}
            fullWidth
            multiline
          />
        </SimpleFormIterator>
      </ArrayInput>
      <StatementList source="recipients" item="resources.plans.fields.recipient" />
    </>
  );
}

function PlanTabs({
  resolver,
  defaultValues,
}: {
  resolver: ReturnType<typeof useSchemaResolver>;
  defaultValues?: FieldValues;
}) {
  return (
    <TabbedForm warnWhenUnsavedChanges resolver={resolver} defaultValues={defaultValues}>
      <TabbedForm.Tab label="app.plan.header">
        <HeaderInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label="app.plan.content" path="content">
        <ContentInputs />
      </TabbedForm.Tab>
    </TabbedForm>
  );
}

export function PlanCreate() {
  const resolver = useSchemaResolver(ZPlanCreate, normalizePlanValues);
  return (
    <Create redirect="show">
      <PlanTabs
        resolver={resolver}
        defaultValues={{
          kind: 'yearly',
          year: new Date().getFullYear(),
          references: [],
          purposes: [],
          keyTasks: [],
          implementation: [],
          reportingRules: [],
          recipients: [],
          publishPublicly: false,
        }}
      />
    </Create>
  );
}

function EditGuard() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan || isPlanEditable(plan.status)) return null;
  return <Alert severity="warning">{translate('app.plan.locked')}</Alert>;
}

export function PlanEdit() {
  const resolver = useSchemaResolver(ZPlanUpdate, normalizePlanValues);
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle />}>
      <EditGuard />
      <PlanTabs resolver={resolver} />
    </Edit>
  );
}
