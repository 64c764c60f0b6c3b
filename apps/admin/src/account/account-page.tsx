import { ZPasswordChange } from '@bcdnq/domain/users';
import LogoutIcon from '@mui/icons-material/Logout';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  useDataProvider,
  useLogout,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ConfirmButton } from '../common/confirm-button';
import { formatDate } from '../common/format';
import { formErrorsOr, useNotifyError } from '../common/use-notify-error';
import { useSchemaResolver } from '../common/use-schema-resolver';
import type { PanelDataProvider } from '../providers/data-provider';

/** Where a session was opened, as a person reads it: the browser and system, not the raw user-agent string. */
export function describeAgent(userAgent: string | null): string {
  if (!userAgent) return '—';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 60);
}

function Sessions() {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const logout = useLogout();
  const work = useDataProvider<PanelDataProvider>();
  const sessions = useQuery({ queryKey: ['auth', 'sessions'], queryFn: () => work.ownSessions() });
  const everywhere = useMutation({
    mutationFn: () => work.logoutEverywhere(),
    onSuccess: ({ revoked }) => {
      notify('app.account.logged_out_everywhere', { type: 'info', messageArgs: { smart_count: revoked } });
      void logout();
    },
    onError: notifyError,
  });
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.account.sessions')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.account.sessions_hint')}
        </Typography>
        {sessions.isError ? <Alert severity="error">{translate('app.account.sessions_error')}</Alert> : null}
        <Table size="small" aria-label={translate('app.account.sessions')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.account.device')}</TableCell>
              <TableCell>{translate('app.account.ip')}</TableCell>
              <TableCell>{translate('app.account.opened')}</TableCell>
              <TableCell>{translate('app.account.last_seen')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(sessions.data ?? []).map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  {describeAgent(s.userAgent)}{' '}
                  {s.current ? (
                    <Chip size="small" color="primary" label={translate('app.account.this_session')} />
                  ) : null}
                </TableCell>
                <TableCell>{s.ip ?? '—'}</TableCell>
                <TableCell>{formatDate(s.createdAt, true)}</TableCell>
                <TableCell>{formatDate(s.lastSeenAt, true)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <ConfirmButton
          sx={{ mt: 2 }}
          label="app.account.logout_everywhere"
          icon={<LogoutIcon />}
          content="app.account.logout_everywhere_confirm"
          pending={everywhere.isPending}
          onConfirm={() => everywhere.mutate()}
        />
      </CardContent>
    </Card>
  );
}

function PasswordForm() {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const work = useDataProvider<PanelDataProvider>();
  const resolver = useSchemaResolver(ZPasswordChange);
  const [formKey, setFormKey] = useState(0);
  const change = useMutation({
    mutationFn: (body: FieldValues) => work.changePassword(ZPasswordChange.parse(body)),
  });
  const onSubmit = async (values: FieldValues) => {
    try {
      const { revoked } = await change.mutateAsync(values);
      notify('app.account.password_changed', { type: 'success', messageArgs: { smart_count: revoked } });
      setFormKey((k) => k + 1);
      return undefined;
    } catch (error) {
      return formErrorsOr(error, notifyError);
    }
  };
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.account.password')}
        </Typography>
        <Form
          key={formKey}
          resolver={resolver}
          onSubmit={onSubmit}
          record={{ currentPassword: '', newPassword: '' }}
        >
          <Stack sx={{ maxWidth: 420 }}>
            <PasswordInput
              source="currentPassword"
              label="app.account.current_password"
              autoComplete="current-password"
            />
            <PasswordInput
              source="newPassword"
              label="app.account.new_password"
              autoComplete="new-password"
              helperText="app.account.new_password_hint"
            />
            <SaveButton label="app.account.change_password" alwaysEnable={!change.isPending} />
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
}

/** "Tài khoản của tôi": my open sessions, "log out of all my sessions", and changing my own password. */
export function AccountPage() {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('app.account.title')} />
      <PasswordForm />
      <Sessions />
    </Stack>
  );
}
