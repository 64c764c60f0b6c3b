import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactElement, ReactNode } from 'react';
import { Button, Form, type FormProps, SaveButton, type SaveButtonProps } from 'react-admin';

type FormDialogProps = Pick<FormProps, 'resolver' | 'record' | 'onSubmit'> & {
  open: boolean;
  /** Closes the dialog; ignored on Escape or a click outside while `pending`, and the cancel button is disabled. */
  onClose: () => void;
  pending: boolean;
  /** The title's id, which names the dialog. */
  titleId: string;
  title: ReactNode;
  maxWidth: DialogProps['maxWidth'];
  submitLabel: string;
  submitIcon?: ReactElement;
  submitColor?: SaveButtonProps['color'];
  children: ReactNode;
};

/** A dialog holding one form: a title, the inputs, then cancel and submit. */
export function FormDialog({
  open,
  onClose,
  pending,
  titleId,
  title,
  maxWidth,
  resolver,
  record,
  onSubmit,
  submitLabel,
  submitIcon,
  submitColor,
  children,
}: FormDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={() => !pending && onClose()}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
    >
      <Form resolver={resolver} onSubmit={onSubmit} record={record}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => onClose()} disabled={pending} />
          <SaveButton label={submitLabel} icon={submitIcon} alwaysEnable={!pending} color={submitColor} />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
