import AssessmentIcon from '@mui/icons-material/Assessment';
import type { ResourceProps } from 'react-admin';
import { ReportEdit } from './report-edit';
import { ReportList } from './report-list';
import { ReportShow } from './report-show';
import { reportLabel } from './report-view';

const reports: ResourceProps = {
  name: 'reports',
  list: ReportList,
  show: ReportShow,
  edit: ReportEdit,
  icon: AssessmentIcon,
  recordRepresentation: reportLabel,
};

export default reports;
