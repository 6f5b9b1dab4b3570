import { Text, View } from '@react-pdf/renderer';
import type { HandoutLog } from '../handout-data';
import { COLOURS, styles } from './theme';

const DAYS = ['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5', 'Day 6', 'Day 7'];
const WEEK_COLUMN = 52;
const PAIN_COLUMN = 62;

function TickBoxes({ count }: { count: number }) {
  return (
    <View style={{ flexDirection: 'row', justifyContent: 'center', gap: 3 }}>
      {Array.from({ length: count }, (_, index) => (
        <View
          key={index}
          style={{ width: 10, height: 10, borderWidth: 1, borderColor: COLOURS.muted }}
        />
      ))}
    </View>
  );
}

/** A week a row, a day a column, a box per session to tick, and the next-morning pain. */
export function ExerciseLog({ log }: { log: HandoutLog }) {
  const border = { borderRightWidth: 1, borderRightColor: COLOURS.line };
  const rowStyle = {
    flexDirection: 'row' as const,
    borderBottomWidth: 1,
    borderBottomColor: COLOURS.line,
    minHeight: 24,
    alignItems: 'center' as const,
  };
  const perDay =
    log.sessionsPerDay === 1 ? 'one box' : `${log.sessionsPerDay} boxes, one for each session`;
  return (
    <View wrap={false} style={styles.section}>
      <Text style={styles.sectionTitle}>Exercise log</Text>
      <Text style={{ marginBottom: 6 }}>
        Tick a box each time you do your exercises ({perDay} a day; aim for {log.daysPerWeek}{' '}
        {log.daysPerWeek === 1 ? 'day' : 'days'} a week). Write your pain the next morning, 0-10,
        and bring this sheet to your next visit.
      </Text>
      <View style={{ borderWidth: 1, borderColor: COLOURS.line }}>
        <View style={[rowStyle, { backgroundColor: COLOURS.accentLight }]}>
          <Text style={[styles.bold, border, { width: WEEK_COLUMN, padding: 3 }]}>Week</Text>
          {DAYS.map((day) => (
            <Text
              key={day}
              style={[styles.bold, border, { flex: 1, padding: 3, textAlign: 'center' }]}
            >
              {day}
            </Text>
          ))}
          <Text style={[styles.bold, { width: PAIN_COLUMN, padding: 3, textAlign: 'center' }]}>
            Pain (0-10)
          </Text>
        </View>
        {Array.from({ length: log.weeks }, (_, week) => (
          <View key={week} style={rowStyle}>
            <Text style={[border, { width: WEEK_COLUMN, padding: 3 }]}>Week {week + 1}</Text>
            {DAYS.map((day) => (
              <View key={day} style={[border, { flex: 1, paddingVertical: 6 }]}>
                <TickBoxes count={log.sessionsPerDay} />
              </View>
            ))}
            <View style={{ width: PAIN_COLUMN }} />
          </View>
        ))}
      </View>
    </View>
  );
}
