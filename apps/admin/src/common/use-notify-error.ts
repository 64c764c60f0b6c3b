import { useNotify } from 'react-admin';

/**
 * Shows a failed call's message: the API's own words for 400/409 (CONFLICT, INVALID_TRANSITION, DUPLICATE…),
 * react-admin's translated key otherwise.
 */
export function useNotifyError(): (error: unknown) => void {
  const notify = useNotify();
  return (error) => {
    const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
    notify(message, { type: 'error', messageArgs: { _: message } });
  };
}
