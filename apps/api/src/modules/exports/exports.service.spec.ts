import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { agencyName, issuedPlan, tasks } from './export-fixtures.js';
import { ExportsService } from './exports.service.js';

describe('ExportsService', () => {
  const service = new ExportsService();

  it('hands back a Word package for a plan', async () => {
    const zip = await JSZip.loadAsync(await service.planDocx(issuedPlan, tasks, agencyName));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Số: 25/KH-UBND');
  });

  it('hands back an Excel package for tasks, titled as asked', async () => {
    const zip = await JSZip.loadAsync(await service.tasksXlsx(tasks, agencyName, 'Kế hoạch 25/KH-UBND'));
    expect(await zip.file('xl/sharedStrings.xml')?.async('string')).toContain('Kế hoạch 25/KH-UBND');
    expect(zip.file('xl/worksheets/sheet1.xml')).not.toBeNull();
  });
});
