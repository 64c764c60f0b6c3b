export * from './report-state.js';
export * from './report.schema.js';
export * from './report-periods.js';
export * from './report-obligations.js';
export * from './report-fold.js';
export * from './report-work.schema.js';
export * from './consolidation.js';
export * from './report-import.js';
