import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SummarizeIcon from '@mui/icons-material/Summarize';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useCanAccess } from 'react-admin';
import { InboxMenuIcon } from '../reports/inbox';
import { NewsroomMenuItems } from '../articles/newsroom-menu';

/** The resources, plus the pages some roles work from: an officer's agency tasks, the document import. */
export function AppMenu() {
  const myTasks = useCanAccess({ resource: 'my-tasks', action: 'list' });
  const imports = useCanAccess({ resource: 'imports', action: 'create' });
  const inbox = useCanAccess({ resource: 'inbox', action: 'list' });
  const review = useCanAccess({ resource: 'reports', action: 'review' });
  const consolidation = useCanAccess({ resource: 'consolidation', action: 'list' });
  return (
    <Menu>
      <Menu.DashboardItem />
      {inbox.canAccess && (
        <Menu.Item to="/inbox" primaryText="app.reports.inbox_menu" leftIcon={<InboxMenuIcon />} />
      )}
      {review.canAccess && (
        <Menu.Item to="/review" primaryText="app.reports.review_menu" leftIcon={<FactCheckIcon />} />
      )}
      {consolidation.canAccess && (
        <Menu.Item
          to="/consolidation"
          primaryText="app.reports.consolidation_menu"
          leftIcon={<SummarizeIcon />}
        />
      )}
      {myTasks.canAccess && (
        <Menu.Item to="/my-tasks" primaryText="app.my_tasks.menu" leftIcon={<AssignmentIndIcon />} />
      )}
      {imports.canAccess && (
        <Menu.Item to="/imports" primaryText="app.import.menu" leftIcon={<UploadFileIcon />} />
      )}
      <NewsroomMenuItems />
      <Menu.ResourceItems />
    </Menu>
  );
}
