import type { PlanStatus } from '@bcdnq/domain/plans';
import type { Tone } from '../common/fields';

export const PLAN_STATUS_TONES: Record<PlanStatus, Tone> = {
  draft: 'default',
  issued: 'primary',
  in_implementation: 'info',
  closed: 'success',
  superseded: 'warning',
};
