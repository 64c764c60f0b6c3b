import AssessmentIcon from '@mui/icons-material/Assessment';
import type { RaRecord, ResourceProps } from 'react-admin';
import { ReportEdit } from './report-edit';
import { ReportList } from './report-list';
import { ReportShow } from './report-show';

const reports: ResourceProps = {
  name: 'reports',
  list: ReportList,
  show: ReportShow,
  edit: ReportEdit,
  icon: AssessmentIcon,
  recordRepresentation: (r: RaRecord) => `${String(r.agencyName)} — ${String(r.periodStart)}`,
};

export default reports;
