import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import {
  AppBar,
  Layout,
  Logout,
  MenuItemLink,
  TitlePortal,
  UserMenu,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { AppMenu } from './app-menu';
import { Emblem } from './emblem';

// The menu closes as the page opens: left open, it would hide the page from assistive technology.
function AccountMenuItem() {
  const menu = useUserMenu();
  return (
    <MenuItemLink
      to="/account"
      primaryText="app.account.menu"
      leftIcon={<ManageAccountsIcon />}
      onClick={() => menu?.onClose()}
    />
  );
}

function AppUserMenu() {
  return (
    <UserMenu>
      <AccountMenuItem />
      <Logout />
    </UserMenu>
  );
}

function AppTopBar() {
  const translate = useTranslate();
  return (
    <AppBar color="primary" userMenu={<AppUserMenu />}>
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, alignItems: 'center', gap: 1, mr: 2 }}>
        <Emblem size={28} />
        <Typography component="span" variant="subtitle1" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {translate('app.title')}
        </Typography>
      </Box>
      <TitlePortal
        variant="subtitle1"
        sx={{
          opacity: 0.85,
          minWidth: 0,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
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
