export * from './media.schema.js';
