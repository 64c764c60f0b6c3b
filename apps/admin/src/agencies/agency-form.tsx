import { AGENCY_KIND_LABELS, ZAgencyCreate, ZAgencyUpdate } from '@bcdnq/domain/agencies';
import {
  ArrayInput,
  Create,
  Edit,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
} from 'react-admin';
import { useLabelChoices } from '../common/labels';
import { useSchemaResolver } from '../common/use-schema-resolver';
import { VnDateInput } from '../common/date-input';

function AgencyFields({ creating }: { creating: boolean }) {
  const kinds = useLabelChoices(AGENCY_KIND_LABELS);
  return (
    <>
      <TextInput source="code" readOnly={!creating} helperText={false} />
      <TextInput source="name" fullWidth />
      <TextInput source="shortName" />
      <SelectInput source="kind" choices={kinds} />
      <ArrayInput source="aliases">
        <SimpleFormIterator inline disableReordering>
          <TextInput
            source=""
            label="resources.agencies.fields.alias"
            helperText={false}
            sx={{ minWidth: 420 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <VnDateInput source="validFrom" />
      <VnDateInput source="validTo" />
    </>
  );
}

// Agencies are never deleted: they expire (validTo) and name their successors, so old plans keep their names.
function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function AgencyCreate() {
  const resolver = useSchemaResolver(ZAgencyCreate);
  return (
    <Create redirect="show">
      <SimpleForm
        warnWhenUnsavedChanges
        resolver={resolver}
        defaultValues={{ kind: 'department', aliases: [] }}
      >
        <AgencyFields creating />
      </SimpleForm>
    </Create>
  );
}

export function AgencyEdit() {
  const resolver = useSchemaResolver(ZAgencyUpdate);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm warnWhenUnsavedChanges resolver={resolver} toolbar={<SaveOnlyToolbar />}>
        <AgencyFields creating={false} />
      </SimpleForm>
    </Edit>
  );
}
