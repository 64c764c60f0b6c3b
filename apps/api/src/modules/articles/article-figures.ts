import type { DataSource } from 'typeorm';
import type { CountedFigure } from '@bcdnq/domain/reports';
import type { CountedFigureSource } from '../consolidation/counted-figures.js';

/**
 * Articles published on the portal and linked to a duty, counted in that duty's lead agency's `articles-published`
 * for the month they appeared — figures the system knows, so nobody types them twice. Each part links to the
 * articles behind it in the admin panel.
 */
export class PortalArticleFigures implements CountedFigureSource {
  readonly name = 'portal-articles';

  constructor(private readonly dataSource: DataSource) {}

  async figures(range: {
    from: string;
    to: string;
    agencyId: string | null;
    planId: string | null;
  }): Promise<CountedFigure[]> {
    const rows: { agency_id: string; month: string; n: number; task_ids: string[] }[] =
      await this.dataSource.query(
        `SELECT ta.agency_id, to_char(date_trunc('month', a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD') AS month,
              count(DISTINCT a.id)::int AS n, array_agg(DISTINCT a.task_id) AS task_ids
         FROM articles a
         JOIN tasks t ON t.id = a.task_id
         JOIN task_agencies ta ON ta.task_id = t.id AND ta.role = 'lead'
        WHERE a.status = 'published' AND a.task_id IS NOT NULL
          -- Published on a Việt Nam day from $1 to $2, as a range of instants (the partial index's order).
          AND a.published_at >= $1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
          AND a.published_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
          AND ($3::uuid IS NULL OR ta.agency_id = $3::uuid)
          AND ($4::uuid IS NULL OR t.plan_id = $4::uuid)
        GROUP BY 1, 2`,
        [range.from, range.to, range.agencyId, range.planId],
      );
    return rows.map((row) => {
      const [year, month] = row.month.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return {
        agencyId: row.agency_id,
        indicator: 'articles-published',
        value: row.n,
        periodStart: row.month,
        periodEnd: `${row.month.slice(0, 8)}${String(last).padStart(2, '0')}`,
        source: 'portal' as const,
        link:
          row.task_ids.length === 1
            ? `/admin/#/articles?filter=${encodeURIComponent(JSON.stringify({ taskId: row.task_ids[0], status: 'published' }))}`
            : '/admin/#/articles',
      };
    });
  }
}
