import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import { ArticleEntity } from '../modules/articles/article.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { CampaignEntity } from '../modules/campaigns/campaign.entity.js';
import { PlanEntity } from '../modules/plans/plan.entity.js';
import { JobRunEntity } from '../modules/jobs/job-run.entity.js';
import { ReportEntity, ReportObligationEntity } from '../modules/reports/report.entity.js';
import { ReportReviewEntity } from '../modules/reports/report.entity.js';
import { OutboxEntity } from '../modules/reports/outbox.entity.js';
import { ReportAttachmentEntity } from '../modules/reports/report-attachment.entity.js';
import { AttachmentEntity, ProgressNoteEntity } from '../modules/tasks/progress-note.entity.js';
import { TaskAgencyEntity, TaskEntity } from '../modules/tasks/task.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { ArticleVersionEntity } from '../modules/articles/article-version.entity.js';
import { MediaEntity } from '../modules/media/media.entity.js';
import { PublicDocumentEntity } from '../modules/documents/public-document.entity.js';
import { ImportJobEntity } from '../modules/imports/import-job.entity.js';
import { ImportJobPageEntity } from '../modules/imports/import-job-page.entity.js';

/** Every entity, listed explicitly (no globs: the build is ESM and bundling-friendly). */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  SessionEntity,
  LoginAttemptEntity,
  AuditEntryEntity,
  PlanEntity,
  TaskEntity,
  TaskAgencyEntity,
  ArticleEntity,
  CampaignEntity,
  ProgressNoteEntity,
  AttachmentEntity,
  JobRunEntity,
  ReportObligationEntity,
  ReportEntity,
  ReportReviewEntity,
  OutboxEntity,
  ReportAttachmentEntity,
  ArticleVersionEntity,
  MediaEntity,
  PublicDocumentEntity,
  ImportJobEntity,
  ImportJobPageEntity,
];
