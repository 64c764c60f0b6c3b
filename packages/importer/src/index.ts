export * from './import-document.js';
export { AgencyMatcher, type AgencyNames, type AgencyMention } from './agency-matcher.js';
export { TOPIC_KEYWORDS, detectTopics } from './topic-keywords.js';
export { FIGURE_PATTERNS } from './figure-patterns.js';
