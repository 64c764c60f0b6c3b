import { AgencyMatcher, type AgencyNames } from './agency-matcher.js';
import { articleScore, parseArticle } from './article-parse.js';
import { ZImportResult, type ImportResult } from '@bcdnq/domain/import';
import { parsePlan, planSignals } from './plan-parse.js';
import { looksLikeReport, parseReport } from './report-parse.js';
import { foldSameLength, normaliseText } from './text-normalize.js';

export type ImportOptions = {
  /** Agencies to resolve names against (the API passes its table); the shipped catalogue by default. */
  agencies?: readonly AgencyNames[];
};

let defaultMatcher: AgencyMatcher | null = null;

function unknown(warnings: string[]): ImportResult {
  return { kind: 'unknown', warnings, plan: null, article: null, report: null };
}

/** True when the text has at least `n` letters (stops counting there: the text may be megabytes). */
function hasLetters(text: string, n: number): boolean {
  const re = /\p{L}/gu;
  let count = 0;
  while (re.exec(text) !== null) if (++count >= n) return true;
  return false;
}

function importUnchecked(text: string, options: ImportOptions): ImportResult {
  const matcher = options.agencies
    ? new AgencyMatcher(options.agencies)
    : (defaultMatcher ??= new AgencyMatcher());
  const normalised = normaliseText(text);
  const lines = normalised.split('\n');
  if (!hasLetters(normalised, 20))
    return unknown(['Văn bản trống hoặc quá ngắn để nhận dạng (the text is empty or too short)']);
  const replacement = (normalised.match(/\ufffd/g) ?? []).length;
  if (replacement > normalised.length / 50) {
    return unknown(['Văn bản có nhiều ký tự lỗi mã hóa — kiểm tra tệp gốc (many undecodable characters)']);
  }

  const signals = planSignals(lines, matcher);
  const warnings: string[] = [];
  const declaredPlan =
    signals.titleType === 'Kế hoạch' ||
    signals.typeCode?.toUpperCase() === 'KH' ||
    (signals.metadata.type !== undefined && foldSameLength(signals.metadata.type).includes('ke hoach'));
  const planShaped = signals.sections >= 2 && signals.hasAssignment;
  if (declaredPlan || (planShaped && (signals.titleType === null || signals.titleType === 'Chương trình'))) {
    if (!declaredPlan)
      warnings.push(
        `Văn bản không ghi là Kế hoạch${signals.titleType ? ` (${signals.titleType})` : ''} nhưng có cấu trúc kế hoạch (read as a plan)`,
      );
    const plan = parsePlan(lines, matcher, warnings);
    return { kind: 'plan', warnings, plan, article: null, report: null };
  }
  if (
    signals.titleType === 'Báo cáo' ||
    signals.typeCode?.toUpperCase() === 'BC' ||
    (signals.titleType === null && looksLikeReport(lines))
  ) {
    const report = parseReport(lines, matcher, warnings);
    return { kind: 'report', warnings, plan: null, article: null, report };
  }
  if (signals.titleType !== null && signals.titleType !== 'Kế hoạch') {
    return unknown([
      `Văn bản loại "${signals.titleType}" — trình nhập chỉ đọc kế hoạch, báo cáo và tin bài (only plans, reports and articles are imported)`,
    ]);
  }
  if (articleScore(lines.map((l) => l.trim()).filter(Boolean)) >= 3) {
    const article = parseArticle(lines, warnings);
    if (article) return { kind: 'article', warnings, plan: null, article, report: null };
  }
  return unknown([
    'Không nhận ra kế hoạch, báo cáo hay tin bài trong văn bản (neither a plan, a report nor an article)',
  ]);
}

/**
 * Reads the text of a plan or a news article into the import contract (docs/import-contract.md). Never throws:
 * what it cannot read becomes `kind: "unknown"` with warnings, and the result always satisfies ZImportResult.
 */
export function importDocument(text: string, options: ImportOptions = {}): ImportResult {
  let result: ImportResult;
  try {
    result = importUnchecked(typeof text === 'string' ? text : '', options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return unknown([`Lỗi khi đọc văn bản: ${reason.slice(0, 200)} (the importer failed on this text)`]);
  }
  const checked = ZImportResult.safeParse(result);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return unknown([
      ...result.warnings,
      `Kết quả đọc không hợp lệ tại ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''} (the reading broke the contract)`,
    ]);
  }
  return result;
}
