import type { ImportCommit, ImportPreview } from '@bcdnq/domain/import';
import { ZImportCommit } from '@bcdnq/domain/import';
import {
  type DocumentReference,
  guessPlanKind,
  type PlanKind,
  type ReportingRule,
} from '@bcdnq/domain/plans';
import { coordinatorsBeyondLeads, type Schedule, type Topic } from '@bcdnq/domain/tasks';

/** An agency as the reviewer sees it: the catalogue id once known, and the name the importer read. */
export type DraftAgency = { agencyId: string | null; nameAsRead: string | null };
export type DraftLead = DraftAgency & { requested: boolean };

export type DraftTask = {
  ref: string | null;
  text: string;
  subDuties: string[];
  leads: DraftLead[];
  coordinators: DraftAgency[];
  schedule: Schedule;
  topics: Topic[];
  /** The importer's warnings about this duty (shown on its row, never sent). */
  warnings?: string[];
};

export type DraftSigner = { name: string | null; title: string | null; capacity: string | null };

export type DraftPlan = {
  kind: PlanKind;
  title: string;
  year: number | null;
  number: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  signer: DraftSigner;
  references: DocumentReference[];
  purposes: string[];
  keyTasks: string[];
  implementation: string[];
  reportingRules: ReportingRule[];
  recipients: string[];
};

/** The import screen's form values: the reading of the document, as the reviewer corrects it. */
export type ImportDraft = { plan: DraftPlan; tasks: DraftTask[] };

/** Messages the checks need, in the UI language. */
export type DraftMessages = {
  required: string;
  date: string;
  /** A lead row with no agency chosen (the document named none). */
  leadMissing: string;
  unknownLead: (name: string) => string;
  unknownCoordinator: (names: string) => string;
};

export type DraftCheck = { ok: true; commit: ImportCommit } | { ok: false; errors: Record<string, string> };

const blankSigner: DraftSigner = { name: null, title: null, capacity: null };

export function emptyDraft(): ImportDraft {
  return {
    plan: {
      kind: 'yearly',
      title: '',
      year: null,
      number: null,
      issuedOn: null,
      place: null,
      issuer: null,
      signer: { ...blankSigner },
      references: [],
      purposes: [],
      keyTasks: [],
      implementation: [],
      reportingRules: [],
      recipients: [],
    },
    tasks: [],
  };
}

export function emptyTask(): DraftTask {
  return {
    ref: null,
    text: '',
    subDuties: [],
    leads: [{ agencyId: null, nameAsRead: null, requested: false }],
    coordinators: [],
    schedule: { kind: 'continuous' },
    topics: [],
  };
}

/** The preview turned into form values: every agency name resolved through the preview's `agencies` map. */
export function draftFromPreview(preview: ImportPreview): ImportDraft {
  const read = preview.result.plan;
  if (!read) return emptyDraft();
  const resolve = (name: string): string | null => preview.agencies[name] ?? null;
  return {
    plan: {
      kind: guessPlanKind(read.title),
      title: read.title ?? '',
      year: read.year ?? (read.issuedOn ? Number(read.issuedOn.slice(0, 4)) : null),
      number: read.number,
      issuedOn: read.issuedOn,
      place: read.place,
      issuer: read.issuer,
      signer: read.signer ? { ...read.signer } : { ...blankSigner },
      references: read.references.map((r) => ({ ...r })),
      purposes: [...read.purposes],
      keyTasks: [...read.keyTasks],
      implementation: [...read.implementation],
      reportingRules: read.reportingRules.map((r) => ({ ...r })),
      recipients: [...read.recipients],
    },
    tasks: read.tasks.map((task) => ({
      ref: task.ref,
      text: task.text,
      subDuties: [...task.subDuties],
      // A duty whose lead the importer could not find gets an empty row: the reviewer must choose one.
      leads:
        task.leads.length > 0
          ? task.leads.map((lead) => ({
              agencyId: resolve(lead.agency),
              nameAsRead: lead.agency,
              requested: lead.requested,
            }))
          : [{ agencyId: null, nameAsRead: null, requested: false }],
      coordinators: task.coordinators.map((name) => ({ agencyId: resolve(name), nameAsRead: name })),
      schedule: task.schedule,
      topics: [...task.topics],
    })),
  };
}

/** Names the importer read that match no catalogue agency. */
export function unknownAgencyNames(preview: ImportPreview): string[] {
  return Object.entries(preview.agencies)
    .filter(([, id]) => id === null)
    .map(([name]) => name);
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const orNull = (value: string | null | undefined) => (isBlank(value) ? null : (value ?? null));
const texts = (values: readonly (string | null | undefined)[] | undefined) =>
  (values ?? []).filter((v): v is string => !isBlank(v)).map((v) => v.trim());

/** The body of `POST /api/imports/commit` before the schema checks it (blank inputs become null or disappear). */
export function commitCandidate(draft: ImportDraft): unknown {
  const { plan } = draft;
  const signer = plan.signer ?? blankSigner;
  const signerBlank = [signer.name, signer.title, signer.capacity].every(isBlank);
  return {
    plan: {
      kind: plan.kind,
      title: plan.title,
      year: plan.year,
      number: orNull(plan.number),
      issuedOn: orNull(plan.issuedOn),
      place: orNull(plan.place),
      issuer: orNull(plan.issuer),
      signer: signerBlank
        ? null
        : { name: signer.name, title: orNull(signer.title), capacity: orNull(signer.capacity) },
      references: (plan.references ?? []).map((r) => ({
        type: orNull(r.type),
        number: orNull(r.number),
        date: orNull(r.date),
        issuer: orNull(r.issuer),
        text: r.text ?? '',
      })),
      purposes: texts(plan.purposes),
      keyTasks: texts(plan.keyTasks),
      implementation: texts(plan.implementation),
      reportingRules: (plan.reportingRules ?? []).map((r) => ({
        period: r.period,
        dueDay: r.dueDay ?? null,
        due: orNull(r.due),
        to: orNull(r.to),
        text: r.text ?? '',
      })),
      recipients: texts(plan.recipients),
      publishPublicly: false,
    },
    tasks: draft.tasks.map((task) => {
      const leads = new Map<string, boolean>();
      for (const lead of task.leads ?? [])
        if (lead.agencyId && !leads.has(lead.agencyId)) leads.set(lead.agencyId, !!lead.requested);
      const coordinators = coordinatorsBeyondLeads(
        leads.keys(),
        (task.coordinators ?? []).flatMap((c) => (c.agencyId ? [c.agencyId] : [])),
      );
      return {
        ref: orNull(task.ref),
        text: task.text,
        subDuties: texts(task.subDuties),
        leads: [...leads].map(([agencyId, requested]) => ({ agencyId, requested })),
        coordinatorIds: coordinators,
        schedule: task.schedule,
        topics: task.topics ?? [],
      };
    }),
  };
}

/**
 * Checks the reviewed draft with the domain's commit schema and says, per field path of the form, what to fix.
 * Agencies the catalogue does not know are named as the document wrote them.
 */
export function checkDraft(draft: ImportDraft, messages: DraftMessages): DraftCheck {
  const errors: Record<string, string> = {};
  const put = (path: string, message: string) => {
    if (!(path in errors)) errors[path] = message;
  };
  draft.tasks.forEach((task, i) => {
    (task.leads ?? []).forEach((lead, j) => {
      if (!lead.agencyId)
        put(
          `tasks.${i}.leads.${j}.agencyId`,
          lead.nameAsRead ? messages.unknownLead(lead.nameAsRead) : messages.leadMissing,
        );
    });
    const unknown = (task.coordinators ?? []).filter((c) => !c.agencyId).map((c) => c.nameAsRead ?? '?');
    if (unknown.length > 0) put(`tasks.${i}.coordinatorIds`, messages.unknownCoordinator(unknown.join(', ')));
  });
  const parsed = ZImportCommit.safeParse(commitCandidate(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      // The form edits coordinators as one picker: point at the picker, not at one id in it.
      if (path[0] === 'tasks' && path[2] === 'coordinatorIds') path.splice(4);
      const key = path.join('.');
      const input: unknown = 'input' in issue ? issue.input : undefined;
      if (issue.code === 'invalid_type' && isBlank(input)) put(key, messages.required);
      else if (issue.code === 'invalid_format' && 'format' in issue && issue.format === 'date')
        put(key, messages.date);
      else put(key, issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, commit: parsed.data };
}

/** `{ 'tasks.0.text': 'm' }` → `{ tasks: { 0: { text: { type, message } } } }`, as react-hook-form reads errors. */
export function nestErrors(flat: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(flat)) {
    const keys = path === '' ? ['root'] : path.split('.');
    let node = root;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) {
        node[key] = { ...(node[key] as object | undefined), type: 'validation', message };
      } else {
        const next = node[key];
        node[key] = typeof next === 'object' && next !== null ? next : {};
        node = node[key] as Record<string, unknown>;
      }
    });
  }
  return root;
}

/** Where a warning belongs on the screen: a field of the plan, a task row, or the general list. */
export type WarningPlace =
  'number' | 'issuedOn' | 'title' | 'signer' | 'references' | 'reportingRules' | 'tasks';
export type LocatedWarnings = {
  general: string[];
  fields: Partial<Record<WarningPlace, string[]>>;
  tasks: Record<number, string[]>;
};

const FIELD_PATTERNS: [WarningPlace, RegExp][] = [
  ['number', /số, ký hiệu|số hiệu|chưa có số/iu],
  ['issuedOn', /ngày ban hành/iu],
  ['title', /trích yếu/iu],
  ['signer', /người ký/iu],
  ['references', /dẫn chiếu/iu],
  ['reportingRules', /quy định báo cáo/iu],
  ['tasks', /nhiệm vụ phân công|các mục I, II/iu],
];

/** Places the importer's warnings: `III.2: …` on its task, `Đơn vị "X" …` on every task naming X, fields by words. */
export function locateWarnings(warnings: readonly string[], draft: ImportDraft): LocatedWarnings {
  const located: LocatedWarnings = { general: [], fields: {}, tasks: {} };
  const onTask = (index: number, warning: string) => {
    (located.tasks[index] ??= []).push(warning);
  };
  for (const warning of warnings) {
    const refMatch = /^([IVXLC]+(?:\.\d+)*|\d+(?:\.\d+)*)\s*:/u.exec(warning);
    if (refMatch) {
      const index = draft.tasks.findIndex((task) => task.ref === refMatch[1]);
      if (index >= 0) {
        onTask(index, warning);
        continue;
      }
    }
    const agency = /Đơn vị "([^"]+)"/u.exec(warning);
    if (agency) {
      const name = agency[1];
      let found = false;
      draft.tasks.forEach((task, index) => {
        const names = [...task.leads, ...task.coordinators].map((a) => a.nameAsRead);
        if (names.includes(name ?? null)) {
          onTask(index, warning);
          found = true;
        }
      });
      if (found) continue;
    }
    const field = FIELD_PATTERNS.find(([, pattern]) => pattern.test(warning));
    if (field) (located.fields[field[0]] ??= []).push(warning);
    else located.general.push(warning);
  }
  return located;
}

/** The importer writes `Vietnamese text (English text)`: Vietnamese readers get the first part, English both. */
export function warningText(warning: string, locale: string): string {
  const match = /^(.*\S)\s*\(([^()]*)\)\s*$/su.exec(warning);
  if (!match) return warning;
  const [, vi = warning, en = ''] = match;
  return locale.startsWith('en') ? `${en.charAt(0).toUpperCase()}${en.slice(1)} — ${vi}` : vi;
}
