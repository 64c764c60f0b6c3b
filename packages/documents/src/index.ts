export * from './document-read-error.js';
export * from './extract-text.js';
export * from './legacy-encoding.js';
export * from './run-import-document.js';
