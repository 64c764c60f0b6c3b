import type { Role } from '@bcdnq/domain/users';

/** What the panel offers per role. The API enforces access; this only hides what a role could not do anyway. */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'issue';

const READ: readonly Action[] = ['list', 'show', 'export'];
const ALL: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete', 'export', 'issue'];

const planners: readonly Role[] = ['admin', 'standing_office'];
// The Chair signs: the committee leadership may issue a draft as well as the standing office.
const issuers: readonly Role[] = ['admin', 'standing_office', 'committee_leader'];

const rules: Record<string, (role: Role, action: Action) => boolean> = {
  // The API has no DELETE routes: agencies expire, accounts are deactivated, plans are amended by new versions.
  // Only the administrator manages accounts; an agency officer never sees them.
  users: (role, action) => role === 'admin' && action !== 'delete',
  // Agencies are reference data everyone reads; only the administrator changes them.
  agencies: (role, action) => READ.includes(action) || (role === 'admin' && action !== 'delete'),
  // The standing office drafts plans and assigns tasks; the others follow them.
  plans: (role, action) =>
    READ.includes(action) ||
    (action === 'issue' ? issuers.includes(role) : planners.includes(role) && (action === 'create' || action === 'edit')),
  tasks: (role, action) => READ.includes(action) || (planners.includes(role) && (action === 'create' || action === 'edit')),
};

/** Only a draft plan is edited or issued (an issued one is amended by a new version). */
function recordAllows(resource: string, action: Action, record: unknown): boolean {
  if (resource !== 'plans' || (action !== 'edit' && action !== 'issue')) return true;
  if (typeof record !== 'object' || record === null || !('status' in record)) return true;
  return (record as { status: unknown }).status === 'draft';
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
  return rule(role, wanted) && recordAllows(base, wanted, record);
}
