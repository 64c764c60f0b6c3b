import type { FieldValues } from 'react-hook-form';
import { HttpError, useNotify } from 'react-admin';

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

/**
 * For a form's submit handler: errors the form can show on a field (a 400 with `errors`) are returned to it;
 * the rest (409 CONFLICT, INVALID_TRANSITION…) are notified.
 */
export function formErrorsOr(error: unknown, notifyError: (error: unknown) => void): FieldValues | undefined {
  if (error instanceof HttpError && error.status === 400 && error.body?.errors)
    return error.body.errors as FieldValues;
  notifyError(error);
  return undefined;
}
