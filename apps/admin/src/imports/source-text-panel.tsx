import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { type Highlight, highlightSegments } from './source-highlight';

const MARK_STYLES = {
  unknown: { backgroundColor: '#fdecea', color: '#b71c1c', outline: '1px solid #e57373' },
  focus: { backgroundColor: '#fff59d' },
  number: { backgroundColor: '#e3f2fd' },
} as const;

/** The document as read, beside the form: unknown agencies in red, the duty being checked in yellow. */
export function SourceTextPanel({
  text,
  highlights,
  focus,
}: {
  text: string;
  highlights: Highlight[];
  focus: string | null;
}) {
  const translate = useTranslate();
  const segments = useMemo(() => highlightSegments(text, highlights), [text, highlights]);
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) focused.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus, segments]);
  let focusSeen = false;
  return (
    <Card variant="outlined" sx={{ position: { md: 'sticky' }, top: { md: 72 } }}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('app.import.source_text')}
        </Typography>
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
          }}
        >
          {text.trim() === '' ? (
            <Typography color="text.secondary">{translate('app.import.no_source_text')}</Typography>
          ) : (
            segments.map((segment, i) => {
              if (!segment.mark) return <span key={i}>{segment.text}</span>;
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
      </CardContent>
    </Card>
  );
}
