import { describe, expect, it } from 'vitest';
import { agencyRows, barSegments, chartSummary, percentDone, topicRows } from './chart-model';

const counts = (
  not_started: number,
  in_progress: number,
  done: number,
  overdue: number,
  carried_over = 0,
) => ({
  not_started,
  in_progress,
  done,
  overdue,
  carried_over,
});

const dashboard = {
  byAgency: [
    { agencyId: 'a', agencyName: 'Sở Tư pháp', counts: counts(1, 1, 2, 0) },
    { agencyId: 'b', agencyName: 'Công an tỉnh', counts: counts(2, 3, 1, 2) },
    { agencyId: 'c', agencyName: 'Sở Y tế', counts: counts(0, 0, 0, 0) },
  ],
  byTopic: [{ topic: 'religion' as const, counts: counts(0, 1, 0, 1) }],
};

describe('charts and their text alternative', () => {
  it('orders agencies by their number of tasks and leaves out those with none', () => {
    expect(agencyRows(dashboard).map((r) => [r.label, r.total])).toEqual([
      ['Công an tỉnh', 8],
      ['Sở Tư pháp', 4],
    ]);
    expect(topicRows(dashboard, 'vi')[0]?.label).toBe('Tôn giáo');
  });

  it('says in words what the bars show, naming the agency with most overdue tasks', () => {
    expect(chartSummary(agencyRows(dashboard), 'vi')).toBe(
      'Công an tỉnh: 8 nhiệm vụ (2 chưa thực hiện, 3 đang thực hiện, 1 hoàn thành, 2 quá hạn); ' +
        'Sở Tư pháp: 4 nhiệm vụ (1 chưa thực hiện, 1 đang thực hiện, 2 hoàn thành). Nhiều quá hạn nhất: Công an tỉnh (2).',
    );
    expect(chartSummary(topicRows(dashboard, 'en'), 'en')).toBe(
      'Religion: 2 tasks (1 in progress, 1 overdue). Most overdue: Religion (1).',
    );
    expect(chartSummary([], 'vi')).toBe('Không có nhiệm vụ nào.');
  });

  it('draws segments proportional to the longest bar, side by side', () => {
    const [longest] = agencyRows(dashboard);
    if (!longest) throw new Error('no row');
    const segments = barSegments(longest, 8, 400);
    expect(segments.map((s) => [s.status, s.x, s.width])).toEqual([
      ['not_started', 0, 100],
      ['in_progress', 100, 150],
      ['done', 250, 50],
      ['overdue', 300, 100],
    ]);
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(0, 0)).toBe(0);
  });
});
