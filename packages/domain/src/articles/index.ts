export * from './article-state.js';
export * from './article.schema.js';
export * from './slug.js';
