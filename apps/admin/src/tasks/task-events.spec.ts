import { describe, expect, it } from 'vitest';
import { canAddNote, taskEventsFor } from './task-events';

const LEAD = '00000000-0000-4000-8000-000000000001';
const COORDINATOR = '00000000-0000-4000-8000-000000000002';
const task = (status: 'not_started' | 'in_progress' | 'done' | 'overdue' | 'carried_over') => ({
  status,
  leads: [{ agencyId: LEAD, requested: false }],
  coordinatorIds: [COORDINATOR],
});

describe('status buttons per role', () => {
  it('offers the standing office every event the task machine allows from the status', () => {
    expect(taskEventsFor(task('not_started'), { role: 'standing_office', agencyId: null })).toEqual([
      'start',
      'complete',
      'markOverdue',
      'carryOver',
    ]);
    expect(taskEventsFor(task('done'), { role: 'admin', agencyId: null })).toEqual(['resume']);
    expect(taskEventsFor(task('carried_over'), { role: 'standing_office', agencyId: null })).toEqual([]);
    // Not while the plan is a draft or once it is closed.
    expect(taskEventsFor(task('not_started'), { role: 'standing_office', agencyId: null }, 'draft')).toEqual(
      [],
    );
    expect(taskEventsFor(task('not_started'), { role: 'standing_office', agencyId: null }, 'closed')).toEqual(
      [],
    );
    expect(
      taskEventsFor(task('not_started'), { role: 'standing_office', agencyId: null }, 'in_implementation'),
    ).toHaveLength(4);
  });

  it('lets a lead agency officer only start and complete, and others nothing', () => {
    expect(taskEventsFor(task('not_started'), { role: 'agency_officer', agencyId: LEAD })).toEqual([
      'start',
      'complete',
    ]);
    expect(taskEventsFor(task('overdue'), { role: 'agency_officer', agencyId: LEAD })).toEqual(['complete']);
    expect(taskEventsFor(task('not_started'), { role: 'agency_officer', agencyId: COORDINATOR })).toEqual([]);
    expect(taskEventsFor(task('not_started'), { role: 'committee_leader', agencyId: null })).toEqual([]);
    expect(taskEventsFor(task('not_started'), null)).toEqual([]);
  });

  it('takes progress notes from lead and coordinating officers and the standing office only', () => {
    expect(canAddNote(task('in_progress'), { role: 'agency_officer', agencyId: COORDINATOR })).toBe(true);
    expect(
      canAddNote(task('in_progress'), {
        role: 'agency_officer',
        agencyId: '00000000-0000-4000-8000-000000000009',
      }),
    ).toBe(false);
    expect(canAddNote(task('in_progress'), { role: 'standing_office', agencyId: null })).toBe(true);
    expect(canAddNote(task('in_progress'), { role: 'editor', agencyId: null })).toBe(false);
  });
});
