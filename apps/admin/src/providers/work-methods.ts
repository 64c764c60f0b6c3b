import {
  type AgencySuccession,
  type AgencySuccessionResult,
  ZAgencySuccessionResult,
} from '@bcdnq/domain/agencies';
import { type AuditEntry, ZAuditEntry } from '@bcdnq/domain/common';
import { type ImportCommit, type ImportJob, type ImportJobKind, ZImportJob } from '@bcdnq/domain/import';
import {
  type Plan,
  type PlanClose,
  type PlanDiff,
  type PlanPublication,
  ZPlanDiff,
} from '@bcdnq/domain/plans';
import {
  type Attachment,
  type Dashboard,
  type ProgressNote,
  type Task,
  type TaskBatch,
  type TaskBatchResult,
  type TaskLead,
  type TaskStatusChange,
  ZAttachment,
  ZDashboard,
  ZProgressNote,
  ZTaskBatchResult,
} from '@bcdnq/domain/tasks';
import {
  type OwnSession,
  type PasswordChange,
  type Revoked,
  ZOwnSession,
  ZRevoked,
} from '@bcdnq/domain/users';
import {
  type ConsolidationNarrative,
  type ConsolidationParts,
  type ConsolidationSummary,
  type Inbox,
  type Report,
  type ReportFold,
  type ReportPrefill,
  type ReportReview,
  type ReportStatusChange,
  ZConsolidationNarrative,
  ZConsolidationParts,
  ZConsolidationSummary,
  ZInbox,
  ZReport,
  ZReportPrefill,
  ZReportReview,
} from '@bcdnq/domain/reports';
import { z } from 'zod';
import type { ApiClient, DownloadedFile, Query, UploadProgress } from './http';
import { listQuery } from './list-query';

/** What the import screen sends to be read: a file, or pasted text. */
export type ImportSource = { file: File } | { text: string };

/** What `POST /api/agencies/<id>/succession` answers: the ended agency and how many open tasks passed on. */
export type SuccessionResult = AgencySuccessionResult;

export type AuditQuery = {
  entity: 'plan' | 'task' | 'agency' | 'user';
  entityId: string;
  page: number;
  perPage: number;
};

export type TaskLeadChoice = TaskLead;

const ZNotesPage = z.object({ data: z.array(ZProgressNote), total: z.number().int() });
const ZAuditPage = z.object({ data: z.array(ZAuditEntry), total: z.number().int() });
const ZReviewPage = z.object({ data: z.array(ZReportReview), total: z.number().int() });
const ZAttachmentPage = z.object({ data: z.array(ZAttachment), total: z.number().int() });

/** A consolidated report's period, for one plan or every plan in force. */
export type ConsolidationQuery = { planId?: string; from: string; to: string };
/** A page of one total's parts, optionally of one agency (as its figures count). */
export type ConsolidationPartsQuery = { indicator: string; agencyId?: string; page: number; perPage: number };
const consolidationQuery = (q: ConsolidationQuery): Query =>
  q.planId ? { planId: q.planId, from: q.from, to: q.to } : { from: q.from, to: q.to };

/**
 * The API answers with the domain's shapes; reading them through the schemas turns a drift between the panel and
 * the API into one clear error instead of a blank screen further down.
 */
function read<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error('Unexpected API response', parsed.error.issues);
    throw new Error('app.error.unexpected_response');
  }
  return parsed.data;
}

const id = (value: string) => encodeURIComponent(value);

/** Endpoints beyond react-admin's CRUD: import, plan lifecycle, task work, dashboard, audit, succession. */
export function createWorkMethods(api: ApiClient) {
  return {
    /** Starts reading a document in the background (a long scan): the job to follow, at once. */
    async startImportJob(
      source: ImportSource,
      kind: ImportJobKind,
      onProgress?: UploadProgress,
    ): Promise<ImportJob> {
      if ('file' in source) {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', source.file, source.file.name);
        const { body } = await api.request<unknown>('POST', '/imports/jobs', { form, onProgress });
        return read(ZImportJob, body);
      }
      const { body } = await api.request<unknown>('POST', '/imports/jobs', {
        body: { text: source.text, kind },
      });
      return read(ZImportJob, body);
    },

    async importJob(jobId: string): Promise<ImportJob> {
      return read(ZImportJob, (await api.request<unknown>('GET', `/imports/jobs/${id(jobId)}`)).body);
    },

    /** The picture of a scanned page of a job's document, to show beside the reading. */
    async importPageImage(jobId: string, page: number): Promise<Blob> {
      return (await api.download(`/imports/jobs/${id(jobId)}/pages/${page}`)).blob;
    },

    /** Stops the reading (the server kills its reader) and forgets the job. */
    async cancelImportJob(jobId: string): Promise<void> {
      await api.request<unknown>('DELETE', `/imports/jobs/${id(jobId)}`);
    },

    async importCommit(commit: ImportCommit): Promise<Plan> {
      return (await api.request<Plan>('POST', '/imports/commit', { body: commit })).body;
    },

    async clonePlan(planId: string, year: number): Promise<Plan> {
      return (await api.request<Plan>('POST', `/plans/${id(planId)}/clone`, { body: { year } })).body;
    },

    async amendPlan(planId: string): Promise<Plan> {
      return (await api.request<Plan>('POST', `/plans/${id(planId)}/amend`, { body: {} })).body;
    },

    async planDiff(planId: string, against?: string): Promise<PlanDiff> {
      const query: Query = against ? { against } : {};
      return read(
        ZPlanDiff,
        (await api.request<unknown>('GET', `/plans/${id(planId)}/diff`, { query })).body,
      );
    },

    async closePlan(planId: string, body: PlanClose): Promise<Plan> {
      return (await api.request<Plan>('POST', `/plans/${id(planId)}/close`, { body })).body;
    },

    async setPlanPublication(planId: string, body: PlanPublication): Promise<Plan> {
      return (await api.request<Plan>('PUT', `/plans/${id(planId)}/publication`, { body })).body;
    },

    exportPlan(planId: string): Promise<DownloadedFile> {
      return api.download(`/plans/${id(planId)}/export.docx`);
    },

    async changeTaskStatus(taskId: string, body: TaskStatusChange): Promise<Task> {
      return (await api.request<Task>('POST', `/tasks/${id(taskId)}/status`, { body })).body;
    },

    async taskNotes(taskId: string): Promise<{ data: ProgressNote[]; total: number }> {
      return read(
        ZNotesPage,
        (await api.request<unknown>('GET', `/tasks/${id(taskId)}/notes`, { query: { perPage: 200 } })).body,
      );
    },

    async addTaskNote(
      taskId: string,
      text: string,
      files: readonly File[],
      onProgress?: UploadProgress,
    ): Promise<ProgressNote> {
      const form = new FormData();
      form.append('text', text);
      for (const file of files) form.append('files', file, file.name);
      const { body } = await api.request<unknown>('POST', `/tasks/${id(taskId)}/notes`, { form, onProgress });
      return read(ZProgressNote, body);
    },

    downloadAttachment(attachmentId: string): Promise<DownloadedFile> {
      return api.download(`/attachments/${id(attachmentId)}`);
    },

    async batchTasks(body: TaskBatch): Promise<TaskBatchResult> {
      return read(ZTaskBatchResult, (await api.request<unknown>('POST', '/tasks/batch', { body })).body);
    },

    /** The Excel workbook of the task list with the list's own filters and sort (no paging: the whole list). */
    exportTasks(
      filter: Record<string, unknown>,
      sort?: { field: string; order: string },
    ): Promise<DownloadedFile> {
      return api.download(
        '/tasks/export.xlsx',
        listQuery({
          filter,
          sort:
            sort && sort.field
              ? { field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' }
              : undefined,
        }),
      );
    },

    async dashboard(year?: number): Promise<Dashboard> {
      const query: Query = year ? { year } : {};
      return read(ZDashboard, (await api.request<unknown>('GET', '/dashboard', { query })).body);
    },

    async audit(query: AuditQuery): Promise<{ data: AuditEntry[]; total: number }> {
      return read(ZAuditPage, (await api.request<unknown>('GET', '/audit', { query })).body);
    },

    async ownSessions(): Promise<OwnSession[]> {
      return read(z.array(ZOwnSession), (await api.request<unknown>('GET', '/auth/sessions')).body);
    },

    async logoutEverywhere(): Promise<Revoked> {
      return read(
        ZRevoked,
        (await api.request<unknown>('POST', '/auth/logout-everywhere', { body: {} })).body,
      );
    },

    async revokeUserSessions(userId: string): Promise<Revoked> {
      return read(
        ZRevoked,
        (
          await api.request<unknown>('POST', `/users/${encodeURIComponent(userId)}/revoke-sessions`, {
            body: {},
          })
        ).body,
      );
    },

    async changePassword(body: PasswordChange): Promise<Revoked> {
      return read(ZRevoked, (await api.request<unknown>('POST', '/auth/password', { body })).body);
    },

    async changeReportStatus(reportId: string, body: ReportStatusChange): Promise<Report> {
      return read(
        ZReport,
        (await api.request<unknown>('POST', `/reports/${id(reportId)}/status`, { body })).body,
      );
    },

    async foldReport(reportId: string, body: ReportFold): Promise<Report> {
      return read(
        ZReport,
        (await api.request<unknown>('POST', `/reports/${id(reportId)}/fold`, { body })).body,
      );
    },

    async correctReport(reportId: string): Promise<Report> {
      return read(
        ZReport,
        (await api.request<unknown>('POST', `/reports/${id(reportId)}/correct`, { body: {} })).body,
      );
    },

    async reportHistory(reportId: string): Promise<ReportReview[]> {
      return read(ZReviewPage, (await api.request<unknown>('GET', `/reports/${id(reportId)}/history`)).body)
        .data;
    },

    async reportAttachments(reportId: string): Promise<Attachment[]> {
      return read(
        ZAttachmentPage,
        (await api.request<unknown>('GET', `/reports/${id(reportId)}/attachments`)).body,
      ).data;
    },

    async attachToReport(reportId: string, files: readonly File[]): Promise<Attachment[]> {
      const form = new FormData();
      for (const file of files) form.append('files', file, file.name);
      return read(
        ZAttachmentPage,
        (await api.request<unknown>('POST', `/reports/${id(reportId)}/attachments`, { form })).body,
      ).data;
    },

    downloadReportAttachment(attachmentId: string): Promise<DownloadedFile> {
      return api.download(`/report-attachments/${id(attachmentId)}`);
    },

    async reportPrefill(reportId: string): Promise<ReportPrefill> {
      return read(
        ZReportPrefill,
        (await api.request<unknown>('GET', `/reports/${id(reportId)}/prefill`)).body,
      );
    },

    async inbox(): Promise<Inbox> {
      return read(ZInbox, (await api.request<unknown>('GET', '/reports/inbox')).body);
    },

    /** The totals, rates and pending reports; a total's parts and the narrative are asked for apart. */
    async consolidation(query: ConsolidationQuery): Promise<ConsolidationSummary> {
      const { body } = await api.request<unknown>('GET', '/consolidation', {
        query: { ...consolidationQuery(query), parts: 'none' },
      });
      return read(ZConsolidationSummary, body);
    },

    /** A page of the parts behind one total (a drill-down). */
    async consolidationParts(
      query: ConsolidationQuery,
      parts: ConsolidationPartsQuery,
    ): Promise<ConsolidationParts> {
      const { body } = await api.request<unknown>('GET', '/consolidation/parts', {
        query: {
          ...consolidationQuery(query),
          indicator: parts.indicator,
          ...(parts.agencyId ? { agencyId: parts.agencyId } : {}),
          page: parts.page,
          perPage: parts.perPage,
        },
      });
      return read(ZConsolidationParts, body);
    },

    /** The narrative of the counted reports and the draft of the consolidated text gathered from it. */
    async consolidationNarrative(query: ConsolidationQuery): Promise<ConsolidationNarrative> {
      const { body } = await api.request<unknown>('GET', '/consolidation/narrative', {
        query: consolidationQuery(query),
      });
      return read(ZConsolidationNarrative, body);
    },

    /** The consolidated report as Word (with the edited text when given) or its figures as Excel. */
    exportConsolidation(
      query: ConsolidationQuery,
      kind: 'docx' | 'xlsx',
      text?: string,
    ): Promise<DownloadedFile> {
      if (kind === 'docx' && text !== undefined) {
        return api.download('/consolidation/export.docx', undefined, { ...query, text });
      }
      return api.download(`/consolidation/export.${kind}`, consolidationQuery(query));
    },

    async agencySuccession(agencyId: string, body: AgencySuccession): Promise<SuccessionResult> {
      return read(
        ZAgencySuccessionResult,
        (await api.request<unknown>('POST', `/agencies/${id(agencyId)}/succession`, { body })).body,
      );
    },
  };
}

export type WorkMethods = ReturnType<typeof createWorkMethods>;
