import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  FileButton,
  Group,
  Image,
  Input,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { Controller, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import {
  clinicProfileSchema,
  PAPER_SIZES,
  type ClinicProfile,
  type PaperSize,
} from '../../../../shared/domain/clinic-profile';
import { useUpdateClinicProfile } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';
import { LOGO_MAX_SIDE, logoFromFile } from './logo';

const resolver = zodResolver(clinicProfileSchema) as unknown as Resolver<
  ClinicProfile,
  unknown,
  ClinicProfile
>;

const FIELD_NAMES = Object.keys(clinicProfileSchema.shape) as FieldPath<ClinicProfile>[];
const PAPER_OPTIONS = PAPER_SIZES.map(({ value, label }) => ({ value, label }));

/** The clinic's name, contact details, paper size and logo, as they head every handout. */
export function ClinicProfileForm({ profile }: { profile: ClinicProfile }) {
  const update = useUpdateClinicProfile();
  const [saved, setSaved] = useState(false);
  const [readingLogo, setReadingLogo] = useState(false);
  const resetFilePicker = useRef<() => void>(null);
  const paperLabelId = useId();
  const form = useForm<ClinicProfile, unknown, ClinicProfile>({
    resolver,
    defaultValues: profile,
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    update.reset();
    try {
      const stored = await update.mutateAsync(values);
      form.reset(stored);
      setSaved(true);
    } catch (error) {
      showServerFieldErrors(error, form.setError, FIELD_NAMES);
    }
  });

  async function chooseLogo(file: File | null) {
    resetFilePicker.current?.();
    if (!file) return;
    setSaved(false);
    setReadingLogo(true);
    try {
      const logo = await logoFromFile(file);
      form.clearErrors('logo');
      form.setValue('logo', logo, { shouldDirty: true });
    } catch (error) {
      form.setError('logo', {
        message: error instanceof Error ? error.message : 'That image could not be used.',
      });
    } finally {
      setReadingLogo(false);
    }
  }

  return (
    <form noValidate aria-label="Clinic details" onSubmit={(event) => void submit(event)}>
      <Stack>
        <ErrorAlert error={update.error} title="Clinic details not saved" />
        {saved && (
          <Alert color="teal" role="status">
            Clinic details saved. New handouts use them.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Clinic name"
            withAsterisk
            maxLength={120}
            autoComplete="off"
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput
            label="Website"
            placeholder="www.yourclinic.com"
            maxLength={200}
            autoComplete="off"
            {...form.register('website')}
            error={errors.website?.message}
          />
        </SimpleGrid>
        <Textarea
          label="Address"
          description="Line breaks are kept on the handout."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={300}
          {...form.register('address')}
          error={errors.address?.message}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Phone"
            type="tel"
            maxLength={40}
            autoComplete="off"
            {...form.register('phone')}
            error={errors.phone?.message}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            {...form.register('email')}
            error={errors.email?.message}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="paperSize"
          render={({ field }) => (
            <Input.Wrapper
              label="Paper size"
              labelElement="div"
              labelProps={{ id: paperLabelId }}
              error={errors.paperSize?.message}
            >
              <Box>
                <SegmentedControl
                  aria-labelledby={paperLabelId}
                  data={PAPER_OPTIONS}
                  value={field.value}
                  onChange={(value) => field.onChange(value as PaperSize)}
                />
              </Box>
            </Input.Wrapper>
          )}
        />
        <Controller
          control={form.control}
          name="logo"
          render={({ field }) => (
            <Input.Wrapper
              label="Logo"
              labelElement="div"
              description={`PNG or JPEG. It is scaled down to at most ${LOGO_MAX_SIDE} pixels on its longest side.`}
              error={errors.logo?.message}
            >
              <Group mt={6} align="center" gap="md">
                {field.value ? (
                  <Paper withBorder p="xs">
                    <Image src={field.value} alt="Clinic logo" h={64} w="auto" fit="contain" />
                  </Paper>
                ) : (
                  <Text size="sm" c="dimmed">
                    No logo yet.
                  </Text>
                )}
                <FileButton
                  accept="image/png,image/jpeg"
                  resetRef={resetFilePicker}
                  onChange={(file) => void chooseLogo(file)}
                >
                  {(props) => (
                    <Button variant="default" loading={readingLogo} {...props}>
                      Choose logo…
                    </Button>
                  )}
                </FileButton>
                {field.value && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      setSaved(false);
                      form.clearErrors('logo');
                      field.onChange(null);
                    }}
                  >
                    Remove logo
                  </Button>
                )}
              </Group>
            </Input.Wrapper>
          )}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save clinic details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
