import type { ImportJob, ImportJobProgress, ImportPreview } from '@bcdnq/domain/import';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { PanelDataProvider } from '../providers/data-provider';
import type { ImportSource } from '../providers/work-methods';
import { ImportReview } from './import-review';
import type { ScanPages } from './source-text-panel';
import { ImportSourceStep } from './import-source';

/** How often a running job is asked for its pages. */
const POLL_MS = 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Nhập văn bản": read a plan from a file or pasted text, review it beside its source, save it as a draft. The
 * server reads in the background (a 20-page scan takes minutes): the page shows its pages as they are read and
 * can cancel the reading.
 */
export function ImportPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const [busy, setBusy] = useState(false);
  const [upload, setUpload] = useState<number | null>(null);
  const [pages, setPages] = useState<ImportJobProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [scan, setScan] = useState<ScanPages | null>(null);
  // Each reading has its number: a cancelled or replaced one stops following its job.
  const generation = useRef(0);
  const jobId = useRef<string | null>(null);

  const forget = (id: string | null) => {
    if (id) void dataProvider.cancelImportJob(id).catch(() => undefined);
  };

  const read = async (source: ImportSource) => {
    const mine = ++generation.current;
    const current = () => generation.current === mine;
    setBusy(true);
    setError(null);
    setCancelled(false);
    setPages(null);
    setUpload('file' in source ? 0 : null);
    try {
      let job: ImportJob = await dataProvider.startImportJob(source, 'plan', setUpload);
      if (!current()) {
        forget(job.id);
        return;
      }
      jobId.current = job.id;
      setUpload(null);
      while (job.state === 'running') {
        setPages(job.progress);
        await pause(POLL_MS);
        if (!current()) return;
        job = await dataProvider.importJob(job.id);
        if (!current()) return;
      }
      jobId.current = null;
      if (job.state === 'done' && job.planPreview) {
        setScan(job.pageImages.length > 0 ? { jobId: job.id, pages: job.pageImages } : null);
        setPreview(job.planPreview);
      } else
        setError(
          job.error
            ? locale === 'en'
              ? job.error.messageEn
              : job.error.message
            : translate('app.import.failed'),
        );
    } catch (failure) {
      if (!current()) return;
      const message =
        failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error';
      setError(translate(message, { _: message }));
    } finally {
      if (current()) setBusy(false);
    }
  };

  const cancel = () => {
    generation.current++;
    forget(jobId.current);
    jobId.current = null;
    setBusy(false);
    setPages(null);
    setUpload(null);
    setCancelled(true);
  };

  // Leaving the page stops a reading nobody will look at.
  useEffect(
    () => () => {
      generation.current++;
      forget(jobId.current);
    },
    // Runs on unmount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.import.title" />
      <Typography component="h1" variant="h5" gutterBottom>
        {translate('app.import.title')}
      </Typography>
      {preview ? (
        <ImportReview
          key={preview.sourceText.length + (preview.fileName ?? '')}
          preview={preview}
          scan={scan}
          onRestart={() => {
            setPreview(null);
            setScan(null);
            setError(null);
          }}
        />
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
            {translate('app.import.intro')}
          </Typography>
          <ImportSourceStep
            busy={busy}
            progress={upload}
            pages={pages}
            error={error}
            notice={cancelled ? translate('app.import.cancelled') : null}
            onRead={(source) => void read(source)}
            onCancel={cancel}
          />
        </>
      )}
    </Box>
  );
}
