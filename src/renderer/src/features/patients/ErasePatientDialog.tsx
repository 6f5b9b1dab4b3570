import { Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fullName, type Patient } from '../../../../shared/domain/patient';
import { confirmsErasure } from '../../../../shared/domain/patient-record';
import { useErasePatient } from '../../api/patient-record';
import { ErrorAlert } from '../../components/ErrorAlert';

/** After erasing, the patient list says so (and names no one). */
export const ERASED_NOTICE =
  "The patient's record was erased. Only the date and time of the erasure is kept.";

/**
 * Erasing a patient cannot be undone, so the dialog says what goes and asks the physio to
 * type the patient's full name; the Erase button stays off until it matches.
 */
export function ErasePatientDialog(props: { patient: Patient; opened: boolean; onClose(): void }) {
  const { patient } = props;
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const erase = useErasePatient(
    patient.id,
    () => void navigate('/', { replace: true, state: { notice: ERASED_NOTICE } }),
  );
  const name = fullName(patient);
  const matches = confirmsErasure(patient, typed);

  function close() {
    setTyped('');
    erase.reset();
    props.onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // The button is off until the name matches; Enter in the box must not get round it.
    if (matches) erase.mutate(typed);
  }

  return (
    <Modal opened={props.opened} onClose={close} title={`Erase ${name}?`} centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">Erasing removes, for good:</Text>
          <List size="sm" spacing={2}>
            <List.Item>the patient&apos;s details and running profile;</List.Item>
            <List.Item>every visit, signed or draft, with its signed versions;</List.Item>
            <List.Item>every home program and its versions;</List.Item>
            <List.Item>
              the record of handouts given, emails (with their PDFs) and exports;
            </List.Item>
            <List.Item>unsaved form input about the patient.</List.Item>
          </List>
          <Text size="sm">
            Only the date and time of the erasure is kept. This cannot be undone: export the record
            first if the patient wants a copy. Files saved or emailed earlier are not reached.
          </Text>
          <TextInput
            label="Type the patient's full name to confirm"
            description={`As shown on the page: ${name}`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <ErrorAlert error={erase.error} title="Nothing was erased" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep the record
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={erase.isPending}>
              Erase patient
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
