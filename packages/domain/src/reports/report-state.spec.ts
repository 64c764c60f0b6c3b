import { describe, expect, it } from 'vitest';
import { isReportEditable, isReportLate } from './report-state.js';

describe('isReportLate', () => {
  it('is late when still not submitted after the due date', () => {
    expect(isReportLate({ status: 'draft', dueOn: '2024-03-15', submittedOn: null }, '2024-03-16')).toBe(
      true,
    );
    expect(isReportLate({ status: 'draft', dueOn: '2024-03-15', submittedOn: null }, '2024-03-15')).toBe(
      false,
    );
  });
  it('judges a submitted report by its submission date, not today', () => {
    expect(
      isReportLate({ status: 'accepted', dueOn: '2024-03-15', submittedOn: '2024-03-14' }, '2024-06-01'),
    ).toBe(false);
    expect(
      isReportLate({ status: 'accepted', dueOn: '2024-03-15', submittedOn: '2024-03-20' }, '2024-06-01'),
    ).toBe(true);
  });
  it('keeps accepted reports immutable', () => {
    expect(isReportEditable('accepted')).toBe(false);
    expect(isReportEditable('returned')).toBe(true);
  });
});
