import { TASK_STATUS_LABELS, type Task } from '@bcdnq/domain/tasks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  Datagrid,
  FunctionField,
  Link,
  List,
  SearchInput,
  SelectInput,
  TextField,
  Title,
  TopToolbar,
  useGetIdentity,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { formatDate, todayIso } from '../common/format';
import { pickLabel, useLabelChoices } from '../common/labels';
import type { Identity } from '../providers/auth-provider';
import { TaskExportButton } from '../tasks/task-batch';
import { ScheduleField } from '../tasks/task-fields';
import { TASK_STATUS_TONES } from '../tasks/task-status';
import { dueState } from './due';

const MINE = { scope: 'mine' } as const;
const excerpt = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Lead or coordinator: what the officer's agency has to do with the task. */
function PartChip({ task, agencyId }: { task: Task; agencyId: string | null }) {
  const translate = useTranslate();
  const lead = !!agencyId && task.leads.some((l) => l.agencyId === agencyId);
  return (
    <Chip
      size="small"
      variant={lead ? 'filled' : 'outlined'}
      color={lead ? 'primary' : 'default'}
      label={translate(lead ? 'app.my_tasks.as_lead' : 'app.my_tasks.as_coordinator')}
    />
  );
}

function DueText({ due }: { due: string | null }) {
  const translate = useTranslate();
  const state = dueState(due, todayIso());
  if (!state) return <>{translate('app.task.no_due')}</>;
  return (
    <Box
      component="span"
      sx={{
        color:
          state.tone === 'error' ? 'error.main' : state.tone === 'warning' ? 'warning.dark' : 'text.primary',
      }}
    >
      {formatDate(due)} · {translate(state.key, { smart_count: state.days })}
    </Box>
  );
}

/** One short section ("Quá hạn", "Đến hạn trong 30 ngày") as a plain table with its count in the heading. */
function TaskSection({
  title,
  filter,
  empty,
  agencyId,
  tone,
}: {
  title: string;
  filter: Record<string, unknown>;
  empty: string;
  agencyId: string | null;
  tone: 'error' | 'warning';
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, total, isPending, error } = useGetList<Task>('tasks', {
    filter: { ...MINE, ...filter },
    sort: { field: 'dueOn', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Card variant="outlined" sx={{ borderLeft: 4, borderLeftColor: `${tone}.main` }}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {title}{' '}
          {typeof total === 'number' && (
            <Chip size="small" color={total > 0 ? tone : 'default'} label={total} sx={{ ml: 1 }} />
          )}
        </Typography>
        {isPending && <LinearProgress />}
        {error instanceof Error && (
          <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>
        )}
        {!isPending && !error && (data?.length ?? 0) === 0 && (
          <Typography color="text.secondary">{empty}</Typography>
        )}
        {data && data.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.tasks.fields.dueOn')}</TableCell>
                  <TableCell>{translate('resources.tasks.fields.text')}</TableCell>
                  <TableCell>{translate('resources.tasks.fields.planId')}</TableCell>
                  <TableCell>{translate('app.my_tasks.part')}</TableCell>
                  <TableCell>{translate('resources.tasks.fields.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((task) => (
                  <TableRow key={task.id} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <DueText due={task.dueOn} />
                    </TableCell>
                    <TableCell>
                      <Link to={`/tasks/${task.id}/show`}>
                        {task.ref ? `${task.ref}. ` : ''}
                        {excerpt(task.text)}
                      </Link>
                    </TableCell>
                    <TableCell>{task.plan ? `${task.plan.title} (${task.plan.year})` : ''}</TableCell>
                    <TableCell>
                      <PartChip task={task} agencyId={agencyId} />
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={TASK_STATUS_TONES[task.status]}
                        label={pickLabel(TASK_STATUS_LABELS[task.status], locale)}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

function AllMyTasks({ agencyId }: { agencyId: string | null }) {
  const statuses = useLabelChoices(TASK_STATUS_LABELS);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses} alwaysOn />,
  ];
  return (
    <List
      resource="tasks"
      filter={MINE}
      filters={filters}
      sort={{ field: 'dueOn', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey="my-tasks"
      exporter={false}
      actions={
        <TopToolbar>
          <TaskExportButton extraFilter={MINE} />
        </TopToolbar>
      }
      title={false}
      empty={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateText source="nextDueOn" />
        <TextField source="ref" />
        <FunctionField source="text" sortable={false} render={(task: Task) => excerpt(task.text, 140)} />
        <FunctionField
          label="resources.tasks.fields.planId"
          sortable={false}
          render={(task: Task) => (task.plan ? `${task.plan.title} (${task.plan.year})` : '')}
        />
        <FunctionField
          label="app.my_tasks.part"
          render={(task: Task) => <PartChip task={task} agencyId={agencyId} />}
        />
        <ScheduleField label="app.task.schedule" sortable={false} />
        <LabelField source="status" labels={TASK_STATUS_LABELS} tones={TASK_STATUS_TONES} />
      </Datagrid>
    </List>
  );
}

/** "Nhiệm vụ của đơn vị": what an agency officer's agency must do across plans, the most urgent first. */
export function MyTasksPage() {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <LinearProgress />;
  const me = identity as Identity;
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="app.my_tasks.menu" />
      <Box>
        <Typography component="h1" variant="h5">
          {translate('app.dashboard.welcome', { name: me.fullName ?? me.username })}
        </Typography>
        <Typography color="text.secondary">
          {translate('app.my_tasks.intro', { agency: me.agencyName ?? translate('app.dashboard.no_agency') })}
        </Typography>
      </Box>
      <TaskSection
        title={translate('app.my_tasks.overdue')}
        filter={{ overdue: true }}
        empty={translate('app.my_tasks.none_overdue')}
        agencyId={me.agencyId}
        tone="error"
      />
      <TaskSection
        title={translate('app.my_tasks.due_soon')}
        filter={{ dueWithin: 30 }}
        empty={translate('app.my_tasks.none_due_soon')}
        agencyId={me.agencyId}
        tone="warning"
      />
      <Box>
        <Typography component="h2" variant="h6">
          {translate('app.my_tasks.all')}
        </Typography>
        <AllMyTasks agencyId={me.agencyId} />
      </Box>
    </Box>
  );
}
