import type { Media } from '@bcdnq/domain/media';
import Box from '@mui/material/Box';
import MuiButton from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Title, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import { useNotifyError } from '../common/use-notify-error';
import type { PanelDataProvider } from '../providers/data-provider';

/** Upload images (checked and resized by the server) and copy their addresses into articles. */
export function MediaPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const work = useDataProvider<PanelDataProvider>();
  const [busy, setBusy] = useState(false);
  // Newest first is the API's one order (it refuses any other sort key than `id`, react-admin's default).
  const { data, refetch } = useGetList<Media>('media', { pagination: { page: 1, perPage: 48 } });

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      await work.uploadMedia(file);
      notify('app.newsroom.uploaded', { type: 'success' });
      await refetch();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('app.newsroom.media')} />
      <Typography component="h1" variant="h5">
        {translate('app.newsroom.media')}
      </Typography>
      <Typography color="text.secondary" sx={{ my: 1 }}>
        {translate('app.newsroom.media_intro')}
      </Typography>
      <MuiButton component="label" variant="contained" disabled={busy}>
        {translate('app.newsroom.upload')}
        <input
          hidden
          type="file"
          accept="image/jpeg,image/png,image/gif,image/webp,image/avif"
          onChange={(e) => void upload(e.target.files?.[0])}
        />
      </MuiButton>
      {busy ? (
        <CircularProgress size={24} sx={{ ml: 2 }} aria-label={translate('app.newsroom.uploading')} />
      ) : null}
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2, mt: 2 }}
      >
        {(data ?? []).map((media) => (
          <Card key={media.id} variant="outlined">
            <Box
              component="img"
              src={media.variants.find((v) => v.width === 320 && v.format === 'webp')?.url ?? media.url}
              alt=""
              sx={{ width: '100%', display: 'block' }}
            />
            <CardContent>
              <Typography variant="body2">{media.fileName}</Typography>
              <Typography variant="caption" color="text.secondary">
                {media.width}×{media.height} · {formatDate(media.createdAt, true)}
              </Typography>
              <Typography variant="caption" component="p" sx={{ wordBreak: 'break-all' }}>
                {translate('app.newsroom.copy_url')}: {media.url}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
}
