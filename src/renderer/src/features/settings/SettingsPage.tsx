import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Loader, Stack, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import {
  clinicalSettingsSchema,
  type ClinicalSettings,
} from '../../../../shared/clinical/settings';
import {
  useClinicalSettings,
  useClinicProfile,
  useUpdateClinicalSettings,
} from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useMailSettings } from '../../api/mail';
import { ClinicProfileForm } from './ClinicProfileForm';
import { MailSettingsForm } from './MailSettingsForm';
import { LockAndAuditSections } from './LockAndAuditSections';
import { PractitionersSection } from './PractitionersSection';
import { BackupSettings } from './backups/BackupSettings';
import { SecuritySettings } from './SecuritySettings';
import { SettingsContents } from './SettingsContents';

type SettingsForm = Record<keyof ClinicalSettings, string>;

const SETTING_FIELDS: { name: keyof ClinicalSettings; label: string; description: string }[] = [
  {
    name: 'lsiThresholdPercent',
    label: 'Limb symmetry threshold (%)',
    description: 'A limb symmetry index below this names a weakness or asymmetry. Commonly 90%.',
  },
  {
    name: 'thomasKneeThresholdDeg',
    label: 'Modified Thomas knee angle threshold (°)',
    description:
      'A knee bent less than this suggests a short rectus femoris. Sources give 80° or 67°.',
  },
  {
    name: 'pelvicDropDifferenceDeg',
    label: 'Running pelvic drop difference (°)',
    description:
      'This much more drop on one side than the other counts as a hip drop. No validated cut-off exists.',
  },
];

const resolver = zodResolver(clinicalSettingsSchema) as unknown as Resolver<
  SettingsForm,
  unknown,
  ClinicalSettings
>;

function ClinicalSettingsForm({ settings }: { settings: ClinicalSettings }) {
  const update = useUpdateClinicalSettings();
  const [saved, setSaved] = useState(false);
  const form = useForm<SettingsForm, unknown, ClinicalSettings>({
    resolver,
    defaultValues: Object.fromEntries(
      SETTING_FIELDS.map(({ name }) => [name, String(settings[name])]),
    ) as SettingsForm,
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setSaved(false);
        update.mutate(values, { onSuccess: () => setSaved(true) });
      })}
    >
      <Stack>
        <ErrorAlert error={update.error} title="Settings not saved" />
        {saved && (
          <Alert color="teal" role="status">
            Settings saved. Findings use them from now on.
          </Alert>
        )}
        {SETTING_FIELDS.map((setting) => (
          <TextInput
            key={setting.name}
            label={setting.label}
            description={setting.description}
            inputMode="decimal"
            {...form.register(setting.name)}
            error={errors[setting.name]?.message}
          />
        ))}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const settings = useClinicalSettings();
  const clinic = useClinicProfile();
  const mail = useMailSettings();
  const page = useRef<HTMLDivElement>(null);
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap">
      <Stack maw={720} ref={page} style={{ flex: 1 }}>
        <Title order={2}>Settings</Title>
        <Section
          title="Clinic details for handouts"
          description="These head every handout you print, so patients know who to contact."
        >
          <ErrorAlert error={clinic.error} title="Clinic details could not be loaded" />
          {clinic.data ? (
            <ClinicProfileForm profile={clinic.data} />
          ) : (
            !clinic.error && <Loader aria-label="Loading clinic details" />
          )}
        </Section>
        <Section
          title="Mail"
          description="The clinic's outgoing mail server, for emailing home programs to patients. Your email provider or IT support can give you these details."
        >
          <ErrorAlert error={mail.error} title="Mail settings could not be loaded" />
          {mail.data ? (
            <MailSettingsForm settings={mail.data} />
          ) : (
            !mail.error && <Loader aria-label="Loading mail settings" />
          )}
        </Section>
        <PractitionersSection />
        <LockAndAuditSections />
        <Section
          title="Clinical thresholds"
          description="Where the evidence gives no single number, the clinic decides."
        >
          <ErrorAlert error={settings.error} title="Settings could not be loaded" />
          {settings.data ? (
            <ClinicalSettingsForm settings={settings.data} />
          ) : (
            <Loader aria-label="Loading settings" />
          )}
        </Section>
        <Section
          title="Backups"
          description="Encrypted copies of the whole patient database: one a day while Stride Clinic is open, and one before every update. They open only with this clinic's key."
        >
          <BackupSettings />
        </Section>
        <Section
          title="Security"
          description="The key that encrypts the patient database, and the recovery key that stands in for it."
        >
          <SecuritySettings />
        </Section>
      </Stack>
      <SettingsContents page={page} />
    </Group>
  );
}
