export * from './published-document.schema.js';
