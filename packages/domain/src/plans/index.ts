export * from './plan-state.js';
export * from './plan.schema.js';
export * from './plan-diff.js';
export * from './plan-work.schema.js';
export * from './plan-kind.js';
