import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { PanelDataProvider } from '../providers/data-provider';
import { type Highlight, highlightSegments, type MarkedRange } from './source-highlight';

const MARK_STYLES = {
  unknown: { backgroundColor: '#fdecea', color: '#b71c1c', outline: '1px solid #e57373' },
  focus: { backgroundColor: '#fff59d' },
  number: { backgroundColor: '#e3f2fd' },
  unsure: {
    backgroundColor: '#fff3e0',
    textDecoration: 'underline wavy #e65100',
    textUnderlineOffset: 3,
    cursor: 'help',
  },
} as const;

/** The scanned pages of a background read, by number, to fetch and show beside the reading. */
export type ScanPages = { jobId: string; pages: readonly number[] };

const pageAnchor = (page: number) => `import-page-${page}`;

/** The pictures of the scanned pages, fetched one after another with the session, freed when the panel goes. */
function PageImages({ scan }: { scan: ScanPages }) {
  const translate = useTranslate();
  const work = useDataProvider<PanelDataProvider>();
  const [urls, setUrls] = useState<ReadonlyMap<number, string | null>>(new Map());
  useEffect(() => {
    let stopped = false;
    const made: string[] = [];
    void (async () => {
      for (const page of scan.pages) {
        let url: string | null = null;
        try {
          url = URL.createObjectURL(await work.importPageImage(scan.jobId, page));
          made.push(url);
        } catch {
          // A page without a picture says so; the others still show.
        }
        if (stopped) return;
        setUrls((before) => new Map(before).set(page, url));
      }
    })();
    return () => {
      stopped = true;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [scan, work]);
  return (
    <Box
      data-testid="import-page-images"
      aria-label={translate('app.import.page_images')}
      role="region"
      sx={{
        maxHeight: { xs: 360, lg: 'calc(100vh - 180px)' },
        overflow: 'auto',
        display: 'grid',
        gap: 1.5,
        alignContent: 'start',
      }}
    >
      {scan.pages.map((page) => {
        const url = urls.get(page);
        const label = translate('app.import.page_image', { page });
        return (
          <Box component="figure" key={page} id={pageAnchor(page)} sx={{ m: 0 }}>
            {url ? (
              // The picture at full size in a tab of its own, to read small print.
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                title={translate('app.import.page_image_open')}
              >
                <Box
                  component="img"
                  src={url}
                  alt={label}
                  sx={{ width: '100%', border: 1, borderColor: 'divider', bgcolor: 'common.white' }}
                />
              </a>
            ) : (
              <Typography
                variant="body2"
                color="text.secondary"
                sx={{ p: 2, border: 1, borderColor: 'divider' }}
              >
                {url === null
                  ? translate('app.import.page_image_missing', { page })
                  : translate('ra.page.loading')}
              </Typography>
            )}
            <Typography component="figcaption" variant="caption" color="text.secondary">
              {label}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

/**
 * The document as read, beside the form: unknown agencies in red, the duty being checked in yellow, words OCR was
 * unsure of underlined in orange (their confidence in the tooltip); for a scan, the pictures of its pages beside
 * the reading (a click on an unsure word brings its page into view).
 */
export function SourceTextPanel({
  text,
  highlights,
  focus,
  unsure = [],
  scan = null,
}: {
  text: string;
  highlights: Highlight[];
  focus: string | null;
  unsure?: readonly MarkedRange[];
  scan?: ScanPages | null;
}) {
  const translate = useTranslate();
  const segments = useMemo(() => highlightSegments(text, highlights, unsure), [text, highlights, unsure]);
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) focused.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus, segments]);
  let focusSeen = false;
  const pictured = scan !== null && scan.pages.length > 0;
  return (
    <Card variant="outlined" sx={{ position: { md: 'sticky' }, top: { md: 72 } }}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('app.import.source_text')}
        </Typography>
        {unsure.length > 0 && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.import.unsure_words', { smart_count: unsure.length })}
          </Typography>
        )}
        <Box
          sx={{
            display: 'grid',
            gap: 1.5,
            gridTemplateColumns: pictured ? { xs: '1fr', lg: '1fr 1fr' } : '1fr',
          }}
        >
          {pictured && scan && <PageImages scan={scan} />}
          <Box
            tabIndex={0}
            aria-label={translate('app.import.source_text')}
            data-testid="import-source-text"
            sx={{
              maxHeight: { xs: 320, md: 'calc(100vh - 180px)' },
              overflow: 'auto',
              whiteSpace: 'pre-wrap',
              fontFamily: 'Georgia, "Times New Roman", serif',
              fontSize: 14,
              lineHeight: 1.6,
              bgcolor: 'grey.50',
              p: 1.5,
              borderRadius: 1,
              minWidth: 0,
            }}
          >
            {text.trim() === '' ? (
              <Typography color="text.secondary">{translate('app.import.no_source_text')}</Typography>
            ) : (
              segments.map((segment, i) => {
                if (!segment.mark) return <span key={i}>{segment.text}</span>;
                if (segment.mark === 'unsure') {
                  const page = segment.page;
                  return (
                    <mark
                      key={i}
                      title={segment.title}
                      style={MARK_STYLES.unsure}
                      onClick={
                        page === undefined
                          ? undefined
                          : () =>
                              document
                                .getElementById(pageAnchor(page))
                                ?.scrollIntoView({ block: 'start', behavior: 'smooth' })
                      }
                    >
                      {segment.text}
                    </mark>
                  );
                }
                const first = segment.mark === 'focus' && !focusSeen;
                if (first) focusSeen = true;
                return (
                  <mark key={i} ref={first ? focused : undefined} style={MARK_STYLES[segment.mark]}>
                    {segment.text}
                  </mark>
                );
              })
            )}
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
