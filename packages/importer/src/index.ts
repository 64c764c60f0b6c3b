export * from './import-document.js';
export { AgencyMatcher, type AgencyNames, type AgencyMention } from './agency-matcher.js';
export { TOPIC_KEYWORDS, detectTopics } from './topic-keywords.js';
export { readFigures, type FigureReading } from './figure-parse.js';
export { readPeriod } from './report-parse.js';
export { FIGURE_PATTERNS, type FigurePattern } from './figure-patterns.js';
export { isSplitSyllable, isVietnameseSyllable, rejoinSplitSyllables } from './vietnamese-syllable.js';
