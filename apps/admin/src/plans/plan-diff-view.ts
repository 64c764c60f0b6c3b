import type { PlanDiff } from '@bcdnq/domain/plans';
import { describeValue } from '../common/describe-value';

/** One line of the comparison: what a field said before and after, in words. */
export type DiffRow = { field: string; labelKey: string; before: string; after: string };
export type DiffTaskRow = { ref: string | null; text: string; changes: DiffRow[] };
export type DiffView = {
  fields: DiffRow[];
  added: DiffTaskRow[];
  removed: DiffTaskRow[];
  changed: DiffTaskRow[];
  empty: boolean;
};

/** Where a compared field's label lives in the catalogue of messages. */
const PLAN_FIELD_KEYS: Record<string, string> = { signer: 'resources.plans.fields.signer' };
const TASK_FIELD_KEYS: Record<string, string> = {
  leads: 'resources.tasks.fields.leads',
  coordinators: 'resources.tasks.fields.coordinatorIds',
  schedule: 'app.task.schedule',
};

/** PlanDiff → what the comparison tab shows, every value already in words. */
export function diffView(diff: PlanDiff, locale: string): DiffView {
  const row =
    (keys: Record<string, string>, base: string) =>
    (change: { field: string; before: unknown; after: unknown }): DiffRow => ({
      field: change.field,
      labelKey: keys[change.field] ?? `${base}.${change.field}`,
      before: describeValue(change.field, change.before, locale),
      after: describeValue(change.field, change.after, locale),
    });
  const brief = (t: { ref: string | null; text: string }): DiffTaskRow => ({
    ref: t.ref,
    text: t.text,
    changes: [],
  });
  const fields = diff.fields.map(row(PLAN_FIELD_KEYS, 'resources.plans.fields'));
  const added = diff.tasks.added.map(brief);
  const removed = diff.tasks.removed.map(brief);
  const changed = diff.tasks.changed.map((t) => ({
    ref: t.ref,
    text: t.text,
    changes: t.changes.map(row(TASK_FIELD_KEYS, 'resources.tasks.fields')),
  }));
  return {
    fields,
    added,
    removed,
    changed,
    empty: fields.length + added.length + removed.length + changed.length === 0,
  };
}
