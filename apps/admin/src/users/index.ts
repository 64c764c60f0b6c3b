import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { UserCreate, UserEdit } from './user-form';
import { UserList } from './user-list';

const users: ResourceProps = {
  name: 'users',
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
};

export default users;
