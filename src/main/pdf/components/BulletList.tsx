import { Text } from '@react-pdf/renderer';
import { styles } from './theme';

/**
 * How far wrapped lines sit in, so they start under the text rather than under the marker:
 * the width of "1." or "•" and the two spaces after it, in points at the handout's size.
 */
const HANGING_INDENT = { numbered: 12, bulleted: 8.5 };

/**
 * Numbered steps or bulleted points, with an optional small heading above them, all as one
 * text: each line break starts a paragraph, and every paragraph takes the hanging indent (a
 * negative first-line indent), so long points wrap under their own words. One text instead
 * of one per point is far less layout work.
 */
export function BulletList({
  items,
  numbered = false,
  label,
}: {
  items: string[];
  numbered?: boolean;
  label?: string;
}) {
  const indent = numbered ? HANGING_INDENT.numbered : HANGING_INDENT.bulleted;
  const points = items.map(
    (item, index) => `${numbered ? `${index + 1}.` : '•'}\u00a0\u00a0${item}`,
  );
  const hanging = { paddingLeft: indent, textIndent: -indent };
  // A paragraph takes its indent from its first piece, so the heading carries it too.
  return (
    <Text style={[hanging, label ? styles.labelled : {}]}>
      {label && <Text style={[styles.label, { textIndent: -indent }]}>{`${label}\n`}</Text>}
      {points.join('\n')}
    </Text>
  );
}
