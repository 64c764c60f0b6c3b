import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useGetList, useTranslate } from 'react-admin';
import { formatDate } from './format';

export type AgencyOption = { id: string; name: string; validTo: string | null };

/** The whole catalogue once (it is small): pickers in a table of tasks must not ask the API per row. */
export function useAgencyCatalogue(): {
  agencies: AgencyOption[];
  byId: Map<string, AgencyOption>;
  isPending: boolean;
} {
  const { data, isPending } = useGetList('agencies', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  return useMemo(() => {
    const agencies: AgencyOption[] = (data ?? []).map((a) => ({
      id: String(a.id),
      name: typeof a.name === 'string' ? a.name : String(a.id),
      validTo: typeof a.validTo === 'string' ? a.validTo : null,
    }));
    return { agencies, byId: new Map(agencies.map((a) => [a.id, a])), isPending };
  }, [data, isPending]);
}

function useOptionLabel() {
  const translate = useTranslate();
  return (agency: AgencyOption) =>
    agency.validTo
      ? `${agency.name} (${translate('app.agency.valid_to', { date: formatDate(agency.validTo) })})`
      : agency.name;
}

type SinglePickerProps = {
  /** Form path of the agency id (`tasks.0.leads.0.agencyId`). */
  name: string;
  label: string;
  catalogue: AgencyOption[];
  /** The name the importer read, shown in red while no catalogue agency is chosen. */
  nameAsRead?: string | null;
  disabled?: boolean;
};

/** One agency from the catalogue, bound to a form field holding its id. */
export function AgencyPicker({ name, label, catalogue, nameAsRead, disabled }: SinglePickerProps) {
  const translate = useTranslate();
  const optionLabel = useOptionLabel();
  const { field, fieldState } = useController({ name });
  const value = catalogue.find((a) => a.id === field.value) ?? null;
  const unknown = !value && !!nameAsRead;
  const error = fieldState.error?.message;
  return (
    <Autocomplete
      size="small"
      options={catalogue}
      value={value}
      disabled={disabled}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, next) => field.onChange(next ? next.id : null)}
      onBlur={field.onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={unknown || !!error}
          helperText={
            unknown
              ? translate('app.import.unknown_agency', { name: nameAsRead ?? '' })
              : error
                ? translate(error, { _: error })
                : undefined
          }
        />
      )}
      sx={{ minWidth: 220 }}
    />
  );
}

export type PickedAgency = { agencyId: string | null; nameAsRead: string | null };

/** Several agencies; names the catalogue does not know stay as red chips until replaced or removed. */
export function AgencyMultiPicker({
  name,
  label,
  catalogue,
  errorName,
}: {
  name: string;
  label: string;
  catalogue: AgencyOption[];
  /** Where the schema reports problems with this list, when that differs from `name`. */
  errorName?: string;
}) {
  const translate = useTranslate();
  const optionLabel = useOptionLabel();
  const { field } = useController({ name });
  const { fieldState } = useController({ name: errorName ?? name });
  const picked: PickedAgency[] = Array.isArray(field.value) ? (field.value as PickedAgency[]) : [];
  const labelOf = (p: PickedAgency) => {
    const agency = p.agencyId ? catalogue.find((a) => a.id === p.agencyId) : undefined;
    return agency ? optionLabel(agency) : (p.nameAsRead ?? '?');
  };
  const options: PickedAgency[] = catalogue.map((a) => ({ agencyId: a.id, nameAsRead: null }));
  const error = fieldState.error?.message;
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={picked}
      getOptionLabel={labelOf}
      isOptionEqualToValue={(a, b) =>
        a.agencyId !== null ? a.agencyId === b.agencyId : a.nameAsRead === b.nameAsRead
      }
      onChange={(_event, next) => field.onChange(next)}
      onBlur={field.onBlur}
      renderValue={(values, getItemProps) =>
        values.map((p, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          const unknown = p.agencyId === null;
          return (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              color={unknown ? 'error' : 'default'}
              variant={unknown ? 'outlined' : 'filled'}
              label={unknown ? `${labelOf(p)} — ${translate('app.import.not_in_catalogue')}` : labelOf(p)}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ? translate(error, { _: error }) : undefined}
        />
      )}
      sx={{ minWidth: 220 }}
    />
  );
}
