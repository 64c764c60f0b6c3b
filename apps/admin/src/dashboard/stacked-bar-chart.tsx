import { TASK_STATUS_LABELS, TASK_STATUSES } from '@bcdnq/domain/tasks';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { pickLabel } from '../common/labels';
import { barSegments, type ChartRow, chartSummary, STATUS_COLOURS } from './chart-model';

const LABEL_WIDTH = 220;
const BAR_WIDTH = 420;
const ROW_HEIGHT = 26;

function Legend() {
  const [locale] = useLocaleState();
  return (
    <Box
      component="ul"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, m: 0, mb: 1 }}
      aria-hidden
    >
      {TASK_STATUSES.map((s) => (
        <Box component="li" key={s} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontSize: 13 }}>
          <Box
            component="span"
            sx={{
              width: 12,
              height: 12,
              bgcolor: STATUS_COLOURS[s],
              display: 'inline-block',
              borderRadius: 0.5,
            }}
          />
          {pickLabel(TASK_STATUS_LABELS[s], locale)}
        </Box>
      ))}
    </Box>
  );
}

/**
 * Tasks by status as horizontal stacked bars, drawn in plain SVG. The figure caption carries a summary in words
 * (also the image's accessible description), and the same numbers follow in a table.
 */
export function StackedBarChart({
  title,
  rows,
  rowHeader,
}: {
  title: string;
  rows: ChartRow[];
  rowHeader: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const id = useId();
  const summary = chartSummary(rows, locale);
  const max = Math.max(0, ...rows.map((r) => r.total));
  const height = rows.length * ROW_HEIGHT + 4;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" sx={{ mb: 1 }}>
        <Typography component="span" variant="h6" sx={{ display: 'block' }} id={`${id}-title`}>
          {title}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary" id={`${id}-summary`}>
          {summary}
        </Typography>
      </Typography>
      {rows.length > 0 && (
        <>
          <Legend />
          <Box sx={{ overflowX: 'auto' }}>
            <svg
              role="img"
              aria-labelledby={`${id}-title`}
              aria-describedby={`${id}-summary`}
              width={LABEL_WIDTH + BAR_WIDTH + 50}
              height={height}
              viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 50} ${height}`}
              style={{ maxWidth: '100%', height: 'auto', fontFamily: 'inherit' }}
            >
              {rows.map((row, i) => {
                const y = i * ROW_HEIGHT + 2;
                const label = row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label;
                return (
                  <g key={row.key}>
                    <text x={LABEL_WIDTH - 8} y={y + 16} textAnchor="end" fontSize={12} fill="#333">
                      <title>{row.label}</title>
                      {label}
                    </text>
                    {barSegments(row, max, BAR_WIDTH).map((s) => (
                      <rect
                        key={s.status}
                        x={LABEL_WIDTH + s.x}
                        y={y + 3}
                        width={Math.max(s.width, 1)}
                        height={ROW_HEIGHT - 8}
                        fill={STATUS_COLOURS[s.status]}
                      >
                        <title>{`${row.label} — ${pickLabel(TASK_STATUS_LABELS[s.status], locale)}: ${s.value}`}</title>
                      </rect>
                    ))}
                    <text
                      x={LABEL_WIDTH + (max > 0 ? (row.total / max) * BAR_WIDTH : 0) + 6}
                      y={y + 16}
                      fontSize={12}
                      fill="#333"
                    >
                      {row.total}
                    </text>
                  </g>
                );
              })}
            </svg>
          </Box>
          <Box sx={{ overflowX: 'auto', mt: 1 }}>
            <Table size="small" aria-label={translate('app.stats.table_of', { title })}>
              <TableHead>
                <TableRow>
                  <TableCell>{rowHeader}</TableCell>
                  {TASK_STATUSES.map((s) => (
                    <TableCell key={s} align="right">
                      {pickLabel(TASK_STATUS_LABELS[s], locale)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{translate('app.stats.total')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.key}>
                    <TableCell component="th" scope="row">
                      {row.label}
                    </TableCell>
                    {TASK_STATUSES.map((s) => (
                      <TableCell
                        key={s}
                        align="right"
                        sx={
                          s === 'overdue' && row.counts[s] > 0
                            ? { color: 'error.main', fontWeight: 600 }
                            : undefined
                        }
                      >
                        {row.counts[s]}
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={{ fontWeight: 600 }}>
                      {row.total}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Box>
  );
}
