export * from './topics.js';
export * from './schedule.js';
export * from './task-state.js';
export * from './task.schema.js';
export * from './schedule-shift.js';
export * from './task-work.schema.js';
export * from './task-access.js';
