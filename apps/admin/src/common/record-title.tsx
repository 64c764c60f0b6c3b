import { useGetRecordRepresentation, useRecordContext, useResourceContext } from 'react-admin';

/** The record alone as the page title: a plan's subject already says "Kế hoạch …", no need to repeat the resource. */
export function RecordTitle() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const represent = useGetRecordRepresentation(resource);
  return <span>{record ? represent(record) : ''}</span>;
}
