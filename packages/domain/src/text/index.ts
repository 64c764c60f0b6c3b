export * from './fold.js';
export * from './well-formed.js';
