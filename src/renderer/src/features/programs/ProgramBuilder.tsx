import {
  Alert,
  Anchor,
  Button,
  Grid,
  Loader,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { v4 as newKey } from 'uuid';
import type { ClinicalSettings } from '../../../../shared/clinical/settings';
import type { Assessment } from '../../../../shared/domain/assessment';
import { fullName, type Patient } from '../../../../shared/domain/patient';
import {
  programContentSchema,
  type Program,
  type ProgramContent,
} from '../../../../shared/domain/program';
import { useWorkingPractitioner } from '../../api/lock';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KeptInputOffer } from '../../components/KeptInputOffer';
import { describeDate } from '../../format/dates';
import { runningStopped } from '../../../../shared/clinical/program-builder';
import { useExerciseCatalogue } from './exercise-catalogue';
import { ChosenProtocols } from './ChosenProtocols';
import { LibraryPicker } from './LibraryPicker';
import type { ProgramDraft } from './program-draft';
import { ProgramItemList } from './ProgramItemList';
import { ReturnToRunEditor } from './ReturnToRunEditor';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useProgramBuilder } from './useProgramBuilder';

/**
 * Builds or edits a home program from an assessment: suggested protocols, the exercises and
 * their dosage, and the return-to-running plan. Saving adds a version; a read-only view shows
 * an older version as it was saved.
 */
export function ProgramBuilder(props: {
  patient: Patient;
  assessment: Assessment;
  settings: ClinicalSettings;
  initial: ProgramDraft;
  draftKey: string;
  /** Shown for an older version: nothing can be changed. */
  readOnly: boolean;
  /** Extra content for the side column (the versions list). */
  aside?: ReactNode;
  /** A notice above the builder (which version is shown, or that it was saved). */
  banner?: ReactNode;
  /** Saves; `baseVersion` is the version the edits started from (null for a new program). */
  onSave(content: ProgramContent, baseVersion: number | null): Promise<Program>;
  onSaved(program: Program): void;
}) {
  const { patient, assessment } = props;
  const catalogue = useExerciseCatalogue();
  const builder = useProgramBuilder({ ...props, find: catalogue.find });
  const saver = useWorkingPractitioner();
  const { draft } = builder;
  const [picking, setPicking] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaveError(null);
    const { baseVersion, ...content } = draft;
    // Main records the unlocked practitioner as the one who saved; the name here only satisfies
    // the content's schema.
    const parsed = programContentSchema.safeParse({ ...content, savedBy: saver?.name ?? '' });
    const found = [
      ...(parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => issue.message))]),
      ...builder.check.blocking,
    ];
    setProblems(found);
    if (!parsed.success || found.length > 0) return;
    setSaving(true);
    try {
      const program = await props.onSave(parsed.data, baseVersion);
      await builder.kept.forget();
      props.onSaved(program);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  const inProgram = new Set(draft.items.map((item) => item.exerciseId));
  const redFlag = runningStopped(builder.context);

  if (catalogue.error) {
    return (
      <ErrorAlert error={catalogue.error} title="The clinic's own exercises could not be loaded" />
    );
  }
  if (catalogue.loading) return <Loader aria-label="Loading the exercise library" />;

  return (
    <Stack gap="lg" maw={1400}>
      <Anchor component={Link} to={`/patients/${patient.id}`} size="sm">
        ← {fullName(patient)}
      </Anchor>
      <div>
        <Title order={2}>Home program: {fullName(patient)}</Title>
        <Text c="dimmed">
          From the assessment of {describeDate(assessment.record.visitDate)} ·{' '}
          <Anchor component={Link} to={`/patients/${patient.id}/assessments/${assessment.id}`}>
            open the assessment
          </Anchor>
        </Text>
      </div>
      {props.banner}
      {!props.readOnly && (
        <KeptInputOffer
          offer={builder.kept.offer}
          restore={builder.kept.restore}
          forget={builder.kept.forget}
        />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <TextInput
                  label="Program title"
                  withAsterisk
                  maxLength={120}
                  value={draft.title}
                  disabled={props.readOnly}
                  onChange={(event) => builder.setTitle(event.currentTarget.value)}
                />
                <Textarea
                  label="Goal (one sentence for the patient)"
                  autosize
                  minRows={1}
                  maxLength={300}
                  value={draft.goal ?? ''}
                  disabled={props.readOnly}
                  onChange={(event) => builder.setGoal(event.currentTarget.value || null)}
                />
              </Stack>
            </Paper>
            <section aria-labelledby="exercises-heading">
              <Group justify="space-between" mb="sm">
                <Title order={3} size="h4" id="exercises-heading">
                  Exercises ({draft.items.length})
                </Title>
                {!props.readOnly && (
                  <Button variant="light" onClick={() => setPicking(true)}>
                    Add from the library…
                  </Button>
                )}
              </Group>
              {builder.lastRemoved && !props.readOnly && (
                <Alert color="gray" mb="sm" role="status">
                  <Group justify="space-between">
                    <Text size="sm">
                      Removed{' '}
                      {catalogue.find(builder.lastRemoved.item.exerciseId)?.name ?? 'an exercise'}.
                    </Text>
                    <Button size="xs" variant="default" onClick={builder.undoRemove}>
                      Undo
                    </Button>
                  </Group>
                </Alert>
              )}
              <ProgramItemList
                items={draft.items}
                find={catalogue.find}
                warningsFor={builder.warningsFor}
                readOnly={props.readOnly}
                actionsFor={builder.actionsFor}
              />
            </section>
            <ReturnToRunEditor
              plan={draft.returnToRun}
              blockedReason={redFlag}
              readOnly={props.readOnly}
              suggest={builder.suggestPlan}
              newKey={newKey}
              onChange={builder.setReturnToRun}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <ChosenProtocols
              chosen={draft.protocols}
              readOnly={props.readOnly}
              onRemove={builder.removeProtocol}
            />
            <SuggestionsPanel
              match={builder.match}
              alreadyChosen={new Set(draft.protocols.map((entry) => entry.protocolId))}
              readOnly={props.readOnly}
              onUse={builder.addProtocols}
            />
            {!props.readOnly && (
              <Paper withBorder p="lg" component="section" aria-labelledby="save-heading">
                <Title order={3} size="h4" id="save-heading" mb="sm">
                  Save
                </Title>
                {builder.check.warnings.length > 0 && (
                  <Alert color="yellow" title="Worth a look" mb="sm">
                    <List size="sm">
                      {builder.check.warnings.map((warning) => (
                        <List.Item key={warning}>{warning}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
                {problems.length > 0 && (
                  <Alert color="red" title="The program was not saved" mb="sm" role="alert">
                    <List size="sm">
                      {problems.map((problem) => (
                        <List.Item key={problem}>{problem}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
                <ErrorAlert error={saveError} title="The program was not saved" />
                <Text size="sm" c="dimmed">
                  Saved as {saver?.name ?? 'the practitioner who unlocked'}
                </Text>
                <Button mt="md" fullWidth loading={saving} onClick={() => void save()}>
                  Save program
                </Button>
              </Paper>
            )}
            {props.aside}
          </Stack>
        </Grid.Col>
      </Grid>
      <LibraryPicker
        opened={picking}
        exercises={catalogue.all}
        inProgram={inProgram}
        withheldReason={builder.withheld}
        onAdd={builder.addExercise}
        onClose={() => setPicking(false)}
      />
    </Stack>
  );
}
