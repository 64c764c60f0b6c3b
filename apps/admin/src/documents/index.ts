import GavelIcon from '@mui/icons-material/Gavel';
import type { RaRecord, ResourceProps } from 'react-admin';
import { DocumentEdit, DocumentList } from './document-form';

const documents: ResourceProps = {
  name: 'documents',
  list: DocumentList,
  edit: DocumentEdit,
  icon: GavelIcon,
  recordRepresentation: (document: RaRecord) => `${String(document.number)} — ${String(document.title)}`,
};

export default documents;
