import type { Role } from '../users/roles.js';

/**
 * Roles that may read a task's progress notes and attachments: the committee's staff and the agencies on the
 * task. The press office works from published material, not from agencies' internal notes (least privilege).
 */
export const PROGRESS_NOTE_READERS = [
  'admin',
  'committee_leader',
  'standing_office',
  'agency_officer',
] as const satisfies readonly Role[];

/** Roles that may add a progress note (an officer only on a task of its own agency, checked with the task). */
export const PROGRESS_NOTE_WRITERS = [
  'admin',
  'standing_office',
  'agency_officer',
] as const satisfies readonly Role[];

/** True when the role may read progress notes and their files. */
export function mayReadProgressNotes(role: Role): boolean {
  return (PROGRESS_NOTE_READERS as readonly Role[]).includes(role);
}

/** True when the role may add a progress note. */
export function mayAddProgressNote(role: Role): boolean {
  return (PROGRESS_NOTE_WRITERS as readonly Role[]).includes(role);
}
