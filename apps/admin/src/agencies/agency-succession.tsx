import { type Agency, type AgencySuccession, ZAgencySuccession } from '@bcdnq/domain/agencies';
import MergeTypeIcon from '@mui/icons-material/MergeType';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldValues, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  Confirm,
  HttpError,
  ReferenceInput,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { VnDateInput } from '../common/date-input';
import { formatDate, todayIso } from '../common/format';
import { FormDialog } from '../common/form-dialog';
import { useNotifyError } from '../common/use-notify-error';
import { useSchemaResolver } from '../common/use-schema-resolver';
import type { PanelDataProvider } from '../providers/data-provider';

function HandOverHint() {
  const translate = useTranslate();
  const handOver = useWatch({ name: 'handOverOpenTasks' }) === true;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(handOver ? 'app.succession.hand_over_yes' : 'app.succession.hand_over_no')}
    </Typography>
  );
}

/** "Sáp nhập / đổi tên": the agency ends on a date and (optionally) hands its open tasks to a successor. */
export function AgencySuccessionButton() {
  const agency = useRecordContext<Agency>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const work = useDataProvider<PanelDataProvider>();
  const resolver = useSchemaResolver(ZAgencySuccession);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<AgencySuccession | null>(null);
  const { canAccess } = useCanAccess({ resource: 'agencies', action: 'succession', record: agency });
  const succession = useMutation({
    mutationFn: (body: AgencySuccession) => work.agencySuccession(agency?.id ?? '', body),
  });
  if (!agency || !canAccess) return null;

  // The form only checks; the irreversible step waits for the confirmation below.
  const onSubmit = (values: FieldValues) => {
    // An agency cannot succeed itself.
    if (values.successorId === agency.id) return { successorId: translate('app.succession.not_itself') };
    setPending(values as AgencySuccession);
    return undefined;
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const { handedOver } = await succession.mutateAsync(pending);
      setPending(null);
      setOpen(false);
      notify('app.succession.done', { type: 'success', messageArgs: { smart_count: handedOver } });
      refresh();
    } catch (error) {
      setPending(null);
      if (error instanceof HttpError && error.status === 400 && error.body?.errors) {
        notify(error.message, { type: 'error' });
        return;
      }
      notifyError(error);
    }
  };

  return (
    <>
      <Button label="app.succession.button" onClick={() => setOpen(true)}>
        <MergeTypeIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={succession.isPending}
        titleId="succession-title"
        title={translate('app.succession.title', { name: agency.name })}
        maxWidth="sm"
        resolver={resolver}
        onSubmit={onSubmit}
        record={{
          successorId: null,
          validTo: todayIso(),
          handOverOpenTasks: true,
          version: agency.version,
        }}
        submitLabel="app.succession.next"
        submitIcon={<MergeTypeIcon />}
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.succession.hint')}
        </Alert>
        <ReferenceInput
          source="successorId"
          reference="agencies"
          filter={{ activeOn: todayIso() }}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput
            label="app.succession.successor"
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            fullWidth
          />
        </ReferenceInput>
        <VnDateInput source="validTo" label="app.succession.valid_to" />
        <BooleanInput source="handOverOpenTasks" label="app.succession.hand_over" helperText={false} />
        <HandOverHint />
      </FormDialog>
      <Confirm
        isOpen={pending !== null}
        loading={succession.isPending}
        title="app.succession.confirm_title"
        content="app.succession.confirm"
        contentTranslateOptions={{
          name: agency.name,
          date: formatDate(pending?.validTo ?? ''),
          tasks: translate(
            pending?.handOverOpenTasks ? 'app.succession.confirm_tasks' : 'app.succession.confirm_no_tasks',
          ),
        }}
        confirm="app.succession.confirm_button"
        confirmColor="warning"
        onConfirm={() => void confirm()}
        onClose={() => setPending(null)}
      />
    </>
  );
}
