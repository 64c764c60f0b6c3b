import InboxIcon from '@mui/icons-material/Inbox';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';

/** An empty list: says so, and invites to create only those who may (react-admin's default invites everyone). */
export function ListEmpty() {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  const name = translate(`resources.${resource}.forcedCaseName`, { smart_count: 0, _: resource });
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 2, color: 'text.secondary', width: '100%' }}>
      <InboxIcon sx={{ fontSize: 72, opacity: 0.5 }} aria-hidden />
      <Typography component="p" variant="h6" sx={{ mt: 1 }}>
        {translate('app.empty.title', { name })}
      </Typography>
      {canAccess && (
        <>
          <Typography component="p" sx={{ mt: 1, mb: 2 }}>
            {translate('app.empty.create_hint')}
          </Typography>
          <CreateButton variant="contained" />
        </>
      )}
    </Box>
  );
}
