import { Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useCreatePatient } from '../../api/patients';
import { PatientForm } from './PatientForm';

export function NewPatientPage() {
  const navigate = useNavigate();
  const create = useCreatePatient();
  return (
    <Stack maw={900}>
      <Title order={2}>New patient</Title>
      <PatientForm
        draftKey="new-patient"
        submitLabel="Save patient"
        onSave={(values) => create.mutateAsync(values)}
        onSaved={(patient) => void navigate(`/patients/${patient.id}`, { replace: true })}
        onCancel={() => void navigate('/')}
      />
    </Stack>
  );
}
