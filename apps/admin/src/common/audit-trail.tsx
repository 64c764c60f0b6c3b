import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { AuditQuery } from '../providers/work-methods';
import type { PanelDataProvider } from '../providers/data-provider';
import { auditRows } from './audit-view';
import { formatDate } from './format';

const PER_PAGE = 20;

/** "Lịch sử thay đổi" of a plan, task, agency or user: who, when, what, before → after. Newest first. */
export function AuditTrail({ entity }: { entity: AuditQuery['entity'] }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const [page, setPage] = useState(1);
  const entityId = record ? String(record.id) : '';
  const { data, isPending, error } = useQuery({
    queryKey: ['audit', entity, entityId, page],
    queryFn: () => work.audit({ entity, entityId, page, perPage: PER_PAGE }),
    enabled: entityId !== '',
    placeholderData: keepPreviousData,
  });
  if (!record) return null;
  if (error) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  if (isPending) return <LinearProgress />;
  const rows = auditRows(data.data, locale);
  if (rows.length === 0)
    return <Typography color="text.secondary">{translate('app.audit.empty')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('app.audit.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('app.audit.when')}</TableCell>
            <TableCell>{translate('app.audit.who')}</TableCell>
            <TableCell>{translate('app.audit.action')}</TableCell>
            <TableCell>{translate('app.audit.changes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(row.at, true)}</TableCell>
              <TableCell>{row.who ?? translate('app.audit.system')}</TableCell>
              <TableCell>{row.action}</TableCell>
              <TableCell>
                {row.changes.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    —
                  </Typography>
                ) : (
                  <Box
                    component="dl"
                    sx={{
                      m: 0,
                      display: 'grid',
                      gridTemplateColumns: 'minmax(120px, max-content) 1fr',
                      columnGap: 2,
                      rowGap: 0.5,
                    }}
                  >
                    {row.changes.map((change) => (
                      <Box key={change.field} sx={{ display: 'contents' }}>
                        <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                          {translate(change.labelKey, { _: change.field })}
                        </Typography>
                        <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line' }}>
                          {!row.created && (
                            <>
                              <del style={{ color: '#b71c1c' }}>
                                {change.before.length > 300
                                  ? `${change.before.slice(0, 300)}…`
                                  : change.before}
                              </del>
                              {' → '}
                            </>
                          )}
                          <ins style={{ color: '#1b5e20', textDecoration: 'none' }}>
                            {change.after.length > 300 ? `${change.after.slice(0, 300)}…` : change.after}
                          </ins>
                        </Typography>
                      </Box>
                    ))}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {data.total > PER_PAGE && (
        <TablePagination
          component="div"
          count={data.total}
          page={page - 1}
          rowsPerPage={PER_PAGE}
          rowsPerPageOptions={[PER_PAGE]}
          onPageChange={(_e, next) => setPage(next + 1)}
          labelDisplayedRows={({ from, to, count }) =>
            translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
          }
        />
      )}
    </Box>
  );
}
