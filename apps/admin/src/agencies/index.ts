import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceProps } from 'react-admin';
import { AgencyCreate, AgencyEdit } from './agency-form';
import { AgencyList } from './agency-list';
import { AgencyShow } from './agency-show';

const agencies: ResourceProps = {
  name: 'agencies',
  list: AgencyList,
  show: AgencyShow,
  create: AgencyCreate,
  edit: AgencyEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};

export default agencies;
