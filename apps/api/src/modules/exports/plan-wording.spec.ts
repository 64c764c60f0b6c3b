import { describe, expect, it } from 'vitest';
import { AGENCY, agencyName, tasks } from './export-fixtures.js';
import {
  assignmentNote,
  documentNumberLine,
  issuerHeading,
  joinNames,
  placeDateLine,
  scheduleInWords,
  scheduleLine,
} from './plan-wording.js';

describe('issuerHeading', () => {
  it('spells out a provincial People’s Committee on two bold lines', () => {
    const expected = [
      { text: 'ỦY BAN NHÂN DÂN', bold: true },
      { text: 'TỈNH BẮC NINH', bold: true },
    ];
    expect(issuerHeading('UBND tỉnh Bắc Ninh')).toEqual(expected);
    expect(issuerHeading('Ủy ban nhân dân tỉnh Bắc Ninh')).toEqual(expected);
    expect(issuerHeading('Tỉnh Bắc Ninh')).toEqual(expected);
  });

  it('puts the superior committee, not bold, above a department or the steering committee', () => {
    expect(issuerHeading('Ban Chỉ đạo Nhân quyền tỉnh Bắc Giang')).toEqual([
      { text: 'UBND TỈNH BẮC GIANG', bold: false },
      { text: 'BAN CHỈ ĐẠO NHÂN QUYỀN', bold: true },
    ]);
    expect(issuerHeading('Sở Tư pháp tỉnh Bắc Ninh')[1]).toEqual({ text: 'SỞ TƯ PHÁP', bold: true });
  });

  it('keeps an issuer written on several lines as written, the last line bold', () => {
    expect(issuerHeading('Bộ Công an\nCông an tỉnh Bắc Ninh')).toEqual([
      { text: 'BỘ CÔNG AN', bold: false },
      { text: 'CÔNG AN TỈNH BẮC NINH', bold: true },
    ]);
  });

  it('leaves a dotted blank when the plan has no issuer yet', () => {
    expect(issuerHeading(null)).toEqual([{ text: '……………………', bold: true }]);
  });
});

describe('documentNumberLine', () => {
  it('prints an issued number after "Số:"', () => {
    expect(documentNumberLine('25/KH-UBND', 'UBND tỉnh Bắc Ninh')).toBe('Số: 25/KH-UBND');
    expect(documentNumberLine('Số: 25/KH-UBND', null)).toBe('Số: 25/KH-UBND');
  });

  it('leaves the number blank on a draft, keeping or deriving the symbol', () => {
    expect(documentNumberLine(null, 'UBND tỉnh Bắc Ninh')).toBe('Số:      /KH-UBND');
    expect(documentNumberLine(null, 'Ban Chỉ đạo Nhân quyền tỉnh')).toBe('Số:      /KH-BCĐNQ');
    expect(documentNumberLine('/KH-BCĐNQ', null)).toBe('Số:      /KH-BCĐNQ');
    expect(documentNumberLine(null, null)).toBe('Số:      /KH-…');
  });
});

describe('placeDateLine', () => {
  it('pads days below 10 and the months January and February, as Decree 30 requires', () => {
    expect(placeDateLine('Bắc Ninh', '2024-02-02', 2024)).toBe('Bắc Ninh, ngày 02 tháng 02 năm 2024');
    expect(placeDateLine('Bắc Ninh', '2024-03-05', 2024)).toBe('Bắc Ninh, ngày 05 tháng 3 năm 2024');
    expect(placeDateLine('Bắc Giang', '2023-12-25', 2023)).toBe('Bắc Giang, ngày 25 tháng 12 năm 2023');
  });

  it('leaves day and month blank on a draft, with the plan’s year', () => {
    expect(placeDateLine('Bắc Giang', null, 2023)).toBe('Bắc Giang, ngày     tháng     năm 2023');
  });
});

describe('schedules in words', () => {
  it('words each kind of schedule as the plans do', () => {
    expect(scheduleInWords({ kind: 'continuous' })).toBe('thường xuyên');
    expect(scheduleInWords({ kind: 'deadline', due: '2019-03-20' })).toBe('trước ngày 20/3/2019');
    expect(scheduleInWords({ kind: 'window', from: '2023-11-30', to: '2023-12-30' })).toBe(
      'từ ngày 30/11/2023 đến hết ngày 30/12/2023',
    );
    expect(scheduleInWords({ kind: 'recurring', every: 'month' })).toBe('định kỳ hằng tháng');
    expect(scheduleInWords({ kind: 'recurring', every: 'half-year' })).toBe('định kỳ 6 tháng');
    expect(scheduleInWords({ kind: 'recurring', every: 'year' })).toBe('định kỳ hằng năm');
  });

  it('calls a deadline "Thời hạn" and other schedules "Thời gian thực hiện"', () => {
    expect(scheduleLine({ kind: 'deadline', due: '2019-03-20' })).toBe('Thời hạn: trước ngày 20/3/2019.');
    expect(scheduleLine({ kind: 'continuous' })).toBe('Thời gian thực hiện: thường xuyên.');
  });
});

describe('assignmentNote', () => {
  const base = tasks[0];
  if (!base) throw new Error('fixtures have tasks');

  it('names the lead and the coordinators', () => {
    const task = {
      ...base,
      leads: [{ agencyId: AGENCY.justice, requested: false }],
      coordinatorIds: [AGENCY.police, AGENCY.information, AGENCY.office],
    };
    expect(assignmentNote(task, agencyName)).toBe(
      '(Sở Tư pháp chủ trì, phối hợp với Công an tỉnh, Sở Thông tin và Truyền thông và Văn phòng UBND tỉnh thực hiện)',
    );
  });

  it('asks ("Đề nghị") a body the issuer cannot order', () => {
    const task = { ...base, leads: [{ agencyId: AGENCY.propaganda, requested: true }], coordinatorIds: [] };
    expect(assignmentNote(task, agencyName)).toBe('(Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì thực hiện)');
  });

  it('words an ordered and a requested lead together', () => {
    const task = {
      ...base,
      leads: [
        { agencyId: AGENCY.information, requested: false },
        { agencyId: AGENCY.propaganda, requested: true },
      ],
      coordinatorIds: [AGENCY.culture],
    };
    expect(assignmentNote(task, agencyName)).toBe(
      '(Sở Thông tin và Truyền thông chủ trì; đề nghị Ban Tuyên giáo Tỉnh ủy cùng chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện)',
    );
  });

  it('joins names the Vietnamese way', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A và B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B và C');
  });
});
