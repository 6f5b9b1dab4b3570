import { Text, View } from '@react-pdf/renderer';
import type { RecordEpisode, RecordProgram, RecordVisit } from '../record-data';
import { COLOURS, styles } from './theme';

function Visit({ visit }: { visit: RecordVisit }) {
  return (
    <View style={{ marginTop: 6 }} wrap={false}>
      <Text style={styles.bold}>{`Visit of ${visit.date}`}</Text>
      <Text style={styles.small}>{visit.status}</Text>
      {visit.scores.length > 0 && <Text>{visit.scores.join(' · ')}</Text>}
      {visit.findings.map((finding, index) => (
        <Text key={index}>{`• ${finding}`}</Text>
      ))}
      {visit.impression && (
        <Text>
          <Text style={styles.bold}>Impression: </Text>
          {visit.impression}
        </Text>
      )}
    </View>
  );
}

function Program({ program }: { program: RecordProgram }) {
  return (
    <View style={{ marginTop: 8 }}>
      <Text style={styles.bold} minPresenceAhead={40}>{`Home program: ${program.title}`}</Text>
      <Text style={styles.small}>{program.latest}</Text>
      {program.exercises.map((exercise, index) => (
        <Text key={index} style={{ marginLeft: 8 }}>
          {`${index + 1}. `}
          <Text style={styles.bold}>{exercise.name}</Text>
          {`: ${exercise.dosage}`}
        </Text>
      ))}
      <Text style={[styles.label, styles.labelled]}>Versions</Text>
      {program.versions.map((version, index) => (
        <Text key={index} style={[styles.small, { marginLeft: 8 }]}>
          {version}
        </Text>
      ))}
    </View>
  );
}

/** One episode of care: its visits, then the programs built from them. */
export function RecordEpisodeBlock({ episode }: { episode: RecordEpisode }) {
  return (
    <View style={{ marginTop: 8, paddingTop: 6, borderTopWidth: 1, borderTopColor: COLOURS.line }}>
      <Text
        style={{ fontSize: 11, fontWeight: 'bold', color: COLOURS.accent }}
        minPresenceAhead={60}
      >
        {episode.title}
      </Text>
      <Text style={styles.small}>{episode.started}</Text>
      {episode.visits.map((visit, index) => (
        <Visit key={index} visit={visit} />
      ))}
      {episode.programs.map((program, index) => (
        <Program key={index} program={program} />
      ))}
    </View>
  );
}
