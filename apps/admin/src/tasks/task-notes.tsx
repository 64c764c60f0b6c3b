import { mayAddNoteToTask, type ProgressNote, type Task, ZProgressNoteCreate } from '@bcdnq/domain/tasks';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  useDataProvider,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { checkFiles, formatBytes, NOTE_FILE_RULES } from '../common/file-checks';
import { formatDate } from '../common/format';
import { pickLabel } from '../common/labels';
import { saveFile } from '../common/save-file';
import { useNotifyError } from '../common/use-notify-error';
import type { Identity } from '../providers/auth-provider';
import type { PanelDataProvider } from '../providers/data-provider';
import { TASK_EVENT_LABELS } from './task-events';

function AttachmentChip({ attachment }: { attachment: ProgressNote['attachments'][number] }) {
  const [locale] = useLocaleState();
  const notifyError = useNotifyError();
  const work = useDataProvider<PanelDataProvider>();
  const download = useMutation({
    mutationFn: () => work.downloadAttachment(attachment.id),
    onSuccess: saveFile,
    onError: notifyError,
  });
  return (
    <Chip
      icon={<DownloadIcon />}
      label={`${attachment.fileName} (${formatBytes(attachment.size, locale)})`}
      onClick={() => download.mutate()}
      disabled={download.isPending}
      variant="outlined"
      size="small"
      component="button"
    />
  );
}

function NoteForm({ task }: { task: Task }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const work = useDataProvider<PanelDataProvider>();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const add = useMutation({
    mutationFn: () => work.addTaskNote(task.id, text.trim(), files, setProgress),
    onSuccess: () => {
      notify('app.task_work.note_added', { type: 'success' });
      setText('');
      setFiles([]);
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: ['task-notes', task.id] });
    },
    onError: (error) => {
      setProgress(null);
      notifyError(error);
    },
  });

  const choose = (chosen: File[]) => {
    const next = [...files, ...chosen];
    const refused = checkFiles(next, NOTE_FILE_RULES, locale);
    setProblems(refused.map((p) => translate(p.key, p.params)));
    if (refused.length === 0) setFiles(next);
  };
  const submit = () => {
    const checked = ZProgressNoteCreate.safeParse({ text });
    if (!checked.success)
      return setProblems([checked.error.issues[0]?.message ?? translate('ra.validation.required')]);
    setProblems([]);
    add.mutate();
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('app.task_work.add_note')}
      </Typography>
      <TextField
        label={translate('app.task_work.note_text')}
        multiline
        minRows={3}
        fullWidth
        value={text}
        disabled={add.isPending}
        onChange={(e) => setText(e.target.value)}
      />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
        <input
          ref={picker}
          type="file"
          hidden
          multiple
          accept={NOTE_FILE_RULES.extensions.join(',')}
          aria-label={translate('app.task_work.attach')}
          onChange={(e) => {
            choose([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <Button
          startIcon={<AttachFileIcon />}
          onClick={() => picker.current?.click()}
          disabled={add.isPending || files.length >= NOTE_FILE_RULES.maxFiles}
        >
          {translate('app.task_work.attach')}
        </Button>
        {files.map((file, i) => (
          <Chip
            key={`${file.name}-${i}`}
            size="small"
            label={`${file.name} (${formatBytes(file.size, locale)})`}
            onDelete={add.isPending ? undefined : () => setFiles(files.filter((_, j) => j !== i))}
          />
        ))}
        <Typography variant="caption" color="text.secondary">
          {translate('app.task_work.attach_rules', {
            max: NOTE_FILE_RULES.maxFiles,
            size: formatBytes(NOTE_FILE_RULES.maxBytes, locale),
          })}
        </Typography>
      </Box>
      {problems.map((p) => (
        <Alert key={p} severity="error" sx={{ mt: 1 }}>
          {p}
        </Alert>
      ))}
      {add.isPending && (
        <Box sx={{ mt: 1 }} role="status">
          <LinearProgress
            variant={progress !== null && progress < 1 ? 'determinate' : 'indeterminate'}
            value={progress !== null ? progress * 100 : undefined}
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
        <Button variant="contained" onClick={submit} disabled={add.isPending || text.trim() === ''}>
          {translate('app.task_work.send_note')}
        </Button>
      </Box>
    </Paper>
  );
}

/** "Tiến độ": progress notes of a task, newest first, with their files; and a form for those who report. */
export function TaskNotes() {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const { identity } = useGetIdentity();
  const { data, isPending, error } = useQuery({
    queryKey: ['task-notes', task?.id],
    queryFn: () => work.taskNotes(task?.id ?? ''),
    enabled: !!task,
  });
  if (!task) return null;
  const me = identity as Identity | undefined;
  const mayWrite = mayAddNoteToTask(me ? { role: me.role, agencyId: me.agencyId } : null, task);
  const notes = [...(data?.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Box>
      {mayWrite && <NoteForm task={task} />}
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>}
      {!isPending && !error && notes.length === 0 && (
        <Typography color="text.secondary">{translate('app.task_work.no_notes')}</Typography>
      )}
      <List disablePadding>
        {notes.map((note) => (
          <ListItem key={note.id} divider sx={{ display: 'block', px: 0 }}>
            <Typography variant="body2" color="text.secondary">
              {formatDate(note.createdAt, true)} · {note.authorName ?? translate('app.audit.system')}
              {note.statusEvent && note.statusEvent in TASK_EVENT_LABELS && (
                <Chip
                  size="small"
                  sx={{ ml: 1 }}
                  label={pickLabel(
                    TASK_EVENT_LABELS[note.statusEvent as keyof typeof TASK_EVENT_LABELS],
                    locale,
                  )}
                />
              )}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-line', my: 0.5 }}>{note.text}</Typography>
            {note.attachments.length > 0 && (
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                {note.attachments.map((a) => (
                  <AttachmentChip key={a.id} attachment={a} />
                ))}
              </Box>
            )}
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
