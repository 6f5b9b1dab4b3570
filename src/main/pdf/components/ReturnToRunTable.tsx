import { Text, View } from '@react-pdf/renderer';
import type { HandoutReturnToRun } from '../handout-data';
import { BulletList } from './BulletList';
import { COLOURS, styles } from './theme';

/**
 * The columns, each wide enough for its longest possible value on one line ("1400 min",
 * "20 times", "10 or more": the plan's limits in the program schema).
 */
const COLUMNS = [
  { key: 'stage', label: 'Stage', width: 44 },
  { key: 'walk', label: 'Walk', width: 62 },
  { key: 'run', label: 'Run', width: 62 },
  { key: 'repeats', label: 'Repeat', width: 66 },
  { key: 'total', label: 'Total', width: 66 },
  { key: 'effort', label: 'Effort', width: 56 },
  { key: 'sessions', label: 'Sessions', width: 0 },
] as const;

/** The height of a row, in points: each row is one line of every column's text. */
const ROW = 17;

/** A horizontal band across the table: the header's colour, or a row's rule. */
function Band({ top, height, colour }: { top: number; height: number; colour: string }) {
  return (
    <View
      style={{ position: 'absolute', left: 0, right: 0, top, height, backgroundColor: colour }}
    />
  );
}

/**
 * The walk-run plan as a table, one stage a row, with the physio's stage notes and the rules
 * underneath. Each column is one text with a line per row (every value fits on one line),
 * rather than a text per cell: a quarter of the layout work for the same look.
 */
export function ReturnToRunTable({ plan }: { plan: HandoutReturnToRun }) {
  const rows = plan.stages.length;
  const notes = plan.stages.flatMap((stage) =>
    stage.note ? [`Stage ${stage.stage}: ${stage.note}`] : [],
  );
  return (
    <View style={styles.section}>
      <Text style={styles.sectionTitle} minPresenceAhead={80}>
        Return to running
      </Text>
      <View wrap={false} style={{ height: ROW * (rows + 1) }}>
        <Band top={0} height={ROW} colour={COLOURS.accent} />
        {plan.stages.map((stage, index) => (
          <Band key={stage.stage} top={ROW * (index + 2) - 1} height={1} colour={COLOURS.line} />
        ))}
        <View style={{ flexDirection: 'row' }}>
          {COLUMNS.map((column) => (
            <Text
              key={column.key}
              style={[
                { lineHeight: `${ROW}pt`, paddingHorizontal: 4 },
                column.width > 0 ? { width: column.width } : { flex: 1 },
              ]}
            >
              <Text style={[styles.bold, { color: 'white' }]}>{column.label}</Text>
              {plan.stages.map((stage) => `\n${stage[column.key]}`).join('')}
            </Text>
          ))}
        </View>
      </View>
      {notes.length > 0 && (
        <View style={{ marginTop: 6 }}>
          <BulletList label="Notes for each stage" items={notes} />
        </View>
      )}
      <View style={{ marginTop: 6 }} wrap={false}>
        <BulletList items={plan.rules} />
      </View>
    </View>
  );
}
