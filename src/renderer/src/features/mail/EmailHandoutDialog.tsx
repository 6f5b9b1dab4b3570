import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { outgoingEmailSchema, type EmailDraft } from '../../../../shared/domain/mail';
import { useEmailDraft, useOpenInMailApp, useQueueEmail } from '../../api/mail';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';
import { bytesFromBase64, downloadFile } from '../handouts/download';

/** What the physio can change; the handout it carries is fixed by the page. */
const composeSchema = outgoingEmailSchema.omit({ handoutId: true });
type ComposeValues = z.input<typeof composeSchema>;
type ComposeResult = z.output<typeof composeSchema>;

const FIELD_NAMES = Object.keys(composeSchema.shape) as FieldPath<ComposeValues>[];

interface EmailHandoutDialogProps {
  handoutId: string;
  opened: boolean;
  onClose(): void;
  /** The email left the dialog: queued, or handed to the mail program; says what happened. */
  onDone(message: string): void;
}

/** Compose the email that carries the previewed handout, then queue it or open it elsewhere. */
export function EmailHandoutDialog(props: EmailHandoutDialogProps) {
  const draft = useEmailDraft(props.handoutId, props.opened);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Email the home program"
      closeButtonProps={{ 'aria-label': 'Close' }}
      size="lg"
      centered
    >
      <ErrorAlert error={draft.error} title="The email could not be prepared" />
      {draft.isFetching && (
        <Group justify="center" p="md">
          <Loader aria-label="Preparing the email" />
        </Group>
      )}
      {/* Each opening starts from the record and the template as they are now. */}
      {draft.data && !draft.isFetching && (
        <ComposeForm
          key={props.handoutId}
          handoutId={props.handoutId}
          draft={draft.data}
          onClose={props.onClose}
          onDone={props.onDone}
        />
      )}
    </Modal>
  );
}

function ComposeForm(props: {
  handoutId: string;
  draft: EmailDraft;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { draft } = props;
  const queue = useQueueEmail();
  const openInMailApp = useOpenInMailApp();
  const form = useForm<ComposeValues, unknown, ComposeResult>({
    resolver: zodResolver(composeSchema),
    defaultValues: { to: draft.to, subject: draft.subject, body: draft.body },
  });
  const errors = form.formState.errors;
  const busy = queue.isPending || openInMailApp.isPending;
  // The form appears once the draft has loaded, after the dialog placed the focus: start at
  // the address, the one thing to check before sending.
  useEffect(() => form.setFocus('to'), [form]);

  const showFieldErrors = (error: unknown) =>
    showServerFieldErrors(error, form.setError, FIELD_NAMES);

  const send = form.handleSubmit(async (values) => {
    openInMailApp.reset();
    try {
      const email = await queue.mutateAsync({ handoutId: props.handoutId, ...values });
      props.onDone(`Queued for ${email.to}. Its progress shows in the patient's emails.`);
    } catch (error) {
      showFieldErrors(error);
    }
  });

  const openElsewhere = form.handleSubmit(async (values) => {
    queue.reset();
    try {
      const made = await openInMailApp.mutateAsync({ handoutId: props.handoutId, ...values });
      if (made.emlBase64) {
        downloadFile(bytesFromBase64(made.emlBase64), made.fileName, 'message/rfc822');
        props.onDone(
          `Downloaded the email as “${made.fileName}”. Open it in your mail program to send it.`,
        );
      } else {
        props.onDone(
          made.opened
            ? 'Opened in your mail program as a draft, with the handout attached.'
            : `The email was saved as “${made.fileName}”, but no mail program opened it.`,
        );
      }
    } catch (error) {
      showFieldErrors(error);
    }
  });

  return (
    <form noValidate aria-label="Email to patient" onSubmit={(event) => void send(event)}>
      <Stack>
        {!draft.canSend && (
          <Alert color="yellow" title="Mail settings are missing" role="note">
            The app needs the clinic&apos;s mail server to send this itself. Fill it in under{' '}
            <Anchor component={Link} to="/settings">
              Settings
            </Anchor>
            , or open the email in your own mail program.
          </Alert>
        )}
        <ErrorAlert error={queue.error} title="The email was not queued" />
        <ErrorAlert error={openInMailApp.error} title="The email could not be opened" />
        <TextInput
          label="To"
          type="email"
          withAsterisk
          autoComplete="off"
          description={draft.to ? undefined : 'The patient has no email address on record.'}
          {...form.register('to')}
          error={errors.to?.message}
        />
        <TextInput
          label="Subject"
          withAsterisk
          maxLength={200}
          {...form.register('subject')}
          error={errors.subject?.message}
        />
        <Textarea
          label="Message"
          withAsterisk
          autosize
          minRows={8}
          maxRows={16}
          maxLength={5000}
          {...form.register('body')}
          error={errors.body?.message}
        />
        <Text size="sm">
          <Text span c="dimmed">
            Attached:{' '}
          </Text>
          {draft.fileName}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            variant="light"
            onClick={() => void openElsewhere()}
            loading={openInMailApp.isPending}
            disabled={queue.isPending}
          >
            Open in mail app
          </Button>
          <Button
            type="submit"
            loading={queue.isPending}
            disabled={!draft.canSend || openInMailApp.isPending}
          >
            Send
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
