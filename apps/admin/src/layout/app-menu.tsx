import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useCanAccess } from 'react-admin';
import { NewsroomMenuItems } from '../articles/newsroom-menu';

/** The resources, plus the pages some roles work from: an officer's agency tasks, the document import. */
export function AppMenu() {
  const myTasks = useCanAccess({ resource: 'my-tasks', action: 'list' });
  const imports = useCanAccess({ resource: 'imports', action: 'create' });
  return (
    <Menu>
      <Menu.DashboardItem />
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
