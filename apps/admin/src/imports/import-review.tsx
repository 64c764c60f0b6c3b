import type { ImportCommit, ImportPreview } from '@bcdnq/domain/import';
import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS, REPORT_PERIODS } from '@bcdnq/domain/plans';
import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo, useState } from 'react';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { useFormState } from 'react-hook-form';
import {
  ArrayInput,
  Form,
  Link,
  NumberInput,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useAgencyCatalogue } from '../common/agency-pickers';
import { VnDateInput } from '../common/date-input';
import { labelChoices, pickLabel, REPORT_PERIOD_LABELS } from '../common/labels';
import { formErrorsOr, useNotifyError } from '../common/use-notify-error';
import type { PanelDataProvider } from '../providers/data-provider';
import {
  checkDraft,
  type DraftMessages,
  draftFromPreview,
  type ImportDraft,
  locateWarnings,
  nestErrors,
  unknownAgencyNames,
  warningText,
  type WarningPlace,
} from './import-draft';
import { ImportTaskTable } from './import-task-table';
import { type ScanPages, SourceTextPanel } from './source-text-panel';
import { type Highlight, unsureRanges } from './source-highlight';

function FieldWarnings({ warnings }: { warnings: string[] | undefined }) {
  const [locale] = useLocaleState();
  if (!warnings?.length) return null;
  return (
    <>
      {warnings.map((w) => (
        <Alert key={w} severity="warning" sx={{ mb: 1, py: 0 }}>
          {warningText(w, locale)}
        </Alert>
      ))}
    </>
  );
}

function countLeaves(errors: object): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (typeof value !== 'object' || value === null) continue;
    if ('message' in value && typeof (value as { message: unknown }).message === 'string') count += 1;
    else count += countLeaves(value);
  }
  return count;
}

/** After a refused save, say how many places need fixing: the table may hide them below the fold. */
function ErrorSummary() {
  const translate = useTranslate();
  const { errors, submitCount } = useFormState();
  const count = countLeaves(errors);
  if (submitCount === 0 || count === 0) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      {translate('app.import.fix_errors', { smart_count: count })}
    </Alert>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** A list of sentences under its heading (purposes, key tasks, recipients), one input per sentence. */
type StatementSectionProps = { source: string; title: string; item: string; multiline?: boolean };

function StatementSection({ source, title, item, multiline }: StatementSectionProps) {
  const translate = useTranslate();
  return (
    <Section title={translate(title)}>
      <ArrayInput source={source} label={false}>
        <SimpleFormIterator fullWidth disableReordering>
          <TextInput source="" label={item} multiline={multiline} fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
}

/** Step two: the source beside the reading, every field editable, then one draft plan with its tasks. */
export function ImportReview({
  preview,
  scan = null,
  onRestart,
}: {
  preview: ImportPreview;
  /** The pictures of a scan's pages, when the document was read in the background. */
  scan?: ScanPages | null;
  onRestart: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const { agencies, isPending: cataloguePending } = useAgencyCatalogue();
  const [focus, setFocus] = useState<string | null>(null);

  const { draft, located } = useMemo(() => {
    const initial: ImportDraft = draftFromPreview(preview);
    const where = locateWarnings(preview.result.warnings, initial);
    initial.tasks.forEach((task, i) => {
      task.warnings = where.tasks[i] ?? [];
    });
    return { draft: initial, located: where };
  }, [preview]);
  const fieldWarnings = (place: WarningPlace) => located.fields[place];

  const unsure = useMemo(
    () =>
      unsureRanges(preview.scan?.lowConfidence ?? [], (percent) =>
        translate('app.import.low_confidence', { percent }),
      ),
    [preview.scan, translate],
  );
  const pictured = scan !== null && scan.pages.length > 0;
  const highlights: Highlight[] = useMemo(() => {
    const marks: Highlight[] = unknownAgencyNames(preview).map((term) => ({ term, mark: 'unknown' }));
    if (focus) marks.unshift({ term: focus, mark: 'focus' });
    if (draft.plan.number) marks.push({ term: draft.plan.number, mark: 'number' });
    return marks;
  }, [preview, focus, draft.plan.number]);

  const resolver = useMemo<Resolver<FieldValues>>(() => {
    const messages: DraftMessages = {
      required: translate('ra.validation.required'),
      date: translate('app.validation.date'),
      leadMissing: translate('app.import.lead_missing'),
      unknownLead: (name) => translate('app.import.unknown_lead', { name }),
      unknownCoordinator: (names) => translate('app.import.unknown_coordinators', { names }),
    };
    return async (values) => {
      const check = checkDraft(values as ImportDraft, messages);
      if (check.ok) return { values: check.commit as unknown as FieldValues, errors: {} };
      return { values: {}, errors: nestErrors(check.errors) as FieldErrors<FieldValues> };
    };
  }, [translate]);

  const onSubmit = async (values: FieldValues) => {
    try {
      const plan = await dataProvider.importCommit(values as ImportCommit);
      notify('app.import.saved', {
        type: 'success',
        messageArgs: { smart_count: (values as ImportCommit).tasks.length },
      });
      redirect('show', 'plans', plan.id);
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    }
  };

  const kinds = labelChoices(PLAN_KIND_LABELS, locale);
  const periods = labelChoices(REPORT_PERIOD_LABELS, locale).filter((c) =>
    (REPORT_PERIODS as readonly string[]).includes(c.id),
  );
  const kindMismatch = preview.result.kind !== 'plan';

  return (
    // Array inputs need a resource: the form builds a plan.
    <ResourceContextProvider value="plans">
      <Form
        record={draft as unknown as FieldValues}
        resolver={resolver}
        onSubmit={onSubmit}
        warnWhenUnsavedChanges
        noValidate
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <Typography component="p" sx={{ flex: 1 }}>
            {preview.fileName
              ? translate('app.import.read_from_file', { name: preview.fileName })
              : translate('app.import.read_from_text')}
          </Typography>
          <Button onClick={onRestart}>{translate('app.import.restart')}</Button>
          <SaveButton label="app.import.save" icon={<SaveIcon />} alwaysEnable />
        </Box>
        {kindMismatch && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate(
              preview.result.kind === 'article'
                ? 'app.import.is_article'
                : preview.result.kind === 'report'
                  ? 'app.import.is_report'
                  : 'app.import.not_recognised',
            )}
          </Alert>
        )}
        {preview.duplicates.length > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="import-duplicates">
            <AlertTitle>
              {translate('app.import.duplicates', { number: preview.result.plan?.number ?? '' })}
            </AlertTitle>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {preview.duplicates.map((plan) => (
                <li key={plan.id}>
                  <Link to={`/plans/${plan.id}/show`} target="_blank">
                    {[plan.number, plan.title].filter(Boolean).join(' — ')}
                  </Link>{' '}
                  ({plan.year}, {pickLabel(PLAN_STATUS_LABELS[plan.status], locale)})
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {preview.result.warnings.length > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <AlertTitle>
              {translate('app.import.warnings', { smart_count: preview.result.warnings.length })}
            </AlertTitle>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {preview.result.warnings.map((w) => (
                <li key={w}>{warningText(w, locale)}</li>
              ))}
            </ul>
          </Alert>
        )}
        <ErrorSummary />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: pictured ? 6 : 5, lg: pictured ? 6 : 4 }} sx={{ minWidth: 0 }}>
            <SourceTextPanel
              text={preview.sourceText}
              highlights={highlights}
              focus={focus}
              unsure={unsure}
              scan={scan}
            />
          </Grid>
          <Grid size={{ xs: 12, md: pictured ? 6 : 7, lg: pictured ? 6 : 8 }} sx={{ minWidth: 0 }}>
            <Card variant="outlined">
              <CardContent>
                <Section title={translate('app.plan.header')}>
                  <SelectInput source="plan.kind" label="resources.plans.fields.kind" choices={kinds} />
                  <FieldWarnings warnings={fieldWarnings('title')} />
                  <TextInput source="plan.title" label="resources.plans.fields.title" multiline fullWidth />
                  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <Box>
                      <TextInput
                        source="plan.number"
                        label="resources.plans.fields.number"
                        helperText="app.plan.number_hint"
                      />
                    </Box>
                    <VnDateInput source="plan.issuedOn" label="resources.plans.fields.issuedOn" />
                    <NumberInput
                      source="plan.year"
                      label="resources.plans.fields.year"
                      min={2000}
                      max={2100}
                      sx={{ width: 120 }}
                    />
                  </Box>
                  <FieldWarnings warnings={fieldWarnings('number')} />
                  <FieldWarnings warnings={fieldWarnings('issuedOn')} />
                  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <TextInput source="plan.place" label="resources.plans.fields.place" />
                    <TextInput
                      source="plan.issuer"
                      label="resources.plans.fields.issuer"
                      sx={{ minWidth: 320 }}
                    />
                  </Box>
                  <FieldWarnings warnings={fieldWarnings('signer')} />
                  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <TextInput source="plan.signer.capacity" label="resources.plans.fields.signerCapacity" />
                    <TextInput source="plan.signer.title" label="resources.plans.fields.signerTitle" />
                    <TextInput
                      source="plan.signer.name"
                      label="resources.plans.fields.signerName"
                      helperText="app.plan.signer_hint"
                    />
                  </Box>
                </Section>
                <Section title={translate('resources.plans.fields.references')}>
                  <FieldWarnings warnings={fieldWarnings('references')} />
                  <ArrayInput source="plan.references" label={false}>
                    <SimpleFormIterator inline disableReordering>
                      <TextInput
                        source="type"
                        label="resources.plans.fields.referenceType"
                        helperText={false}
                      />
                      <TextInput
                        source="number"
                        label="resources.plans.fields.referenceNumber"
                        helperText={false}
                      />
                      <VnDateInput
                        source="date"
                        label="resources.plans.fields.referenceDate"
                        helperText={false}
                      />
                      <TextInput
                        source="issuer"
                        label="resources.plans.fields.referenceIssuer"
                        helperText={false}
                      />
                      <TextInput
                        source="text"
                        label="resources.plans.fields.referenceText"
                        fullWidth
                        helperText={false}
                      />
                    </SimpleFormIterator>
                  </ArrayInput>
                </Section>
                <StatementSection
                  source="plan.purposes"
                  title="resources.plans.fields.purposes"
                  item="resources.plans.fields.purpose"
                  multiline
                />
                <StatementSection
                  source="plan.keyTasks"
                  title="resources.plans.fields.keyTasks"
                  item="resources.plans.fields.keyTask"
                  multiline
                />
                <Section title={translate('app.plan.tasks')}>
                  <FieldWarnings warnings={fieldWarnings('tasks')} />
                  {cataloguePending ? (
                    <Typography color="text.secondary">{translate('ra.page.loading')}</Typography>
                  ) : (
                    <ImportTaskTable
                      catalogue={agencies}
                      onShowInSource={(text) =>
                        setFocus(text ? text.split(/\s+/).slice(0, 8).join(' ') : null)
                      }
                    />
                  )}
                </Section>
                <StatementSection
                  source="plan.implementation"
                  title="resources.plans.fields.implementation"
                  item="resources.plans.fields.implementationItem"
                  multiline
                />
                <Section title={translate('resources.plans.fields.reportingRules')}>
                  <FieldWarnings warnings={fieldWarnings('reportingRules')} />
                  <ArrayInput source="plan.reportingRules" label={false}>
                    <SimpleFormIterator inline disableReordering>
                      <SelectInput
                        source="period"
                        label="resources.plans.fields.rulePeriod"
                        choices={periods}
                        helperText={false}
                      />
                      <NumberInput
                        source="dueDay"
                        label="resources.plans.fields.ruleDueDay"
                        min={1}
                        max={31}
                        helperText={false}
                        sx={{ width: 140 }}
                      />
                      <VnDateInput source="due" label="resources.plans.fields.ruleDue" helperText={false} />
                      <TextInput source="to" label="resources.plans.fields.ruleTo" helperText={false} />
                      <TextInput
                        source="text"
                        label="resources.plans.fields.ruleText"
                        multiline
                        fullWidth
                        helperText={false}
                      />
                    </SimpleFormIterator>
                  </ArrayInput>
                </Section>
                <StatementSection
                  source="plan.recipients"
                  title="resources.plans.fields.recipients"
                  item="resources.plans.fields.recipient"
                />
                <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 2 }}>
                  <Button onClick={onRestart}>{translate('app.import.restart')}</Button>
                  <SaveButton label="app.import.save" icon={<SaveIcon />} alwaysEnable />
                </Box>
              </CardContent>
            </Card>
          </Grid>
        </Grid>
      </Form>
    </ResourceContextProvider>
  );
}
