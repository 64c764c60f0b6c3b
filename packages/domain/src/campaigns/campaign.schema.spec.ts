import { expect, it } from 'vitest';
import { isCampaignRunning, ZCampaignCreate, ZCampaignUpdate } from './campaign.schema.js';

it('refuses a campaign ending before it starts, or banners taken down before they are hung', () => {
  const base = { name: 'Ngày Nhân quyền', startsOn: '2026-11-20', endsOn: '2026-12-20' };
  expect(ZCampaignCreate.safeParse(base).success).toBe(true);
  expect(ZCampaignCreate.safeParse({ ...base, endsOn: '2026-11-01' }).error?.issues[0]?.path).toEqual([
    'endsOn',
  ]);
  expect(
    ZCampaignUpdate.safeParse({ bannerFrom: '2026-12-01', bannerTo: '2026-11-30', version: 1 }).error
      ?.issues[0]?.path,
  ).toEqual(['bannerTo']);
});

it('is running from its first to its last day inclusive', () => {
  const c = { startsOn: '2026-11-20', endsOn: '2026-12-20' };
  expect(isCampaignRunning(c, '2026-11-19')).toBe(false);
  expect(isCampaignRunning(c, '2026-11-20')).toBe(true);
  expect(isCampaignRunning(c, '2026-12-20')).toBe(true);
  expect(isCampaignRunning(c, '2026-12-21')).toBe(false);
});
