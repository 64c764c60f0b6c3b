import { TASK_EVENTS, TOPIC_LABELS, ZTaskBatch } from '@bcdnq/domain/tasks';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/EditNote';
import Alert from '@mui/material/Alert';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldValues, useFormState, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Button,
  CheckboxGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  useCanAccess,
  useDataProvider,
  useGetMany,
  useListContext,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/form-dialog';
import { labelChoices } from '../common/labels';
import { saveFile } from '../common/save-file';
import { formErrorsOr, useNotifyError } from '../common/use-notify-error';
import { useSchemaResolver } from '../common/use-schema-resolver';
import type { PanelDataProvider } from '../providers/data-provider';
import { TASK_EVENT_LABELS } from './task-events';

/** The form holds switches for what to change; only the switched-on parts reach the batch body. */
export function batchBody(
  values: FieldValues,
  tasks: readonly { id: string; version: number }[],
): FieldValues {
  const body: FieldValues = { tasks: tasks.map(({ id, version }) => ({ id, version })) };
  if (typeof values.status === 'string' && values.status) body.status = values.status;
  if (values.changeLeads) {
    body.leads = (Array.isArray(values.leads) ? values.leads : []).map((lead: unknown) =>
      typeof lead === 'object' && lead !== null ? { requested: false, ...lead } : lead,
    );
  }
  if (values.changeTopics) body.topics = Array.isArray(values.topics) ? values.topics : [];
  return body;
}

function RootError() {
  const translate = useTranslate();
  const { errors, submitCount } = useFormState();
  const message = errors.root?.message;
  if (!submitCount || typeof message !== 'string') return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {translate(message, { _: message })}
    </Alert>
  );
}

function BatchInputs() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const changeLeads = useWatch({ name: 'changeLeads' }) === true;
  const changeTopics = useWatch({ name: 'changeTopics' }) === true;
  const events = labelChoices(TASK_EVENT_LABELS, locale).filter((c) =>
    (TASK_EVENTS as readonly string[]).includes(c.id),
  );
  return (
    <>
      <RootError />
      <SelectInput
        source="status"
        label="app.task_work.batch_status"
        choices={events}
        emptyText="app.task_work.no_change"
        fullWidth
      />
      <BooleanInput source="changeLeads" label="app.task_work.batch_change_leads" />
      {changeLeads && (
        <ArrayInput
          source="leads"
          label="resources.tasks.fields.leads"
          helperText={translate('app.task_work.batch_leads_hint')}
        >
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="agencyId" reference="agencies" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput
                optionText="name"
                label="resources.tasks.fields.leadAgency"
                filterToQuery={(q: string) => ({ q })}
                sx={{ minWidth: 300 }}
                helperText={false}
              />
            </ReferenceInput>
            <BooleanInput
              source="requested"
              label="resources.tasks.fields.leadRequested"
              helperText={false}
            />
          </SimpleFormIterator>
        </ArrayInput>
      )}
      <BooleanInput source="changeTopics" label="app.task_work.batch_change_topics" />
      {changeTopics && (
        <CheckboxGroupInput
          source="topics"
          label="resources.tasks.fields.topics"
          choices={labelChoices(TOPIC_LABELS, locale)}
          row={false}
        />
      )}
    </>
  );
}

/** "Sửa hàng loạt" for the selected rows: one status event, new leads or topics, applied all or nothing. */
export function TaskBatchButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const work = useDataProvider<PanelDataProvider>();
  const [open, setOpen] = useState(false);
  const ids = selectedIds.map(String);
  // The versions the user saw (the list's cache): a task changed since then refuses the batch with a 409.
  const { data: selected = [] } = useGetMany<{ id: string; version: number }>(
    'tasks',
    { ids },
    { enabled: open },
  );
  const resolver = useSchemaResolver(ZTaskBatch, (values) => batchBody(values, selected));
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'batch' });
  const batch = useMutation({ mutationFn: (body: FieldValues) => work.batchTasks(ZTaskBatch.parse(body)) });
  // The resolver hands over what the schema parsed: already the batch body.
  if (!canAccess) return null;

  const onSubmit = async (values: FieldValues) => {
    try {
      const { updated } = await batch.mutateAsync(values);
      setOpen(false);
      notify('app.task_work.batch_done', { type: 'success', messageArgs: { smart_count: updated } });
      onUnselectItems();
      refresh();
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    }
  };

  return (
    <>
      <Button label="app.task_work.batch" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={batch.isPending}
        titleId="batch-title"
        title={translate('app.task_work.batch_title', { smart_count: ids.length })}
        maxWidth="md"
        resolver={resolver}
        onSubmit={onSubmit}
        record={{
          status: '',
          changeLeads: false,
          leads: [{ agencyId: null, requested: false }],
          changeTopics: false,
          topics: [],
        }}
        submitLabel="app.task_work.batch_apply"
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.task_work.batch_hint')}
        </Alert>
        <BatchInputs />
      </FormDialog>
    </>
  );
}

/** "Tải Excel": the list as filtered and sorted on screen (GET /api/tasks/export.xlsx with the same parameters). */
export function TaskExportButton({ extraFilter }: { extraFilter?: Record<string, unknown> }) {
  const { filterValues, sort, total } = useListContext();
  const notifyError = useNotifyError();
  const work = useDataProvider<PanelDataProvider>();
  const download = useMutation({
    mutationFn: () => work.exportTasks({ ...extraFilter, ...filterValues }, sort),
    onSuccess: saveFile,
    onError: notifyError,
  });
  return (
    <Button
      label="app.task_work.export_excel"
      onClick={() => download.mutate()}
      disabled={download.isPending || total === 0}
    >
      <DownloadIcon />
    </Button>
  );
}
