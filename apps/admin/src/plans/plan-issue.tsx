import { type Plan, ZPlanIssue } from '@bcdnq/domain/plans';
import GavelIcon from '@mui/icons-material/Gavel';
import Alert from '@mui/material/Alert';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  Button,
  TextInput,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { PanelDataProvider } from '../providers/data-provider';
import { useSchemaResolver } from '../common/use-schema-resolver';
import { VnDateInput } from '../common/date-input';
import { FormDialog } from '../common/form-dialog';
import { formErrorsOr, useNotifyError } from '../common/use-notify-error';

const today = () => new Date().toISOString().slice(0, 10);

/** Issues a draft: number, date and signer are fixed for good (POST /api/plans/<id>/issue). */
export function IssuePlanButton() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const resolver = useSchemaResolver(ZPlanIssue);
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'issue', record: plan });
  const { mutateAsync, isPending } = useMutation({
    mutationFn: (data: FieldValues) => dataProvider.act('plans', { id: plan?.id ?? '', verb: 'issue', data }),
  });
  if (!plan || !canAccess) return null;

  const onSubmit = async (values: FieldValues) => {
    try {
      await mutateAsync(values);
      setOpen(false);
      notify('app.plan.issued', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    }
  };

  return (
    <>
      <Button label="app.plan.issue" onClick={() => setOpen(true)}>
        <GavelIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={isPending}
        titleId="issue-title"
        title={translate('app.plan.issue_title')}
        maxWidth="sm"
        resolver={resolver}
        onSubmit={onSubmit}
        record={{
          number: plan.number ?? '',
          issuedOn: plan.issuedOn ?? today(),
          signer: plan.signer ?? { capacity: null, title: null, name: '' },
          version: plan.version,
        }}
        submitLabel="app.plan.issue"
        submitIcon={<GavelIcon />}
      >
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.plan.issue_hint')}
        </Alert>
        <TextInput source="number" resource="plans" fullWidth />
        <VnDateInput source="issuedOn" resource="plans" />
        <TextInput source="signer.capacity" label="resources.plans.fields.signerCapacity" fullWidth />
        <TextInput source="signer.title" label="resources.plans.fields.signerTitle" fullWidth />
        <TextInput source="signer.name" label="resources.plans.fields.signerName" fullWidth />
      </FormDialog>
    </>
  );
}
