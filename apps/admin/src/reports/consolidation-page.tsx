import type { AgencyRate, ConsolidationSummary, IndicatorSummary } from '@bcdnq/domain/reports';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import MuiButton from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Form,
  Link,
  ReferenceInput,
  SaveButton,
  Title,
  useDataProvider,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { VnDateInput } from '../common/date-input';
import { formatDate, todayIso } from '../common/format';
import { saveFile } from '../common/save-file';
import { useNotifyError } from '../common/use-notify-error';
import type { PanelDataProvider } from '../providers/data-provider';
import type { ConsolidationQuery } from '../providers/work-methods';
import { monthlyTrend, percent, periodPresets, yearlyTrend } from './report-view';

const number = (value: number, locale: string) => value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');

/** Parts of a drill-down per page: a page is read when its total is clicked, not with the totals. */
const PARTS_PER_PAGE = 50;

/**
 * The parts behind one total (agency, the name it reported under, report), read from the API a page at a time
 * when the total is opened; the agencies the total counts under filter them.
 */
function IndicatorParts({ query, indicator }: { query: ConsolidationQuery; indicator: IndicatorSummary }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const [agencyId, setAgencyId] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const parts = { indicator: indicator.code, agencyId, page, perPage: PARTS_PER_PAGE };
  const { data, isFetching, error } = useQuery({
    queryKey: ['consolidation-parts', query, parts],
    queryFn: () => work.consolidationParts(query, parts),
    // The page shown stays until the next one arrives, without jumping.
    placeholderData: keepPreviousData,
  });
  const filter = (id: string | undefined) => {
    setAgencyId(id);
    setPage(1);
  };
  return (
    <Box aria-busy={isFetching}>
      <Typography variant="subtitle2">
        {translate('app.reports.consolidation.parts', { name: indicator.name })}
      </Typography>
      {indicator.byAgency.length > 0 && (
        <Box
          role="group"
          aria-label={translate('app.reports.consolidation.by_agency')}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, my: 1 }}
        >
          <Chip
            size="small"
            label={translate('app.reports.consolidation.all_agencies')}
            color={agencyId === undefined ? 'primary' : 'default'}
            aria-pressed={agencyId === undefined}
            onClick={() => filter(undefined)}
          />
          {indicator.byAgency.map((a) => (
            <Chip
              key={a.agencyId}
              size="small"
              label={`${a.agencyName}: ${number(a.total, locale)}`}
              color={agencyId === a.agencyId ? 'primary' : 'default'}
              aria-pressed={agencyId === a.agencyId}
              onClick={() => filter(a.agencyId)}
            />
          ))}
        </Box>
      )}
      {isFetching && (
        <LinearProgress aria-label={translate('app.reports.consolidation.parts_loading')} sx={{ my: 1 }} />
      )}
      {error ? (
        <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>
      ) : null}
      {data && (
        <>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.reports.consolidation.reported_as')}</TableCell>
                <TableCell>{translate('app.reports.consolidation.counted_under')}</TableCell>
                <TableCell>{translate('app.reports.field.period')}</TableCell>
                <TableCell align="right">{translate('app.reports.field.value')}</TableCell>
                <TableCell>{translate('app.reports.consolidation.open_report')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.data.map((p, n) => (
                <TableRow key={`${p.reportId ?? p.link}-${n}`}>
                  <TableCell>{p.agencyName}</TableCell>
                  <TableCell>{p.rollupAgencyName}</TableCell>
                  <TableCell>{`${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`}</TableCell>
                  <TableCell align="right">{number(p.value, locale)}</TableCell>
                  <TableCell>
                    {p.reportId ? (
                      <Link to={`/reports/${p.reportId}/show`}>
                        {translate('app.reports.consolidation.source.report')}
                      </Link>
                    ) : p.link ? (
                      <a href={p.link}>{translate(`app.reports.consolidation.source.${p.source}`)}</a>
                    ) : (
                      translate(`app.reports.consolidation.source.${p.source}`)
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.total > PARTS_PER_PAGE && (
            <TablePagination
              component="div"
              count={data.total}
              page={page - 1}
              rowsPerPage={PARTS_PER_PAGE}
              rowsPerPageOptions={[]}
              onPageChange={(_, next) => setPage(next + 1)}
              labelDisplayedRows={({ from, to, count }) =>
                translate('app.reports.consolidation.parts_shown', { from, to, count })
              }
            />
          )}
        </>
      )}
    </Box>
  );
}

/** Each total, clickable to the parts behind it. */
function Totals({
  query,
  consolidation,
}: {
  query: ConsolidationQuery;
  consolidation: ConsolidationSummary;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState<string | null>(null);
  const shown = consolidation.indicators.filter((i) => i.partCount > 0);
  if (shown.length === 0)
    return <Typography variant="body2">{translate('app.reports.consolidation.no_figures')}</Typography>;
  return (
    <Table size="small" aria-label={translate('app.reports.consolidation.totals')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.reports.field.indicator')}</TableCell>
          <TableCell>{translate('app.reports.consolidation.unit')}</TableCell>
          <TableCell align="right">{translate('app.reports.consolidation.total')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shown.map((i) => (
          <Fragment key={i.code}>
            <TableRow>
              <TableCell>{i.name}</TableCell>
              <TableCell>{i.unit}</TableCell>
              <TableCell align="right">
                <MuiButton
                  size="small"
                  aria-expanded={open === i.code}
                  aria-controls={`parts-${i.code}`}
                  data-indicator={i.code}
                  onClick={() => setOpen(open === i.code ? null : i.code)}
                >
                  {number(i.total, locale)}
                </MuiButton>
              </TableCell>
            </TableRow>
            {open === i.code && (
              <TableRow id={`parts-${i.code}`}>
                <TableCell colSpan={3}>
                  {/* A new period starts the drill-down afresh (first page, every agency). */}
                  <IndicatorParts key={JSON.stringify(query)} query={query} indicator={i} />
                </TableCell>
              </TableRow>
            )}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}

/** Reporting and on-time rates per agency as bars, with the same figures in a table (the chart's text alternative). */
export function RatesTable({ agencies }: { agencies: readonly AgencyRate[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const chartId = useId();
  const width = 300;
  return (
    <Box>
      <Box component="figure" sx={{ m: 0, mb: 2 }} aria-labelledby={chartId}>
        <Typography id={chartId} component="figcaption" variant="subtitle2">
          {translate('app.reports.consolidation.chart_title')}
        </Typography>
        <svg
          width={width + 260}
          height={agencies.length * 30 + 10}
          role="img"
          aria-label={translate('app.reports.consolidation.chart_title')}
        >
          {agencies.map((a, i) => (
            <g key={a.agencyId} transform={`translate(0, ${i * 30 + 5})`}>
              <text x={0} y={12} fontSize={12}>
                {a.agencyName.length > 34 ? `${a.agencyName.slice(0, 33)}…` : a.agencyName}
              </text>
              <rect x={250} y={0} width={width} height={10} fill="#eee" />
              <rect x={250} y={0} width={width * (a.reportingRate ?? 0)} height={10} fill="#1565c0" />
              <rect x={250} y={12} width={width * (a.onTimeRate ?? 0)} height={8} fill="#2e7d32" />
            </g>
          ))}
        </svg>
      </Box>
      <Table size="small" aria-label={translate('app.reports.consolidation.rates')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.reports.field.agency')}</TableCell>
            <TableCell align="right">{translate('app.reports.consolidation.expected')}</TableCell>
            <TableCell align="right">{translate('app.reports.consolidation.received')}</TableCell>
            <TableCell align="right">{translate('app.reports.consolidation.on_time')}</TableCell>
            <TableCell align="right">{translate('app.reports.consolidation.reporting_rate')}</TableCell>
            <TableCell align="right">{translate('app.reports.consolidation.on_time_rate')}</TableCell>
            <TableCell>{translate('app.reports.consolidation.missing')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {agencies.map((a) => (
            <TableRow key={a.agencyId}>
              <TableCell>{a.agencyName}</TableCell>
              <TableCell align="right">{a.expected}</TableCell>
              <TableCell align="right">{a.received}</TableCell>
              <TableCell align="right">{a.onTime}</TableCell>
              <TableCell align="right">{percent(a.reportingRate, locale)}</TableCell>
              <TableCell align="right">{percent(a.onTimeRate, locale)}</TableCell>
              <TableCell>
                {a.missing.map((m, n) => (
                  <Fragment key={m.reportId}>
                    {n > 0 && ', '}
                    <Link
                      to={`/reports/${m.reportId}/show`}
                    >{`${formatDate(m.periodStart)} – ${formatDate(m.periodEnd)}`}</Link>
                  </Fragment>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function Trend({ consolidation }: { consolidation: ConsolidationSummary }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Across years, a row per year first; the months follow.
  const yearly = yearlyTrend(consolidation);
  const tables =
    yearly.months.length > 1 ? [yearly, monthlyTrend(consolidation)] : [monthlyTrend(consolidation)];
  if (tables[0]?.rows.length === 0) return null;
  return (
    <Box sx={{ overflowX: 'auto', display: 'flex', flexDirection: 'column', gap: 2 }}>
      {tables.map((trend) => (
        <Table
          key={trend.months.join()}
          size="small"
          aria-label={translate('app.reports.consolidation.trend')}
        >
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.reports.field.indicator')}</TableCell>
              {trend.months.map((m) => (
                <TableCell key={m} align="right">
                  {m.length === 4 ? m : `${m.slice(5)}/${m.slice(0, 4)}`}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {trend.rows.map((r) => (
              <TableRow key={r.code}>
                <TableCell>{r.name}</TableCell>
                {r.values.map((v, i) => (
                  <TableCell key={trend.months[i]} align="right">
                    {number(v, locale)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </Box>
  );
}

/** The consolidation of a plan (or every plan in force) over a period, for the standing office and leadership. */
export function useConsolidation(query: ConsolidationQuery | null) {
  const work = useDataProvider<PanelDataProvider>();
  return useQuery({
    queryKey: ['consolidation', query],
    queryFn: () => work.consolidation(query as ConsolidationQuery),
    enabled: query !== null,
  });
}

export function ConsolidationPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const work = useDataProvider<PanelDataProvider>();
  const notifyError = useNotifyError();
  const presets = periodPresets(todayIso());
  const [query, setQuery] = useState<ConsolidationQuery | null>(null);
  const { data, isFetching, error } = useConsolidation(query);
  // The narrative and its draft are read when asked for (they weigh most of a long period), then per period.
  const [draftWanted, setDraftWanted] = useState(false);
  const narrative = useQuery({
    queryKey: ['consolidation-narrative', query],
    queryFn: () => work.consolidationNarrative(query as ConsolidationQuery),
    enabled: query !== null && draftWanted,
  });
  // The edit belongs to the draft it started from: a new consolidation starts a fresh draft.
  const [edited, setEdited] = useState<{ from: string; text: string } | null>(null);
  const draft = narrative.data?.draftText;
  const text = draft !== undefined && edited && edited.from === draft ? edited.text : draft;
  const setText = (value: string) => {
    if (draft !== undefined) setEdited({ from: draft, text: value });
  };
  const submit = (values: FieldValues) => {
    setQuery({
      planId: (values.planId as string | undefined) || undefined,
      from: String(values.from),
      to: String(values.to),
    });
  };
  const download = async (kind: 'docx' | 'xlsx') => {
    if (!query) return;
    try {
      // Unedited, the Word export gathers the same draft on the server: the text is sent only once changed.
      const changed = kind === 'docx' && text !== undefined && text !== draft ? text : undefined;
      saveFile(await work.exportConsolidation(query, kind, changed));
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="app.reports.consolidation.title" />
      <Card>
        <CardContent>
          <Typography variant="body2" gutterBottom>
            {translate('app.reports.consolidation.intro')}
          </Typography>
          <Form record={{ from: presets.year.from, to: presets.year.to }} onSubmit={submit}>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
              <ReferenceInput source="planId" reference="plans" filter={{ status: 'issued' }}>
                <AutocompleteInput
                  label="app.reports.consolidation.plan"
                  helperText="app.reports.consolidation.all_plans"
                  sx={{ minWidth: 320 }}
                />
              </ReferenceInput>
              <VnDateInput source="from" label="app.reports.consolidation.from" />
              <VnDateInput source="to" label="app.reports.consolidation.to" />
              <SaveButton label="app.reports.consolidation.show" alwaysEnable icon={<span />} />
            </Box>
          </Form>
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            {(['month', 'half', 'year'] as const).map((p) => (
              <Button
                key={p}
                label={`app.reports.consolidation.preset_${p}`}
                onClick={() =>
                  setQuery({ ...(query?.planId ? { planId: query.planId } : {}), ...presets[p] })
                }
              />
            ))}
          </Box>
        </CardContent>
      </Card>
      {error ? (
        <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>
      ) : null}
      {data && (
        <>
          <Card component="section" aria-labelledby="consolidation-figures" aria-busy={isFetching}>
            <CardContent>
              <Typography id="consolidation-figures" variant="h6" component="h2">
                {translate('app.reports.consolidation.totals')} ({formatDate(data.from)} –{' '}
                {formatDate(data.to)})
              </Typography>
              <Typography variant="body2" gutterBottom data-testid="consolidation-summary">
                {translate('app.reports.consolidation.summary', {
                  received: data.received,
                  expected: data.expected,
                  rate: percent(data.reportingRate, locale),
                  onTime: data.onTime,
                  onTimeRate: percent(data.onTimeRate, locale),
                })}
              </Typography>
              {query && <Totals query={query} consolidation={data} />}
              <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
                <Button
                  label="app.reports.consolidation.export_docx"
                  variant="contained"
                  onClick={() => void download('docx')}
                />
                <Button
                  label="app.reports.consolidation.export_xlsx"
                  variant="outlined"
                  onClick={() => void download('xlsx')}
                />
              </Box>
            </CardContent>
          </Card>
          <Card component="section" aria-labelledby="consolidation-trend">
            <CardContent>
              <Typography id="consolidation-trend" variant="h6" component="h2">
                {translate('app.reports.consolidation.trend')}
              </Typography>
              <Trend consolidation={data} />
            </CardContent>
          </Card>
          <Card component="section" aria-labelledby="consolidation-pending">
            <CardContent>
              <Typography id="consolidation-pending" variant="h6" component="h2">
                {translate('app.reports.consolidation.pending')}
              </Typography>
              {data.pending.length === 0 ? (
                <Typography variant="body2">{translate('app.reports.consolidation.no_pending')}</Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 3 }}>
                  {data.pending.map((p) => (
                    <li key={p.reportId}>
                      <Link to={`/reports/${p.reportId}/show`}>
                        {p.agencyName}: {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
                      </Link>{' '}
                      ({translate('app.reports.field.dueOn')} {formatDate(p.dueOn)}
                      {p.late ? `, ${translate('app.reports.field.late')}` : ''})
                    </li>
                  ))}
                </Box>
              )}
            </CardContent>
          </Card>
          <Card component="section" aria-labelledby="consolidation-rates">
            <CardContent>
              <Typography id="consolidation-rates" variant="h6" component="h2">
                {translate('app.reports.consolidation.rates')}
              </Typography>
              <RatesTable agencies={data.agencies} />
            </CardContent>
          </Card>
          <Card component="section" aria-labelledby="consolidation-draft" aria-busy={narrative.isFetching}>
            <CardContent>
              <Typography id="consolidation-draft" variant="h6" component="h2">
                {translate('app.reports.consolidation.draft_title')}
              </Typography>
              {text === undefined ? (
                <>
                  <Typography variant="body2" gutterBottom>
                    {translate('app.reports.consolidation.draft_hint')}
                  </Typography>
                  <Button
                    label="app.reports.consolidation.draft_open"
                    variant="outlined"
                    disabled={narrative.isFetching}
                    onClick={() => setDraftWanted(true)}
                  />
                  {narrative.isFetching && (
                    <LinearProgress
                      aria-label={translate('app.reports.consolidation.draft_loading')}
                      sx={{ mt: 1 }}
                    />
                  )}
                  {narrative.error ? (
                    <Alert severity="error" sx={{ mt: 1 }}>
                      {narrative.error instanceof Error ? narrative.error.message : String(narrative.error)}
                    </Alert>
                  ) : null}
                </>
              ) : (
                <MuiTextField
                  label={translate('app.reports.consolidation.draft')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  multiline
                  minRows={12}
                  fullWidth
                />
              )}
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}

/** The year's reporting rates on the dashboard (leadership, standing office). */
export function ReportingRatesCard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const year = periodPresets(todayIso()).year;
  const { data } = useConsolidation(year);
  if (!data) return null;
  return (
    <Card component="section" aria-labelledby="dashboard-rates">
      <CardContent>
        <Typography id="dashboard-rates" variant="h6" component="h2">
          {translate('app.reports.consolidation.rates')} ({year.from.slice(0, 4)})
        </Typography>
        <Typography variant="body2" gutterBottom>
          {translate('app.reports.consolidation.summary', {
            received: data.received,
            expected: data.expected,
            rate: percent(data.reportingRate, locale),
            onTime: data.onTime,
            onTimeRate: percent(data.onTimeRate, locale),
          })}{' '}
          <Link to="/consolidation">{translate('app.reports.consolidation_menu')}</Link>
        </Typography>
        <RatesTable agencies={data.agencies} />
        <Trend consolidation={data} />
      </CardContent>
    </Card>
  );
}
