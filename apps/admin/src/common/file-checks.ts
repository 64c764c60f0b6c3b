/** What the browser knows about a chosen file before it is sent (a File satisfies it). */
export type FileFacts = { name: string; size: number };

/** A refusal as an i18n key and its parameters, translated where it is shown. */
export type FileProblem = { key: string; params: Record<string, string | number> };

const MB = 1024 * 1024;

/** docs/api.md: a document to import is .txt, .md, .docx or .pdf, at most 20 MB. */
export const IMPORT_FILE_RULES = {
  extensions: ['.txt', '.md', '.docx', '.doc', '.odt', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'],
  maxBytes: 20 * MB,
  maxFiles: 1,
} as const;

/** docs/api.md: a progress note carries up to 5 files of 10 MB each: PDF, Word, Excel, images, text. */
export const NOTE_FILE_RULES = {
  extensions: [
    '.pdf',
    '.doc',
    '.docx',
    '.xls',
    '.xlsx',
    '.png',
    '.jpg',
    '.jpeg',
    '.gif',
    '.webp',
    '.txt',
    '.csv',
  ],
  maxBytes: 10 * MB,
  maxFiles: 5,
} as const;

export type FileRules = { extensions: readonly string[]; maxBytes: number; maxFiles: number };

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** `1536` → `1,5 KB` (Vietnamese decimal comma) or `1.5 KB`. */
export function formatBytes(bytes: number, locale = 'vi'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = new Intl.NumberFormat(locale.startsWith('en') ? 'en-US' : 'vi-VN', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${text} ${units[unit]}`;
}

/** Why one file cannot be sent, or null. The API checks the content again; this spares a useless upload. */
export function checkFile(file: FileFacts, rules: FileRules, locale = 'vi'): FileProblem | null {
  if (file.size === 0) return { key: 'app.upload.empty', params: { name: file.name } };
  if (!rules.extensions.includes(extensionOf(file.name))) {
    return { key: 'app.upload.bad_type', params: { name: file.name, types: rules.extensions.join(', ') } };
  }
  if (file.size > rules.maxBytes) {
    return {
      key: 'app.upload.too_big',
      params: {
        name: file.name,
        size: formatBytes(file.size, locale),
        max: formatBytes(rules.maxBytes, locale),
      },
    };
  }
  return null;
}

/** Every problem with a set of files: too many, and each file's own. */
export function checkFiles(files: readonly FileFacts[], rules: FileRules, locale = 'vi'): FileProblem[] {
  const problems: FileProblem[] = [];
  if (files.length > rules.maxFiles)
    problems.push({ key: 'app.upload.too_many', params: { max: rules.maxFiles } });
  for (const file of files) {
    const problem = checkFile(file, rules, locale);
    if (problem) problems.push(problem);
  }
  return problems;
}
