import type { Task } from '@bcdnq/domain/tasks';
import Typography from '@mui/material/Typography';
import Chip from '@mui/material/Chip';
import {
  FunctionField,
  type FunctionFieldProps,
  ReferenceArrayField,
  SingleFieldList,
  useGetManyAggregate,
  useLocaleState,
  useRecordContext,
  useTranslate,
  ChipField,
} from 'react-admin';
import { formatDate } from '../common/format';
import { describeSchedule } from '../common/labels';

/** Lead agencies by name, with "requested" where the issuer could only ask. */
export function LeadsField(_props: { label?: string; sortable?: boolean }) {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const ids = task?.leads.map((lead) => lead.agencyId) ?? [];
  // Aggregated: the 25 rows of a list page ask for their agencies in one request, not 25.
  const { data } = useGetManyAggregate('agencies', { ids }, { enabled: ids.length > 0 });
  if (!task) return null;
  const nameOf = (id: string) => data?.find((agency) => agency.id === id)?.name ?? '…';
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {task.leads.map((lead) => (
        <Chip
          key={lead.agencyId}
          size="small"
          color="primary"
          variant="outlined"
          label={
            lead.requested
              ? `${nameOf(lead.agencyId)} (${translate('app.task.requested')})`
              : nameOf(lead.agencyId)
          }
        />
      ))}
    </span>
  );
}

export function CoordinatorsField(_props: { label?: string; sortable?: boolean }) {
  const translate = useTranslate();
  const task = useRecordContext<Task>();
  // ReferenceArrayField shows nothing at all for an empty list; say it.
  if (task && task.coordinatorIds.length === 0) {
    return (
      <Typography component="span" variant="body2">
        {translate('app.plan.none')}
      </Typography>
    );
  }
  return (
    <ReferenceArrayField source="coordinatorIds" reference="agencies" emptyText={translate('app.plan.none')}>
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}

export function ScheduleField(props: Omit<FunctionFieldProps, 'render'>) {
  const [locale] = useLocaleState();
  return <FunctionField {...props} render={(task) => describeSchedule(task.schedule, locale, formatDate)} />;
}
