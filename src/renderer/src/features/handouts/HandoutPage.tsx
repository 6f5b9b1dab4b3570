import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { Link, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { handoutOptionsSchema, type HandoutOptions } from '../../../../shared/domain/handout';
import { fullName } from '../../../../shared/domain/patient';
import { useRecordHandoutPrint, useRenderHandout, useSaveHandout } from '../../api/handouts';
import { usePatient } from '../../api/patients';
import { useProgram } from '../../api/programs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { EmailHandoutDialog } from '../mail/EmailHandoutDialog';
import { bytesFromBase64, downloadFile } from './download';
import { HandoutHistory } from './HandoutHistory';
import { drawPdfPages } from './pdf-pages';
import './print.css';

/** The form keeps what was typed; the schema turns it into the options main checks again. */
const optionsForm = z.object({
  nextAppointment: z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(handoutOptionsSchema.shape.nextAppointment.unwrap()),
  logWeeks: z.string().transform(Number).pipe(handoutOptionsSchema.shape.logWeeks.unwrap()),
});
type OptionsForm = z.input<typeof optionsForm>;

const WEEK_CHOICES = Array.from({ length: 12 }, (_, index) => String(index + 1));
/** On screen, pages at 1.3 x 72 dpi; printed at 150 dpi, as PDF viewers print. */
const SCREEN_SCALE = 1.3;
const PRINT_SCALE = 150 / 72;

type Status = {
  kind: 'saved' | 'downloaded' | 'printed' | 'emailed' | 'cancelled';
  text: string;
} | null;

/** Preview the handout for one program version, then save it as a PDF or print it. */
export function HandoutPage() {
  const params = useParams();
  const patientId = params['id'] ?? '';
  const programId = params['programId'] ?? '';
  const [search] = useSearchParams();
  const program = useProgram(programId, Number(search.get('version')) || undefined);
  const patient = usePatient(patientId);
  const failed = program.error ?? patient.error;
  if (failed) return <ErrorAlert error={failed} title="This handout could not be prepared" />;
  if (!program.data || !patient.data) return <Loader aria-label="Loading the program" />;
  return (
    <HandoutWorkspace
      patientId={patientId}
      patientName={fullName(patient.data)}
      programId={programId}
      title={program.data.title}
      version={program.data.current.version}
      composeEmail={search.get('email') === '1'}
    />
  );
}

function HandoutWorkspace(props: {
  patientId: string;
  patientName: string;
  programId: string;
  title: string;
  version: number;
  /** Opened from an "Email to patient" link: the compose view opens once the PDF is made. */
  composeEmail: boolean;
}) {
  const { programId, version } = props;
  const render = useRenderHandout();
  const save = useSaveHandout(programId);
  const recordPrint = useRecordHandoutPrint(programId);
  const [status, setStatus] = useState<Status>(null);
  const [printPages, setPrintPages] = useState<string[]>([]);
  const [printing, setPrinting] = useState(false);
  const [composing, setComposing] = useState(props.composeEmail);
  const form = useForm<OptionsForm, unknown, HandoutOptions>({
    resolver: zodResolver(optionsForm),
    defaultValues: { nextAppointment: '', logWeeks: '4' },
  });

  const make = (options: HandoutOptions) => {
    setStatus(null);
    render.mutate({ programId, version, options });
  };
  // The first preview is made as soon as the page opens, with the default options.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    render.mutate({ programId, version, options: { nextAppointment: null, logWeeks: 4 } });
  }, [render, programId, version]);

  const handout = render.data;
  const pages = useQuery({
    queryKey: ['handout-pages', handout?.handoutId],
    queryFn: () => drawPdfPages(bytesFromBase64(handout!.pdfBase64), SCREEN_SCALE),
    enabled: Boolean(handout),
    staleTime: Infinity,
  });

  async function saveHandout() {
    if (!handout) return;
    setStatus(null);
    const saved = await save.mutateAsync(handout.handoutId);
    if (!saved) {
      setStatus({ kind: 'cancelled', text: 'Not saved: the save dialog was closed.' });
    } else if (saved.action === 'downloaded') {
      downloadFile(bytesFromBase64(handout.pdfBase64), saved.fileName, 'application/pdf');
      setStatus({ kind: 'downloaded', text: `Downloaded as “${saved.fileName}”.` });
    } else {
      setStatus({ kind: 'saved', text: `Saved to ${saved.path}.` });
    }
  }

  async function printHandout() {
    if (!handout) return;
    setStatus(null);
    setPrinting(true);
    try {
      const sheets = await drawPdfPages(bytesFromBase64(handout.pdfBase64), PRINT_SCALE);
      flushSync(() => setPrintPages(sheets));
      await Promise.all(
        [...document.querySelectorAll<HTMLImageElement>('.handout-print img')].map((image) =>
          image.decode(),
        ),
      );
      window.print();
      await recordPrint.mutateAsync(handout.handoutId);
      setStatus({ kind: 'printed', text: 'Sent to the print dialog and noted in the history.' });
    } finally {
      setPrinting(false);
      setPrintPages([]);
    }
  }

  const busy = render.isPending || pages.isFetching;
  const ready = Boolean(handout) && !busy;
  return (
    <Stack>
      <div>
        <Anchor
          component={Link}
          to={`/patients/${props.patientId}/programs/${programId}`}
          size="sm"
        >
          Back to the program
        </Anchor>
        <Title order={2}>Handout: {props.patientName}</Title>
        <Text c="dimmed">
          {props.title}, version {version}
        </Text>
      </div>

      <Section title="What the handout says">
        <form noValidate onSubmit={form.handleSubmit(make)}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="datetime-local"
              label="Next appointment (optional)"
              {...form.register('nextAppointment')}
              error={form.formState.errors.nextAppointment?.message}
            />
            <NativeSelect
              label="Weeks in the exercise log"
              data={WEEK_CHOICES}
              {...form.register('logWeeks')}
              error={form.formState.errors.logWeeks?.message}
            />
            <Button type="submit" variant="light" loading={render.isPending}>
              Update preview
            </Button>
          </Group>
        </form>
      </Section>

      <ErrorAlert error={render.error} title="The handout could not be made" />
      <ErrorAlert error={pages.error} title="The preview could not be shown" />
      <ErrorAlert error={save.error ?? recordPrint.error} title="The handout was not handed over" />
      {status && (
        <Alert color={status.kind === 'cancelled' ? 'gray' : 'teal'} role="status">
          {status.text}
          {status.kind === 'emailed' && (
            <>
              {' '}
              <Anchor component={Link} to={`/patients/${props.patientId}`} size="sm">
                Open {props.patientName}&apos;s record
              </Anchor>
            </>
          )}
        </Alert>
      )}

      <Group>
        <Button onClick={() => void saveHandout()} disabled={!ready} loading={save.isPending}>
          Save PDF
        </Button>
        <Button
          variant="default"
          onClick={() => void printHandout()}
          disabled={!ready}
          loading={printing}
        >
          Print
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setStatus(null);
            setComposing(true);
          }}
          disabled={!ready}
        >
          Email to patient
        </Button>
        {handout && (
          <Text size="sm" c="dimmed">
            {handout.fileName}
          </Text>
        )}
      </Group>

      <Paper
        withBorder
        p="md"
        bg="gray.1"
        component="section"
        aria-label="Handout preview"
        aria-busy={busy}
      >
        {busy && (
          <Group justify="center" p="xl">
            <Loader aria-label="Making the handout" />
            <Text c="dimmed">Making the handout…</Text>
          </Group>
        )}
        {!busy && pages.data && (
          <Stack align="center" gap="md">
            {pages.data.map((page, index) => (
              <img
                key={index}
                src={page}
                alt={`Handout page ${index + 1} of ${pages.data.length}`}
                style={{ maxWidth: '100%', boxShadow: '0 1px 4px rgba(0,0,0,0.25)' }}
              />
            ))}
          </Stack>
        )}
      </Paper>

      <HandoutHistory programId={programId} />

      {handout && (
        <EmailHandoutDialog
          handoutId={handout.handoutId}
          opened={composing}
          onClose={() => setComposing(false)}
          onDone={(text) => {
            setComposing(false);
            setStatus({ kind: 'emailed', text });
          }}
        />
      )}

      {printPages.length > 0 &&
        createPortal(
          <div className="handout-print" aria-hidden="true">
            {printPages.map((page, index) => (
              <img key={index} src={page} alt="" />
            ))}
          </div>,
          document.body,
        )}
    </Stack>
  );
}
