import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  Grid,
  Group,
  NativeSelect,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath, type Resolver } from 'react-hook-form';
import {
  MAIL_SECURITY,
  mailSettingsInputSchema,
  type MailSettings,
  type MailSettingsChange,
  type MailSettingsInput,
} from '../../../../shared/domain/mail';
import { useSendTestEmail, useUpdateMailSettings } from '../../api/mail';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';

/** The form's values: the port may be empty while typed; an empty password means "no change". */
type MailForm = Omit<MailSettingsInput, 'port' | 'password'> & {
  port: number | null;
  password: string;
};

const resolver = zodResolver(mailSettingsInputSchema) as unknown as Resolver<
  MailForm,
  unknown,
  MailSettingsChange
>;

const FIELD_NAMES = Object.keys(mailSettingsInputSchema.shape) as FieldPath<MailForm>[];
const SECURITY_OPTIONS = MAIL_SECURITY.map(({ value, label }) => ({ value, label }));

function formValues(settings: MailSettings): MailForm {
  const { passwordSaved: _saved, configured: _configured, ...rest } = settings;
  return { ...rest, password: '' };
}

/** The clinic's outgoing mail server and the message that goes with each handout. */
export function MailSettingsForm({ settings }: { settings: MailSettings }) {
  const update = useUpdateMailSettings();
  const sendTest = useSendTestEmail();
  const [saved, setSaved] = useState(false);
  const [removePassword, setRemovePassword] = useState(false);
  const testHintId = useId();
  const form = useForm<MailForm, unknown, MailSettingsChange>({
    resolver,
    defaultValues: formValues(settings),
  });
  const errors = form.formState.errors;
  const security = useWatch({ control: form.control, name: 'security' });

  /** A typed password replaces the saved one; empty keeps it, unless asked to remove it. */
  const withPassword = (values: MailSettingsChange): MailSettingsInput => ({
    ...values,
    password: values.password ? values.password : removePassword ? '' : null,
  });

  const showFieldErrors = (error: unknown) =>
    showServerFieldErrors(error, form.setError, FIELD_NAMES);

  const save = form.handleSubmit(async (values) => {
    setSaved(false);
    sendTest.reset();
    update.reset();
    try {
      const stored = await update.mutateAsync(withPassword(values));
      form.reset(formValues(stored));
      setRemovePassword(false);
      setSaved(true);
    } catch (error) {
      showFieldErrors(error);
    }
  });

  const test = form.handleSubmit(async (values) => {
    setSaved(false);
    update.reset();
    sendTest.reset();
    try {
      await sendTest.mutateAsync(withPassword(values));
    } catch (error) {
      showFieldErrors(error);
    }
  });

  const result = sendTest.data;
  return (
    <form noValidate aria-label="Mail settings" onSubmit={(event) => void save(event)}>
      <Stack>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 9 }}>
            <TextInput
              label="Mail server"
              placeholder="smtp.example.com"
              withAsterisk
              maxLength={253}
              autoComplete="off"
              spellCheck={false}
              {...form.register('host')}
              error={errors.host?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Controller
              control={form.control}
              name="port"
              render={({ field }) => (
                <NumberInput
                  label="Port"
                  withAsterisk
                  min={1}
                  max={65535}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  hideControls
                  name={field.name}
                  ref={field.ref}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  onBlur={field.onBlur}
                  error={errors.port?.message}
                />
              )}
            />
          </Grid.Col>
        </Grid>
        <NativeSelect
          label="Security"
          data={SECURITY_OPTIONS}
          {...form.register('security')}
          error={errors.security?.message}
        />
        {security === 'none' && (
          <Alert color="orange" title="No security" role="note">
            Without STARTTLS or TLS, the password and every email, with the patient&apos;s handout,
            travel unprotected. Use it only for a mail server on this computer or the clinic&apos;s
            own network.
          </Alert>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="User name"
            description="Leave empty when the server needs no sign-in."
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            {...form.register('username')}
            error={errors.username?.message}
          />
          <PasswordInput
            label="Password"
            description={
              settings.passwordSaved
                ? 'A password is saved. Leave this empty to keep it.'
                : 'Kept encrypted on this computer.'
            }
            maxLength={500}
            autoComplete="new-password"
            {...form.register('password')}
            error={errors.password?.message}
          />
        </SimpleGrid>
        {settings.passwordSaved && (
          <Checkbox
            label="Remove the saved password when I save"
            description="For a server that needs no password. A password typed above replaces it instead."
            checked={removePassword}
            onChange={(event) => {
              setRemovePassword(event.currentTarget.checked);
              if (event.currentTarget.checked) form.setValue('password', '');
            }}
          />
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="From name"
            withAsterisk
            maxLength={120}
            autoComplete="off"
            {...form.register('fromName')}
            error={errors.fromName?.message}
          />
          <TextInput
            label="From address"
            type="email"
            placeholder="reception@yourclinic.com"
            withAsterisk
            autoComplete="off"
            {...form.register('fromAddress')}
            error={errors.fromAddress?.message}
          />
          <TextInput
            label="Reply-to (optional)"
            type="email"
            description="Where patients' replies go, when not the From address."
            autoComplete="off"
            {...form.register('replyTo')}
            error={errors.replyTo?.message}
          />
        </SimpleGrid>

        <Text size="sm" c="dimmed">
          In the subject and message, <Code>{'{firstName}'}</Code> becomes the patient&apos;s first
          name, <Code>{'{physio}'}</Code> the name of the physio who saved the program and{' '}
          <Code>{'{clinic}'}</Code> the clinic&apos;s name. You can change the text before each
          email goes.
        </Text>
        <TextInput
          label="Email subject"
          withAsterisk
          maxLength={200}
          {...form.register('subjectTemplate')}
          error={errors.subjectTemplate?.message}
        />
        <Textarea
          label="Email message"
          withAsterisk
          autosize
          minRows={6}
          maxRows={14}
          maxLength={5000}
          {...form.register('bodyTemplate')}
          error={errors.bodyTemplate?.message}
        />

        <ErrorAlert error={update.error} title="Mail settings not saved" />
        <ErrorAlert error={sendTest.error} title="The test email was not sent" />
        {saved && (
          <Alert color="teal" role="status">
            Mail settings saved. Handouts can be emailed from the handout page.
          </Alert>
        )}
        {result && (
          <Alert
            color={result.ok ? 'teal' : 'red'}
            role="status"
            title={result.ok ? 'Test email sent' : 'The test email did not go'}
          >
            {result.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Text size="sm" c="dimmed" mr="auto" id={testHintId}>
            The test email goes to the From address.
          </Text>
          <Button
            variant="default"
            aria-describedby={testHintId}
            onClick={() => void test()}
            loading={sendTest.isPending}
            disabled={update.isPending}
          >
            Send test email
          </Button>
          <Button type="submit" loading={update.isPending} disabled={sendTest.isPending}>
            Save mail settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
