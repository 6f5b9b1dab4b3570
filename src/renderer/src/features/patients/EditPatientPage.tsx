import { Loader, Stack, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { fullName } from '../../../../shared/domain/patient';
import { usePatient, useUpdatePatient } from '../../api/patients';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PatientForm } from './PatientForm';

export function EditPatientPage() {
  const id = useParams()['id'] ?? '';
  const navigate = useNavigate();
  const patient = usePatient(id);
  const update = useUpdatePatient(id, patient.data?.revision ?? 1);

  if (patient.isPending) return <Loader aria-label="Loading patient" />;
  if (patient.isError) return <ErrorAlert error={patient.error} title="Patient not available" />;

  return (
    <Stack maw={900}>
      <Title order={2}>Edit {fullName(patient.data)}</Title>
      <PatientForm
        patient={patient.data}
        draftKey={`patient:${id}`}
        submitLabel="Save changes"
        onSave={(values) => update.mutateAsync(values)}
        onSaved={() => void navigate(`/patients/${id}`)}
        onCancel={() => void navigate(`/patients/${id}`)}
      />
    </Stack>
  );
}
