import { INDICATOR_CATALOGUE } from '@bcdnq/domain/indicators';
import { type Report, type ReportSection, ZReportUpdate } from '@bcdnq/domain/reports';
import { TASK_STATUS_LABELS } from '@bcdnq/domain/tasks';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import {
  ArrayInput,
  Button,
  Edit,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  required,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { formatDate } from '../common/format';
import { useLabelChoices } from '../common/labels';
import { useNotifyError } from '../common/use-notify-error';
import type { PanelDataProvider } from '../providers/data-provider';
import { FigureQuote, ImportFromDocument } from './report-import';
import { commentOn } from './report-view';

const wholeNumber = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Number.isInteger(Number(value)) && Number(value) >= 0)
    ? undefined
    : 'Nhập số nguyên không âm';

/** Loads the agency's tasks with the period's progress notes and the previous report into an empty form. */
function Prefill() {
  const report = useRecordContext<Report>();
  const { setValue, getValues } = useFormContext();
  const work = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  const done = useRef(false);
  const [noTasks, setNoTasks] = useState(false);
  const fill = async (force: boolean) => {
    if (!report) return;
    try {
      const prefill = await work.reportPrefill(report.id);
      setNoTasks(prefill.taskEntries.length === 0);
      const current = (getValues('taskEntries') as unknown[] | undefined) ?? [];
      if (force || current.length === 0) {
        setValue(
          'taskEntries',
          prefill.taskEntries.map(({ notes: _notes, previous: _previous, ...entry }) => entry),
          { shouldDirty: true },
        );
      }
      for (const key of ['situation', 'shortcomings', 'causes', 'proposals'] as const) {
        if ((force || !getValues(key)) && prefill[key]) setValue(key, prefill[key], { shouldDirty: true });
      }
      if (force) notify('app.reports.form.prefilled', { type: 'info' });
    } catch (error) {
      notifyError(error);
    }
  };
  useEffect(() => {
    if (done.current || !report) return;
    done.current = true;
    // The prefill arrives asynchronously; its state updates happen in the promise, not during the effect.
    if (report.taskEntries.length === 0) setTimeout(() => void fill(false), 0);
    // Runs once per opened report.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report?.id]);
  return (
    <>
      <Button label="app.reports.form.prefill" onClick={() => void fill(true)} />
      {noTasks && <Alert severity="info">{translate('app.reports.form.no_tasks')}</Alert>}
    </>
  );
}

function ReviewerSays({ section }: { section: ReportSection }) {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const comment = report?.status === 'returned' ? commentOn(report.sectionComments, section) : null;
  if (!comment) return null;
  return (
    <Alert severity="warning" role="note" sx={{ mb: 1, width: '100%' }}>
      <strong>{translate('app.reports.form.reviewer_says')}:</strong> {comment}
    </Alert>
  );
}

function Heading() {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  if (!report) return null;
  return (
    <>
      <Typography variant="h5" component="h1">
        {translate('app.reports.form.title')}: {report.agencyName} — {report.planTitle}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('app.reports.field.period_range', {
          from: formatDate(report.periodStart),
          to: formatDate(report.periodEnd),
        })}{' '}
        · {translate('app.reports.field.dueOn')} {formatDate(report.dueOn)}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('app.reports.form.intro')}
      </Typography>
      {report.status === 'returned' && report.reviewComment && (
        <Alert severity="warning" role="note" sx={{ mb: 1 }}>
          <strong>{translate('app.reports.form.reviewer_says')}:</strong> {report.reviewComment}
        </Alert>
      )}
    </>
  );
}

/** A visible "Thêm số liệu" button (react-admin's default is an icon with a tooltip only). */
function AddFigureButton() {
  const { add } = useSimpleFormIterator();
  return <Button label="app.reports.form.add_figure" onClick={() => add()} />;
}

function FiguresInput({ source }: { source: string }) {
  const [locale] = useLocaleState();
  const indicators = INDICATOR_CATALOGUE.map((i) => ({
    id: i.code,
    name: `${locale === 'en' ? i.nameEn : i.name} (${i.unit})`,
  }));
  return (
    <ArrayInput source={source} label="app.reports.field.figures">
      <SimpleFormIterator inline disableReordering addButton={<AddFigureButton />}>
        <SelectInput
          source="indicator"
          label="app.reports.field.indicator"
          choices={indicators}
          validate={required()}
          sx={{ minWidth: 320 }}
        />
        <NumberInput
          source="value"
          label="app.reports.field.value"
          min={0}
          step={1}
          validate={[required(), wholeNumber]}
        />
        <FigureQuote />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

const EditToolbar = () => (
  <Toolbar>
    <SaveButton label="app.reports.form.save" />
  </Toolbar>
);

/** The report form: each task the agency leads, figures, general sections; drafts saved any time. */
export function ReportEdit() {
  const statuses = useLabelChoices(TASK_STATUS_LABELS);
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={false}
      // Only what the report's update schema knows goes back (with the version the form was read at).
      transform={(data: Record<string, unknown>) => {
        const parsed = ZReportUpdate.safeParse(data);
        return parsed.success ? parsed.data : data;
      }}
    >
      <SimpleForm toolbar={<EditToolbar />}>
        <Heading />
        <Prefill />
        <ImportFromDocument />
        <ReviewerSays section="taskEntries" />
        <ArrayInput source="taskEntries" label="app.reports.field.taskEntries">
          <SimpleFormIterator disableAdd disableReordering disableClear fullWidth>
            <TextInput source="taskText" label="app.reports.field.task" multiline fullWidth disabled />
            <TextInput source="done" label="app.reports.field.done" multiline minRows={2} fullWidth />
            <SelectInput
              source="status"
              label="app.reports.field.taskStatus"
              choices={statuses}
              validate={required()}
            />
            <FiguresInput source="figures" />
          </SimpleFormIterator>
        </ArrayInput>
        <ReviewerSays section="figures" />
        <FiguresInput source="figures" />
        {(['situation', 'shortcomings', 'causes', 'proposals'] as const).map((section) => [
          <ReviewerSays key={`c-${section}`} section={section} />,
          <TextInput
            key={section}
            source={section}
            label={`app.reports.field.${section}`}
            multiline
            minRows={3}
            fullWidth
          />,
        ])}
      </SimpleForm>
    </Edit>
  );
}
