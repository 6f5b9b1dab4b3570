import { Alert } from '@mantine/core';

/** Shows the plain-language message of a failed call. */
export function ErrorAlert({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" title={title} role="alert">
      {message}
    </Alert>
  );
}
