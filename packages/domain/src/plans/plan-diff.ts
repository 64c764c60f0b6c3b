import { z } from 'zod';
import { foldDiacritics } from '../text/fold.js';

/** The comparable content of a plan version with its tasks (agencies by display name). */
export type PlanSnapshot = {
  fields: Record<string, unknown>;
  tasks: {
    ref: string | null;
    text: string;
    leads: string[];
    coordinators: string[];
    schedule: unknown;
    topics: string[];
  }[];
};

export const ZFieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const ZPlanDiff = z.object({
  fromPlanId: z.uuid(),
  toPlanId: z.uuid(),
  fields: z.array(ZFieldChange),
  tasks: z.object({
    added: z.array(z.object({ ref: z.string().nullable(), text: z.string() })),
    removed: z.array(z.object({ ref: z.string().nullable(), text: z.string() })),
    changed: z.array(
      z.object({ ref: z.string().nullable(), text: z.string(), changes: z.array(ZFieldChange) }),
    ),
  }),
});
export type PlanDiff = z.infer<typeof ZPlanDiff>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const textKey = (text: string) => foldDiacritics(text).replace(/\s+/g, ' ').trim();

/**
 * What changed between two versions of a plan: fields with before/after, and tasks matched first by their
 * reference (III.2), then by identical text, reported as added, removed or changed.
 */
export function diffPlans(
  before: PlanSnapshot,
  after: PlanSnapshot,
): Omit<PlanDiff, 'fromPlanId' | 'toPlanId'> {
  const keys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])];
  const fields = keys
    .filter((field) => !same(before.fields[field], after.fields[field]))
    .map((field) => ({ field, before: before.fields[field] ?? null, after: after.fields[field] ?? null }));

  const unmatched = new Set(before.tasks.keys());
  const pairs: [number, number][] = [];
  const findBy = (predicate: (i: number) => boolean) => [...unmatched].find(predicate);
  const afterLeft: number[] = [];
  after.tasks.forEach((task, j) => {
    const i = task.ref ? findBy((i) => before.tasks[i]?.ref === task.ref) : undefined;
    if (i === undefined) return afterLeft.push(j);
    unmatched.delete(i);
    pairs.push([i, j]);
  });
  const added: number[] = [];
  for (const j of afterLeft) {
    const key = textKey(after.tasks[j]?.text ?? '');
    const i = findBy((i) => textKey(before.tasks[i]?.text ?? '') === key);
    if (i === undefined) added.push(j);
    else {
      unmatched.delete(i);
      pairs.push([i, j]);
    }
  }
  const brief = (t: PlanSnapshot['tasks'][number]) => ({ ref: t.ref, text: t.text });
  const changed = pairs.flatMap(([i, j]) => {
    const a = before.tasks[i];
    const b = after.tasks[j];
    if (!a || !b) return [];
    const changes = (['ref', 'text', 'leads', 'coordinators', 'schedule', 'topics'] as const)
      .filter((k) => !same(a[k], b[k]))
      .map((k) => ({ field: k, before: a[k], after: b[k] }));
    return changes.length ? [{ ...brief(b), changes }] : [];
  });
  return {
    fields,
    tasks: {
      added: added.flatMap((j) => (after.tasks[j] ? [brief(after.tasks[j])] : [])),
      removed: [...unmatched].flatMap((i) => (before.tasks[i] ? [brief(before.tasks[i])] : [])),
      changed,
    },
  };
}
