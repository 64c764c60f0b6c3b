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
import Typography from '@mui/material/Typography';
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
import { isoToTyped, typedMomentToIso } from '../common/date-input';
import { todayIso } from '../common/format';
import { useNotifyError } from '../common/use-notify-error';
import type { Identity } from '../providers/auth-provider';
import type { PanelDataProvider } from '../providers/data-provider';

const NEEDS_COMMENT: ReadonlySet<ArticleEvent> = new Set(['return']);
const PUBLIC_EFFECT: ReadonlySet<ArticleEvent> = new Set(['publish', 'unpublish']);

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
  // When to publish, in Việt Nam time as officers think of it: dd/mm/yyyy and a 24-hour clock, whatever the
  // browser's language (the native date-time picker would show mm/dd/yyyy and AM/PM in an English browser).
  const [whenDay, setWhenDay] = useState('');
  const [whenTime, setWhenTime] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: { event: ArticleEvent; comment?: string; publishAt?: string; version: number }) =>
      work.changeArticleStatus(article?.id ?? '', body),
    onSuccess: () => {
      notify('app.newsroom.status_changed', { type: 'success' });
      setEvent(null);
      setComment('');
      setWhenDay('');
      setWhenTime('');
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
      publishAt: event === 'schedule' ? typedMomentToIso(whenDay, whenTime) : undefined,
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
          onClick={() => {
            if (e === 'schedule' && !whenDay) setWhenDay(isoToTyped(todayIso()));
            setEvent(e);
          }}
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
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
              <Typography component="legend" variant="body2" sx={{ mb: 1 }}>
                {translate('app.newsroom.publish_at')}
              </Typography>
              <Box sx={{ display: 'flex', gap: 2 }}>
                <TextField
                  label={translate('app.newsroom.publish_day')}
                  placeholder={translate('app.date_placeholder')}
                  value={whenDay}
                  onChange={(e) => setWhenDay(e.target.value)}
                  slotProps={{
                    htmlInput: { inputMode: 'numeric', maxLength: 10 },
                    inputLabel: { shrink: true },
                  }}
                  sx={{ flex: 2 }}
                />
                <TextField
                  label={translate('app.newsroom.publish_time')}
                  placeholder="08:00"
                  value={whenTime}
                  onChange={(e) => setWhenTime(e.target.value)}
                  slotProps={{
                    htmlInput: { inputMode: 'numeric', maxLength: 5 },
                    inputLabel: { shrink: true },
                  }}
                  sx={{ flex: 1 }}
                />
              </Box>
              <Typography variant="caption" color="text.secondary">
                {translate('app.newsroom.publish_at_hint')}
              </Typography>
            </Box>
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
