import { type ArticleStatus, mayEditArticle } from '@bcdnq/domain/articles';
import type { Role } from '@bcdnq/domain/users';

/** What the panel offers per role. The API enforces access; this only hides what a role could not do anyway. */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  | 'issue'
  // plan lifecycle
  | 'clone'
  | 'amend'
  | 'close'
  | 'publish'
  // tasks at work
  | 'status'
  | 'batch'
  | 'notes'
  // agencies
  | 'succession'
  // reports
  | 'review';

// Newsroom (issue 11): the domain decides who fires which article event; this only hides what a role cannot do.
const NEWSROOM: readonly Role[] = ['admin', 'editor', 'reviewer', 'committee_leader'];
const NEWSROOM_READERS: readonly Role[] = [...NEWSROOM, 'standing_office'];
const DOCUMENT_EDITORS: readonly Role[] = [
  'admin',
  'standing_office',
  'editor',
  'reviewer',
  'committee_leader',
];

const READ: readonly Action[] = ['list', 'show', 'export'];
const ALL: readonly Action[] = [
  'list',
  'show',
  'create',
  'edit',
  'delete',
  'export',
  'issue',
  'clone',
  'amend',
  'close',
  'publish',
  'status',
  'batch',
  'notes',
  'succession',
  'review',
];

const planners: readonly Role[] = ['admin', 'standing_office'];
// The Chair signs: the committee leadership may issue a draft as well as the standing office.
const issuers: readonly Role[] = ['admin', 'standing_office', 'committee_leader'];
// Who reads the dashboard (docs/api.md: leadership, standing office, admin).
const overseers: readonly Role[] = ['admin', 'standing_office', 'committee_leader'];
const PLAN_WORK: readonly Action[] = ['create', 'edit', 'clone', 'amend', 'close', 'publish'];

const rules: Record<string, (role: Role, action: Action) => boolean> = {
  articles: (role, action) =>
    NEWSROOM_READERS.includes(role) &&
    (READ.includes(action) || (NEWSROOM.includes(role) && ['create', 'edit', 'status'].includes(action))),
  campaigns: (role, action) =>
    READ.includes(action) || (NEWSROOM.includes(role) && ['create', 'edit'].includes(action)),
  media: (role) => NEWSROOM.includes(role),
  documents: (role, action) =>
    DOCUMENT_EDITORS.includes(role) && (READ.includes(action) || action === 'edit'),
  'review-queue': (role) => ['admin', 'reviewer', 'committee_leader'].includes(role),
  'my-articles': (role) => role === 'editor',
  // The API has no DELETE routes: agencies expire, accounts are deactivated, plans are amended by new versions.
  // Only the administrator manages accounts; an agency officer never sees them.
  users: (role, action) => role === 'admin' && action !== 'delete',
  // Agencies are reference data everyone reads; only the administrator changes them.
  agencies: (role, action) => READ.includes(action) || (role === 'admin' && action !== 'delete'),
  // (succession included: only the administrator merges or renames agencies.)
  // The standing office reads documents into draft plans (POST /api/imports/*).
  imports: (role) => planners.includes(role),
  // Figures across agencies: not for a single agency's officer.
  dashboard: (role) => overseers.includes(role),
  // An agency officer's own tasks across plans (GET /api/tasks?scope=mine).
  'my-tasks': (role) => role === 'agency_officer',
  // Reports: everyone concerned reads (the API scopes an officer to their agency); the agency's officer writes and
  // submits; the standing office reviews (returns, accepts).
  reports: (role, action) =>
    READ.includes(action) ||
    (role === 'agency_officer' && (action === 'edit' || action === 'status')) ||
    (planners.includes(role) && action === 'review'),
  // "Việc cần làm": the officer's reports and overdue tasks, the standing office's review queue.
  inbox: (role) => role === 'agency_officer' || planners.includes(role),
  // The reminder outbox: the standing office and the administrator.
  outbox: (role, action) => planners.includes(role) && READ.includes(action),
  // The consolidated report and the reporting rates: the committee's staff.
  consolidation: (role) => overseers.includes(role),
  // The standing office drafts plans and assigns tasks; the others follow them.
  plans: (role, action) =>
    READ.includes(action) ||
    (action === 'issue' ? issuers.includes(role) : planners.includes(role) && PLAN_WORK.includes(action)),
  // Lead agency officers start and complete their own tasks (the record decides, see taskEventsFor); progress
  // notes come from lead or coordinating officers and the standing office.
  tasks: (role, action) =>
    READ.includes(action) ||
    (planners.includes(role) && ['create', 'edit', 'batch', 'status', 'notes'].includes(action)) ||
    (role === 'agency_officer' && (action === 'status' || action === 'notes')),
};

const PLAN_STATES_FOR: Partial<Record<Action, readonly string[]>> = {
  // Only a draft plan is edited or issued (an issued one is amended by a new version).
  edit: ['draft'],
  issue: ['draft'],
  amend: ['issued', 'in_implementation'],
  close: ['issued', 'in_implementation'],
  publish: ['issued', 'in_implementation', 'closed'],
};

/** What a plan's status allows, when the record is known. */
function recordAllows(resource: string, action: Action, record: unknown, role: Role): boolean {
  if (
    resource === 'articles' &&
    action === 'edit' &&
    typeof record === 'object' &&
    record !== null &&
    'status' in record
  ) {
    return mayEditArticle(role, (record as { status: ArticleStatus }).status);
  }
  const states = resource === 'plans' ? PLAN_STATES_FOR[action] : undefined;
  if (!states) return true;
  if (typeof record !== 'object' || record === null || !('status' in record)) return true;
  const status = (record as { status: unknown }).status;
  return typeof status === 'string' && states.includes(status);
}

function isAction(value: string): value is Action {
  return (ALL as readonly string[]).includes(value);
}

/** True when a signed-in user of this role may perform the action on the resource . */
export function canRoleAccess(
  role: Role | null | undefined,
  resource: string,
  action: string,
  record?: unknown,
): boolean {
  if (!role) return false;
  const base = resource.split('.')[0] ?? resource;
  const rule = rules[base];
  if (!rule) return role === 'admin' && action !== 'delete';
  const wanted = isAction(action) ? action : 'show';
  return rule(role, wanted) && recordAllows(base, wanted, record, role);
}
