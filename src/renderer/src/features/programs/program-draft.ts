import type { ProgramContent, ProgramItem } from '../../../../shared/domain/program';

/**
 * The program as it stands on screen. Whole-number fields may be empty while the physio types;
 * the content schema turns the draft into a program (or names what is missing) on save.
 */
type MayBeEmpty = 'sets' | 'timesPerDay' | 'daysPerWeek' | 'extraSets';
export type DraftItem = Omit<ProgramItem, MayBeEmpty> & { [K in MayBeEmpty]: number | null };

export interface ProgramDraft extends Omit<ProgramContent, 'items' | 'savedBy' | 'goal'> {
  goal: string | null;
  items: DraftItem[];
  savedBy: string;
  /**
   * The saved version these edits started from (null for a new program). It travels with a
   * kept draft, so restoring one typed over an older version is refused as a conflict on save
   * instead of silently replacing newer work.
   */
  baseVersion: number | null;
}

export function emptyDraft(title: string): ProgramDraft {
  return {
    title: title.slice(0, 120),
    goal: null,
    protocols: [],
    items: [],
    returnToRun: null,
    savedBy: '',
    baseVersion: null,
  };
}

export function fromContent(content: ProgramContent, version: number): ProgramDraft {
  return { ...content, savedBy: '', baseVersion: version };
}

/** Drops a chosen protocol and the exercises that came only from it (not ones added by hand). */
export function removeProtocol(draft: ProgramDraft, protocolId: string): ProgramDraft {
  return {
    ...draft,
    protocols: draft.protocols.filter((entry) => entry.protocolId !== protocolId),
    items: draft.items
      .filter((item) => !(item.fromProtocols.length === 1 && item.fromProtocols[0] === protocolId))
      .map((item) => ({
        ...item,
        fromProtocols: item.fromProtocols.filter((id) => id !== protocolId),
      })),
  };
}

/** Adds items, leaving out exercises already in the program (the first stays where it is). */
export function addItems(draft: ProgramDraft, items: DraftItem[]): ProgramDraft {
  const present = new Set(draft.items.map((item) => item.exerciseId));
  const fresh = items.filter((item) => {
    if (present.has(item.exerciseId)) return false;
    present.add(item.exerciseId);
    return true;
  });
  return { ...draft, items: [...draft.items, ...fresh] };
}

export function updateItem(
  draft: ProgramDraft,
  key: string,
  change: Partial<DraftItem>,
): ProgramDraft {
  return {
    ...draft,
    items: draft.items.map((item) => (item.key === key ? { ...item, ...change } : item)),
  };
}

export function replaceItem(draft: ProgramDraft, key: string, next: DraftItem): ProgramDraft {
  return { ...draft, items: draft.items.map((item) => (item.key === key ? next : item)) };
}

export function removeItem(draft: ProgramDraft, key: string): ProgramDraft {
  return { ...draft, items: draft.items.filter((item) => item.key !== key) };
}

/** Moves an item to a new position (clamped to the list). */
export function moveItem(draft: ProgramDraft, key: string, to: number): ProgramDraft {
  const from = draft.items.findIndex((item) => item.key === key);
  if (from < 0) return draft;
  const target = Math.max(0, Math.min(draft.items.length - 1, to));
  if (target === from) return draft;
  const items = [...draft.items];
  const [moved] = items.splice(from, 1);
  items.splice(target, 0, moved!);
  return { ...draft, items };
}
