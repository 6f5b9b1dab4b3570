import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deriveFindings, involvedSide } from '../../../../shared/clinical/findings';
import { redFlagScreen } from '../../../../shared/clinical/red-flag-screen';
import type { ClinicalSettings } from '../../../../shared/clinical/settings';
import { isRealCalendarDate } from '../../../../shared/domain/dates';
import type {
  Assessment,
  AssessmentRecord,
  AssessmentVersion,
} from '../../../../shared/domain/assessment';
import { fullName, type Patient } from '../../../../shared/domain/patient';
import {
  useAmendAssessment,
  useAssessment,
  useAssessmentVersions,
  useDiscardDraftAssessment,
  useFinaliseAssessment,
} from '../../api/assessments';
import { usePatient } from '../../api/patients';
import { useClinicalSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDateTime } from '../../format/dates';
import { FindingsPanel } from './sections/FindingsPanel';
import { ObjectiveSection, withoutUnsafeTests } from './sections/ObjectiveSection';
import { OutcomeSection } from './sections/OutcomeSection';
import { RedFlagBanner } from './sections/RedFlagBanner';
import { RedFlagSection } from './sections/RedFlagSection';
import { SubjectiveSection } from './sections/SubjectiveSection';
import { SaveIndicator } from './SaveIndicator';
import { SignDialog } from './SignDialog';
import { useDraftAutosave } from './useDraftAutosave';
import { VersionHistory } from './VersionHistory';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { CarriedForwardNotice } from './CarriedForwardNotice';

export function AssessmentPage() {
  const params = useParams();
  const assessment = useAssessment(params['assessmentId'] ?? '');
  const patient = usePatient(params['id'] ?? '');
  const settings = useClinicalSettings();

  const failed = assessment.error ?? patient.error ?? settings.error;
  if (failed) return <ErrorAlert error={failed} title="This assessment could not be opened" />;
  if (!assessment.data || !patient.data || !settings.data)
    return <Loader aria-label="Loading assessment" />;
  return (
    <AssessmentEditor
      // A finalised or amended visit starts a fresh editor from the saved record.
      key={`${assessment.data.id}:${assessment.data.status}:${assessment.data.amendments}`}
      assessment={assessment.data}
      patient={patient.data}
      settings={settings.data}
    />
  );
}

type Mode = 'draft' | 'final' | 'amending';

function AssessmentEditor(props: {
  assessment: Assessment;
  patient: Patient;
  settings: ClinicalSettings;
}) {
  const { assessment, patient, settings } = props;
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>(assessment.status === 'draft' ? 'draft' : 'final');
  const [record, setRecordState] = useState<AssessmentRecord>(assessment.record);
  const [viewing, setViewing] = useState<AssessmentVersion | null>(null);
  const [signing, setSigning] = useState<'finalise' | 'amend' | 'discard' | null>(null);

  const autosave = useDraftAutosave(assessment, record, mode === 'draft');
  const finalise = useFinaliseAssessment();
  const amend = useAmendAssessment();
  const discard = useDiscardDraftAssessment(patient.id);
  const versions = useAssessmentVersions(assessment.id, assessment.status === 'final');

  const shown = viewing?.record ?? record;
  const editable = viewing === null && mode !== 'final';
  const screen = useMemo(() => redFlagScreen(shown), [shown]);
  const involved = involvedSide(assessment.episode.side, shown);
  const findings = useMemo(
    () =>
      deriveFindings(shown, {
        patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
        involvedSide: involved,
        settings,
      }),
    [shown, patient.dateOfBirth, patient.sex, involved, settings],
  );

  // A red flag answered "yes" clears any hop results already typed: they may not be kept.
  const setRecord = (next: AssessmentRecord) =>
    setRecordState(withoutUnsafeTests(next, redFlagScreen(next)));

  return (
    <Stack gap="lg" maw={1400}>
      <Anchor component={Link} to={`/patients/${patient.id}`} size="sm">
        ← {fullName(patient)}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Assessment: {fullName(patient)}</Title>
          <Text c="dimmed">
            {assessment.episode.complaint} ·{' '}
            {assessment.episode.side === 'both' ? 'both hips' : `${assessment.episode.side} hip`}
          </Text>
        </div>
        <Group>
          {assessment.status === 'draft' ? (
            <Badge color="orange" size="lg">
              Draft
            </Badge>
          ) : (
            <Badge color="teal" size="lg">
              Finalised{assessment.amendments > 0 ? `, amended ${assessment.amendments}×` : ''}
            </Badge>
          )}
        </Group>
      </Group>

      <Group justify="space-between">
        <TextInput
          label="Visit date"
          type="date"
          value={shown.visitDate}
          disabled={!editable}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isRealCalendarDate(value)) setRecord({ ...record, visitDate: value });
          }}
        />
        <Group>
          {mode === 'draft' && <SaveIndicator saveState={autosave.saveState} />}
          {mode === 'draft' && (
            <>
              <Button variant="default" color="red" onClick={() => setSigning('discard')}>
                Discard draft
              </Button>
              <Button onClick={() => setSigning('finalise')} disabled={!screen.complete}>
                Finalise…
              </Button>
            </>
          )}
          {mode === 'final' && viewing === null && (
            <>
              <Button variant="light" onClick={() => setMode('amending')}>
                Amend
              </Button>
              <Button
                component={Link}
                to={`/patients/${patient.id}/assessments/${assessment.id}/program`}
              >
                Build program
              </Button>
            </>
          )}
          {mode === 'amending' && (
            <>
              <Button
                variant="default"
                onClick={() => {
                  setRecordState(assessment.record);
                  setMode('final');
                }}
              >
                Cancel amendment
              </Button>
              <Button onClick={() => setSigning('amend')}>Save amendment…</Button>
            </>
          )}
        </Group>
      </Group>

      {assessment.status === 'final' && assessment.finalisedAt && (
        <Text size="sm" c="dimmed">
          Finalised by {assessment.finalisedBy} on {describeDateTime(assessment.finalisedAt)}.
          {mode === 'amending' && ' You are amending it: the signed original stays readable.'}
        </Text>
      )}
      {mode === 'draft' && !screen.complete && (
        <Text size="sm" c="dimmed">
          Finalising becomes possible once every red-flag question is answered.
        </Text>
      )}
      {viewing && (
        <Alert color="blue" title={`Viewing signed version ${viewing.version}`}>
          Signed by {viewing.signedBy} on {describeDateTime(viewing.signedAt)}. Read only.{' '}
          <Anchor component="button" onClick={() => setViewing(null)}>
            Back to the current version
          </Anchor>
        </Alert>
      )}

      {mode === 'draft' && record.carriedForward && (
        <CarriedForwardNotice carried={record.carriedForward} patientId={patient.id} />
      )}

      <RedFlagBanner screen={screen} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <SubjectiveSection record={shown} onChange={setRecord} disabled={!editable} />
            <RedFlagSection record={shown} onChange={setRecord} disabled={!editable} />
            <ObjectiveSection
              record={shown}
              onChange={setRecord}
              disabled={!editable}
              screen={screen}
              involved={involved}
              settings={settings}
            />
            <OutcomeSection record={shown} onChange={setRecord} disabled={!editable} />
            {versions.data && (
              <VersionHistory
                versions={versions.data}
                viewing={viewing?.version ?? null}
                onView={setViewing}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <div className="sticky-summary">
            <FindingsPanel
              record={shown}
              findings={findings}
              screen={screen}
              signedFindings={
                viewing?.findings ??
                (mode === 'final' ? versions.data?.at(-1)?.findings : undefined)
              }
              onChange={setRecord}
              disabled={!editable}
            />
          </div>
        </Grid.Col>
      </Grid>

      <SignDialog
        opened={signing === 'finalise'}
        title="Finalise this assessment"
        explanation="Once finalised, the assessment is signed with your name and the time. Later changes are kept as signed amendments beside the original."
        confirmLabel="Sign and finalise"
        askReason={false}
        onClose={() => setSigning(null)}
        onSign={async () => {
          const revision = await autosave.settle();
          await finalise.mutateAsync({ id: assessment.id, revision });
          setSigning(null);
        }}
      />
      <SignDialog
        opened={signing === 'amend'}
        title="Save amendment"
        explanation="The amendment is signed with your name and the time; the signed original stays readable."
        confirmLabel="Sign amendment"
        askReason
        onClose={() => setSigning(null)}
        onSign={async ({ reason }) => {
          await amend.mutateAsync({
            id: assessment.id,
            revision: assessment.revision,
            record,
            reason,
          });
          setSigning(null);
        }}
      />
      <DiscardDraftDialog
        opened={signing === 'discard'}
        onClose={() => setSigning(null)}
        onDiscard={async () => {
          const revision = await autosave.settle();
          await discard.mutateAsync({ id: assessment.id, revision });
          void navigate(`/patients/${patient.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
