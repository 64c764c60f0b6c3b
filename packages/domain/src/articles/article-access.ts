import type { Role } from '../users/roles.js';
import { type ArticleEvent, type ArticleStatus, articleMachine } from './article-state.js';

/** Roles that write in the newsroom; everyone else (agency officers, the standing office) only reads or nothing. */
export const NEWSROOM_WRITERS = [
  'admin',
  'editor',
  'reviewer',
  'committee_leader',
] as const satisfies readonly Role[];
/** Roles that may read the newsroom's drafts and queue. */
export const NEWSROOM_READERS = [...NEWSROOM_WRITERS, 'standing_office'] as const satisfies readonly Role[];

// The editor writes and sends for review; the decisions that put content before the public belong to the
// reviewer and leadership. Sets, so no caller input can index them like a plain object.
const EDITOR_EVENTS: ReadonlySet<ArticleEvent> = new Set(['submit', 'revise', 'archive']);
// An editor archives only what never reached the public (a published article is withdrawn by a reviewer).
const EDITOR_ARCHIVES_FROM: ReadonlySet<ArticleStatus> = new Set(['draft', 'returned']);
const APPROVER_ROLES: ReadonlySet<Role> = new Set(['admin', 'reviewer', 'committee_leader']);

/** True when a role may fire an article event from a state (the machine must also allow the move). */
export function mayFireArticleEvent(role: Role, event: ArticleEvent, state: ArticleStatus): boolean {
  if (!articleMachine.can(state, event)) return false;
  if (APPROVER_ROLES.has(role)) return true;
  if (role !== 'editor' || !EDITOR_EVENTS.has(event)) return false;
  return event !== 'archive' || EDITOR_ARCHIVES_FROM.has(state);
}

/** The events a role may fire from a state: the buttons the admin shows. */
export function articleEventsFor(role: Role, state: ArticleStatus): ArticleEvent[] {
  return articleMachine.allowed(state).filter((event) => mayFireArticleEvent(role, event, state));
}

/** True when the role may change an article's content in that state. Published text changes only through revise. */
export function mayEditArticle(role: Role, state: ArticleStatus): boolean {
  if (state === 'draft' || state === 'returned') return role === 'editor' || APPROVER_ROLES.has(role);
  // A reviewer may correct a typo while reviewing; the editor waits for the decision.
  if (state === 'in_review') return APPROVER_ROLES.has(role);
  return false;
}

/** True when the role may create articles and campaigns. */
export function isNewsroomWriter(role: Role): boolean {
  return (NEWSROOM_WRITERS as readonly Role[]).includes(role);
}
