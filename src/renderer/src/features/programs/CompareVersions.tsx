import { Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import {
  compareProgramVersions,
  describeChangeCount,
  exerciseNamer,
} from '../../../../shared/clinical/program-diff';
import type { Program } from '../../../../shared/domain/program';
import { useProgram } from '../../api/programs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useExerciseCatalogue } from './exercise-catalogue';
import { VersionChanges } from './VersionChanges';

/** Two saved versions to compare, earlier first as a rule (either order works). */
export interface VersionPair {
  from: number;
  to: number;
}

/**
 * The pair shown first: the version before the one on screen, to the one on screen. On the
 * first version, it and the next one; null while there is only one version.
 */
export function defaultPair(program: Program, viewing: number): VersionPair | null {
  const numbers = program.versions.map((entry) => entry.version).sort((a, b) => a - b);
  const earlier = numbers.filter((version) => version < viewing).at(-1);
  if (earlier !== undefined) return { from: earlier, to: viewing };
  const later = numbers.find((version) => version > viewing);
  return later !== undefined ? { from: viewing, to: later } : null;
}

/** The version saved just before this one, or null for the first. */
export function versionBefore(program: Program, version: number): number | null {
  const earlier = program.versions
    .map((entry) => entry.version)
    .filter((number) => number < version)
    .sort((a, b) => a - b);
  return earlier.at(-1) ?? null;
}

/**
 * "Compare versions": two selects and the list of what changed between them, worked out in
 * the renderer from the two stored versions (nothing is saved).
 */
export function CompareVersions({
  program,
  pair,
  onChange,
  headingRef,
}: {
  program: Program;
  pair: VersionPair | null;
  onChange(pair: VersionPair): void;
  /** Focused when the physio asks what changed in one version, so the answer is in view. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const options = [...program.versions]
    .sort((a, b) => a.version - b.version)
    .map((entry) => ({
      value: String(entry.version),
      // Short enough for the side column; the dates are in the list of versions above.
      label: `Version ${entry.version}${entry.version === program.latestVersion ? ' (latest)' : ''}`,
    }));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="compare-versions-heading">
      <Title
        order={3}
        size="h4"
        id="compare-versions-heading"
        mb="sm"
        ref={headingRef}
        tabIndex={-1}
      >
        Compare versions
      </Title>
      {pair === null ? (
        <Text size="sm" c="dimmed">
          Only one version is saved so far. Each later save keeps this one as it is, and the two can
          then be compared here.
        </Text>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="xs">
            <NativeSelect
              label="From version"
              size="xs"
              data={options}
              value={String(pair.from)}
              onChange={(event) => onChange({ ...pair, from: Number(event.currentTarget.value) })}
            />
            <NativeSelect
              label="To version"
              size="xs"
              data={options}
              value={String(pair.to)}
              onChange={(event) => onChange({ ...pair, to: Number(event.currentTarget.value) })}
            />
          </SimpleGrid>
          {pair.from === pair.to ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              Choose two different versions to see what changed.
            </Text>
          ) : (
            <ChangesBetween programId={program.id} from={pair.from} to={pair.to} />
          )}
        </Stack>
      )}
    </Paper>
  );
}

function ChangesBetween({ programId, from, to }: { programId: string; from: number; to: number }) {
  const before = useProgram(programId, from);
  const after = useProgram(programId, to);
  const catalogue = useExerciseCatalogue();
  // Cheap (at most 40 exercises a side), so worked out on each render.
  const was = before.data?.current.content;
  const now = after.data?.current.content;
  const comparison =
    was && now ? compareProgramVersions(was, now, exerciseNamer([now, was], catalogue.find)) : null;

  const error = before.error ?? after.error;
  return (
    <Stack gap="xs">
      {/* Stays on screen while the physio switches versions, so the new count is announced. */}
      <Text size="sm" fw={600} aria-live="polite">
        {error
          ? ''
          : comparison
            ? `${describeChangeCount(comparison.count)} from version ${from} to version ${to}`
            : `Comparing version ${from} with version ${to}…`}
      </Text>
      <ErrorAlert error={error} title="These versions could not be compared" />
      {!error && !comparison && <Loader size="sm" aria-label="Loading the two versions" />}
      {comparison && <VersionChanges comparison={comparison} />}
    </Stack>
  );
}
