export * from './errors.js';
export * from './state-machine.js';
export * from './primitives.js';
export * from './audit.schema.js';
export * from './problem.js';
export * from './health.schema.js';
