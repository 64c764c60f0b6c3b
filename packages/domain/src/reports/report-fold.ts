import type { ReportStatus } from './report-state.js';

/** The part of a report that decides whether it can be folded (lồng ghép) into another. */
export type FoldCandidate = {
  id: string;
  agencyId: string;
  status: ReportStatus;
  periodStart: string;
  periodEnd: string;
  foldedIntoId: string | null;
  /** Other reports are folded into this one. */
  hostsFolded?: boolean;
};

export type FoldRefusal =
  'same-report' | 'other-agency' | 'already-sent' | 'host-folded' | 'hosts-others' | 'host-period';

const REFUSALS: ReadonlyMap<FoldRefusal, { vi: string; en: string }> = new Map([
  [
    'same-report',
    { vi: 'Không thể lồng ghép một báo cáo vào chính nó.', en: 'A report cannot be folded into itself' },
  ],
  [
    'other-agency',
    { vi: 'Chỉ lồng ghép vào báo cáo của cùng đơn vị.', en: 'Only into a report of the same agency' },
  ],
  [
    'already-sent',
    { vi: 'Báo cáo đã gửi thì không lồng ghép được nữa.', en: 'A report already sent cannot be folded' },
  ],
  [
    'host-folded',
    {
      vi: 'Báo cáo đích đã được lồng ghép vào báo cáo khác.',
      en: 'The target is itself folded into another report',
    },
  ],
  [
    'host-period',
    {
      vi: 'Kỳ của báo cáo đích phải bao trùm kỳ của báo cáo này.',
      en: "The target's period must cover this report's period",
    },
  ],
  [
    'hosts-others',
    {
      vi: 'Báo cáo này đã chứa báo cáo khác lồng ghép vào, không lồng ghép tiếp được.',
      en: 'Other reports are folded into this one',
    },
  ],
]);

/** Vietnamese and English words for a refusal. */
export const foldRefusalMessage = (refusal: FoldRefusal) =>
  REFUSALS.get(refusal) ?? { vi: refusal, en: refusal };

/**
 * Why `report` cannot be folded into `host`, or null when it can: the same agency, a host whose period covers
 * the report's (the June monthly report inside the half-year report), neither sent yet on the report's side,
 * and no chains (a host is never itself folded).
 */
export function foldRefusal(report: FoldCandidate, host: FoldCandidate): FoldRefusal | null {
  if (report.id === host.id) return 'same-report';
  if (report.agencyId !== host.agencyId) return 'other-agency';
  if (report.status !== 'expected' && report.status !== 'draft') return 'already-sent';
  if (host.foldedIntoId) return 'host-folded';
  if (report.hostsFolded) return 'hosts-others';
  if (host.periodStart > report.periodStart || host.periodEnd < report.periodEnd) return 'host-period';
  return null;
}
