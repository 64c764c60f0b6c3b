import CampaignIcon from '@mui/icons-material/Campaign';
import type { RaRecord, ResourceProps } from 'react-admin';
import { CampaignCreate, CampaignEdit, CampaignList } from './campaign-form';

const campaigns: ResourceProps = {
  name: 'campaigns',
  list: CampaignList,
  create: CampaignCreate,
  edit: CampaignEdit,
  icon: CampaignIcon,
  recordRepresentation: (campaign: RaRecord) => String(campaign.name),
};

export default campaigns;
