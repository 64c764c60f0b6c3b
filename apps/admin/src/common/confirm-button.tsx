import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, Confirm } from 'react-admin';

/**
 * A button for an action that cannot be taken back (ending sessions…): it asks first, in a dialog titled and
 * confirmed with the button's own words, then runs `onConfirm`.
 */
export function ConfirmButton(props: {
  label: string;
  icon: ReactElement;
  /** The dialog's text (a message key), with its values. */
  content: string;
  translateOptions?: Record<string, unknown>;
  pending: boolean;
  onConfirm: () => void;
  sx?: Record<string, unknown>;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button
        sx={props.sx}
        variant="outlined"
        color="error"
        label={props.label}
        onClick={() => setConfirming(true)}
        disabled={props.pending}
      >
        {props.icon}
      </Button>
      <Confirm
        isOpen={confirming}
        title={props.label}
        content={props.content}
        translateOptions={props.translateOptions}
        confirm={props.label}
        onConfirm={() => {
          setConfirming(false);
          props.onConfirm();
        }}
        onClose={() => setConfirming(false)}
        loading={props.pending}
      />
    </>
  );
}
