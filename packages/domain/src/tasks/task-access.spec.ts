import { describe, expect, it } from 'vitest';
import { PLAN_STATUSES } from '../plans/plan-state.js';
import { ROLES } from '../users/roles.js';
import {
  coordinatorsBeyondLeads,
  hasRepeatedParty,
  mayAddNoteToTask,
  mayFireTaskEvent,
  taskEventsFor,
} from './task-access.js';
import { TASK_EVENTS, type TaskStatus } from './task-state.js';

const LEAD = '00000000-0000-4000-8000-000000000001';
const COORDINATOR = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const task = (status: TaskStatus) => ({
  status,
  leads: [{ agencyId: LEAD, requested: false }],
  coordinatorIds: [COORDINATOR],
});
const officer = (agencyId: string) => ({ role: 'agency_officer' as const, agencyId });

describe('who may fire a task event', () => {
  it('lets the standing office and the administrator fire every event', () => {
    for (const event of TASK_EVENTS) {
      expect(mayFireTaskEvent({ role: 'standing_office', agencyId: null }, task('not_started'), event)).toBe(
        true,
      );
      expect(mayFireTaskEvent({ role: 'admin', agencyId: null }, task('not_started'), event)).toBe(true);
    }
  });

  it('lets a lead agency officer only start and complete', () => {
    const fired = TASK_EVENTS.filter((e) => mayFireTaskEvent(officer(LEAD), task('not_started'), e));
    expect(fired).toEqual(['start', 'complete']);
  });

  it('lets no coordinator, other agency or other role fire anything', () => {
    for (const event of TASK_EVENTS) {
      expect(mayFireTaskEvent(officer(COORDINATOR), task('not_started'), event)).toBe(false);
      expect(mayFireTaskEvent(officer(OTHER), task('not_started'), event)).toBe(false);
      for (const role of ROLES.filter((r) => !['admin', 'standing_office', 'agency_officer'].includes(r)))
        expect(mayFireTaskEvent({ role, agencyId: LEAD }, task('not_started'), event)).toBe(false);
    }
  });

  it("offers only the machine's events from the status, and none outside a plan in force", () => {
    const office = { role: 'standing_office' as const, agencyId: null };
    expect(taskEventsFor(office, task('done'))).toEqual(['resume']);
    expect(taskEventsFor(officer(LEAD), task('overdue'))).toEqual(['complete']);
    expect(taskEventsFor(office, task('carried_over'))).toEqual([]);
    expect(taskEventsFor(null, task('not_started'))).toEqual([]);
    for (const status of PLAN_STATUSES) {
      const inForce = status === 'issued' || status === 'in_implementation';
      expect(taskEventsFor(office, task('not_started'), status).length > 0, status).toBe(inForce);
    }
    expect(taskEventsFor(office, task('not_started'), null)).toEqual([]);
  });
});

describe('who may add a progress note', () => {
  it('lets the agencies on the task and the standing office write, nobody else', () => {
    expect(mayAddNoteToTask(officer(LEAD), task('in_progress'))).toBe(true);
    expect(mayAddNoteToTask(officer(COORDINATOR), task('in_progress'))).toBe(true);
    expect(mayAddNoteToTask(officer(OTHER), task('in_progress'))).toBe(false);
    expect(mayAddNoteToTask({ role: 'agency_officer', agencyId: null }, task('in_progress'))).toBe(false);
    expect(mayAddNoteToTask({ role: 'standing_office', agencyId: null }, task('in_progress'))).toBe(true);
    expect(mayAddNoteToTask({ role: 'editor', agencyId: null }, task('in_progress'))).toBe(false);
    expect(mayAddNoteToTask({ role: 'committee_leader', agencyId: null }, task('in_progress'))).toBe(false);
    expect(mayAddNoteToTask(null, task('in_progress'))).toBe(false);
  });
});

describe('coordinators minus leads', () => {
  it('keeps each coordinator once, never a lead, in first order', () => {
    expect(coordinatorsBeyondLeads([LEAD], [OTHER, LEAD, COORDINATOR, OTHER])).toEqual([OTHER, COORDINATOR]);
    expect(coordinatorsBeyondLeads(['Sở Tư pháp'], ['Sở Tư pháp', 'Công an tỉnh'])).toEqual(['Công an tỉnh']);
    expect(coordinatorsBeyondLeads([], [])).toEqual([]);
  });

  it('tells when an agency is named twice among the parties', () => {
    expect(hasRepeatedParty(task('not_started'))).toBe(false);
    expect(hasRepeatedParty({ leads: [{ agencyId: LEAD }], coordinatorIds: [LEAD] })).toBe(true);
    expect(hasRepeatedParty({ leads: [{ agencyId: LEAD }, { agencyId: LEAD }], coordinatorIds: [] })).toBe(
      true,
    );
    expect(hasRepeatedParty({ leads: [], coordinatorIds: [OTHER, OTHER] })).toBe(true);
  });
});
