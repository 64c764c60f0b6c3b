import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import type { z } from 'zod';

type Normalize = (values: FieldValues) => FieldValues;

/**
 * Validates a form with one of the domain's zod schemas. The domain words its own rules in Vietnamese; a value that
 * is simply missing gets react-admin's "required" message in the UI language instead of zod's type error.
 * `normalize` turns what the inputs hold into what the schema expects (an all-empty signer is no signer).
 */
export function useSchemaResolver(
  schema: z.ZodType<unknown, FieldValues>,
  normalize?: Normalize,
): Resolver<FieldValues> {
  const translate = useTranslate();
  return useMemo(() => {
    const resolver = zodResolver(schema, {
      error: (issue) => {
        if (
          issue.code === 'invalid_type' &&
          (issue.input === undefined || issue.input === null || issue.input === '')
        ) {
          return translate('ra.validation.required');
        }
        // zod's own wording ("ngày ISO không hợp lệ") speaks of formats, not of what an officer typed.
        if (issue.code === 'invalid_format' && issue.format === 'date')
          return translate('app.validation.date');
        return undefined;
      },
    }) as unknown as Resolver<FieldValues>;
    return (values, context, options) => resolver(normalize ? normalize(values) : values, context, options);
  }, [schema, normalize, translate]);
}

/** Drops keys whose value is null, undefined or '' (optional-but-not-nullable fields such as a new password). */
export function dropEmpty(values: FieldValues, keys: readonly string[]): FieldValues {
  const copy: FieldValues = { ...values };
  for (const key of keys) {
    if (copy[key] === null || copy[key] === undefined || copy[key] === '') delete copy[key];
  }
  return copy;
}
