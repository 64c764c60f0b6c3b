import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord, ResourceProps } from 'react-admin';
import { PlanCreate, PlanEdit } from './plan-form';
import { PlanList } from './plan-list';
import { PlanShow } from './plan-show';

const plans: ResourceProps = {
  name: 'plans',
  list: PlanList,
  show: PlanShow,
  create: PlanCreate,
  edit: PlanEdit,
  icon: DescriptionIcon,
  recordRepresentation: (plan: RaRecord) =>
    typeof plan.number === 'string' && plan.number
      ? `${plan.number} — ${String(plan.title)}`
      : String(plan.title),
};

export default plans;
