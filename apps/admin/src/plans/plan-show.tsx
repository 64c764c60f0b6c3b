import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS, isPlanEditable, type Plan } from '@bcdnq/domain/plans';
import { TASK_STATUS_LABELS } from '@bcdnq/domain/tasks';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import {
  ArrayField,
  BooleanField,
  Button,
  Datagrid,
  EditButton,
  FunctionField,
  Link,
  ListButton,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { RecordTitle } from '../common/record-title';
import { formatDate } from '../common/format';
import { describeSchedule, REPORT_PERIOD_LABELS } from '../common/labels';
import { TASK_STATUS_TONES } from '../tasks/task-status';
import { AuditTrail } from '../common/audit-trail';
import { PlanDiffTab } from './plan-diff-tab';
import { IssuePlanButton } from './plan-issue';
import {
  AmendPlanButton,
  ClonePlanButton,
  ClosePlanButton,
  ExportWordButton,
  PublicationButton,
} from './plan-lifecycle';
import { PLAN_STATUS_TONES } from './plan-status';

function Actions() {
  const plan = useRecordContext<Plan>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <ListButton />
      {plan && isPlanEditable(plan.status) && <EditButton />}
      {plan && isPlanEditable(plan.status) && <IssuePlanButton />}
      <AmendPlanButton />
      <ClonePlanButton />
      <PublicationButton />
      <ClosePlanButton />
      <ExportWordButton />
    </TopToolbar>
  );
}

function LockedNotice() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan || isPlanEditable(plan.status)) return null;
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('app.plan.locked')}
    </Alert>
  );
}

function AddTaskButton() {
  const plan = useRecordContext<Plan>();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'create' });
  if (!plan || !canAccess || !isPlanEditable(plan.status)) return null;
  return (
    <Button
      component={Link}
      to={{ pathname: '/tasks/create' }}
      state={{ record: { planId: plan.id } }}
      label="app.plan.add_task"
    >
      <AddIcon />
    </Button>
  );
}

function PlanTasks() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <AddTaskButton />
      <ReferenceManyField
        reference="tasks"
        target="planId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
        empty={<Typography color="text.secondary">{translate('app.plan.no_tasks')}</Typography>}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="ref" />
          <FunctionField
            source="text"
            sortable={false}
            render={(task) =>
              typeof task.text === 'string' && task.text.length > 160
                ? `${task.text.slice(0, 160)}…`
                : task.text
            }
          />
          <FunctionField
            label="app.task.schedule"
            render={(task) => describeSchedule(task.schedule, locale, formatDate)}
          />
          <LabelField source="status" labels={TASK_STATUS_LABELS} tones={TASK_STATUS_TONES} />
          <DateText source="dueOn" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
}

/** Paragraph-long items (purposes, duties, recipients) as a list that wraps, never as chips wider than the screen. */
function TextList({ items, none, numbered = false }: { items: unknown; none: string; numbered?: boolean }) {
  if (!Array.isArray(items) || items.length === 0) return <>{none}</>;
  const List = numbered ? 'ol' : 'ul';
  return (
    <List style={{ margin: 0, paddingLeft: 20, overflowWrap: 'anywhere' }}>
      {items.map((text: unknown, index: number) => (
        <li key={index}>{String(text)}</li>
      ))}
    </List>
  );
}

// Long Vietnamese sentences wrap inside their column instead of widening the page past the screen.
const WRAPPING_TABLE = {
  tableLayout: 'fixed',
  width: '100%',
  '& td': { whiteSpace: 'normal', overflowWrap: 'anywhere', verticalAlign: 'top' },
} as const;

// Period, due day and recipient are short: they keep readable widths, the rule's text takes the rest.
const RULES_TABLE = { ...WRAPPING_TABLE, '& th:nth-of-type(-n+3)': { width: '14%' } } as const;

export function PlanShow() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const none = translate('app.plan.none');
  return (
    <Show actions={<Actions />} title={<RecordTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.plan.header">
          <LockedNotice />
          <TextField source="title" />
          <TextField source="number" emptyText={translate('app.plan.draft_number')} />
          <NumberField source="year" options={{ useGrouping: false }} />
          <LabelField source="kind" labels={PLAN_KIND_LABELS} />
          <LabelField source="status" labels={PLAN_STATUS_LABELS} tones={PLAN_STATUS_TONES} />
          <TextField source="issuer" emptyText={none} />
          <TextField source="place" emptyText={none} />
          <FunctionField
            label="resources.plans.fields.issuedOn"
            render={(plan) => (plan.issuedOn ? formatDate(plan.issuedOn) : none)}
          />
          <FunctionField
            label="resources.plans.fields.signer"
            render={(plan) =>
              plan.signer
                ? [plan.signer.capacity, plan.signer.title, plan.signer.name].filter(Boolean).join(' / ')
                : none
            }
          />
          <ReferenceField source="agencyId" reference="agencies" link="show" emptyText={none} />
          <BooleanField source="publishPublicly" />
          <NumberField source="versionNo" />
          <ReferenceField source="previousVersionId" reference="plans" link="show" emptyText={none} />
          <ReferenceField source="sourcePlanId" reference="plans" link="show" emptyText={none} />
          <DateText source="updatedAt" withTime />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.plan.content" path="content">
          <TextField source="summary" emptyText={none} />
          <ArrayField source="references" emptyText={none}>
            <Datagrid bulkActionButtons={false} rowClick={false} sx={WRAPPING_TABLE}>
              <TextField source="text" label="resources.plans.fields.referenceText" />
            </Datagrid>
          </ArrayField>
          <FunctionField
            source="purposes"
            render={(plan) => <TextList items={plan.purposes} none={none} numbered />}
          />
          <FunctionField
            source="keyTasks"
            render={(plan) => <TextList items={plan.keyTasks} none={none} numbered />}
          />
          <FunctionField
            source="implementation"
            render={(plan) => <TextList items={plan.implementation} none={none} numbered />}
          />
          <ArrayField source="reportingRules" emptyText={none}>
            <Datagrid bulkActionButtons={false} rowClick={false} sx={RULES_TABLE}>
              <FunctionField
                label="resources.plans.fields.rulePeriod"
                render={(rule) =>
                  Object.hasOwn(REPORT_PERIOD_LABELS, rule.period)
                    ? REPORT_PERIOD_LABELS[rule.period as keyof typeof REPORT_PERIOD_LABELS][
                        locale === 'en' ? 'en' : 'vi'
                      ]
                    : rule.period
                }
              />
              <FunctionField
                label="resources.plans.fields.ruleDue"
                render={(rule) =>
                  rule.due
                    ? formatDate(rule.due)
                    : rule.dueDay
                      ? translate('app.plan_rules.due_day', { day: rule.dueDay })
                      : none
                }
              />
              <TextField source="to" label="resources.plans.fields.ruleTo" />
              <TextField source="text" label="resources.plans.fields.ruleText" />
            </Datagrid>
          </ArrayField>
          <FunctionField
            source="recipients"
            render={(plan) => <TextList items={plan.recipients} none={none} />}
          />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.plan.tasks" path="tasks">
          <PlanTasks />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.diff.tab" path="diff">
          <PlanDiffTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.audit.title" path="audit">
          <AuditTrail entity="plan" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
