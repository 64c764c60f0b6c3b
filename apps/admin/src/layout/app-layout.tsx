import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { AppBar, Layout, TitlePortal, useTranslate } from 'react-admin';
import { AppMenu } from './app-menu';
import { Emblem } from './emblem';

function AppTopBar() {
  const translate = useTranslate();
  return (
    <AppBar color="primary">
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, alignItems: 'center', gap: 1, mr: 2 }}>
        <Emblem size={28} />
        <Typography component="span" variant="subtitle1" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {translate('app.title')}
        </Typography>
      </Box>
      <TitlePortal
        variant="subtitle1"
        sx={{ opacity: 0.85, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      />
    </AppBar>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={AppTopBar} menu={AppMenu}>
      {children}
    </Layout>
  );
}
