import type { ImportedReport, ImportResult, UnrecognisedFigure } from '../import/import-result.schema.js';
import { INDICATOR_CATALOGUE } from '../indicators/indicator.schema.js';
import { nameKey } from '../text/fold.js';
import type { IndicatorValue } from './report.schema.js';

/** What the report form holds: the parts an imported document can fill. */
export type ReportFormContent = {
  taskEntries: {
    taskId: string;
    taskText?: string | undefined;
    done: string;
    status: string;
    figures: IndicatorValue[];
  }[];
  situation: string | null;
  shortcomings: string | null;
  causes: string | null;
  proposals: string | null;
  figures: IndicatorValue[];
};

/** Why the reader should look twice at a document read into a report. */
export type ReportImportNotice =
  | { code: 'not-a-report' }
  | { code: 'other-agency'; agency: string }
  | { code: 'other-period'; start: string | null; end: string | null };

export type ReportImportFill<T extends ReportFormContent> = {
  content: T;
  /** Figures the document states that match no indicator, or that are not whole numbers: listed apart. */
  unrecognised: UnrecognisedFigure[];
  notices: ReportImportNotice[];
};

const MAX_TASK_FIGURES = 50;
const MAX_REPORT_FIGURES = 100;
const NOTE_LENGTH = 1000;
// The report's own limits (report.schema.ts): a longer reading is cut rather than refused at saving.
const SECTION_LENGTH = 50_000;
const DONE_LENGTH = 20_000;
const INDICATORS = new Set(INDICATOR_CATALOGUE.map((i) => i.code));

/** Consecutive word pairs of a text, folded: "phổ biến pháp luật" → "pho bien", "bien phap", "phap luat". */
function pairsOf(text: string): Set<string> {
  const words = nameKey(text)
    .split(' ')
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/**
 * The task a sentence reports on: the one sharing the most distinctive word pairs with it (pairs that most of the
 * tasks share, like "quyền con người", say nothing), at least three, and strictly more than any other task.
 * Otherwise null: the figure belongs to the report as a whole.
 */
export function taskOfSentence(sentence: string, taskTexts: readonly string[]): number | null {
  const tasks = taskTexts.map(pairsOf);
  const frequency = new Map<string, number>();
  for (const pairs of tasks) for (const p of pairs) frequency.set(p, (frequency.get(p) ?? 0) + 1);
  const limit = tasks.length <= 2 ? tasks.length : Math.floor(tasks.length / 2);
  const own = pairsOf(sentence);
  let best: number | null = null;
  let bestScore = 0;
  let second = 0;
  tasks.forEach((pairs, index) => {
    let score = 0;
    for (const p of own) if (pairs.has(p) && (frequency.get(p) ?? 0) <= limit) score++;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = index;
    } else if (score > second) second = score;
  });
  return bestScore >= 3 && bestScore > second ? best : null;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const clipNote = (text: string) => clip(text, NOTE_LENGTH);

/** Rows beyond the form's limit are merged per indicator (values added, sentences joined) so none is lost. */
function withinLimit(rows: IndicatorValue[], limit: number): IndicatorValue[] {
  if (rows.length <= limit) return rows;
  const merged = new Map<string, IndicatorValue>();
  for (const row of rows) {
    const seen = merged.get(row.indicator);
    if (!seen) merged.set(row.indicator, { ...row });
    else {
      seen.value += row.value;
      seen.note = clipNote([seen.note, row.note].filter(Boolean).join(' … '));
    }
  }
  return [...merged.values()];
}

const joined = (...parts: (string | null | undefined)[]): string | null => {
  const text = parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n');
  return text ? clip(text, SECTION_LENGTH) : null;
};

/**
 * The report form filled from a report read from its document: every recognised figure once, with its sentence as
 * the figure's note, under the task it speaks of or else the report's own figures (the document's figures replace
 * the form's, so nothing is counted twice); the document's sections where it has them (results with the general
 * situation, directions with the proposals, so no section is lost); a task's "done" from its sentences when empty.
 */
export function fillReportFromImport<T extends ReportFormContent>(
  form: T,
  result: ImportResult,
  expected: { agencyId: string; periodStart: string; periodEnd: string; importedAgencyId: string | null },
): ReportImportFill<T> {
  const report: ImportedReport | null = result.report;
  if (!report) return { content: form, unrecognised: [], notices: [{ code: 'not-a-report' }] };
  const notices: ReportImportNotice[] = [];
  if (report.agency && expected.importedAgencyId !== expected.agencyId)
    notices.push({ code: 'other-agency', agency: report.agency });
  const period = report.period;
  if (
    period &&
    ((period.start !== null && period.start !== expected.periodStart) ||
      (period.end !== null && period.end !== expected.periodEnd))
  )
    notices.push({ code: 'other-period', start: period.start, end: period.end });

  const unrecognised: UnrecognisedFigure[] = [...report.unrecognisedFigures];
  const taskTexts = form.taskEntries.map((t) => t.taskText ?? '');
  const taskFigures: IndicatorValue[][] = form.taskEntries.map(() => []);
  const taskSentences: string[][] = form.taskEntries.map(() => []);
  const reportFigures: IndicatorValue[] = [];
  for (const figure of report.figures) {
    const whole = Number.isInteger(figure.value) && figure.value <= 1_000_000_000;
    if (!whole || !INDICATORS.has(figure.indicator)) {
      unrecognised.push({ value: figure.value, text: figure.text });
      continue;
    }
    const row: IndicatorValue = {
      indicator: figure.indicator,
      value: figure.value,
      note: clipNote(figure.text),
    };
    const task = taskOfSentence(figure.text, taskTexts);
    if (task === null) reportFigures.push(row);
    else {
      taskFigures[task]?.push(row);
      const sentences = taskSentences[task];
      if (sentences && !sentences.includes(figure.text)) sentences.push(figure.text);
    }
  }

  const { sections } = report;
  const content: T = {
    ...form,
    taskEntries: form.taskEntries.map((entry, i) => ({
      ...entry,
      done: entry.done.trim() === '' ? clip((taskSentences[i] ?? []).join(' '), DONE_LENGTH) : entry.done,
      figures: withinLimit(taskFigures[i] ?? [], MAX_TASK_FIGURES),
    })),
    situation: joined(sections.situation, sections.results) ?? form.situation,
    shortcomings: joined(sections.shortcomings) ?? form.shortcomings,
    causes: joined(sections.causes) ?? form.causes,
    proposals: joined(sections.proposals, sections.directions) ?? form.proposals,
    figures: withinLimit(reportFigures, MAX_REPORT_FIGURES),
  };
  return { content, unrecognised, notices };
}
