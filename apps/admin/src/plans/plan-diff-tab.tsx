import type { Plan } from '@bcdnq/domain/plans';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Link,
  useDataProvider,
  useGetOne,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { PanelDataProvider } from '../providers/data-provider';
import { type DiffRow, type DiffTaskRow, diffView } from './plan-diff-view';

const cellText = { whiteSpace: 'pre-line', verticalAlign: 'top' } as const;

function ChangesTable({ rows, caption }: { rows: DiffRow[]; caption: string }) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mb: 1 }}>
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '20%' }}>{translate('app.diff.field')}</TableCell>
          <TableCell sx={{ width: '40%' }}>{translate('app.diff.before')}</TableCell>
          <TableCell sx={{ width: '40%' }}>{translate('app.diff.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field}>
            <TableCell sx={cellText}>{translate(row.labelKey, { _: row.field })}</TableCell>
            <TableCell sx={{ ...cellText, bgcolor: 'rgba(211, 47, 47, 0.06)' }}>
              <del style={{ textDecorationColor: 'rgba(211,47,47,0.5)' }}>{row.before}</del>
            </TableCell>
            <TableCell sx={{ ...cellText, bgcolor: 'rgba(46, 125, 50, 0.08)' }}>
              <ins style={{ textDecoration: 'none' }}>{row.after}</ins>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TaskList({
  tasks,
  tone,
  label,
}: {
  tasks: DiffTaskRow[];
  tone: 'success' | 'error';
  label: string;
}) {
  if (tasks.length === 0) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {label} ({tasks.length})
      </Typography>
      <ul style={{ marginTop: 4 }}>
        {tasks.map((task, i) => (
          <li key={`${task.ref ?? ''}-${i}`}>
            <Chip size="small" color={tone} variant="outlined" label={task.ref ?? '—'} sx={{ mr: 1 }} />
            {task.text.length > 240 ? `${task.text.slice(0, 240)}…` : task.text}
          </li>
        ))}
      </ul>
    </Box>
  );
}

type Against = 'previous' | 'source';

/** "So sánh phiên bản": what changed against the previous version, or against the plan this one was copied from. */
export function PlanDiffTab() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const initial: Against = plan?.previousVersionId ? 'previous' : 'source';
  const [against, setAgainst] = useState<Against>(initial);
  const otherId = against === 'previous' ? plan?.previousVersionId : plan?.sourcePlanId;
  const { data: other } = useGetOne<Plan>('plans', { id: otherId ?? '' }, { enabled: !!otherId });
  const { data, isPending, error } = useQuery({
    queryKey: ['plans', 'diff', plan?.id, otherId],
    queryFn: () => work.planDiff(plan?.id ?? '', otherId ?? undefined),
    enabled: !!plan && !!otherId,
  });
  if (!plan) return null;
  if (!plan.previousVersionId && !plan.sourcePlanId) {
    return <Typography color="text.secondary">{translate('app.diff.nothing_to_compare')}</Typography>;
  }
  const view = data ? diffView(data, locale) : null;
  return (
    <Box>
      {plan.previousVersionId && plan.sourcePlanId && (
        <ToggleButtonGroup
          exclusive
          size="small"
          value={against}
          onChange={(_e, next: Against | null) => next && setAgainst(next)}
          aria-label={translate('app.diff.against')}
          sx={{ mb: 2 }}
        >
          <ToggleButton value="previous">{translate('app.diff.previous')}</ToggleButton>
          <ToggleButton value="source">{translate('app.diff.source')}</ToggleButton>
        </ToggleButtonGroup>
      )}
      {other && (
        <Typography sx={{ mb: 2 }}>
          {translate('app.diff.compared_with')}{' '}
          <Link to={`/plans/${other.id}/show`}>
            {[other.number, other.title].filter(Boolean).join(' — ')} (
            {translate('app.diff.version', { n: other.versionNo })}, {other.year})
          </Link>
        </Typography>
      )}
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>}
      {view?.empty && <Alert severity="info">{translate('app.diff.no_changes')}</Alert>}
      {view && !view.empty && (
        <>
          {view.fields.length > 0 && (
            <ChangesTable
              rows={view.fields}
              caption={translate('app.diff.fields_changed', { smart_count: view.fields.length })}
            />
          )}
          <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
            {translate('app.plan.tasks')}
          </Typography>
          <TaskList tasks={view.added} tone="success" label={translate('app.diff.added')} />
          <TaskList tasks={view.removed} tone="error" label={translate('app.diff.removed')} />
          {view.changed.length > 0 && (
            <Box>
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                {translate('app.diff.changed')} ({view.changed.length})
              </Typography>
              {view.changed.map((task, i) => (
                <Box key={`${task.ref ?? ''}-${i}`} sx={{ my: 1 }}>
                  <ChangesTable
                    rows={task.changes}
                    caption={`${task.ref ?? '—'}. ${task.text.length > 160 ? `${task.text.slice(0, 160)}…` : task.text}`}
                  />
                </Box>
              ))}
            </Box>
          )}
          {view.added.length + view.removed.length + view.changed.length === 0 && (
            <Typography color="text.secondary">{translate('app.diff.tasks_same')}</Typography>
          )}
        </>
      )}
    </Box>
  );
}
