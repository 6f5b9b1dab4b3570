import { Text, View } from '@react-pdf/renderer';
import type { HandoutReturnToRun } from '../handout-data';
import { BulletList } from './BulletList';
import { COLOURS, styles } from './theme';

const COLUMNS = [
  { key: 'stage', label: 'Stage', width: 40 },
  { key: 'walk', label: 'Walk', width: 52 },
  { key: 'run', label: 'Run', width: 52 },
  { key: 'repeats', label: 'Repeat', width: 58 },
  { key: 'total', label: 'Total', width: 52 },
  { key: 'effort', label: 'Effort', width: 48 },
  { key: 'sessions', label: 'Sessions', width: 64 },
] as const;

const cell = { paddingVertical: 3, paddingHorizontal: 4 };

/** The walk-run plan as a table, one stage a row, with its rules underneath. */
export function ReturnToRunTable({ plan }: { plan: HandoutReturnToRun }) {
  return (
    <View style={styles.section}>
      <Text style={styles.sectionTitle} minPresenceAhead={80}>
        Return to running
      </Text>
      <View wrap={false}>
        <View style={{ flexDirection: 'row', backgroundColor: COLOURS.accent, color: 'white' }}>
          {COLUMNS.map((column) => (
            <Text key={column.key} style={[cell, styles.bold, { width: column.width }]}>
              {column.label}
            </Text>
          ))}
          <Text style={[cell, styles.bold, { flex: 1 }]}>Note</Text>
        </View>
        {plan.stages.map((stage) => (
          <View
            key={stage.stage}
            style={{ flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: COLOURS.line }}
          >
            {COLUMNS.map((column) => (
              <Text key={column.key} style={[cell, { width: column.width }]}>
                {String(stage[column.key])}
              </Text>
            ))}
            <Text style={[cell, { flex: 1 }]}>{stage.note ?? ''}</Text>
          </View>
        ))}
      </View>
      <View style={{ marginTop: 6 }} wrap={false}>
        <BulletList items={plan.rules} />
      </View>
    </View>
  );
}
