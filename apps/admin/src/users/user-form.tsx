import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { AuditTrail } from '../common/audit-trail';
import { roleNeedsAgency, ROLE_LABELS, ZRole, ZUserCreate, ZUserUpdate } from '@bcdnq/domain/users';
import type { FieldValues } from 'react-hook-form';
import LogoutIcon from '@mui/icons-material/Logout';
import { useMutation } from '@tanstack/react-query';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ConfirmButton } from '../common/confirm-button';
import { todayIso } from '../common/format';
import { useLabelChoices } from '../common/labels';
import { useNotifyError } from '../common/use-notify-error';
import { dropEmpty, useSchemaResolver } from '../common/use-schema-resolver';
import type { PanelDataProvider } from '../providers/data-provider';

/** The agency picker; an agency officer must have one, other roles may. */
function AgencyPicker() {
  const translate = useTranslate();
  return (
    <FormDataConsumer>
      {({ formData }) => {
        const role = ZRole.safeParse(formData.role);
        const required = role.success && roleNeedsAgency(role.data);
        return (
          <ReferenceInput
            source="agencyId"
            reference="agencies"
            sort={{ field: 'name', order: 'ASC' }}
            filter={{ activeOn: todayIso() }}
          >
            <AutocompleteInput
              optionText="name"
              filterToQuery={(q: string) => ({ q })}
              isRequired={required}
              helperText={translate('app.user.agency_hint')}
              sx={{ minWidth: 420 }}
            />
          </ReferenceInput>
        );
      }}
    </FormDataConsumer>
  );
}

// The optional new password is not nullable in the schema: an empty field means "unchanged".
const normalizeUpdate = (values: FieldValues) => dropEmpty(values, ['password']);

export function UserCreate() {
  const translate = useTranslate();
  const roles = useLabelChoices(ROLE_LABELS);
  const resolver = useSchemaResolver(ZUserCreate);
  return (
    <Create redirect="list">
      <SimpleForm
        warnWhenUnsavedChanges
        resolver={resolver}
        defaultValues={{ role: 'agency_officer', active: true }}
      >
        <TextInput source="username" autoComplete="off" />
        <TextInput source="fullName" sx={{ minWidth: 420 }} />
        <TextInput source="email" type="email" />
        <SelectInput source="role" choices={roles} />
        <AgencyPicker />
        <PasswordInput
          source="password"
          autoComplete="new-password"
          helperText={translate('app.user.password_hint')}
        />
        <BooleanInput source="active" />
      </SimpleForm>
    </Create>
  );
}

/** Ends every session of the account being edited, after a confirmation naming the person. */
function RevokeSessionsButton() {
  const user = useRecordContext<{ id: string; fullName: string }>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const work = useDataProvider<PanelDataProvider>();
  const revoke = useMutation({
    mutationFn: (id: string) => work.revokeUserSessions(id),
    onSuccess: ({ revoked }) =>
      notify('app.user.sessions_revoked', { type: 'info', messageArgs: { smart_count: revoked } }),
    onError: notifyError,
  });
  if (!user) return null;
  return (
    <ConfirmButton
      label="app.user.revoke_sessions"
      icon={<LogoutIcon />}
      content="app.user.revoke_sessions_confirm"
      translateOptions={{ name: user.fullName }}
      pending={revoke.isPending}
      onConfirm={() => revoke.mutate(user.id)}
    />
  );
}

// Accounts are deactivated, never deleted: the audit trail keeps naming who did what.
function SaveOnlyToolbar() {
  return (
    <Toolbar sx={{ gap: 2 }}>
      <SaveButton />
      <RevokeSessionsButton />
    </Toolbar>
  );
}

export function UserEdit() {
  const translate = useTranslate();
  const roles = useLabelChoices(ROLE_LABELS);
  const resolver = useSchemaResolver(ZUserUpdate, normalizeUpdate);
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm warnWhenUnsavedChanges resolver={resolver} toolbar={<SaveOnlyToolbar />}>
        <TextInput source="username" readOnly helperText={false} />
        <TextInput source="fullName" sx={{ minWidth: 420 }} />
        <TextInput source="email" type="email" />
        <SelectInput source="role" choices={roles} />
        <AgencyPicker />
        <BooleanInput source="active" />
        <PasswordInput
          source="password"
          label="resources.users.fields.newPassword"
          autoComplete="new-password"
          helperText={translate('app.user.new_password_hint')}
        />
      </SimpleForm>
      <UserHistory />
    </Edit>
  );
}

/** The account's history under its form: who changed its role, agency or status, and when. */
function UserHistory() {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography component="h2" variant="h6" gutterBottom>
        {translate('app.audit.title')}
      </Typography>
      <AuditTrail entity="user" />
    </Box>
  );
}
