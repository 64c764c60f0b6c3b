export * from './campaign.schema.js';
