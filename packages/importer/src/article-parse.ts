import { ARTICLE_CATEGORY_LABELS } from '@bcdnq/domain/articles';
import { readFigures } from './figure-parse.js';
import type { ImportedArticle, ImportedFigure } from '@bcdnq/domain/import';
import { clip, cleanLine, squash } from './text-normalize.js';
import { isoDate } from './vn-date.js';

const DATE_TIME = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[,|–-]?\s*(?:lúc\s*)?(\d{1,2})\s*[:hg]\s*(\d{2}))?/iu;
const TIME_DATE =
  /(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*(?:\(GMT\+7\))?\s*[,|–-]?\s*(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?)(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;

/** The publication time in the first lines: "30/06/2020 17:00", "17:00 30/6/2020", "17h00 ngày 30/6/2020". */
export function findPublishedAt(
  lines: readonly string[],
): { at: string; line: number; hasTime: boolean } | null {
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const line = lines[i] ?? '';
    const td = TIME_DATE.exec(line);
    if (td) {
      const date = isoDate(Number(td[3]), Number(td[4]), Number(td[5]));
      const hh = Number(td[1]);
      const mm = Number(td[2]);
      if (date && hh < 24 && mm < 60)
        return { at: `${date}T${pad(hh)}:${pad(mm)}:00+07:00`, line: i, hasTime: true };
    }
    const dt = DATE_TIME.exec(line);
    if (dt && line.length <= 120) {
      const date = isoDate(Number(dt[1]), Number(dt[2]), Number(dt[3]));
      if (!date) continue;
      const hh = dt[4] === undefined ? null : Number(dt[4]);
      const mm = dt[5] === undefined ? null : Number(dt[5]);
      if (hh !== null && mm !== null && hh < 24 && mm < 60)
        return { at: `${date}T${pad(hh)}:${pad(mm)}:00+07:00`, line: i, hasTime: true };
      return { at: `${date}T00:00:00+07:00`, line: i, hasTime: false };
    }
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const CATEGORY_LABELS = Object.values(ARTICLE_CATEGORY_LABELS).map((l) => l.vi);
const BYLINE =
  /^(?:tác giả|người viết|bài và ảnh|bài, ảnh|bài và ảnh|bài|phóng viên|pv|nhóm pv)\s*:\s*(.+)$/iu;
const CATEGORY = /^(?:chuyên mục|danh mục|mục)\s*:\s*(.+)$/iu;
const BREADCRUMB = /\s[>»›]\s/u;
const LEAD_SOURCE = /^\(\s*[\p{Lu}\d.&-]{2,20}\s*\)\s*[-–—:]/u;

/** The signals that make a text look like a news item rather than an administrative document. */
export function articleScore(lines: readonly string[]): number {
  let score = 0;
  if (findPublishedAt(lines)) score += 2;
  if (lines.slice(0, 20).some((l) => LEAD_SOURCE.test(l))) score += 2;
  if (lines.some((l) => BYLINE.test(l))) score += 1;
  if (lines.slice(0, 10).some((l) => CATEGORY.test(l) || BREADCRUMB.test(l) || CATEGORY_LABELS.includes(l)))
    score += 1;
  return score;
}

/** Numbers the text reports with an indicator's unit: "hơn 159 lượt tin, bài" → articles-published 159. */
export function findFigures(text: string): ImportedFigure[] {
  return readFigures(text).figures;
}

/** Parses a news article: title, time, byline, category, lead, body and the figures it reports. */
export function parseArticle(rawLines: readonly string[], warnings: string[]): ImportedArticle | null {
  const lines = rawLines.map(cleanLine).filter((l) => l.length > 0);
  const published = findPublishedAt(lines);
  let category: string | null = null;
  let byline: string | null = null;
  let title: string | null = null;
  const used = new Set<number>();
  if (published) used.add(published.line);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const c = CATEGORY.exec(line);
    const b = BYLINE.exec(line);
    if (c?.[1] && !category) {
      category = squash(c[1]);
      used.add(i);
    } else if (i < 10 && !category && BREADCRUMB.test(line)) {
      category = squash(line.split(/\s[>»›]\s/u).pop() ?? '') || null;
      used.add(i);
    } else if (i < 10 && !category && CATEGORY_LABELS.includes(line)) {
      category = line;
      used.add(i);
    } else if (b?.[1] && !byline) {
      byline = squash(b[1]);
      used.add(i);
    }
  }
  // Portals print the title just above the time; lines above it are the site's name and menus.
  const candidates: number[] = [];
  if (published)
    for (let i = published.line - 1; i >= Math.max(0, published.line - 3); i--) candidates.push(i);
  for (let i = 0; i < lines.length; i++) candidates.push(i);
  for (const i of candidates) {
    if (used.has(i)) continue;
    const line = lines[i] ?? '';
    if (line.length >= 15 && line.length <= 300 && !LEAD_SOURCE.test(line) && !BREADCRUMB.test(line)) {
      title = line;
      used.add(i);
      break;
    }
  }
  // What came before the title (site name, menus) is not part of the article.
  const titleAt = title === null ? -1 : lines.indexOf(title);
  for (let i = 0; i < titleAt; i++) used.add(i);
  if (!title) return null;
  const rest = lines.filter((_, i) => !used.has(i));
  // A short last line that reads like a name or a newsroom code ("Minh Anh", "PV", "Thu Hà (CATBG)") signs it.
  const last = rest[rest.length - 1];
  if (!byline && last && last.length <= 50 && !/[.;:]$/.test(last) && last.split(' ').length <= 6) {
    byline = last;
    rest.pop();
  }
  const leadIndex = rest.findIndex((l) => LEAD_SOURCE.test(l));
  const lead = rest[leadIndex >= 0 ? leadIndex : 0] ?? null;
  const body = rest.filter((_, i) => i !== (leadIndex >= 0 ? leadIndex : 0)).join('\n\n');
  if (!published) warnings.push('Không tìm thấy thời gian đăng bài (no publication time found)');
  else if (!published.hasTime)
    warnings.push('Bài không ghi giờ đăng — lấy 00:00 (no time of day: midnight assumed)');
  if (!byline) warnings.push('Không tìm thấy tác giả (no byline found)');
  return {
    title: clip(title, 1000),
    publishedAt: published?.at ?? null,
    byline: byline ? clip(byline, 200) : null,
    category: category ? clip(category, 200) : null,
    lead: lead ? clip(lead, 5000) : null,
    body: clip(body, 2_000_000),
    figures: findFigures([lead ?? '', body].join('\n')),
  };
}
