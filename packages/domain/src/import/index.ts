export * from './import-result.schema.js';
export * from './import-review.schema.js';
