import { describe, expect, it } from 'vitest';
import { articleMachine } from '../articles/article-state.js';
import { planMachine } from '../plans/plan-state.js';
import { reportMachine } from '../reports/report-state.js';
import { taskMachine } from '../tasks/task-state.js';
import { DomainError } from './errors.js';
import type { StateMachine } from './state-machine.js';

// Every legal move, written out independently of the machines' tables: `state --event--> next`.
const expected: Record<string, { machine: StateMachine<string, string>; legal: string[] }> = {
  plan: {
    machine: planMachine,
    legal: [
      'draft --issue--> issued',
      'issued --startImplementation--> in_implementation',
      'issued --close--> closed',
      'in_implementation --close--> closed',
      'issued --supersede--> superseded',
      'in_implementation --supersede--> superseded',
    ],
  },
  task: {
    machine: taskMachine,
    legal: [
      'not_started --start--> in_progress',
      'not_started --complete--> done',
      'in_progress --complete--> done',
      'overdue --complete--> done',
      'not_started --markOverdue--> overdue',
      'in_progress --markOverdue--> overdue',
      'overdue --resume--> in_progress',
      'done --resume--> in_progress',
      'not_started --carryOver--> carried_over',
      'in_progress --carryOver--> carried_over',
      'overdue --carryOver--> carried_over',
    ],
  },
  report: {
    machine: reportMachine,
    legal: [
      'expected --startDraft--> draft',
      'draft --submit--> submitted',
      'submitted --accept--> accepted',
      'resubmitted --accept--> accepted',
      'submitted --return--> returned',
      'resubmitted --return--> returned',
      'returned --resubmit--> resubmitted',
    ],
  },
  article: {
    machine: articleMachine,
    legal: [
      'draft --submit--> in_review',
      'returned --submit--> in_review',
      'in_review --approve--> approved',
      'in_review --return--> returned',
      'approved --publish--> published',
      'scheduled --publish--> published',
      'approved --schedule--> scheduled',
      'scheduled --unschedule--> approved',
      'published --unpublish--> unpublished',
      'unpublished --revise--> draft',
      'approved --revise--> draft',
      'draft --archive--> archived',
      'returned --archive--> archived',
      'unpublished --archive--> archived',
      'published --archive--> archived',
    ],
  },
};

for (const [name, { machine, legal }] of Object.entries(expected)) {
  describe(`${name} state machine`, () => {
    const legalMoves = new Map(
      legal.map((line) => {
        const [, from, event, to] = /^(\S+) --(\S+)--> (\S+)$/.exec(line) ?? [];
        return [`${from}|${event}`, to];
      }),
    );
    const pairs = machine.states.flatMap((state) => machine.events.map((event) => [state, event] as const));

    it.each(pairs.filter(([s, e]) => legalMoves.has(`${s}|${e}`)))('allows %s --%s-->', (state, event) => {
      expect(machine.can(state, event)).toBe(true);
      expect(machine.transition(state, event)).toBe(legalMoves.get(`${state}|${event}`));
    });

    it.each(pairs.filter(([s, e]) => !legalMoves.has(`${s}|${e}`)))('refuses %s --%s-->', (state, event) => {
      expect(machine.can(state, event)).toBe(false);
      let error: unknown;
      try {
        machine.transition(state, event);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      expect((error as DomainError).message).toMatch(/^Không thể/);
    });

    it('lists exactly the legal events from each state', () => {
      for (const state of machine.states) {
        const mine = legal.filter((l) => l.startsWith(`${state} `)).map((l) => l.split('--')[1]);
        expect(machine.allowed(state).sort()).toEqual(mine.sort());
      }
    });
  });
}

describe('TASK_EVENTS', () => {
  it('lists exactly the task machine events', async () => {
    const { TASK_EVENTS } = await import('../tasks/task-state.js');
    expect([...TASK_EVENTS].sort()).toEqual([...taskMachine.events].sort());
  });
});
