import { ZTaskBatch } from '@bcdnq/domain/tasks';
import { describe, expect, it } from 'vitest';
import { batchBody } from './task-batch';

const ids = [
  { id: '00000000-0000-4000-8000-000000000001', version: 3 },
  { id: '00000000-0000-4000-8000-000000000002', version: 1 },
];
const agency = '00000000-0000-4000-8000-0000000000aa';

describe('batch edit body', () => {
  it('sends only the parts switched on', () => {
    const body = batchBody(
      {
        status: 'complete',
        changeLeads: false,
        leads: [{ agencyId: agency }],
        changeTopics: true,
        topics: ['outreach'],
      },
      ids,
    );
    expect(ZTaskBatch.parse(body)).toEqual({ tasks: ids, status: 'complete', topics: ['outreach'] });
    const leads = batchBody(
      { status: '', changeLeads: true, leads: [{ agencyId: agency }], changeTopics: false },
      ids,
    );
    expect(ZTaskBatch.parse(leads)).toEqual({ tasks: ids, leads: [{ agencyId: agency, requested: false }] });
  });

  it('refuses a batch that changes nothing, with the domain message', () => {
    const result = ZTaskBatch.safeParse(
      batchBody({ status: '', changeLeads: false, changeTopics: false }, ids),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Chọn ít nhất một thay đổi');
  });
});
