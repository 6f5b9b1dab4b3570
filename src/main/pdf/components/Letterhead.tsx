import { Image, Text, View } from '@react-pdf/renderer';
import type { HandoutClinic, HandoutData } from '../handout-data';
import { COLOURS, styles } from './theme';

/** The clinic's heading on the first page: who made the handout, for whom, and when. */
export function Letterhead({ data }: { data: HandoutData }) {
  return (
    <ClinicLetterhead
      clinic={data.clinic}
      title="Home exercise program"
      lines={`${data.issuedOn}\nFrom ${data.practitioner}`}
    />
  );
}

/**
 * The clinic's logo, name, address and contacts, with what the document is on the right.
 * Shared by the handout and the patient record summary.
 */
export function ClinicLetterhead({
  clinic,
  title,
  lines,
}: {
  clinic: HandoutClinic;
  title: string;
  lines: string;
}) {
  const contact = [clinic.phone, clinic.email, clinic.website].filter((part) => part !== '');
  return (
    <View
      style={{
        flexDirection: 'row',
        borderBottomWidth: 2,
        borderBottomColor: COLOURS.accent,
        paddingBottom: 10,
      }}
    >
      {clinic.logo && (
        <Image
          src={clinic.logo}
          style={{ maxWidth: 110, maxHeight: 56, objectFit: 'contain', marginRight: 12 }}
        />
      )}
      <View style={{ flex: 1 }}>
        <Text style={{ fontSize: 15, fontWeight: 'bold', color: COLOURS.accent, lineHeight: 1.3 }}>
          {clinic.name}
        </Text>
        {/* Address and contacts, a line each, as one text: each text is layout work. */}
        <Text style={styles.small}>{[...clinic.addressLines, ...contact].join('\n')}</Text>
      </View>
      <Text style={[styles.small, { width: 150, textAlign: 'right' }]}>
        <Text style={{ fontSize: 10, fontWeight: 'bold' }}>{title}</Text>
        {`\n${lines}`}
      </Text>
    </View>
  );
}

/** The program at a glance: its name, its goal in one sentence, how often, the next visit. */
export function ProgramSummary({ data }: { data: HandoutData }) {
  return (
    <View
      style={{
        marginTop: 12,
        padding: 10,
        backgroundColor: COLOURS.accentLight,
        borderRadius: 4,
      }}
    >
      <Text style={{ fontSize: 9, color: COLOURS.muted }}>Prepared for</Text>
      <Text style={{ fontSize: 15, fontWeight: 'bold', lineHeight: 1.3 }}>{data.patientName}</Text>
      <Text
        style={{
          fontSize: 12,
          fontWeight: 'bold',
          marginTop: 4,
          color: COLOURS.accent,
          lineHeight: 1.3,
        }}
      >
        {data.title}
      </Text>
      {data.goal !== '' && (
        <Text style={{ marginTop: 3 }}>
          <Text style={styles.bold}>Goal: </Text>
          {data.goal}
        </Text>
      )}
      <Text style={{ marginTop: 3 }}>
        <Text style={styles.bold}>How often: </Text>
        {data.frequency}
      </Text>
      {data.nextAppointment && (
        <Text style={{ marginTop: 3 }}>
          <Text style={styles.bold}>Next appointment: </Text>
          {data.nextAppointment}
        </Text>
      )}
    </View>
  );
}
