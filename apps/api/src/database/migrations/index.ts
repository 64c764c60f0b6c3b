import { Initial1764000000000 } from './1764000000000-initial.js';
import { TaskProgress1764100000000 } from './1764100000000-task-progress.js';
import { TaskDueIndex1764200000000 } from './1764200000000-task-due-index.js';
import { TaskPlanYear1764300000000 } from './1764300000000-task-plan-year.js';
import { Reports1764400000000 } from './1764400000000-reports.js';
import { RecurringDue1765000000000 } from './1765000000000-recurring-due.js';
import { ReportCycle1765100000000 } from './1765100000000-report-cycle.js';
import { ReportAttachments1765100000001 } from './1765100000001-report-attachments.js';
import { Newsroom1765200000000 } from './1765200000000-newsroom.js';
import { ArticleSearchVector1765200000001 } from './1765200000001-article-search-vector.js';
import { ConsolidationReads1765400000000 } from './1765400000000-consolidation-reads.js';
import { ArticleTranslationIndex1765500000000 } from './1765500000000-article-translation-index.js';
import { PublicContentStamp1765500000001 } from './1765500000001-public-content-stamp.js';
import { ArticleSearchVectorInline1765500000002 } from './1765500000002-article-search-vector-inline.js';
import { ArticleSearchDateIndex1765600000000 } from './1765600000000-article-search-date-index.js';
import { CampaignEnglish1765700000000 } from './1765700000000-campaign-english.js';
import { PlanImplementation1765300000000 } from './1765300000000-plan-implementation.js';
import { ImportJobs1765300000001 } from './1765300000001-import-jobs.js';
import { ImportJobPages1765300000002 } from './1765300000002-import-job-pages.js';

/** Every migration in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Initial1764000000000,
  TaskProgress1764100000000,
  TaskDueIndex1764200000000,
  TaskPlanYear1764300000000,
  Reports1764400000000,
  RecurringDue1765000000000,
  ReportCycle1765100000000,
  ReportAttachments1765100000001,
  Newsroom1765200000000,
  ArticleSearchVector1765200000001,
  PlanImplementation1765300000000,
  ImportJobs1765300000001,
  ImportJobPages1765300000002,
  ConsolidationReads1765400000000,
  ArticleTranslationIndex1765500000000,
  PublicContentStamp1765500000001,
  ArticleSearchVectorInline1765500000002,
  ArticleSearchDateIndex1765600000000,
  CampaignEnglish1765700000000,
];
