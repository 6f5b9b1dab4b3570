import { StyleSheet } from '@react-pdf/renderer';
import { HANDOUT_FONT } from '../fonts';
import { COLOURS } from './colours';

export { COLOURS } from './colours';

/** Left and right page margin, in points. */
export const PAGE_MARGIN = 40;

export const styles = StyleSheet.create({
  page: {
    fontFamily: HANDOUT_FONT,
    fontSize: 9.5,
    color: COLOURS.text,
    paddingTop: 36,
    paddingBottom: 54,
    paddingHorizontal: PAGE_MARGIN,
  },
  /**
   * Line spacing for the content. Not on the page itself: react-pdf drops a page-number text
   * that inherits a line height.
   */
  body: { lineHeight: '12.8pt' },
  sectionTitle: {
    fontSize: 13,
    lineHeight: 1.3,
    fontWeight: 'bold',
    color: COLOURS.accent,
    marginBottom: 6,
  },
  section: { marginTop: 14 },
  small: { fontSize: 8.5, color: COLOURS.muted },
  /** A small heading ("Start", "Steps") on the first line of the text it heads. */
  label: { fontSize: 9, fontWeight: 'bold', color: COLOURS.muted },
  labelled: { marginTop: 3 },
  bold: { fontWeight: 'bold' },
});
