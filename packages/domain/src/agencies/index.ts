export * from './agency.schema.js';
export * from './catalogue.js';
export * from './resolve.js';
