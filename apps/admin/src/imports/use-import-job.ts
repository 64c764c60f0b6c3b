import type { ImportJob, ImportJobKind, ImportJobProgress } from '@bcdnq/domain/import';
import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { PanelDataProvider } from '../providers/data-provider';
import type { ImportSource } from '../providers/work-methods';

/** How often a running job is asked for its pages. */
const POLL_MS = 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ImportJobState = {
  busy: boolean;
  /** Upload progress (0–1) while the file is sent, then null. */
  upload: number | null;
  /** Pages read so far, while the server reads. */
  pages: ImportJobProgress | null;
  error: string | null;
  cancelled: boolean;
  /** Reads a document in the background; the finished job, or null when it failed (see `error`) or was cancelled. */
  read: (source: ImportSource) => Promise<ImportJob | null>;
  cancel: () => void;
  clearError: () => void;
};

/**
 * A document read by the server in the background (a 20-page scan takes minutes, longer than any request may
 * wait behind a proxy): uploads it, follows its pages, can cancel it. Leaving the page cancels a reading nobody
 * will look at. Used by the plan import page and the report form alike.
 */
export function useImportJob(kind: ImportJobKind): ImportJobState {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const [busy, setBusy] = useState(false);
  const [upload, setUpload] = useState<number | null>(null);
  const [pages, setPages] = useState<ImportJobProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  // Each reading has its number: a cancelled or replaced one stops following its job.
  const generation = useRef(0);
  const jobId = useRef<string | null>(null);

  const forget = (id: string | null) => {
    if (id) void dataProvider.cancelImportJob(id).catch(() => undefined);
  };

  const read = async (source: ImportSource): Promise<ImportJob | null> => {
    const mine = ++generation.current;
    const current = () => generation.current === mine;
    setBusy(true);
    setError(null);
    setCancelled(false);
    setPages(null);
    setUpload('file' in source ? 0 : null);
    try {
      let job = await dataProvider.startImportJob(source, kind, setUpload);
      if (!current()) {
        forget(job.id);
        return null;
      }
      jobId.current = job.id;
      setUpload(null);
      while (job.state === 'running') {
        setPages(job.progress);
        await pause(POLL_MS);
        if (!current()) return null;
        job = await dataProvider.importJob(job.id);
        if (!current()) return null;
      }
      jobId.current = null;
      if (job.state === 'done') return job;
      setError(
        job.error
          ? locale === 'en'
            ? job.error.messageEn
            : job.error.message
          : translate('app.import.failed'),
      );
      return null;
    } catch (failure) {
      if (!current()) return null;
      const message =
        failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error';
      setError(translate(message, { _: message }));
      return null;
    } finally {
      if (current()) {
        setBusy(false);
        setPages(null);
        setUpload(null);
      }
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

  useEffect(
    () => () => {
      generation.current++;
      forget(jobId.current);
    },
    // Runs on unmount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return { busy, upload, pages, error, cancelled, read, cancel, clearError: () => setError(null) };
}
