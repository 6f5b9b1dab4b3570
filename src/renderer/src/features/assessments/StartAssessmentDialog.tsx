import { Button, Group, Modal, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EPISODE_SIDES, newEpisodeSchema } from '../../../../shared/domain/episode';
import { useEpisodes, usePatientAssessments, useStartAssessment } from '../../api/assessments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OptionSelect } from '../../components/OptionSelect';
import { previousSignedVisit, StartFromPreviousVisit } from './StartFromPreviousVisit';

const SIDE_OPTIONS = EPISODE_SIDES.map((side) => ({
  value: side,
  label: side === 'both' ? 'Both hips' : `${side === 'left' ? 'Left' : 'Right'} hip`,
}));

/**
 * A visit belongs to an episode of care: continue one, or start one for a new complaint. A
 * follow-up can start from the episode's last signed visit, so re-testing is quick.
 */
export function StartAssessmentDialog(props: {
  patientId: string;
  opened: boolean;
  onClose(): void;
}) {
  const navigate = useNavigate();
  const episodes = useEpisodes(props.patientId);
  const visits = usePatientAssessments(props.patientId);
  const start = useStartAssessment();
  const [choice, setChoice] = useState<string>('new');
  const [complaint, setComplaint] = useState('');
  const [side, setSide] = useState<string | null>(null);
  const [startedOn, setStartedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Ticked by default: a follow-up usually repeats last visit's tests.
  const [fromPrevious, setFromPrevious] = useState(true);
  const existing = episodes.data ?? [];
  const previous = choice === 'new' ? null : previousSignedVisit(visits.data ?? [], choice);

  const submit = () => {
    let episode: { episodeId: string } | ReturnType<typeof newEpisodeSchema.parse>;
    if (choice === 'new') {
      const parsed = newEpisodeSchema.safeParse({ complaint, side, startedOn: startedOn || null });
      if (!parsed.success) {
        setErrors(
          Object.fromEntries(
            parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
          ),
        );
        return;
      }
      episode = parsed.data;
    } else {
      episode = { episodeId: choice };
    }
    setErrors({});
    const startFrom = previous && fromPrevious ? { assessmentId: previous.id } : undefined;
    start.mutate(
      { patientId: props.patientId, episode, ...(startFrom && { startFrom }) },
      {
        onSuccess: (assessment) =>
          void navigate(`/patients/${props.patientId}/assessments/${assessment.id}`),
      },
    );
  };

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Start an assessment"
      size="lg"
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <ErrorAlert error={start.error} title="The assessment was not started" />
          {existing.length > 0 && (
            <Radio.Group label="Episode of care" value={choice} onChange={setChoice}>
              <Stack gap={6} mt="xs">
                {existing.map((episode) => (
                  <Radio
                    key={episode.id}
                    value={episode.id}
                    label={`Follow-up: ${episode.complaint} (${episode.side === 'both' ? 'both hips' : `${episode.side} hip`})`}
                  />
                ))}
                <Radio value="new" label="A new complaint" />
              </Stack>
            </Radio.Group>
          )}
          {previous && (
            <StartFromPreviousVisit
              visit={previous}
              checked={fromPrevious}
              onChange={setFromPrevious}
            />
          )}
          {choice === 'new' && (
            <>
              <TextInput
                label="Complaint"
                placeholder="e.g. Outer hip pain on long runs"
                value={complaint}
                onChange={(event) => setComplaint(event.currentTarget.value)}
                error={errors['complaint']}
                withAsterisk
                data-autofocus
              />
              <SimpleGrid cols={2}>
                <OptionSelect
                  label="Which hip"
                  showLabel
                  options={SIDE_OPTIONS}
                  value={side}
                  onChange={setSide}
                  emptyLabel="Choose…"
                />
                <TextInput
                  label="When it started"
                  type="date"
                  value={startedOn}
                  onChange={(event) => setStartedOn(event.currentTarget.value)}
                  error={errors['startedOn']}
                />
              </SimpleGrid>
              {errors['side'] && (
                <Text size="sm" c="red" role="alert">
                  {errors['side']}
                </Text>
              )}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={start.isPending}>
              Start assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
