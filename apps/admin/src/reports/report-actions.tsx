import {
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  type Report,
  type ReportSection,
} from '@bcdnq/domain/reports';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  Button,
  Confirm,
  EditButton,
  TextInput,
  useDataProvider,
  useGetIdentity,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialog } from '../common/form-dialog';
import { formatDate } from '../common/format';
import { pickLabel } from '../common/labels';
import { formErrorsOr, useNotifyError } from '../common/use-notify-error';
import type { Identity } from '../providers/auth-provider';
import type { PanelDataProvider } from '../providers/data-provider';
import { foldTargets, reportActions } from './report-view';

type Event = 'submit' | 'resubmit' | 'accept';

/** A confirmed one-click event: submit, resubmit, accept. */
function EventButton({ report, event }: { report: Report; event: Event }) {
  const translate = useTranslate();
  const work = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const fire = async () => {
    setPending(true);
    try {
      await work.changeReportStatus(report.id, { event, version: report.version });
      notify('app.reports.action.done', { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        label={`app.reports.action.${event}`}
        variant={event === 'accept' || event === 'submit' ? 'contained' : 'outlined'}
        onClick={() => setOpen(true)}
        disabled={pending}
      />
      <Confirm
        isOpen={open}
        loading={pending}
        title={`app.reports.action.${event}`}
        content={translate(
          event === 'accept' ? 'app.reports.action.confirm_accept' : 'app.reports.action.confirm_submit',
        )}
        onConfirm={fire}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** Return with a general comment and, where useful, a comment per section. */
function ReturnButton({ report }: { report: Report }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const submit = async (values: FieldValues) => {
    const sectionComments = REPORT_SECTIONS.map((section) => ({
      section,
      comment: String(values[`section_${section}`] ?? '').trim(),
    })).filter((c) => c.comment);
    const comment = String(values.comment ?? '').trim();
    if (!comment && sectionComments.length === 0)
      return { comment: translate('app.reports.review.comment_required') };
    setPending(true);
    try {
      await work.changeReportStatus(report.id, {
        event: 'return',
        comment: comment || undefined,
        sectionComments,
        version: report.version,
      });
      notify('app.reports.action.done', { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        label="app.reports.action.return"
        color="warning"
        variant="outlined"
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={pending}
        titleId="report-return-title"
        title={translate('app.reports.review.title')}
        maxWidth="md"
        onSubmit={submit}
        submitLabel="app.reports.action.return"
        submitColor="warning"
      >
        <TextInput source="comment" label="app.reports.review.comment" multiline minRows={3} fullWidth />
        {REPORT_SECTIONS.map((section: ReportSection) => (
          <TextInput
            key={section}
            source={`section_${section}`}
            label={translate('app.reports.review.section_comment', {
              section: pickLabel(REPORT_SECTION_LABELS.get(section), locale),
            })}
            multiline
            fullWidth
          />
        ))}
      </FormDialog>
    </>
  );
}

/** Lồng ghép: pick the report of the same agency that covers this one's period (or undo). */
function FoldButton({ report }: { report: Report }) {
  const translate = useTranslate();
  const work = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const { data = [] } = useGetList<Report>(
    'reports',
    { filter: { planId: report.planId, agencyId: report.agencyId }, pagination: { page: 1, perPage: 200 } },
    { enabled: open },
  );
  const targets = foldTargets(report, data);
  const fold = async (intoReportId: string | null) => {
    try {
      await work.foldReport(report.id, { intoReportId, version: report.version });
      notify('app.reports.action.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notifyError(error);
    }
  };
  if (report.foldedIntoId)
    return <Button label="app.reports.action.unfold" onClick={() => void fold(null)} />;
  return (
    <>
      <Button label="app.reports.action.fold" onClick={() => setOpen(true)} />
      <Confirm
        isOpen={open}
        title="app.reports.fold.title"
        content={
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 360 }}>
            <Typography variant="body2">{translate('app.reports.fold.hint')}</Typography>
            <MuiTextField
              select
              label={translate('app.reports.fold.into')}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              {targets.map((t) => (
                <MenuItem key={t.id} value={t.id}>
                  {`${formatDate(t.periodStart)} – ${formatDate(t.periodEnd)}`}
                </MenuItem>
              ))}
            </MuiTextField>
          </Box>
        }
        onConfirm={() => (target ? void fold(target) : undefined)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function CorrectButton({ report }: { report: Report }) {
  const work = useDataProvider<PanelDataProvider>();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  return (
    <Button
      label="app.reports.action.correct"
      onClick={async () => {
        try {
          const draft = await work.correctReport(report.id);
          redirect('edit', 'reports', draft.id);
        } catch (error) {
          notifyError(error);
        }
      }}
    />
  );
}

/** The buttons the signed-in person may use on this report. */
export function ReportActions() {
  const report = useRecordContext<Report>();
  const { identity } = useGetIdentity();
  if (!report) return null;
  const role = (identity as Identity | undefined)?.role;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end', py: 1 }}>
      {reportActions(report, role).map((action) => {
        switch (action) {
          case 'edit':
            return <EditButton key={action} label="app.reports.action.edit" />;
          case 'submit':
          case 'resubmit':
          case 'accept':
            return <EventButton key={action} report={report} event={action} />;
          case 'return':
            return <ReturnButton key={action} report={report} />;
          case 'fold':
            return <FoldButton key={action} report={report} />;
          case 'correct':
            return <CorrectButton key={action} report={report} />;
        }
      })}
    </Box>
  );
}
