import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/error-message';
import { Alert } from './Alert';

/** The server's reasons: its details, else its one message (both in the request's language); none of the client's own. */
function reasonsOf(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const details = error.fieldDetails.map((d) => d.message);
  if (details.length > 0) return details;
  return error.message && error.message !== error.code && error.code !== 'bad_response' ? [error.message] : [];
}

/**
 * A refused request in plain words: a title (what was refused, or the kind of refusal by its code), then each
 * reason the server gave (a 422's details say what is missing); with no reason given, what the code means.
 */
export function RefusalAlert({ error, title }: { error: unknown; title?: string }) {
  const errorMessage = useErrorMessage();
  const reasons = reasonsOf(error);
  return (
    <Alert tone="error" title={title ?? errorMessage(error)}>
      {reasons.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5">
          {reasons.map((reason) => <li key={reason}>{reason}</li>)}
        </ul>
      ) : (
        title && errorMessage(error)
      )}
    </Alert>
  );
}
