import { Button, Stack, Text } from '@mantine/core';
import type { EmailRecord } from '../../../../shared/domain/mail';
import { describeDateTime, describeTime } from '../../format/dates';

interface EmailStateCellProps {
  email: EmailRecord;
  retrying: boolean;
  onRetry(): void;
}

/** Where one email is, in words, with the way to send it again when it did not go. */
export function EmailStateCell({ email, retrying, onRetry }: EmailStateCellProps) {
  switch (email.state) {
    case 'queued':
      return (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            Queued
            {email.problem && email.nextAttemptAt
              ? `: will try again at ${describeTime(email.nextAttemptAt)}`
              : ''}
          </Text>
          {email.problem && (
            <Text size="xs" c="dimmed">
              Last try: {email.problem}
            </Text>
          )}
        </Stack>
      );
    case 'sending':
      return (
        <Text size="sm" fw={600}>
          Sending
        </Text>
      );
    case 'sent':
      return (
        <Text size="sm" fw={600} c="teal.8">
          Sent{email.sentAt ? ` ${describeDateTime(email.sentAt)}` : ''}
        </Text>
      );
    case 'failed':
      return (
        <Stack gap={4} align="flex-start">
          <Text size="sm" fw={600} c="red.8">
            Failed: {email.problem ?? 'the mail server did not take it.'}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            loading={retrying}
            onClick={onRetry}
            aria-label={`Try again to send the email queued ${describeDateTime(email.createdAt)}`}
          >
            Try again
          </Button>
        </Stack>
      );
    case 'unknown':
      return (
        <Stack gap={4} align="flex-start">
          <Text size="sm" fw={600} c="orange.9">
            May have been sent
          </Text>
          {email.problem && (
            <Text size="xs" c="dimmed">
              {email.problem}
            </Text>
          )}
          <Button
            size="compact-sm"
            variant="light"
            loading={retrying}
            onClick={onRetry}
            aria-label={`Send again the email queued ${describeDateTime(email.createdAt)}`}
          >
            Send again
          </Button>
        </Stack>
      );
  }
}
