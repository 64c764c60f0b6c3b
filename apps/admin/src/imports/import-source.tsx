import { type ImportJobProgress, ZImportText } from '@bcdnq/domain/import';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { checkFile, formatBytes, IMPORT_FILE_RULES } from '../common/file-checks';
import type { ImportSource } from '../providers/work-methods';
import { readingStatus } from './reading-status';

type Props = {
  busy: boolean;
  /** 0…1 while the file is sent, null once the server is reading it. */
  progress: number | null;
  /** The pages the server has read so far, once it reports them. */
  pages: ImportJobProgress | null;
  error: string | null;
  /** A line to show after the reading was cancelled. */
  notice: string | null;
  onRead: (source: ImportSource) => void;
  onCancel: () => void;
};

/** Step one: a file (dropped or picked, checked before upload) or pasted text. */
export function ImportSourceStep({ busy, progress, pages, error, notice, onRead, onCancel }: Props) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [tab, setTab] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    const refusal = checkFile(chosen, IMPORT_FILE_RULES, locale);
    setProblem(refusal ? translate(refusal.key, refusal.params) : null);
    setFile(refusal ? null : chosen);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) choose(event.dataTransfer.files[0]);
  };
  const readText = () => {
    const checked = ZImportText.safeParse({ text });
    if (!checked.success)
      return setProblem(checked.error.issues[0]?.message ?? translate('ra.validation.required'));
    setProblem(null);
    onRead({ text });
  };

  return (
    <Card variant="outlined" sx={{ maxWidth: 880 }}>
      <Tabs
        value={tab}
        onChange={(_e, next: 'file' | 'text') => setTab(next)}
        aria-label={translate('app.import.source')}
      >
        <Tab value="file" label={translate('app.import.tab_file')} disabled={busy} />
        <Tab value="text" label={translate('app.import.tab_text')} disabled={busy} />
      </Tabs>
      <CardContent>
        {tab === 'file' ? (
          <>
            <Box
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              sx={{
                border: '2px dashed',
                borderColor: dragging ? 'primary.main' : 'divider',
                bgcolor: dragging ? 'action.hover' : 'transparent',
                borderRadius: 2,
                p: 4,
                textAlign: 'center',
              }}
            >
              <UploadFileIcon sx={{ fontSize: 48, color: 'text.secondary' }} aria-hidden />
              <Typography sx={{ mt: 1 }}>{translate('app.import.drop_here')}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('app.import.file_rules', {
                  types: IMPORT_FILE_RULES.extensions.join(', '),
                  max: formatBytes(IMPORT_FILE_RULES.maxBytes, locale),
                })}
              </Typography>
              <input
                ref={input}
                id={inputId}
                type="file"
                hidden
                accept={IMPORT_FILE_RULES.extensions.join(',')}
                aria-label={translate('app.import.pick_file')}
                onChange={(e) => {
                  choose(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
              <Button variant="outlined" disabled={busy} onClick={() => input.current?.click()}>
                {translate('app.import.pick_file')}
              </Button>
              {file && (
                <Typography sx={{ mt: 2 }} data-testid="chosen-file">
                  {translate('app.import.chosen', { name: file.name, size: formatBytes(file.size, locale) })}
                </Typography>
              )}
            </Box>
            <Box sx={{ mt: 2, display: 'flex', justifyContent: 'flex-end' }}>
              <Button variant="contained" disabled={!file || busy} onClick={() => file && onRead({ file })}>
                {translate('app.import.read')}
              </Button>
            </Box>
          </>
        ) : (
          <>
            <TextField
              label={translate('app.import.paste_label')}
              multiline
              minRows={12}
              maxRows={24}
              fullWidth
              value={text}
              disabled={busy}
              onChange={(e) => setText(e.target.value)}
            />
            <Box sx={{ mt: 2, display: 'flex', justifyContent: 'flex-end' }}>
              <Button variant="contained" disabled={busy || text.trim() === ''} onClick={readText}>
                {translate('app.import.read')}
              </Button>
            </Box>
          </>
        )}
        {busy && <ReadingStatus progress={progress} pages={pages} onCancel={onCancel} />}
        {notice && !busy && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {notice}
          </Alert>
        )}
        {(problem || error) && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem ?? error}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}

/** The bar and its words while a document is sent and read; "Hủy" when the reading can be cancelled. */
export function ReadingStatus({
  progress,
  pages,
  onCancel,
}: {
  progress: number | null;
  pages: ImportJobProgress | null;
  onCancel?: () => void;
}) {
  const translate = useTranslate();
  const status = readingStatus(progress, pages);
  return (
    <Box sx={{ mt: 2, display: 'flex', alignItems: 'center', gap: 2 }}>
      <Box sx={{ flex: 1 }} role="status" aria-live="polite">
        <LinearProgress
          variant={status.percent !== null ? 'determinate' : 'indeterminate'}
          value={status.percent ?? undefined}
          aria-label={translate(status.key, status.params)}
        />
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate(status.key, status.params)}
        </Typography>
      </Box>
      {onCancel && (
        <Button variant="outlined" color="inherit" onClick={onCancel}>
          {translate('app.import.cancel')}
        </Button>
      )}
    </Box>
  );
}
