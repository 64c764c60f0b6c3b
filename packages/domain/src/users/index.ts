export * from './roles.js';
export * from './user.schema.js';
export * from './login-throttle.js';
