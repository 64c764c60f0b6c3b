import { REPORT_STATUS_LABELS, type Report } from '@bcdnq/domain/reports';
import Chip from '@mui/material/Chip';
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField, type Tone } from '../common/fields';
import { REPORT_PERIOD_LABELS, useLabelChoices } from '../common/labels';
import { formatDate } from '../common/format';
import { ListEmpty } from '../common/list-empty';

export const REPORT_STATUS_TONES: Partial<Record<Report['status'], Tone>> = {
  draft: 'info',
  submitted: 'primary',
  resubmitted: 'primary',
  accepted: 'success',
  returned: 'warning',
};

/** "01/03/2026 – 31/03/2026" with a "trễ hạn" chip when late. */
export function PeriodField({ label }: { label?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField<Report>
      label={label ?? 'app.reports.field.period'}
      render={(r) => (
        <>
          {translate('app.reports.field.period_range', {
            from: formatDate(r.periodStart),
            to: formatDate(r.periodEnd),
          })}
          {r.late && (
            <Chip
              size="small"
              color="error"
              variant="outlined"
              label={translate('app.reports.field.late')}
              sx={{ ml: 1 }}
            />
          )}
        </>
      )}
    />
  );
}

export function ReportColumns() {
  return [
    <TextField key="plan" source="planTitle" label="app.reports.field.plan" sortable={false} />,
    <TextField key="agency" source="agencyName" label="app.reports.field.agency" sortable={false} />,
    <LabelField
      key="periodKind"
      source="period"
      labels={REPORT_PERIOD_LABELS}
      label="app.reports.field.period"
    />,
    <PeriodField key="range" label="" />,
    <DateText key="due" source="dueOn" label="app.reports.field.dueOn" />,
    <LabelField
      key="status"
      source="status"
      labels={REPORT_STATUS_LABELS}
      tones={REPORT_STATUS_TONES}
      label="app.reports.field.status"
    />,
  ];
}

/** Reports: an officer sees their agency's, the committee's staff every agency's. */
export function ReportList() {
  const statuses = useLabelChoices(REPORT_STATUS_LABELS);
  const periods = useLabelChoices(REPORT_PERIOD_LABELS);
  const filters = [
    <ReferenceInput key="plan" source="planId" reference="plans" alwaysOn>
      <AutocompleteInput label="app.reports.field.plan" sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={statuses} label="app.reports.field.status" alwaysOn />,
    <SelectInput key="period" source="period" choices={periods} label="app.reports.field.period" />,
    <BooleanInput
      key="late"
      source="late"
      label="app.reports.filter.late"
      parse={(v: boolean) => (v ? 'true' : undefined)}
      format={(v: unknown) => v === 'true'}
    />,
    <BooleanInput
      key="open"
      source="open"
      label="app.reports.filter.open"
      parse={(v: boolean) => (v ? 'true' : undefined)}
      format={(v: unknown) => v === 'true'}
    />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      empty={<ListEmpty />}
      sort={{ field: 'dueOn', order: 'ASC' }}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {ReportColumns()}
      </Datagrid>
    </List>
  );
}

/** The standing office's review queue: submitted and resubmitted reports, oldest submission first. */
export function ReviewQueue() {
  const translate = useTranslate();
  return (
    <List
      resource="reports"
      title={translate('app.reports.review.queue_title')}
      filter={{ review: 'true' }}
      sort={{ field: 'lastSubmittedAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      disableSyncWithLocation
      empty={<ListEmpty />}
      storeKey="reports.review"
    >
      <Datagrid rowClick={(id) => `/reports/${id}/show`} bulkActionButtons={false}>
        {ReportColumns()}
        <DateText source="lastSubmittedAt" withTime label="app.reports.field.lastSubmittedAt" />
      </Datagrid>
    </List>
  );
}
