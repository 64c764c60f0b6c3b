import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import InsightsIcon from '@mui/icons-material/Insights';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useCanAccess } from 'react-admin';

/** The resources, plus the pages each role works from: its agency's tasks, the figures, the document import. */
export function AppMenu() {
  const myTasks = useCanAccess({ resource: 'my-tasks', action: 'list' });
  const stats = useCanAccess({ resource: 'dashboard', action: 'list' });
  const imports = useCanAccess({ resource: 'imports', action: 'create' });
  return (
    <Menu>
      <Menu.DashboardItem />
      {myTasks.canAccess && <Menu.Item to="/my-tasks" primaryText="app.my_tasks.menu" leftIcon={<AssignmentIndIcon />} />}
      {stats.canAccess && <Menu.Item to="/statistics" primaryText="app.stats.menu" leftIcon={<InsightsIcon />} />}
      {imports.canAccess && <Menu.Item to="/imports" primaryText="app.import.menu" leftIcon={<UploadFileIcon />} />}
      <Menu.ResourceItems />
    </Menu>
  );
}
