export * from './topics.js';
export * from './schedule.js';
export * from './task-state.js';
export * from './task.schema.js';
