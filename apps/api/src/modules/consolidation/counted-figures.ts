import type { CountedFigure } from '@bcdnq/domain/reports';

/**
 * A source of figures the system counts itself rather than an agency typing them — e.g. portal articles linked
 * to a task, counted in the lead agency's `articles-published` (the press-office work provides that one). Each
 * source answers for a date range and, for an officer, one agency; the roll-up shows its parts with their
 * `source` and link, and never adds them to typed values of the same thing twice.
 */
export type CountedFigureSource = {
  readonly name: string;
  figures(range: {
    from: string;
    to: string;
    agencyId: string | null;
    planId: string | null;
  }): Promise<CountedFigure[]>;
};

/** Injection token for the list of sources (empty until a module provides one). */
export const COUNTED_FIGURE_SOURCES = Symbol('COUNTED_FIGURE_SOURCES');
