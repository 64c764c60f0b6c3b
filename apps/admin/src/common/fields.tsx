import Chip from '@mui/material/Chip';
import {
  FunctionField,
  type FunctionFieldProps,
  type RaRecord,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatDate } from './format';
import { type Label, pickLabel } from './labels';

type FieldProps = Omit<FunctionFieldProps, 'render'> & { source: string };

function valueAt(record: RaRecord | undefined, source: string): unknown {
  let value: unknown = record;
  for (const key of source.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** FunctionField ignores `emptyText`: these fields show it themselves, translated like react-admin's fields do. */
function useEmptyText(emptyText: string | undefined): string {
  const translate = useTranslate();
  return emptyText ? translate(emptyText, { _: emptyText }) : '';
}

/** A calendar date or a timestamp shown as dd/mm/yyyy (with the time when asked). */
export function DateText({ withTime = false, emptyText, ...props }: FieldProps & { withTime?: boolean }) {
  const empty = useEmptyText(emptyText);
  return (
    <FunctionField
      {...props}
      render={(record) => formatDate(valueAt(record, props.source), withTime) || empty}
    />
  );
}

export type Tone = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

/** A value of a domain enum, shown with the domain's label (and, for statuses, a coloured chip). */
export function LabelField<K extends string>({
  labels,
  tones,
  emptyText,
  ...props
}: FieldProps & { labels: Record<K, Label>; tones?: Partial<Record<K, Tone>> }) {
  const [locale] = useLocaleState();
  const empty = useEmptyText(emptyText);
  return (
    <FunctionField
      {...props}
      render={(record) => {
        const value = valueAt(record, props.source);
        if (typeof value !== 'string' || !(value in labels)) return empty;
        const key = value as K;
        const text = pickLabel(labels[key], locale);
        if (!tones) return text;
        return <Chip size="small" variant="outlined" color={tones[key] ?? 'default'} label={text} />;
      }}
    />
  );
}

/** Several values of a domain enum (topics) as chips. */
export function LabelArrayField<K extends string>({
  labels,
  emptyText,
  ...props
}: FieldProps & { labels: Record<K, Label> }) {
  const [locale] = useLocaleState();
  const empty = useEmptyText(emptyText);
  return (
    <FunctionField
      {...props}
      render={(record) => {
        const values = valueAt(record, props.source);
        if (!Array.isArray(values) || values.length === 0) return empty;
        return (
          <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
            {values
              .filter((v): v is K => typeof v === 'string' && v in labels)
              .map((v) => (
                <Chip key={v} size="small" label={pickLabel(labels[v], locale)} />
              ))}
          </span>
        );
      }}
    />
  );
}
