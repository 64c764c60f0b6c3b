import { type Task, type TaskEvent, taskEventsFor, ZTaskStatusChange } from '@bcdnq/domain/tasks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MuiButton from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Plan } from '@bcdnq/domain/plans';
import {
  useDataProvider,
  useGetIdentity,
  useGetOne,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { pickLabel } from '../common/labels';
import { useNotifyError } from '../common/use-notify-error';
import type { Identity } from '../providers/auth-provider';
import type { PanelDataProvider } from '../providers/data-provider';
import { FINAL_EVENTS, TASK_EVENT_LABELS } from './task-events';

/** The status changes the signed-in person may make, each asking for an optional note first. */
export function TaskStatusActions() {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const work = useDataProvider<PanelDataProvider>();
  const { identity } = useGetIdentity();
  const [event, setEvent] = useState<TaskEvent | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Lists across plans carry the plan's status; otherwise ask for the plan (cached with the page's reference field).
  const { data: plan } = useGetOne<Plan>(
    'plans',
    { id: task?.planId ?? '' },
    { enabled: !!task && !task.plan },
  );
  const change = useMutation({
    mutationFn: (body: { event: TaskEvent; note?: string; version: number }) =>
      work.changeTaskStatus(task?.id ?? '', body),
    onSuccess: () => {
      notify('app.task_work.status_changed', { type: 'success' });
      setEvent(null);
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      refresh();
    },
    onError: notifyError,
  });
  if (!task) return null;
  const me = identity as Identity | undefined;
  const planStatus = task.plan?.status ?? plan?.status;
  if (!planStatus) return null;
  const events = taskEventsFor(me ? { role: me.role, agencyId: me.agencyId } : null, task, planStatus);
  if (events.length === 0) return null;

  const submit = () => {
    if (!event) return;
    const parsed = ZTaskStatusChange.safeParse({
      event,
      note: note.trim() || undefined,
      version: task.version,
    });
    if (!parsed.success)
      return setProblem(parsed.error.issues[0]?.message ?? translate('ra.message.invalid_form'));
    setProblem(null);
    change.mutate(parsed.data);
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.task_work.change_status')}
      </Typography>
      {events.map((e) => (
        <MuiButton
          key={e}
          size="small"
          variant={e === 'complete' ? 'contained' : 'outlined'}
          onClick={() => setEvent(e)}
        >
          {pickLabel(TASK_EVENT_LABELS[e], locale)}
        </MuiButton>
      ))}
      <Dialog
        open={event !== null}
        onClose={() => !change.isPending && setEvent(null)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="status-title"
      >
        <DialogTitle id="status-title">
          {event ? pickLabel(TASK_EVENT_LABELS[event], locale) : ''}
        </DialogTitle>
        <DialogContent>
          {event && FINAL_EVENTS.includes(event) && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('app.task_work.final_warning')}
            </Alert>
          )}
          <TextField
            label={translate('app.task_work.status_note')}
            helperText={translate('app.task_work.status_note_hint')}
            multiline
            minRows={3}
            fullWidth
            value={note}
            onChange={(e) => setNote(e.target.value)}
            sx={{ mt: 1 }}
          />
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setEvent(null)} disabled={change.isPending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton variant="contained" onClick={submit} disabled={change.isPending}>
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
