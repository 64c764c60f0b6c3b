import type { ArticleVersion } from '@bcdnq/domain/articles';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { PanelDataProvider } from '../providers/data-provider';

/** Every saved version, newest first, with what changed word by word (added underlined green, removed struck red). */
export function ArticleVersions() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const work = useDataProvider<PanelDataProvider>();
  const { data } = useQuery({
    queryKey: ['articles', record?.id, 'versions'],
    queryFn: () => work.articleVersions(record?.id ?? ''),
    enabled: !!record,
  });
  if (!data) return null;
  if (data.length === 0) return <Typography>{translate('app.newsroom.no_versions')}</Typography>;
  return (
    <Box component="ol" sx={{ pl: 2 }}>
      {data.map((version: ArticleVersion) => (
        <Box component="li" key={version.id} sx={{ mb: 2 }}>
          <Typography variant="subtitle2">
            {translate('app.newsroom.version_line', {
              version: version.version,
              action: translate(`app.article_event.${version.action}`, { _: version.action }),
              who: version.actorName ?? '—',
              when: formatDate(version.createdAt, true),
            })}
          </Typography>
          {version.changes.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('app.newsroom.no_text_change')}
            </Typography>
          ) : (
            version.changes.map((change) => (
              <Box key={change.field} sx={{ mt: 0.5 }}>
                <Typography variant="caption" color="text.secondary">
                  {translate(`resources.articles.fields.${change.field}`)}
                </Typography>
                <Typography variant="body2" component="p">
                  {change.parts.map((part, i) =>
                    part.kind === 'added' ? (
                      <Box
                        component="ins"
                        key={i}
                        sx={{ bgcolor: '#e6f4ea', color: '#0b5d1e' }}
                        title={translate('app.newsroom.added')}
                      >
                        {part.text}
                      </Box>
                    ) : part.kind === 'removed' ? (
                      <Box
                        component="del"
                        key={i}
                        sx={{ bgcolor: '#fce8e6', color: '#8c1d18' }}
                        title={translate('app.newsroom.removed')}
                      >
                        {part.text}
                      </Box>
                    ) : (
                      <span key={i}>
                        {part.text.length > 200
                          ? `${part.text.slice(0, 90)} … ${part.text.slice(-90)}`
                          : part.text}
                      </span>
                    ),
                  )}
                </Typography>
              </Box>
            ))
          )}
        </Box>
      ))}
    </Box>
  );
}
