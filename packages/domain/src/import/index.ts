export * from './import-result.schema.js';
export * from './import-review.schema.js';
export * from './import-job.schema.js';
