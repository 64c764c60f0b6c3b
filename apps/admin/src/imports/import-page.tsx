import type { ImportPreview } from '@bcdnq/domain/import';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { PanelDataProvider } from '../providers/data-provider';
import type { ImportSource } from '../providers/work-methods';
import { ImportReview } from './import-review';
import { ImportSourceStep } from './import-source';

/** "Nhập văn bản": read a plan from a file or pasted text, review it beside its source, save it as a draft. */
export function ImportPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const read = useMutation({
    mutationFn: (source: ImportSource) => {
      setProgress('file' in source ? 0 : null);
      return dataProvider.importPreview(source, setProgress);
    },
    onSuccess: (result) => setPreview(result),
  });
  const error = read.error ? translate(read.error.message, { _: read.error.message }) : null;
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
          onRestart={() => {
            setPreview(null);
            read.reset();
          }}
        />
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
            {translate('app.import.intro')}
          </Typography>
          <ImportSourceStep
            busy={read.isPending}
            progress={progress}
            error={error}
            onRead={(source) => read.mutate(source)}
          />
        </>
      )}
    </Box>
  );
}
