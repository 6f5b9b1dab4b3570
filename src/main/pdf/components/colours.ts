/**
 * The handout's calm palette. Kept apart from theme.ts (which needs react-pdf) so the
 * benchmark's HTML copy of the handout uses the very same colours.
 */
export const COLOURS = {
  text: '#1f2933',
  muted: '#5f6b76',
  accent: '#0b7285',
  accentLight: '#e3f4f6',
  line: '#c9d2d9',
  warning: '#b42318',
  warningLight: '#fdecea',
  frame: '#f3f5f7',
};
