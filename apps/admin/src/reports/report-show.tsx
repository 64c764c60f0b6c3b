import { INDICATOR_CATALOGUE } from '@bcdnq/domain/indicators';
import {
  REPORT_SECTION_LABELS,
  REPORT_STATUS_LABELS,
  type Report,
  type ReportReview,
  type ReportSection,
} from '@bcdnq/domain/reports';
import { TASK_STATUS_LABELS } from '@bcdnq/domain/tasks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, Show, useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import { pickLabel, REPORT_PERIOD_LABELS } from '../common/labels';
import type { PanelDataProvider } from '../providers/data-provider';
import { ReportActions } from './report-actions';
import { ReportFiles } from './report-files';
import { commentOn } from './report-view';

const indicatorOf = new Map(INDICATOR_CATALOGUE.map((i) => [i.code, i]));

/** A section of the report, with the reviewer's comment on it beside (below on a narrow screen). */
function Section({
  section,
  comment,
  children,
}: {
  section: ReportSection;
  comment: string | null;
  children: ReactNode;
}) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Box
      component="section"
      aria-label={pickLabel(REPORT_SECTION_LABELS.get(section), locale)}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: comment ? '2fr 1fr' : '1fr' },
        gap: 2,
        mb: 2,
      }}
    >
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {pickLabel(REPORT_SECTION_LABELS.get(section), locale)}
        </Typography>
        {children}
      </Box>
      {comment && (
        <Alert severity="warning" role="note" aria-label={translate('app.reports.form.reviewer_says')}>
          {comment}
        </Alert>
      )}
    </Box>
  );
}

const text = (value: string | null | undefined, empty: string) => (
  <Typography
    variant="body2"
    sx={{ whiteSpace: 'pre-wrap' }}
    color={value ? 'text.primary' : 'text.secondary'}
  >
    {value || empty}
  </Typography>
);

function Figures({ figures }: { figures: Report['figures'] }) {
  const [locale] = useLocaleState();
  if (figures.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }}>
      {figures.map((f, i) => {
        const indicator = indicatorOf.get(f.indicator);
        return (
          <li key={`${f.indicator}-${i}`}>
            {indicator ? (locale === 'en' ? indicator.nameEn : indicator.name) : f.indicator}:{' '}
            <strong>{f.value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN')}</strong> {indicator?.unit}
            {f.note ? (
              <Typography
                component="blockquote"
                variant="caption"
                color="text.secondary"
                sx={{ m: 0, pl: 1, borderLeft: 3, borderColor: 'divider' }}
              >
                “{f.note}”
              </Typography>
            ) : null}
          </li>
        );
      })}
    </Box>
  );
}

function History({ reportId }: { reportId: string }) {
  const translate = useTranslate();
  const work = useDataProvider<PanelDataProvider>();
  const { data = [] } = useQuery({
    queryKey: ['reports', 'history', reportId],
    queryFn: () => work.reportHistory(reportId),
  });
  return (
    <Box component="section" aria-labelledby="report-history">
      <Typography id="report-history" variant="h6" component="h2" gutterBottom>
        {translate('app.reports.review.history')}
      </Typography>
      {data.length === 0 ? (
        <Typography variant="body2">{translate('app.reports.review.no_history')}</Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, pl: 3 }}>
          {data.map((round: ReportReview) => (
            <li key={round.id}>
              <strong>{translate(`app.reports.review.event.${round.event}`)}</strong> —{' '}
              {round.actorName ?? ''}, {formatDate(round.createdAt, true)}
              {round.comment && <Typography variant="body2">{round.comment}</Typography>}
              {round.sectionComments.map((c) => (
                <Typography key={c.section} variant="body2" color="text.secondary">
                  {translate(`app.reports.field.${c.section}`)}: {c.comment}
                </Typography>
              ))}
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

function ReportBody() {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!report) return null;
  const empty = '—';
  const comments = report.status === 'returned' ? report.sectionComments : [];
  return (
    <Card>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Typography variant="h5" component="h1">
          {report.agencyName} — {report.planTitle}
        </Typography>
        <Typography variant="body1">
          {pickLabel(REPORT_PERIOD_LABELS[report.period], locale)}:{' '}
          {translate('app.reports.field.period_range', {
            from: formatDate(report.periodStart),
            to: formatDate(report.periodEnd),
          })}{' '}
          · {translate('app.reports.field.dueOn')} {formatDate(report.dueOn)} ·{' '}
          <strong>{pickLabel(REPORT_STATUS_LABELS[report.status], locale)}</strong>
          {report.late ? ` · ${translate('app.reports.field.late')}` : ''}
          {report.versionNo > 1 ? ` · ${translate('app.reports.field.versionNo')} ${report.versionNo}` : ''}
        </Typography>
        {report.foldedIntoId && (
          <Alert severity="info">
            <Link to={`/reports/${report.foldedIntoId}/show`}>
              {translate('app.reports.fold.folded_into', { title: report.planTitle })}
            </Link>
          </Alert>
        )}
        {report.status === 'returned' && report.reviewComment && (
          <Alert severity="warning" role="note">
            <strong>{translate('app.reports.form.reviewer_says')}:</strong> {report.reviewComment}
          </Alert>
        )}
        <ReportActions />
        <Section section="taskEntries" comment={commentOn(comments, 'taskEntries')}>
          {report.taskEntries.length === 0
            ? text(null, empty)
            : report.taskEntries.map((entry) => (
                <Box key={entry.taskId} sx={{ mb: 1.5 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {entry.taskText?.split('\n')[0] ?? entry.taskId} (
                    {pickLabel(TASK_STATUS_LABELS[entry.status], locale)})
                  </Typography>
                  {text(entry.done, empty)}
                  <Figures figures={entry.figures} />
                </Box>
              ))}
        </Section>
        <Section section="figures" comment={commentOn(comments, 'figures')}>
          {report.figures.length === 0 ? text(null, empty) : <Figures figures={report.figures} />}
        </Section>
        {(['situation', 'shortcomings', 'causes', 'proposals'] as const).map((section) => (
          <Section key={section} section={section} comment={commentOn(comments, section)}>
            {text(report[section], empty)}
          </Section>
        ))}
        <ReportFiles report={report} />
        <History reportId={report.id} />
      </CardContent>
    </Card>
  );
}

export function ReportShow() {
  return (
    <Show actions={false} component="div">
      <ReportBody />
    </Show>
  );
}
