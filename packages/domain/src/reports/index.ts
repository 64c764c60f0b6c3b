export * from './report-state.js';
export * from './report.schema.js';
export * from './report-periods.js';
