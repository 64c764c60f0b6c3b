import Box from '@mui/material/Box';
import MuiButton from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useState } from 'react';
import { TextInput, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useNotifyError } from '../common/use-notify-error';
import type { PanelDataProvider } from '../providers/data-provider';

/** The cover image: upload one (the server checks and resizes it) or give an https address; alt text is required. */
export function CoverInput() {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const work = useDataProvider<PanelDataProvider>();
  const { setValue } = useFormContext();
  const url = useWatch({ name: 'coverImageUrl' }) as string | null | undefined;
  const [busy, setBusy] = useState(false);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const media = await work.uploadMedia(file);
      setValue('coverImageUrl', media.url, { shouldDirty: true, shouldValidate: true });
      notify('app.newsroom.cover_set', { type: 'info' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, width: '100%', maxWidth: 720 }}>
      {url ? (
        <Box
          component="img"
          src={url}
          alt=""
          sx={{ maxWidth: 320, borderRadius: 1, border: 1, borderColor: 'divider' }}
        />
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <MuiButton component="label" variant="outlined" size="small" disabled={busy}>
          {translate('app.newsroom.upload')}
          <input
            hidden
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp,image/avif"
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </MuiButton>
        {busy ? <CircularProgress size={20} aria-label={translate('app.newsroom.uploading')} /> : null}
      </Box>
      <TextInput source="coverImageUrl" fullWidth helperText={false} />
      <TextInput source="coverAlt" fullWidth helperText={false} />
      <TextInput source="coverCaption" fullWidth helperText={false} />
    </Box>
  );
}
