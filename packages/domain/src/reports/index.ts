export * from './report-state.js';
export * from './report.schema.js';
