import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';
import { Emblem } from './emblem';

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'app.login.failed';
}

/** The sign-in page: the committee's name, the national motto, two fields and one button. */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    try {
      await login({ username, password });
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
      setSubmitting(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        bgcolor: 'background.default',
      }}
    >
      <Box
        component="header"
        sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', borderBottom: '4px solid #9b1c1c' }}
      >
        <Box sx={{ maxWidth: 960, mx: 'auto', px: 3, py: 2, display: 'flex', alignItems: 'center', gap: 2 }}>
          <Emblem size={52} />
          <Box sx={{ flex: 1 }}>
            <Typography
              component="p"
              variant="overline"
              sx={{ lineHeight: 1.4, letterSpacing: 1, opacity: 0.9 }}
            >
              {translate('app.login.motto')}
            </Typography>
            <Typography component="p" variant="h6" sx={{ lineHeight: 1.2, textTransform: 'uppercase' }}>
              {translate('app.title')}
            </Typography>
            <Typography component="p" variant="body2" sx={{ opacity: 0.85 }}>
              {translate('app.subtitle')}
            </Typography>
          </Box>
          <Box sx={{ color: 'inherit', '& button': { color: 'inherit' } }}>
            <LocalesMenuButton />
          </Box>
        </Box>
      </Box>

      <Box
        sx={{
          flex: 1,
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'center',
          px: 2,
          pt: { xs: 4, md: 8 },
        }}
      >
        <Paper
          component="section"
          aria-labelledby="login-heading"
          sx={{ width: '100%', maxWidth: 400, p: 4 }}
        >
          <Typography id="login-heading" component="h1" variant="h5" sx={{ mb: 1 }}>
            {translate('app.login.heading')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {translate('app.login.hint')}
          </Typography>
          <form onSubmit={onSubmit} noValidate>
            <TextField
              id="username"
              name="username"
              label={translate('ra.auth.username')}
              autoComplete="username"
              autoFocus
              fullWidth
              required
              margin="normal"
              value={username}
              disabled={submitting}
              onChange={(event) => setUsername(event.target.value)}
            />
            <TextField
              id="password"
              name="password"
              type="password"
              label={translate('ra.auth.password')}
              autoComplete="current-password"
              fullWidth
              required
              margin="normal"
              value={password}
              disabled={submitting}
              onChange={(event) => setPassword(event.target.value)}
            />
            <Button
              type="submit"
              variant="contained"
              color="primary"
              size="large"
              fullWidth
              disabled={submitting || !username.trim() || !password}
              sx={{ mt: 3 }}
              startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
            >
              {translate('ra.auth.sign_in')}
            </Button>
          </form>
        </Paper>
      </Box>

      <Box component="footer" sx={{ py: 2, textAlign: 'center', color: 'text.secondary', fontSize: 13 }}>
        {translate('app.title')} · {translate('app.login.motto_sub')}
      </Box>
    </Box>
  );
}
