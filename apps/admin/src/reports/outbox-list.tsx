import { type OutboxMessage } from '@bcdnq/domain/reports';
import Typography from '@mui/material/Typography';
import { Datagrid, FunctionField, List, TextField, useTranslate } from 'react-admin';
import { DateText } from '../common/fields';
import { ListEmpty } from '../common/list-empty';

/** What the reminder job sent, or — with no SMTP server configured — would have sent, to whom and when. */
export function OutboxList() {
  const translate = useTranslate();
  return (
    <List perPage={25} exporter={false} empty={<ListEmpty />} title={translate('app.reports.outbox.title')}>
      <Typography variant="body2" sx={{ p: 2 }}>
        {translate('app.reports.outbox.intro')}
      </Typography>
      <Datagrid
        bulkActionButtons={false}
        rowClick={false}
        expand={
          <FunctionField<OutboxMessage>
            render={(m) => <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.body}</pre>}
          />
        }
      >
        <DateText source="createdAt" withTime label="app.reports.outbox.createdAt" sortable={false} />
        <FunctionField<OutboxMessage>
          label="app.reports.outbox.to"
          render={(m) => `${m.toName ?? ''}${m.toAddress ? ` <${m.toAddress}>` : ''}`}
        />
        <TextField source="subject" label="app.reports.outbox.subject" sortable={false} />
        <FunctionField<OutboxMessage>
          label="app.reports.field.status"
          render={(m) => translate(`app.reports.outbox.status.${m.status}`)}
        />
      </Datagrid>
    </List>
  );
}
