export * from './roles.js';
export * from './user.schema.js';
