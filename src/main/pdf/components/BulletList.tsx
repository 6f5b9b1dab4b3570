import { Text, View } from '@react-pdf/renderer';

/**
 * How far wrapped lines sit in, so they start under the text rather than under the marker:
 * the width of "1." or "•" and the two spaces after it, in points at the handout's size.
 */
const HANGING_INDENT = { numbered: 12, bulleted: 8.5 };

/**
 * Numbered steps or bulleted points. Each point is one text with a hanging indent (a negative
 * first-line indent), rather than a row of marker and text: a third of the layout work, and
 * long lines still wrap under their own words.
 */
export function BulletList({ items, numbered = false }: { items: string[]; numbered?: boolean }) {
  const indent = numbered ? HANGING_INDENT.numbered : HANGING_INDENT.bulleted;
  return (
    <View>
      {items.map((item, index) => (
        <Text key={index} style={{ paddingLeft: indent, textIndent: -indent, marginBottom: 1 }}>
          {`${numbered ? `${index + 1}.` : '•'}\u00a0\u00a0${item}`}
        </Text>
      ))}
    </View>
  );
}
