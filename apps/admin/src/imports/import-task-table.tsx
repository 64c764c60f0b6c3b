import { RECURRENCES, TOPIC_LABELS } from '@bcdnq/domain/tasks';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import FindInPageIcon from '@mui/icons-material/FindInPage';
import WarningIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useController, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { AutocompleteArrayInput, SelectInput, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { AgencyMultiPicker, AgencyPicker, type AgencyOption } from '../common/agency-pickers';
import { VnDateInput } from '../common/date-input';
import { labelChoices, RECURRENCE_LABELS, SCHEDULE_KIND_LABELS } from '../common/labels';
import { emptyTask, type DraftLead, warningText } from './import-draft';

const joinLines = (value: unknown) => (Array.isArray(value) ? value.join('\n') : '');
const splitLines = (text: string) => text.split('\n');

function RequestedBox({ name }: { name: string }) {
  const translate = useTranslate();
  const { field } = useController({ name });
  return (
    <FormControlLabel
      control={
        <Checkbox
          size="small"
          checked={field.value === true}
          onChange={(e) => field.onChange(e.target.checked)}
        />
      }
      label={<Typography variant="body2">{translate('resources.tasks.fields.leadRequested')}</Typography>}
    />
  );
}

function LeadsCell({ index, catalogue }: { index: number; catalogue: AgencyOption[] }) {
  const translate = useTranslate();
  const { fields, append, remove } = useFieldArray({ name: `tasks.${index}.leads` });
  const leads = useWatch({ name: `tasks.${index}.leads` }) as DraftLead[] | undefined;
  const { errors } = useFormState({ name: `tasks.${index}.leads` });
  const tasksErrors = (errors as { tasks?: Record<number, { leads?: { message?: string } }> }).tasks;
  const listError = tasksErrors?.[index]?.leads?.message;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {fields.map((field, j) => (
        <Box key={field.id} sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 220px' }}>
            <AgencyPicker
              name={`tasks.${index}.leads.${j}.agencyId`}
              label={translate('resources.tasks.fields.leads')}
              catalogue={catalogue}
              nameAsRead={leads?.[j]?.nameAsRead ?? null}
            />
          </Box>
          <RequestedBox name={`tasks.${index}.leads.${j}.requested`} />
          {fields.length > 1 && (
            <IconButton
              size="small"
              aria-label={translate('app.import.remove_lead')}
              onClick={() => remove(j)}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          )}
        </Box>
      ))}
      {listError && (
        <Typography variant="caption" color="error">
          {translate(listError, { _: listError })}
        </Typography>
      )}
      {fields.length < 5 && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => append({ agencyId: null, nameAsRead: null, requested: false })}
          sx={{ alignSelf: 'flex-start' }}
        >
          {translate('app.import.add_lead')}
        </Button>
      )}
      <AgencyMultiPicker
        name={`tasks.${index}.coordinators`}
        errorName={`tasks.${index}.coordinatorIds`}
        label={translate('resources.tasks.fields.coordinatorIds')}
        catalogue={catalogue}
      />
    </Box>
  );
}

function ScheduleCell({ index }: { index: number }) {
  const [locale] = useLocaleState();
  const kind: unknown = useWatch({ name: `tasks.${index}.schedule.kind` });
  const kinds = labelChoices(SCHEDULE_KIND_LABELS, locale);
  const every = labelChoices(RECURRENCE_LABELS, locale).filter((c) =>
    (RECURRENCES as readonly string[]).includes(c.id),
  );
  const base = `tasks.${index}.schedule`;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column' }}>
      <SelectInput
        source={`${base}.kind`}
        label="resources.tasks.fields.scheduleKind"
        choices={kinds}
        helperText={false}
        size="small"
      />
      {kind === 'deadline' && (
        <VnDateInput source={`${base}.due`} label="resources.tasks.fields.scheduleDue" size="small" />
      )}
      {kind === 'window' && (
        <>
          <VnDateInput source={`${base}.from`} label="resources.tasks.fields.scheduleFrom" size="small" />
          <VnDateInput source={`${base}.to`} label="resources.tasks.fields.scheduleTo" size="small" />
        </>
      )}
      {kind === 'recurring' && (
        <SelectInput
          source={`${base}.every`}
          label="resources.tasks.fields.scheduleEvery"
          choices={every}
          size="small"
        />
      )}
    </Box>
  );
}

/** Section III as a table: every duty with its lead and coordinating agencies, schedule and topics. */
export function ImportTaskTable({
  catalogue,
  onShowInSource,
}: {
  catalogue: AgencyOption[];
  onShowInSource: (text: string) => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const topics = labelChoices(TOPIC_LABELS, locale);
  const { fields, append, remove } = useFieldArray({ name: 'tasks' });
  const tasks = useWatch({ name: 'tasks' }) as { text?: string; warnings?: string[] }[] | undefined;
  return (
    <Box>
      {fields.length === 0 ? (
        <Alert severity="info">{translate('app.import.no_tasks')}</Alert>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('app.plan.tasks')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 110 }}>{translate('resources.tasks.fields.ref')}</TableCell>
                <TableCell sx={{ minWidth: 260, width: '50%' }}>
                  {translate('resources.tasks.fields.text')}
                </TableCell>
                <TableCell sx={{ minWidth: 300, width: '50%' }}>{translate('app.import.agencies')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {fields.map((field, i) => {
                const warnings = tasks?.[i]?.warnings ?? [];
                return (
                  <TableRow
                    key={field.id}
                    data-testid={`import-task-${i}`}
                    sx={{
                      verticalAlign: 'top',
                      ...(warnings.length > 0 && {
                        bgcolor: 'rgba(237, 108, 2, 0.06)',
                        boxShadow: 'inset 4px 0 0 #ed6c02',
                      }),
                    }}
                  >
                    <TableCell>
                      <TextInput
                        source={`tasks.${i}.ref`}
                        label="resources.tasks.fields.ref"
                        helperText={false}
                        size="small"
                        sx={{ width: 90 }}
                      />
                      <Tooltip title={translate('app.import.show_in_source')}>
                        <IconButton
                          size="small"
                          aria-label={translate('app.import.show_in_source')}
                          onClick={() => onShowInSource(tasks?.[i]?.text ?? '')}
                        >
                          <FindInPageIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={translate('app.import.remove_task')}>
                        <IconButton
                          size="small"
                          aria-label={translate('app.import.remove_task')}
                          onClick={() => remove(i)}
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                    <TableCell>
                      {warnings.map((w) => (
                        <Alert
                          key={w}
                          severity="warning"
                          icon={<WarningIcon fontSize="small" />}
                          sx={{ mb: 1, py: 0 }}
                        >
                          {warningText(w, locale)}
                        </Alert>
                      ))}
                      <TextInput
                        source={`tasks.${i}.text`}
                        label="resources.tasks.fields.text"
                        multiline
                        minRows={3}
                        maxRows={10}
                        fullWidth
                        helperText={false}
                      />
                      <TextInput
                        source={`tasks.${i}.subDuties`}
                        label="resources.tasks.fields.subDuties"
                        multiline
                        maxRows={8}
                        fullWidth
                        format={joinLines}
                        parse={splitLines}
                        helperText="app.import.one_per_line"
                      />
                    </TableCell>
                    <TableCell>
                      <LeadsCell index={i} catalogue={catalogue} />
                      <ScheduleCell index={i} />
                      <AutocompleteArrayInput
                        source={`tasks.${i}.topics`}
                        label="resources.tasks.fields.topics"
                        choices={topics}
                        helperText={false}
                        size="small"
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
      <Button startIcon={<AddIcon />} onClick={() => append(emptyTask())} sx={{ mt: 1 }}>
        {translate('app.import.add_task')}
      </Button>
    </Box>
  );
}
