export * from './article-access.js';
export * from './article-html.js';
export * from './article-state.js';
export * from './article.schema.js';
export * from './highlight.js';
export * from './slug.js';
export * from './article-query.schema.js';
