import { Badge, Button, Group, Loader, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Practitioner } from '../../../../shared/domain/practitioner';
import { useWorkingPractitioner } from '../../api/lock';
import {
  useAddPractitioner,
  usePractitioners,
  useSetPractitionerActive,
} from '../../api/practitioners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { NewPractitionerForm } from '../lock/NewPractitionerForm';
import { ChangeSecretForm, EditPractitionerForm } from './PractitionerForms';

type Editing = { kind: 'add' } | { kind: 'details' | 'secret'; practitioner: Practitioner } | null;

function AddPractitioner({ onDone }: { onDone(): void }) {
  const add = useAddPractitioner();
  return (
    <NewPractitionerForm
      submitLabel="Add practitioner"
      error={add.error}
      busy={add.isPending}
      onCancel={onDone}
      onSubmit={(values) => add.mutateAsync(values).then(onDone)}
    />
  );
}

/** Settings → Practitioners: who can unlock the app and sign. Accounts are deactivated, never deleted. */
export function PractitionersSection() {
  const practitioners = usePractitioners();
  const working = useWorkingPractitioner();
  const setActive = useSetPractitionerActive();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const title =
    editing?.kind === 'add'
      ? 'Add a practitioner'
      : editing?.kind === 'details'
        ? `Edit ${editing.practitioner.name}`
        : editing?.kind === 'secret'
          ? `New PIN or password for ${editing.practitioner.name}`
          : '';

  return (
    <Section
      title="Practitioners"
      description="Everyone who unlocks Stride Clinic and signs assessments. Someone who leaves is deactivated: their signatures stay on the records."
      actions={
        <Button size="xs" onClick={() => setEditing({ kind: 'add' })}>
          Add practitioner
        </Button>
      }
    >
      <ErrorAlert error={practitioners.error} title="The practitioners could not be loaded" />
      <ErrorAlert error={setActive.error} title="Not changed" />
      {practitioners.data === undefined ? (
        !practitioners.error && <Loader aria-label="Loading the practitioners" />
      ) : (
        <Table aria-label="Practitioners" verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Profession</Table.Th>
              <Table.Th>Registration</Table.Th>
              <Table.Th>Unlocks with</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {practitioners.data.map((practitioner) => (
              <Table.Tr key={practitioner.id} c={practitioner.active ? undefined : 'dimmed'}>
                <Table.Td>
                  <Group gap={6}>
                    {practitioner.name}
                    {practitioner.id === working?.id && (
                      <Badge size="xs" variant="light">
                        you
                      </Badge>
                    )}
                    {!practitioner.active && (
                      <Badge size="xs" color="gray" variant="light">
                        deactivated
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{practitioner.profession}</Table.Td>
                <Table.Td>{practitioner.registrationNumber ?? '—'}</Table.Td>
                <Table.Td>{practitioner.secretKind === 'pin' ? 'PIN' : 'Password'}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Edit details of ${practitioner.name}`}
                      onClick={() => setEditing({ kind: 'details', practitioner })}
                    >
                      Edit
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Change the PIN or password of ${practitioner.name}`}
                      onClick={() => setEditing({ kind: 'secret', practitioner })}
                    >
                      {practitioner.secretKind === 'pin' ? 'Change PIN' : 'Change password'}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={practitioner.active ? 'red' : undefined}
                      aria-label={`${practitioner.active ? 'Deactivate' : 'Reactivate'} ${practitioner.name}`}
                      loading={setActive.isPending && setActive.variables?.id === practitioner.id}
                      onClick={() =>
                        setActive.mutate({ id: practitioner.id, active: !practitioner.active })
                      }
                    >
                      {practitioner.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {practitioners.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No practitioners yet.
        </Text>
      )}
      <Modal opened={editing !== null} onClose={close} title={title} centered>
        {editing?.kind === 'add' && <AddPractitioner onDone={close} />}
        {editing?.kind === 'details' && (
          <EditPractitionerForm practitioner={editing.practitioner} onDone={close} />
        )}
        {editing?.kind === 'secret' && (
          <ChangeSecretForm practitioner={editing.practitioner} onDone={close} />
        )}
      </Modal>
    </Section>
  );
}
