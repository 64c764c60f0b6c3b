import type { Report } from '@bcdnq/domain/reports';
import type { Attachment } from '@bcdnq/domain/tasks';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useDataProvider, useGetIdentity, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { checkFiles, formatBytes, NOTE_FILE_RULES } from '../common/file-checks';
import { saveFile } from '../common/save-file';
import { useNotifyError } from '../common/use-notify-error';
import type { Identity } from '../providers/auth-provider';
import type { PanelDataProvider } from '../providers/data-provider';
import { reportActions } from './report-view';

/** The report's files (download for whoever sees the report; attach while the agency writes it). */
export function ReportFiles({ report }: { report: Report }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const picker = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const key = ['reports', 'attachments', report.id];
  const { data = [] } = useQuery({ queryKey: key, queryFn: () => work.reportAttachments(report.id) });
  const canAttach = reportActions(report, (identity as Identity | undefined)?.role).includes('edit');
  const upload = useMutation({
    mutationFn: (files: File[]) => work.attachToReport(report.id, files),
    onSuccess: () => {
      notify('app.reports.files.added', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: notifyError,
  });
  const choose = (files: File[]) => {
    const refused = checkFiles(files, NOTE_FILE_RULES, locale);
    setProblems(refused.map((p) => translate(p.key, p.params)));
    if (refused.length === 0 && files.length > 0) upload.mutate(files);
  };
  return (
    <Box component="section" aria-labelledby="report-files" sx={{ mb: 2 }}>
      <Typography id="report-files" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('app.reports.files.title')}
      </Typography>
      {data.length === 0 && <Typography variant="body2">{translate('app.reports.files.none')}</Typography>}
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {data.map((file: Attachment) => (
          <li key={file.id}>
            <Button
              size="small"
              onClick={async () => {
                try {
                  saveFile(await work.downloadReportAttachment(file.id));
                } catch (error) {
                  notifyError(error);
                }
              }}
            >
              {file.fileName}
            </Button>{' '}
            ({formatBytes(file.size, locale)})
          </li>
        ))}
      </Box>
      {canAttach && (
        <>
          <input
            ref={picker}
            type="file"
            hidden
            multiple
            accept={NOTE_FILE_RULES.extensions.join(',')}
            aria-label={translate('app.reports.files.attach')}
            onChange={(e) => {
              choose([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
          <Button
            startIcon={<AttachFileIcon />}
            onClick={() => picker.current?.click()}
            disabled={upload.isPending}
          >
            {translate('app.reports.files.attach')}
          </Button>
        </>
      )}
      {problems.map((p) => (
        <Alert key={p} severity="error">
          {p}
        </Alert>
      ))}
    </Box>
  );
}
