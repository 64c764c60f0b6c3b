import type { FieldValues } from 'react-hook-form';

const NULLABLE = [
  'lead',
  'coverImageUrl',
  'coverCaption',
  'coverAlt',
  'byline',
  'sourceAgencyId',
  'campaignId',
  'taskId',
  'translationId',
];

/** What the form holds → what the schema expects: empty optional fields are null, tags a list. */
export function normalizeArticleValues(values: FieldValues): FieldValues {
  const out: FieldValues = { ...values };
  for (const key of NULLABLE) if (out[key] === '' || out[key] === undefined) out[key] = null;
  if (typeof out.tags === 'string') out.tags = splitTags(out.tags);
  return out;
}

/** "nhân quyền, trẻ em" → ['nhân quyền', 'trẻ em'], without blanks or repeats. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export function joinTags(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
}
