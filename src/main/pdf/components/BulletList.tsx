import { Text, View } from '@react-pdf/renderer';
import { styles } from './theme';

/** Numbered steps or bulleted points; long lines wrap under their own text, not the marker. */
export function BulletList({ items, numbered = false }: { items: string[]; numbered?: boolean }) {
  return (
    <View>
      {items.map((item, index) => (
        <View key={index} style={styles.listRow}>
          <Text style={styles.listMarker}>{numbered ? `${index + 1}.` : '•'}</Text>
          <Text style={styles.listText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}
