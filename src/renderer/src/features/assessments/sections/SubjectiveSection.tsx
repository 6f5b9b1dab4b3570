import { Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { PAIN_SCORES } from '../../../../../shared/clinical/catalogue/outcome-measures';
import {
  AGGRAVATING_ACTIVITIES,
  ONSETS,
  PAIN_AREAS,
  PAIN_SIDES,
  TRAINING_CHANGES,
  type PainArea,
} from '../../../../../shared/clinical/catalogue/subjective';
import { number } from '../../../../../shared/clinical/catalogue/fields';
import type { AssessmentRecord } from '../../../../../shared/domain/assessment';
import { Checklist } from '../../../components/Checklist';
import { MeasureInput } from '../../../components/MeasureInput';
import { NoteField } from '../../../components/NoteField';
import { OptionSelect } from '../../../components/OptionSelect';
import { withSubjective } from '../record-updates';
import { BodyChart } from './BodyChart';
import { BodyMassField } from './BodyMassField';

interface SubjectiveSectionProps {
  record: AssessmentRecord;
  onChange(record: AssessmentRecord): void;
  disabled: boolean;
}

const PAIN_OPTIONS = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
}));
const weeklyDistance = number('weeklyDistanceKm', 'Current weekly running', 'km', {
  min: 0,
  max: 400,
  step: 0.1,
});

const emptyToNull = (text: string) => (text.trim() === '' ? null : text);

export function SubjectiveSection({ record, onChange, disabled }: SubjectiveSectionProps) {
  const subjective = record.subjective;
  const update = (changes: Partial<AssessmentRecord['subjective']>) =>
    onChange(withSubjective(record, changes));

  const areasOn = (side: 'left' | 'right') =>
    subjective.painAreas.filter((entry) => entry.side === side).map((entry) => entry.area);
  const setAreas = (side: 'left' | 'right', areas: PainArea[]) =>
    update({
      painAreas: [
        ...subjective.painAreas.filter((entry) => entry.side !== side),
        ...areas.map((area) => ({ area, side })),
      ],
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="subjective-heading">
      <Title order={3} id="subjective-heading" mb="md">
        Subjective
      </Title>
      <Stack gap="md">
        <Group align="flex-start" gap="xl">
          <BodyChart marked={subjective.painAreas} />
          {(['left', 'right'] as const).map((side) => (
            <Checklist
              key={side}
              label={`Where it hurts: ${side} side`}
              options={PAIN_AREAS}
              value={areasOn(side)}
              onChange={(areas) => setAreas(side, areas)}
              disabled={disabled}
              stacked
            />
          ))}
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <OptionSelect
            label="Painful side"
            showLabel
            options={PAIN_SIDES}
            value={subjective.painSide}
            onChange={(value) =>
              update({ painSide: value as AssessmentRecord['subjective']['painSide'] })
            }
            disabled={disabled}
          />
          <OptionSelect
            label="Onset"
            showLabel
            options={ONSETS}
            value={subjective.onset}
            onChange={(value) =>
              update({ onset: value as AssessmentRecord['subjective']['onset'] })
            }
            disabled={disabled}
          />
          <TextInput
            label="Date it started"
            type="date"
            value={subjective.onsetDate ?? ''}
            onChange={(event) => update({ onsetDate: emptyToNull(event.currentTarget.value) })}
            disabled={disabled}
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {PAIN_SCORES.map((score) => (
            <OptionSelect
              key={score.id}
              label={`${score.label} (0-10)`}
              showLabel
              options={PAIN_OPTIONS}
              value={subjective.pain[score.id] === null ? null : String(subjective.pain[score.id])}
              onChange={(value) =>
                update({
                  pain: { ...subjective.pain, [score.id]: value === null ? null : Number(value) },
                })
              }
              disabled={disabled}
            />
          ))}
        </SimpleGrid>

        <Checklist
          label="What makes it worse"
          options={AGGRAVATING_ACTIVITIES}
          value={subjective.aggravating}
          onChange={(aggravating) => update({ aggravating })}
          disabled={disabled}
        />
        <NoteField
          label="Other aggravating activities"
          value={subjective.aggravatingNotes}
          onChange={(aggravatingNotes) => update({ aggravatingNotes })}
          disabled={disabled}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MeasureInput
            field={weeklyDistance}
            where={null}
            showLabel
            value={subjective.weeklyDistanceKm}
            onChange={(value) => update({ weeklyDistanceKm: value })}
            disabled={disabled}
          />
          <BodyMassField
            value={record.bodyMassKg}
            onChange={(value) => onChange({ ...record, bodyMassKg: value })}
            disabled={disabled}
            carried={record.carriedForward}
          />
        </SimpleGrid>

        <Checklist
          label="Recent training changes"
          options={TRAINING_CHANGES}
          value={subjective.trainingChanges}
          onChange={(trainingChanges) => update({ trainingChanges })}
          disabled={disabled}
        />
        <NoteField
          label="Training notes"
          value={subjective.trainingNotes}
          onChange={(trainingNotes) => update({ trainingNotes })}
          disabled={disabled}
        />
      </Stack>
    </Paper>
  );
}
