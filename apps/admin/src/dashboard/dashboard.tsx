import { PLAN_STATUS_LABELS, PLAN_STATUSES } from '@bcdnq/domain/plans';
import { TASK_STATUS_LABELS, TASK_STATUSES } from '@bcdnq/domain/tasks';
import { ROLE_LABELS } from '@bcdnq/domain/users';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import {
  Link,
  Title,
  useCanAccess,
  useGetIdentity,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { type Label, pickLabel } from '../common/labels';
import { MyTasksPage } from '../my-tasks/my-tasks-page';
import { ReportingRatesCard } from '../reports/consolidation-page';
import { InboxPanel } from '../reports/inbox';
import type { Identity } from '../providers/auth-provider';
import { Statistics } from './statistics';

const filterLink = (resource: string, filter: Record<string, string>) => ({
  pathname: `/${resource}`,
  search: `?filter=${encodeURIComponent(JSON.stringify(filter))}`,
});

/** One figure straight from the API: the `total` of a one-row page of the list. */
function useTotal(resource: string, filter: Record<string, string> = {}) {
  const { total, isPending, error } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  return { total: total ?? 0, isPending, error: error instanceof Error ? error : null };
}

function StatusRow({ resource, status, label }: { resource: string; status: string; label: Label }) {
  const [locale] = useLocaleState();
  const { total, isPending } = useTotal(resource, { status });
  return (
    <ListItemButton component={Link} to={filterLink(resource, { status })} dense>
      <ListItemText primary={pickLabel(label, locale)} />
      <Typography component="span" variant="h6" aria-busy={isPending}>
        {isPending ? '…' : total}
      </Typography>
    </ListItemButton>
  );
}

function StatusCard<S extends string>({
  resource,
  title,
  totalLabel,
  emptyText,
  statuses,
  labels,
}: {
  resource: string;
  title: string;
  totalLabel: string;
  emptyText: string;
  statuses: readonly S[];
  labels: Record<S, Label>;
}) {
  const translate = useTranslate();
  const { total, isPending, error } = useTotal(resource);
  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px' }}>
      <CardHeader title={title} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
      {isPending && <LinearProgress />}
      <CardContent>
        {error ? (
          <Alert severity="error">
            {translate('app.dashboard.error', { message: translate(error.message) })}
          </Alert>
        ) : !isPending && total === 0 ? (
          <Typography color="text.secondary">{emptyText}</Typography>
        ) : (
          <>
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1 }}>
              <Typography component="span" variant="h4">
                {isPending ? '…' : total}
              </Typography>
              <Typography component="span" color="text.secondary">
                {totalLabel}
              </Typography>
            </Box>
            <List disablePadding>
              {statuses.map((status) => (
                <StatusRow key={status} resource={resource} status={status} label={labels[status]} />
              ))}
            </List>
          </>
        )}
      </CardContent>
    </Card>
  );
}

function WhoIsSignedIn() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <LinearProgress />;
  const me = identity as Identity;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {translate('app.dashboard.welcome', { name: me.fullName ?? me.username })}
        </Typography>
        <Typography color="text.secondary">
          {translate('app.dashboard.role')}: <strong>{pickLabel(ROLE_LABELS[me.role], locale)}</strong>
          {' · '}
          {translate('app.dashboard.agency')}:{' '}
          <strong>{me.agencyName ?? translate('app.dashboard.no_agency')}</strong>
        </Typography>
      </CardContent>
    </Card>
  );
}

/**
 * The landing page, per role: an agency officer lands on their agency's tasks, the leadership and the standing
 * office on the figures across agencies, everyone else on the counts the API gives them.
 */
export function Dashboard() {
  const myTasks = useCanAccess({ resource: 'my-tasks', action: 'list' });
  const statistics = useCanAccess({ resource: 'dashboard', action: 'list' });
  if (myTasks.isPending || statistics.isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (myTasks.canAccess) {
    return (
      <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <InboxPanel />
        <MyTasksPage />
      </Box>
    );
  }
  if (statistics.canAccess) {
    return (
      <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Title title="ra.page.dashboard" />
        <WhoIsSignedIn />
        <Statistics />
        <ReportingRatesCard />
      </Box>
    );
  }
  return <Counts />;
}

function Counts() {
  const translate = useTranslate();
  const plans = useCanAccess({ resource: 'plans', action: 'list' });
  const tasks = useCanAccess({ resource: 'tasks', action: 'list' });
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="ra.page.dashboard" />
      <WhoIsSignedIn />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {plans.canAccess && (
          <StatusCard
            resource="plans"
            title={translate('app.dashboard.plans')}
            totalLabel={translate('app.dashboard.plans_total')}
            emptyText={translate('app.dashboard.empty_plans')}
            statuses={PLAN_STATUSES}
            labels={PLAN_STATUS_LABELS}
          />
        )}
        {tasks.canAccess && (
          <StatusCard
            resource="tasks"
            title={translate('app.dashboard.tasks')}
            totalLabel={translate('app.dashboard.tasks_total')}
            emptyText={translate('app.dashboard.empty_tasks')}
            statuses={TASK_STATUSES}
            labels={TASK_STATUS_LABELS}
          />
        )}
      </Box>
    </Box>
  );
}
