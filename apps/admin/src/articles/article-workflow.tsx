import {
  type Article,
  type ArticleEvent,
  articleEventsFor,
  ZArticleStatusChange,
} from '@bcdnq/domain/articles';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MuiButton from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useNotifyError } from '../common/use-notify-error';
import type { Identity } from '../providers/auth-provider';
import type { PanelDataProvider } from '../providers/data-provider';

const NEEDS_COMMENT: ReadonlySet<ArticleEvent> = new Set(['return']);
const PUBLIC_EFFECT: ReadonlySet<ArticleEvent> = new Set(['publish', 'unpublish']);

/** `datetime-local` (Viet Nam time, as officers think of it) → ISO with the +07:00 offset. */
export function localToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  return `${value}:00+07:00`;
}

/**
 * The workflow buttons the signed-in person may press on this article (the domain's rule: an editor never
 * approves or publishes), each confirmed in a dialog that asks for a comment or a time when the event needs one.
 */
export function ArticleWorkflow() {
  const article = useRecordContext<Article>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const work = useDataProvider<PanelDataProvider>();
  const { identity } = useGetIdentity();
  const [event, setEvent] = useState<ArticleEvent | null>(null);
  const [comment, setComment] = useState('');
  const [when, setWhen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: { event: ArticleEvent; comment?: string; publishAt?: string; version: number }) =>
      work.changeArticleStatus(article?.id ?? '', body),
    onSuccess: () => {
      notify('app.newsroom.status_changed', { type: 'success' });
      setEvent(null);
      setComment('');
      setWhen('');
      void queryClient.invalidateQueries({ queryKey: ['articles'] });
      refresh();
    },
    onError: notifyError,
  });
  const me = identity as Identity | undefined;
  if (!article || !me) return null;
  const events = articleEventsFor(me.role, article.status);
  if (events.length === 0) return null;

  const submit = () => {
    if (!event) return;
    const parsed = ZArticleStatusChange.safeParse({
      event,
      comment: comment.trim() || undefined,
      publishAt: event === 'schedule' ? localToIso(when) : undefined,
      version: article.version,
    });
    if (!parsed.success)
      return setProblem(parsed.error.issues[0]?.message ?? translate('ra.message.invalid_form'));
    setProblem(null);
    change.mutate(parsed.data);
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
      {events.map((e) => (
        <MuiButton
          key={e}
          size="small"
          variant={e === 'approve' || e === 'publish' || e === 'submit' ? 'contained' : 'outlined'}
          onClick={() => setEvent(e)}
        >
          {translate(`app.article_event.${e}`)}
        </MuiButton>
      ))}
      <Dialog
        open={event !== null}
        onClose={() => !change.isPending && setEvent(null)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="article-event-title"
      >
        <DialogTitle id="article-event-title">
          {event ? translate(`app.article_event.${event}`) : ''}
        </DialogTitle>
        <DialogContent>
          {event && PUBLIC_EFFECT.has(event) ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate(
                event === 'publish' ? 'app.newsroom.confirm_publish' : 'app.newsroom.confirm_unpublish',
              )}
            </Alert>
          ) : null}
          {event === 'schedule' ? (
            <TextField
              type="datetime-local"
              label={translate('app.newsroom.publish_at')}
              helperText={translate('app.newsroom.publish_at_hint')}
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              fullWidth
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ mt: 1 }}
            />
          ) : null}
          <TextField
            label={translate('app.newsroom.comment')}
            helperText={translate(
              event !== null && NEEDS_COMMENT.has(event)
                ? 'app.newsroom.comment_hint'
                : 'app.newsroom.comment_optional_hint',
            )}
            required={event !== null && NEEDS_COMMENT.has(event)}
            multiline
            minRows={3}
            fullWidth
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            sx={{ mt: 2 }}
          />
          {problem ? (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {problem}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setEvent(null)} disabled={change.isPending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton variant="contained" onClick={submit} disabled={change.isPending}>
            {event ? translate(`app.article_event.${event}`) : ''}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
