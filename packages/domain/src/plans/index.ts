export * from './plan-state.js';
export * from './plan.schema.js';
