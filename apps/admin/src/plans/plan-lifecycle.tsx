import { isPlanAmendable, type Plan, planMachine, ZPlanClone } from '@bcdnq/domain/plans';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import PublicIcon from '@mui/icons-material/Public';
import PublicOffIcon from '@mui/icons-material/PublicOff';
import Alert from '@mui/material/Alert';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  AutocompleteInput,
  Button,
  Confirm,
  NumberInput,
  ReferenceInput,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/form-dialog';
import { saveFile } from '../common/save-file';
import { formErrorsOr, useNotifyError } from '../common/use-notify-error';
import { useSchemaResolver } from '../common/use-schema-resolver';
import type { PanelDataProvider } from '../providers/data-provider';

function useWork() {
  return useDataProvider<PanelDataProvider>();
}

/** "Sao chép sang năm…": a new draft with sections and tasks copied, dates moved to the chosen year. */
export function ClonePlanButton() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const work = useWork();
  const resolver = useSchemaResolver(ZPlanClone);
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'clone', record: plan });
  const clone = useMutation({ mutationFn: (year: number) => work.clonePlan(plan?.id ?? '', year) });
  if (!plan || !canAccess) return null;

  const onSubmit = async (values: FieldValues) => {
    try {
      const created = await clone.mutateAsync(Number(values.year));
      setOpen(false);
      notify('app.lifecycle.cloned', { type: 'success', messageArgs: { year: created.year } });
      redirect('show', 'plans', created.id);
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    }
  };

  return (
    <>
      <Button label="app.lifecycle.clone" onClick={() => setOpen(true)}>
        <ContentCopyIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={clone.isPending}
        titleId="clone-title"
        title={translate('app.lifecycle.clone_title')}
        maxWidth="xs"
        resolver={resolver}
        onSubmit={onSubmit}
        record={{ year: plan.year + 1 }}
        submitLabel="app.lifecycle.clone"
        submitIcon={<ContentCopyIcon />}
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.lifecycle.clone_hint')}
        </Alert>
        <NumberInput source="year" label="app.lifecycle.clone_year" min={2000} max={2100} />
      </FormDialog>
    </>
  );
}

/** "Sửa đổi": an issued plan is never edited in place; this opens a new draft version. */
export function AmendPlanButton() {
  const plan = useRecordContext<Plan>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const work = useWork();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'amend', record: plan });
  const amend = useMutation({
    mutationFn: () => work.amendPlan(plan?.id ?? ''),
    onSuccess: (created) => {
      setOpen(false);
      notify('app.lifecycle.amended', { type: 'success', messageArgs: { version: created.versionNo } });
      redirect('show', 'plans', created.id);
    },
    onError: notifyError,
  });
  // The record's status decides too: the permission check may answer for the record as it was before a refresh.
  if (!plan || !canAccess || !isPlanAmendable(plan.status)) return null;
  return (
    <>
      <Button label="app.lifecycle.amend" onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={amend.isPending}
        title="app.lifecycle.amend_title"
        content="app.lifecycle.amend_hint"
        contentTranslateOptions={{ version: plan.versionNo + 1 }}
        confirm="app.lifecycle.amend"
        onConfirm={() => amend.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** "Kết thúc kế hoạch" at year end: open tasks become carried over, optionally copied into next year's draft. */
export function ClosePlanButton() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const work = useWork();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'close', record: plan });
  const close = useMutation({
    mutationFn: (carryOverToPlanId: string | undefined) =>
      work.closePlan(plan?.id ?? '', {
        version: plan?.version ?? 1,
        ...(carryOverToPlanId ? { carryOverToPlanId } : {}),
      }),
  });
  if (!plan || !canAccess || !planMachine.can(plan.status, 'close')) return null;

  const onSubmit = async (values: FieldValues) => {
    try {
      const target =
        typeof values.carryOverToPlanId === 'string' && values.carryOverToPlanId
          ? values.carryOverToPlanId
          : undefined;
      await close.mutateAsync(target);
      setOpen(false);
      notify(target ? 'app.lifecycle.closed_carried' : 'app.lifecycle.closed', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    }
  };

  return (
    <>
      <Button label="app.lifecycle.close" onClick={() => setOpen(true)}>
        <LockIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={close.isPending}
        titleId="close-title"
        title={translate('app.lifecycle.close_title')}
        maxWidth="sm"
        onSubmit={onSubmit}
        record={{ carryOverToPlanId: null }}
        submitLabel="app.lifecycle.close_confirm"
        submitIcon={<LockIcon />}
        submitColor="warning"
      >
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.lifecycle.close_hint')}
        </Alert>
        <ReferenceInput
          source="carryOverToPlanId"
          reference="plans"
          filter={{ status: 'draft', year: plan.year + 1 }}
          sort={{ field: 'year', order: 'DESC' }}
        >
          <AutocompleteInput
            label="app.lifecycle.carry_over_to"
            helperText="app.lifecycle.carry_over_hint"
            filterToQuery={(q: string) => ({ q })}
            fullWidth
          />
        </ReferenceInput>
      </FormDialog>
    </>
  );
}

/** Publishes an issued plan on the portal (or takes it off), after confirmation. */
export function PublicationButton() {
  const plan = useRecordContext<Plan>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const work = useWork();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'publish', record: plan });
  const publish = useMutation({
    mutationFn: (publishPublicly: boolean) =>
      work.setPlanPublication(plan?.id ?? '', { publishPublicly, version: plan?.version ?? 1 }),
    onSuccess: (saved) => {
      setOpen(false);
      notify(saved.publishPublicly ? 'app.lifecycle.published' : 'app.lifecycle.unpublished', {
        type: 'success',
      });
      refresh();
    },
    onError: notifyError,
  });
  if (!plan || !canAccess || plan.status === 'draft' || plan.status === 'superseded') return null;
  const next = !plan.publishPublicly;
  return (
    <>
      <Button
        label={next ? 'app.lifecycle.publish' : 'app.lifecycle.unpublish'}
        onClick={() => setOpen(true)}
      >
        {next ? <PublicIcon /> : <PublicOffIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={publish.isPending}
        title={next ? 'app.lifecycle.publish_title' : 'app.lifecycle.unpublish_title'}
        content={next ? 'app.lifecycle.publish_hint' : 'app.lifecycle.unpublish_hint'}
        confirm={next ? 'app.lifecycle.publish' : 'app.lifecycle.unpublish'}
        onConfirm={() => publish.mutate(next)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** "Tải Word": the plan in the administrative layout (GET /api/plans/<id>/export.docx). */
export function ExportWordButton() {
  const plan = useRecordContext<Plan>();
  const notifyError = useNotifyError();
  const work = useWork();
  const download = useMutation({
    mutationFn: () => work.exportPlan(plan?.id ?? ''),
    onSuccess: saveFile,
    onError: notifyError,
  });
  if (!plan) return null;
  return (
    <Button label="app.lifecycle.export_word" onClick={() => download.mutate()} disabled={download.isPending}>
      <DownloadIcon />
    </Button>
  );
}
