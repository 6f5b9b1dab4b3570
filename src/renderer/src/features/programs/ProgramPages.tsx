import { useState } from 'react';
import { Alert, Anchor, Loader } from '@mantine/core';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAssessment } from '../../api/assessments';
import { usePatient } from '../../api/patients';
import {
  useCreateProgram,
  usePatientPrograms,
  useProgram,
  useSaveProgramVersion,
} from '../../api/programs';
import { useClinicalSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDateTime } from '../../format/dates';
import { emptyDraft, fromContent } from './program-draft';
import { ProgramBuilder } from './ProgramBuilder';
import { ProgramVersions } from './ProgramVersions';

function useBuilderData(patientId: string, assessmentId: string | undefined) {
  const patient = usePatient(patientId);
  const assessment = useAssessment(assessmentId ?? '');
  const settings = useClinicalSettings();
  return {
    error: patient.error ?? (assessmentId ? assessment.error : null) ?? settings.error,
    patient: patient.data,
    assessment: assessment.data,
    settings: settings.data,
  };
}

/** "Build program" from an assessment: a new program, or the one already built from it. */
export function NewProgramPage() {
  const params = useParams();
  const patientId = params['id'] ?? '';
  const assessmentId = params['assessmentId'] ?? '';
  const navigate = useNavigate();
  const data = useBuilderData(patientId, assessmentId);
  const programs = usePatientPrograms(patientId);
  const create = useCreateProgram();

  const failed = data.error ?? programs.error;
  if (failed) return <ErrorAlert error={failed} title="The program builder could not be opened" />;
  if (!data.patient || !data.assessment || !data.settings || !programs.data)
    return <Loader aria-label="Loading program builder" />;
  const existing = programs.data.find((program) => program.assessmentId === assessmentId);
  if (existing) return <Navigate to={`/patients/${patientId}/programs/${existing.id}`} replace />;
  if (data.assessment.status !== 'final') {
    return (
      <ErrorAlert
        error="Finalise the assessment first: a program is built from a signed assessment."
        title="Not ready for a program yet"
      />
    );
  }
  return (
    <ProgramBuilder
      patient={data.patient}
      assessment={data.assessment}
      settings={data.settings}
      initial={emptyDraft(`Home program — ${data.assessment.episode.complaint}`)}
      draftKey={`program-new:${assessmentId}`}
      readOnly={false}
      onSave={(content) => create.mutateAsync({ assessmentId, content })}
      onSaved={(program) =>
        void navigate(`/patients/${patientId}/programs/${program.id}`, { replace: true })
      }
    />
  );
}

/** A saved program: edit it (saving adds a version) or view an older version as it was. */
export function ProgramPage() {
  const params = useParams();
  const patientId = params['id'] ?? '';
  const programId = params['programId'] ?? '';
  const [search] = useSearchParams();
  const asked = Number(search.get('version')) || undefined;
  const program = useProgram(programId, asked);
  const data = useBuilderData(patientId, program.data?.assessmentId);
  const saveVersion = useSaveProgramVersion();
  const [savedNow, setSavedNow] = useState<number | null>(null);

  const failed = program.error ?? data.error;
  if (failed) return <ErrorAlert error={failed} title="This program could not be opened" />;
  if (!program.data || !data.patient || !data.assessment || !data.settings)
    return <Loader aria-label="Loading program" />;
  const shown = program.data;
  const readOnly = shown.current.version !== shown.latestVersion;
  return (
    <ProgramBuilder
      // A new version or another version on screen starts a fresh builder.
      key={`${shown.id}:${shown.current.version}`}
      patient={data.patient}
      assessment={data.assessment}
      settings={data.settings}
      initial={fromContent(shown.current.content, shown.current.version)}
      draftKey={`program:${shown.id}`}
      readOnly={readOnly}
      aside={<ProgramVersions program={shown} viewing={shown.current.version} />}
      banner={
        readOnly ? (
          <Alert color="blue" title={`Viewing version ${shown.current.version}`}>
            Saved {describeDateTime(shown.current.savedAt)}. Read only: the latest version is{' '}
            <Anchor component={Link} to="?">
              version {shown.latestVersion}
            </Anchor>
            .
          </Alert>
        ) : savedNow === shown.latestVersion ? (
          <Alert color="teal" title={`Saved as version ${savedNow}`} role="status">
            Earlier versions stay as they were.
          </Alert>
        ) : null
      }
      onSave={(content, baseVersion) =>
        saveVersion.mutateAsync({
          id: shown.id,
          baseVersion: baseVersion ?? shown.latestVersion,
          content,
        })
      }
      onSaved={(saved) => setSavedNow(saved.latestVersion)}
    />
  );
}
