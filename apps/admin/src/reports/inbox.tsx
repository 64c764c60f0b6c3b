import type { InboxItem } from '@bcdnq/domain/reports';
import Badge from '@mui/material/Badge';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import InboxIcon from '@mui/icons-material/Inbox';
import { useQuery } from '@tanstack/react-query';
import { Link, Title, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { PanelDataProvider } from '../providers/data-provider';

const TONE: Record<InboxItem['kind'], 'error' | 'warning' | 'info' | 'primary'> = {
  'report-late': 'error',
  'task-overdue': 'error',
  'report-returned': 'warning',
  'report-due': 'info',
  review: 'primary',
};

/** The inbox, refreshed every minute and after any change (react-admin invalidates its queries). */
export function useInbox() {
  const work = useDataProvider<PanelDataProvider>();
  const access = useCanAccess({ resource: 'inbox', action: 'list' });
  return useQuery({
    queryKey: ['inbox'],
    queryFn: () => work.inbox(),
    enabled: access.canAccess === true,
    refetchInterval: 60_000,
  });
}

/** "Việc cần làm" in the menu, with how many things wait. */
export function InboxMenuIcon() {
  const { data } = useInbox();
  const translate = useTranslate();
  const count = data?.total ?? 0;
  return (
    <Badge
      badgeContent={count}
      color="error"
      max={99}
      aria-label={`${translate('app.reports.inbox_menu')}: ${count}`}
    >
      <InboxIcon />
    </Badge>
  );
}

/** Reports to write with their due dates, reports returned with comments, overdue tasks; the review queue for the standing office. */
export function InboxPanel() {
  const translate = useTranslate();
  const { data, isPending } = useInbox();
  return (
    <Card component="section" aria-labelledby="inbox-title">
      <CardContent>
        <Typography id="inbox-title" variant="h6" component="h2" gutterBottom>
          {translate('app.reports.inbox.title')} {data ? `(${data.total})` : ''}
        </Typography>
        {isPending ? null : !data || data.total === 0 ? (
          <Typography variant="body2">{translate('app.reports.inbox.empty')}</Typography>
        ) : (
          <List dense>
            {data.data.map((item) => (
              <ListItemButton
                key={`${item.kind}-${item.id}`}
                component={Link}
                to={item.kind === 'task-overdue' ? `/tasks/${item.id}/show` : `/reports/${item.id}/show`}
              >
                <Chip
                  size="small"
                  color={TONE[item.kind]}
                  label={translate(`app.reports.inbox.kind.${item.kind}`)}
                  sx={{ mr: 1.5, minWidth: 150 }}
                />
                <ListItemText
                  primary={item.title}
                  secondary={[
                    item.dueOn ? translate('app.reports.inbox.due', { date: formatDate(item.dueOn) }) : null,
                    item.comment,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItemButton>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

export function InboxPage() {
  return (
    <>
      <Title title="app.reports.inbox.title" />
      <InboxPanel />
    </>
  );
}
