import { useRef, useState } from 'react';
import type { Program } from '../../../../shared/domain/program';
import { CompareVersions, defaultPair, versionBefore, type VersionPair } from './CompareVersions';
import { VersionList } from './VersionList';

/**
 * The program page's side column below the builder: the saved versions, and what changed
 * between any two of them. "What changed" on a version compares it with the one before.
 */
export function ProgramVersions({ program, viewing }: { program: Program; viewing: number }) {
  const [pair, setPair] = useState<VersionPair | null>(() => defaultPair(program, viewing));
  const compareHeading = useRef<HTMLHeadingElement>(null);

  function showChanges(version: number) {
    const before = versionBefore(program, version);
    if (before === null) return;
    setPair({ from: before, to: version });
    // Focus follows the question to its answer (and scrolls it into view).
    compareHeading.current?.focus();
  }

  return (
    <>
      <VersionList program={program} viewing={viewing} onShowChanges={showChanges} />
      <CompareVersions
        program={program}
        pair={pair}
        onChange={setPair}
        headingRef={compareHeading}
      />
    </>
  );
}
