import { TextInput, type TextInputProps, useTranslate } from 'react-admin';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `2024-02-02` → `02/02/2024`; anything else (a date being typed) is shown as it is. */
export function isoToTyped(value: unknown): string {
  if (typeof value !== 'string') return '';
  const iso = ISO.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

/**
 * `02/02/2024` → `2024-02-02`. An incomplete or impossible date is kept as typed, so that the schema's
 * date check names the field instead of the value silently disappearing.
 */
export function typedToIso(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const typed = TYPED.exec(trimmed);
  if (!typed) return trimmed;
  const [, d = '', m = '', y = ''] = typed;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : trimmed;
}

/**
 * A moment in Việt Nam time typed as a dd/mm/yyyy date and a 24-hour `HH:mm` (or `HHhmm`) time → ISO with the
 * +07:00 offset; undefined while either part is incomplete or impossible.
 */
export function typedMomentToIso(date: string, time: string): string | undefined {
  const day = typedToIso(date);
  const clock = /^(\d{1,2})\s*[:hg.]\s*(\d{2})$/i.exec(time.trim());
  if (!day || !ISO.test(day) || !clock) return undefined;
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${day}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00+07:00`;
}

/**
 * A calendar date typed as dd/mm/yyyy whatever the browser's language: the native date picker follows the
 * browser's locale (mm/dd/yyyy in an English Chrome), which misleads officers used to Vietnamese documents.
 */
export function VnDateInput(props: Omit<TextInputProps, 'format' | 'parse'>) {
  const translate = useTranslate();
  return (
    <TextInput
      placeholder={translate('app.date_placeholder')}
      {...props}
      format={isoToTyped}
      parse={typedToIso}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
    />
  );
}
