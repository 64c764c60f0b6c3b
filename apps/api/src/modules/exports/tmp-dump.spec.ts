import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { agencyName, draftPlan, issuedPlan, tasks } from './export-fixtures.js';
import { renderPlanDocx } from './plan-docx.js';
import { renderTasksXlsx } from './tasks-xlsx.js';
it('dumps', async () => {
  writeFileSync('/tmp/exports/plan.docx', await renderPlanDocx(issuedPlan, tasks, agencyName));
  writeFileSync('/tmp/exports/draft.docx', await renderPlanDocx(draftPlan, tasks.slice(2), agencyName));
  writeFileSync('/tmp/exports/tasks.xlsx', await renderTasksXlsx(tasks, agencyName, { title: 'Nhiệm vụ năm 2024' }));
});
