import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { RecordEpisode, RecordEvent, RecordSummaryData } from '../record-data';
import { ClinicLetterhead } from './Letterhead';
import { RecordEpisodeBlock } from './RecordEpisode';
import { COLOURS, PAGE_MARGIN, styles } from './theme';

/** On every page: a rule, the clinic and the patient; "Page N of M" is stamped afterwards. */
function RecordFooter({ data }: { data: RecordSummaryData }) {
  return (
    <>
      <View
        fixed
        style={{
          position: 'absolute',
          bottom: 40,
          left: PAGE_MARGIN,
          right: PAGE_MARGIN,
          borderTopWidth: 1,
          borderTopColor: COLOURS.line,
        }}
      />
      <Text
        fixed
        style={[styles.small, { position: 'absolute', bottom: 24, left: PAGE_MARGIN, right: 140 }]}
      >
        {`${data.clinic.name} · Patient record of ${data.patientName}`}
      </Text>
    </>
  );
}

function Details({ data }: { data: RecordSummaryData }) {
  return (
    <View
      style={{ marginTop: 12, padding: 10, backgroundColor: COLOURS.accentLight, borderRadius: 4 }}
    >
      <Text style={{ fontSize: 15, fontWeight: 'bold', lineHeight: 1.3 }}>{data.patientName}</Text>
      {data.details.map((detail) => (
        <Text key={detail.label} style={{ marginTop: 2 }}>
          <Text style={styles.bold}>{`${detail.label}: `}</Text>
          {detail.value}
        </Text>
      ))}
      {data.notes && (
        <Text style={{ marginTop: 2 }}>
          <Text style={styles.bold}>Notes: </Text>
          {data.notes}
        </Text>
      )}
    </View>
  );
}

function Episodes({ episodes }: { episodes: RecordEpisode[] }) {
  return (
    <View style={styles.section}>
      <Text style={styles.sectionTitle} minPresenceAhead={80}>
        Episodes of care
      </Text>
      {episodes.length === 0 && <Text>No visits recorded.</Text>}
      {episodes.map((episode, index) => (
        <RecordEpisodeBlock key={index} episode={episode} />
      ))}
    </View>
  );
}

function HandedOver({ events }: { events: RecordEvent[] }) {
  return (
    <View style={styles.section}>
      <Text style={styles.sectionTitle} minPresenceAhead={60}>
        Handouts and emails
      </Text>
      {events.length === 0 && <Text>No handouts given or emails sent.</Text>}
      {events.map((event, index) => (
        <View key={index} style={{ flexDirection: 'row', marginTop: 2 }} wrap={false}>
          <Text style={{ width: 110, color: COLOURS.muted }}>{event.date}</Text>
          <Text style={{ flex: 1 }}>{event.text}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * The readable summary of everything the clinic holds about one patient: their details,
 * each episode with its visits (date, scores, findings) and programs, and what was handed
 * over. The JSON file beside it holds every stored field; this is for the patient to read.
 */
export function RecordDocument({ data, createdAt }: { data: RecordSummaryData; createdAt: Date }) {
  return (
    <Document
      title={`Patient record - ${data.patientName}`}
      author={data.clinic.name}
      subject="Patient record summary"
      creator="Stride Clinic"
      producer="Stride Clinic"
      language="en"
      creationDate={createdAt}
      modificationDate={createdAt}
    >
      <Page size={data.paperSize} style={styles.page}>
        <RecordFooter data={data} />
        <View style={styles.body}>
          <ClinicLetterhead
            clinic={data.clinic}
            title="Patient record"
            lines={`Summary as of ${data.exportedOn}`}
          />
          <Details data={data} />
          <Episodes episodes={data.episodes} />
          <HandedOver events={data.handedOver} />
        </View>
      </Page>
    </Document>
  );
}
