import type { ImportPreview } from '@bcdnq/domain/import';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import type { ImportSource } from '../providers/work-methods';
import { ImportReview } from './import-review';
import type { ScanPages } from './source-text-panel';
import { ImportSourceStep } from './import-source';
import { useImportJob } from './use-import-job';

/**
 * "Nhập văn bản": read a plan from a file or pasted text, review it beside its source, save it as a draft. The
 * server reads in the background (a 20-page scan takes minutes): the page shows its pages as they are read and
 * can cancel the reading.
 */
export function ImportPage() {
  const translate = useTranslate();
  const job = useImportJob('plan');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [scan, setScan] = useState<ScanPages | null>(null);

  const read = async (source: ImportSource) => {
    const done = await job.read(source);
    if (!done?.planPreview) return;
    setScan(done.pageImages.length > 0 ? { jobId: done.id, pages: done.pageImages } : null);
    setPreview(done.planPreview);
  };

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
            job.clearError();
          }}
        />
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
            {translate('app.import.intro')}
          </Typography>
          <ImportSourceStep
            busy={job.busy}
            progress={job.upload}
            pages={job.pages}
            error={job.error}
            notice={job.cancelled ? translate('app.import.cancelled') : null}
            onRead={(source) => void read(source)}
            onCancel={job.cancel}
          />
        </>
      )}
    </Box>
  );
}
