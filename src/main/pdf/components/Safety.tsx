import { Text, View } from '@react-pdf/renderer';
import type { HandoutData } from '../handout-data';
import { REFERRAL_ADVICE, SEEK_HELP_ACTION } from '../handout-text';
import { BulletList } from './BulletList';
import { COLOURS, styles } from './theme';

/** Leads the handout when a red flag was found: see a doctor first, and why. */
export function ReferralNotice({ reasons }: { reasons: string[] }) {
  return (
    <View
      wrap={false}
      style={{
        marginTop: 12,
        padding: 10,
        borderWidth: 2,
        borderColor: COLOURS.warning,
        backgroundColor: COLOURS.warningLight,
        borderRadius: 4,
      }}
    >
      <Text style={[styles.sectionTitle, { color: COLOURS.warning }]}>
        Please see a doctor before you go on
      </Text>
      <Text>{REFERRAL_ADVICE}</Text>
      <Text style={[styles.bold, { marginTop: 6 }]}>What your physio noticed:</Text>
      <BulletList items={reasons} />
    </View>
  );
}

/** How much pain is fine, as zones on the 0-10 scale. */
export function PainGuide({ guide }: { guide: HandoutData['painGuide'] }) {
  return (
    <View wrap={false} style={styles.section}>
      <Text style={styles.sectionTitle}>How much pain is OK?</Text>
      {guide.zones.map((zone) => (
        <View key={zone.range} style={{ flexDirection: 'row', marginBottom: 2 }}>
          <Text style={[styles.bold, { width: 120 }]}>{zone.range}</Text>
          <Text style={{ flex: 1 }}>{zone.meaning}</Text>
        </View>
      ))}
      <Text style={{ marginTop: 4 }}>{guide.rule}</Text>
    </View>
  );
}

/** When to stop and get help; always printed. */
export function SeekHelp({ items, clinicPhone }: { items: string[]; clinicPhone: string }) {
  return (
    <View wrap={false} style={styles.section}>
      <Text style={[styles.sectionTitle, { color: COLOURS.warning }]}>
        When to stop and get help
      </Text>
      <BulletList items={items} />
      <Text style={[styles.bold, { marginTop: 4 }]}>
        {SEEK_HELP_ACTION}
        {clinicPhone !== '' ? ` Clinic phone: ${clinicPhone}.` : ''}
      </Text>
    </View>
  );
}
