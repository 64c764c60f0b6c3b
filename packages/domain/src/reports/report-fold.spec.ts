import { describe, expect, it } from 'vitest';
import { type FoldCandidate, foldRefusal } from './report-fold.js';
import { mayFireReportEvent } from './report-work.schema.js';

const june: FoldCandidate = {
  id: 'june',
  agencyId: 'A',
  status: 'draft',
  periodStart: '2026-06-01',
  periodEnd: '2026-06-30',
  foldedIntoId: null,
};
const half: FoldCandidate = {
  id: 'half',
  agencyId: 'A',
  status: 'draft',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  foldedIntoId: null,
};

describe('foldRefusal (lồng ghép)', () => {
  it('folds the June monthly report into the half-year report of the same agency', () => {
    expect(foldRefusal(june, half)).toBeNull();
  });
  it('refuses another agency, itself, a sent report, a host that does not cover the period, and chains', () => {
    expect(foldRefusal(june, { ...half, agencyId: 'B' })).toBe('other-agency');
    expect(foldRefusal(june, june)).toBe('same-report');
    expect(foldRefusal({ ...june, status: 'submitted' }, half)).toBe('already-sent');
    expect(foldRefusal(june, { ...half, periodEnd: '2026-05-31' })).toBe('host-period');
    expect(foldRefusal(june, { ...half, foldedIntoId: 'year' })).toBe('host-folded');
    expect(foldRefusal({ ...june, hostsFolded: true }, half)).toBe('hosts-others');
  });
});

describe('mayFireReportEvent', () => {
  it('lets the officer submit and the standing office review, never the other way round', () => {
    expect(mayFireReportEvent('agency_officer', 'submit')).toBe(true);
    expect(mayFireReportEvent('agency_officer', 'accept')).toBe(false);
    expect(mayFireReportEvent('standing_office', 'return')).toBe(true);
    expect(mayFireReportEvent('standing_office', 'resubmit')).toBe(false);
    expect(mayFireReportEvent('committee_leader', 'accept')).toBe(false);
    expect(mayFireReportEvent('admin', 'accept')).toBe(true);
  });
});
