import { PLAN_STATUS_LABELS, type PlanStatus } from '@bcdnq/domain/plans';
import { type Dashboard, TASK_STATUS_LABELS, TASK_STATUSES } from '@bcdnq/domain/tasks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import { pickLabel } from '../common/labels';
import type { PanelDataProvider } from '../providers/data-provider';
import { agencyRows, percentDone, STATUS_COLOURS, topicRows, totalOf } from './chart-model';
import { StackedBarChart } from './stacked-bar-chart';

function TaskTable({ tasks, empty, title }: { tasks: Dashboard['overdue']; empty: string; title: string }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 420px', minWidth: 0 }}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {title} ({tasks.length})
        </Typography>
        {tasks.length === 0 ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
            <Table size="small" stickyHeader>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.tasks.fields.dueOn')}</TableCell>
                  <TableCell>{translate('resources.tasks.fields.text')}</TableCell>
                  <TableCell>{translate('resources.tasks.fields.leads')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {tasks.map((task) => (
                  <TableRow key={task.id} hover sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(task.dueOn)}</TableCell>
                    <TableCell>
                      <Link to={`/tasks/${task.id}/show`}>
                        {task.ref ? `${task.ref}. ` : ''}
                        {task.text.length > 120 ? `${task.text.slice(0, 120)}…` : task.text}
                      </Link>
                      <Typography variant="caption" color="text.secondary" component="div">
                        {task.planTitle}
                      </Typography>
                    </TableCell>
                    <TableCell>{task.leadNames.join(', ')}</TableCell>
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

function PlanProgress({ plans }: { plans: Dashboard['plans'] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const summary = plans
    .map((p) => `${p.title} (${p.year}): ${p.done}/${p.total}, ${percentDone(p.done, p.total)}%`)
    .join('; ');
  return (
    <Card variant="outlined">
      <CardContent component="figure" sx={{ m: 0 }}>
        <Typography component="figcaption" sx={{ mb: 1 }}>
          <Typography component="span" variant="h6" sx={{ display: 'block' }}>
            {translate('app.stats.by_plan')}
          </Typography>
          <Typography component="span" variant="body2" color="text.secondary">
            {plans.length === 0 ? translate('app.stats.no_plans') : summary}
          </Typography>
        </Typography>
        {plans.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.plans.fields.title')}</TableCell>
                  <TableCell>{translate('resources.plans.fields.year')}</TableCell>
                  <TableCell>{translate('resources.plans.fields.status')}</TableCell>
                  <TableCell align="right">{translate('app.stats.done_of_total')}</TableCell>
                  <TableCell sx={{ width: 220 }}>{translate('app.stats.progress')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plans.map((plan) => {
                  const percent = percentDone(plan.done, plan.total);
                  const status =
                    plan.status in PLAN_STATUS_LABELS
                      ? pickLabel(PLAN_STATUS_LABELS[plan.status as PlanStatus], locale)
                      : plan.status;
                  return (
                    <TableRow key={plan.id}>
                      <TableCell component="th" scope="row">
                        <Link to={`/plans/${plan.id}/show`}>{plan.title}</Link>
                      </TableCell>
                      <TableCell>{plan.year}</TableCell>
                      <TableCell>{status}</TableCell>
                      <TableCell align="right">
                        {plan.done}/{plan.total}
                      </TableCell>
                      <TableCell>
                        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                          {/* The percentage is written beside the bar: the bar itself is decoration. */}
                          <svg width="150" height="12" aria-hidden focusable="false">
                            <rect x="0" y="0" width="150" height="12" rx="3" fill="#e0e0e0" />
                            <rect
                              x="0"
                              y="0"
                              width={(percent / 100) * 150}
                              height="12"
                              rx="3"
                              fill={STATUS_COLOURS.done}
                            />
                          </svg>
                          <span>{percent}%</span>
                        </Box>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

const yearsAround = (now: number) => Array.from({ length: 8 }, (_, i) => now + 1 - i);

/** Where things stand (GET /api/dashboard): per agency, per topic, per plan; overdue and upcoming deadlines. */
export function Statistics() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  // All years by default: plans run over several years and the open ones matter whatever their year.
  const [year, setYear] = useState<number | 'all'>('all');
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboard', year],
    queryFn: () => work.dashboard(year === 'all' ? undefined : year),
    placeholderData: keepPreviousData,
  });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h5" sx={{ flex: 1 }}>
          {translate('app.stats.title')}
        </Typography>
        <FormControl size="small" fullWidth={false} sx={{ width: 200, flex: '0 0 auto' }}>
          <InputLabel id="stats-year">{translate('resources.plans.fields.year')}</InputLabel>
          <Select
            labelId="stats-year"
            label={translate('resources.plans.fields.year')}
            value={String(year)}
            onChange={(e) => setYear(e.target.value === 'all' ? 'all' : Number(e.target.value))}
          >
            <MenuItem value="all">{translate('app.stats.all_years')}</MenuItem>
            {yearsAround(new Date().getFullYear()).map((y) => (
              <MenuItem key={y} value={String(y)}>
                {y}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>
      {isPending && <LinearProgress />}
      {error && (
        <Alert severity="error">
          {translate('app.dashboard.error', { message: translate(error.message, { _: error.message }) })}
        </Alert>
      )}
      {data && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                {translate('app.stats.totals', {
                  smart_count: totalOf(data.totals),
                  today: formatDate(data.today),
                })}
              </Typography>
              <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, m: 0, mt: 1 }}>
                {TASK_STATUSES.map((s) => (
                  <Box key={s}>
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {pickLabel(TASK_STATUS_LABELS[s], locale)}
                    </Typography>
                    <Typography component="dd" variant="h5" sx={{ m: 0, color: STATUS_COLOURS[s] }}>
                      {data.totals[s]}
                    </Typography>
                  </Box>
                ))}
              </Box>
            </CardContent>
          </Card>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TaskTable
              tasks={data.overdue}
              title={translate('app.stats.overdue')}
              empty={translate('app.stats.no_overdue')}
            />
            <TaskTable
              tasks={data.upcoming}
              title={translate('app.stats.upcoming')}
              empty={translate('app.stats.no_upcoming')}
            />
          </Box>
          <Card variant="outlined">
            <CardContent>
              <StackedBarChart
                title={translate('app.stats.by_agency')}
                rows={agencyRows(data)}
                rowHeader={translate('app.dashboard.agency')}
              />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <StackedBarChart
                title={translate('app.stats.by_topic')}
                rows={topicRows(data, locale)}
                rowHeader={translate('resources.tasks.fields.topic')}
              />
            </CardContent>
          </Card>
          <PlanProgress plans={data.plans} />
        </>
      )}
    </Box>
  );
}
