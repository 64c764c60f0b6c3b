import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord, ResourceProps } from 'react-admin';
import { TaskCreate, TaskEdit } from './task-form';
import { TaskList } from './task-list';
import { TaskShow } from './task-show';

const tasks: ResourceProps = {
  name: 'tasks',
  list: TaskList,
  show: TaskShow,
  create: TaskCreate,
  edit: TaskEdit,
  icon: AssignmentIcon,
  recordRepresentation: (task: RaRecord) => {
    const text = typeof task.text === 'string' ? task.text : '';
    const short = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    return typeof task.ref === 'string' && task.ref ? `${task.ref}. ${short}` : short;
  },
};

export default tasks;
