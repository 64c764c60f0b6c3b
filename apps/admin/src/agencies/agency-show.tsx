import { AGENCY_KIND_LABELS, type Agency } from '@bcdnq/domain/agencies';
import Typography from '@mui/material/Typography';
import {
  ChipField,
  EditButton,
  FunctionField,
  Labeled,
  ListButton,
  ReferenceArrayField,
  Show,
  TabbedShowLayout,
  SingleFieldList,
  TextArrayField,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LabelField } from '../common/fields';
import { AuditTrail } from '../common/audit-trail';
import { formatDate } from '../common/format';
import { AgencySuccessionButton } from './agency-succession';

function Actions() {
  return (
    <TopToolbar>
      <ListButton />
      <EditButton />
      <AgencySuccessionButton />
    </TopToolbar>
  );
}

/** ReferenceArrayField shows nothing for an empty list: say that there is no successor. */
function Successors() {
  const agency = useRecordContext<Agency>();
  const translate = useTranslate();
  if (!agency) return null;
  if (agency.successorIds.length === 0)
    return (
      <Typography component="span" variant="body2">
        {translate('app.agency.no_successor')}
      </Typography>
    );
  return (
    <ReferenceArrayField source="successorIds" reference="agencies">
      <SingleFieldList linkType="show">
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}

export function AgencyShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.agency.details">
          <TextField source="code" />
          <TextField source="name" />
          <TextField source="shortName" emptyText="—" />
          <LabelField source="kind" labels={AGENCY_KIND_LABELS} />
          <TextArrayField source="aliases" emptyText={translate('app.agency.no_alias')} />
          <FunctionField
            label="app.agency.validity"
            render={(record) => {
              const from = formatDate(record.validFrom);
              const to = formatDate(record.validTo);
              if (!from && !to) return translate('app.agency.valid_always');
              return [
                from && translate('app.agency.valid_from', { date: from }),
                to && translate('app.agency.valid_to', { date: to }),
              ]
                .filter(Boolean)
                .join(' ');
            }}
          />
          <Labeled label="resources.agencies.fields.successorIds">
            <Successors />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.audit.title" path="audit">
          <AuditTrail entity="agency" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
