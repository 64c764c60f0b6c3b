import {
  type Report,
  type ReportFormContent,
  type ReportImportNotice,
  fillReportFromImport,
} from '@bcdnq/domain/reports';
import type { UnrecognisedFigure } from '@bcdnq/domain/import';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { Button, useLocaleState, useRecordContext, useSourceContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { checkFile, IMPORT_FILE_RULES } from '../common/file-checks';
import { formatDate } from '../common/format';
import { ReadingStatus } from '../imports/import-source';
import { useImportJob } from '../imports/use-import-job';

const FILLED = ['taskEntries', 'figures', 'situation', 'shortcomings', 'causes', 'proposals'] as const;

type Outcome = {
  fileName: string;
  unrecognised: UnrecognisedFigure[];
  notices: ReportImportNotice[];
  filled: boolean;
};

/** The form's values as the fill reads them: rows the officer has not touched may lack their arrays. */
function formContent(values: Record<string, unknown>): ReportFormContent {
  const entries = Array.isArray(values.taskEntries) ? (values.taskEntries as Record<string, unknown>[]) : [];
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    taskEntries: entries.map((e) => ({
      ...e,
      taskId: String(e.taskId ?? ''),
      taskText: text(e.taskText) ?? undefined,
      done: text(e.done) ?? '',
      status: String(e.status ?? ''),
      figures: Array.isArray(e.figures) ? (e.figures as ReportFormContent['figures']) : [],
    })),
    situation: text(values.situation),
    shortcomings: text(values.shortcomings),
    causes: text(values.causes),
    proposals: text(values.proposals),
    figures: Array.isArray(values.figures) ? (values.figures as ReportFormContent['figures']) : [],
  };
}

function NoticeLine({ notice }: { notice: ReportImportNotice }) {
  const translate = useTranslate();
  switch (notice.code) {
    case 'not-a-report':
      return <>{translate('app.reports.import.not_a_report')}</>;
    case 'other-agency':
      return <>{translate('app.reports.import.other_agency', { agency: notice.agency })}</>;
    case 'other-period':
      return (
        <>
          {translate('app.reports.import.other_period', {
            from: notice.start ? formatDate(notice.start) : '…',
            to: notice.end ? formatDate(notice.end) : '…',
          })}
        </>
      );
  }
}

/**
 * "Nhập báo cáo từ văn bản": reads the agency's Word, PDF or text report and fills the form with its sections and
 * figures, each figure carrying the sentence it came from. Nothing is saved until the officer saves the draft.
 */
export function ImportFromDocument() {
  const report = useRecordContext<Report>();
  const { getValues, setValue } = useFormContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const job = useImportJob('report');
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const read = async (file: File) => {
    if (!report) return;
    const refusal = checkFile(file, IMPORT_FILE_RULES, locale);
    if (refusal) {
      setProblem(translate(refusal.key, refusal.params));
      return;
    }
    setProblem(null);
    setOutcome(null);
    // Read in the background like a plan: a scanned report shows its pages as they are read and can be cancelled.
    const preview = (await job.read({ file }))?.reportPreview;
    if (!preview) return;
    const fill = fillReportFromImport(formContent(getValues()), preview.result, {
      agencyId: report.agencyId,
      importedAgencyId: preview.agencyId,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
    });
    const filled = !fill.notices.some((n) => n.code === 'not-a-report');
    if (filled) for (const key of FILLED) setValue(key, fill.content[key], { shouldDirty: true });
    setOutcome({ fileName: file.name, unrecognised: fill.unrecognised, notices: fill.notices, filled });
  };

  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <input
        ref={input}
        id={inputId}
        type="file"
        hidden
        accept={IMPORT_FILE_RULES.extensions.join(',')}
        aria-label={translate('app.reports.import.pick')}
        data-testid="report-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      <Button
        label="app.reports.import.button"
        disabled={job.busy}
        onClick={() => input.current?.click()}
        startIcon={<UploadFileIcon />}
      />
      {job.busy && (
        <Box sx={{ maxWidth: 560 }}>
          <ReadingStatus progress={job.upload} pages={job.pages} onCancel={job.cancel} />
        </Box>
      )}
      {(problem ?? job.error) && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem ?? job.error}
        </Alert>
      )}
      {job.cancelled && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('app.import.cancelled')}
        </Alert>
      )}
      {outcome && (
        <Box sx={{ mt: 1, display: 'grid', gap: 1 }} data-testid="report-import-outcome">
          {outcome.filled && (
            <Alert severity="info" role="status">
              {translate('app.reports.import.filled', { name: outcome.fileName })}
            </Alert>
          )}
          {outcome.notices.map((notice, i) => (
            <Alert key={i} severity="warning">
              <NoticeLine notice={notice} />
            </Alert>
          ))}
          {outcome.filled && outcome.unrecognised.length > 0 && (
            <Alert severity="warning" role="region" aria-label={translate('app.reports.import.unrecognised')}>
              <strong>{translate('app.reports.import.unrecognised')}</strong>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {outcome.unrecognised.map((figure, i) => (
                  <li key={i}>
                    <strong>{figure.value.toLocaleString('vi-VN')}</strong> — “{figure.text}”
                  </li>
                ))}
              </Box>
            </Alert>
          )}
        </Box>
      )}
    </Box>
  );
}

/** Under a figure read from a document: the sentence it came from, for the officer and the reviewer to check. */
export function FigureQuote() {
  const { getSource } = useSourceContext();
  const note: unknown = useWatch({ name: getSource('note') });
  const translate = useTranslate();
  if (typeof note !== 'string' || note.trim() === '') return null;
  return (
    <Typography
      component="blockquote"
      variant="caption"
      color="text.secondary"
      aria-label={translate('app.reports.import.quote')}
      sx={{ flexBasis: '100%', m: 0, mt: -0.5, mb: 1, pl: 1, borderLeft: 3, borderColor: 'divider' }}
    >
      “{note}”
    </Typography>
  );
}
