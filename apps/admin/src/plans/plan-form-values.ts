import type { FieldValues } from 'react-hook-form';

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Untouched inputs of a new row are undefined; the schema's optional parts are nullable, not absent. */
function withNulls(rows: unknown, keys: readonly string[]): unknown {
  if (!Array.isArray(rows)) return rows;
  return rows.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) return row;
    const copy: Record<string, unknown> = { ...row };
    for (const key of keys) if (copy[key] === undefined || copy[key] === '') copy[key] = null;
    return copy;
  });
}

/** Turns what the inputs hold into the schema's shape: a signer with no name typed is "no signer yet" (a draft). */
export function normalizePlanValues(values: FieldValues): FieldValues {
  const normalized: FieldValues = {
    ...values,
    references: withNulls(values.references, ['type', 'number', 'date', 'issuer']),
    reportingRules: withNulls(values.reportingRules, ['dueDay', 'due', 'to']),
  };
  const signer: unknown = values.signer;
  if (signer === undefined) normalized.signer = null;
  if (signer && typeof signer === 'object') {
    const { name, title, capacity } = signer as Record<string, unknown>;
    if ([name, title, capacity].every(isBlank)) normalized.signer = null;
    else
      normalized.signer = {
        name,
        title: isBlank(title) ? null : title,
        capacity: isBlank(capacity) ? null : capacity,
      };
  }
  return normalized;
}
