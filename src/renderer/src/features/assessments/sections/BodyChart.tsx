import { PAIN_AREAS, type PainArea } from '../../../../../shared/clinical/catalogue/subjective';

type Marked = { area: PainArea; side: 'left' | 'right' }[];

/**
 * A simple front view of the hips and thighs that shades where it hurts. It only shows what the
 * checkboxes beside it record (the patient's left is on the viewer's right, as when facing them).
 */
const REGIONS: Record<PainArea, { left: string; right: string }> = {
  'lateral-hip': {
    left: 'M150 70 q14 10 12 40 l-12 -2 q2 -22 -6 -34 z',
    right: 'M50 70 q-14 10 -12 40 l12 -2 q-2 -22 6 -34 z',
  },
  'front-of-hip': { left: 'M108 78 h34 v26 h-34 z', right: 'M58 78 h34 v26 h-34 z' },
  groin: { left: 'M100 100 l16 4 l-6 18 l-10 -6 z', right: 'M100 100 l-16 4 l6 18 l10 -6 z' },
  buttock: { left: 'M118 60 q22 -4 30 10 l-30 6 z', right: 'M82 60 q-22 -4 -30 10 l30 6 z' },
  thigh: { left: 'M112 124 h34 l-6 60 h-24 z', right: 'M54 124 h34 l-4 60 h-24 z' },
};

export function BodyChart({ marked }: { marked: Marked }) {
  const isMarked = (area: PainArea, side: 'left' | 'right') =>
    marked.some((entry) => entry.area === area && entry.side === side);
  return (
    <svg viewBox="0 0 200 200" width="180" height="180" aria-hidden="true" className="body-chart">
      <path
        d="M60 20 h80 q14 30 14 60 q2 30 -8 44 l-6 66 h-28 l-10 -70 h-4 l-10 70 h-28 l-6 -66 q-10 -14 -8 -44 q0 -30 14 -60 z"
        fill="#f1f3f5"
        stroke="#adb5bd"
        strokeWidth="2"
      />
      {PAIN_AREAS.flatMap((area) =>
        (['left', 'right'] as const).map((side) => (
          <path
            key={`${area.value}-${side}`}
            d={REGIONS[area.value][side]}
            fill={isMarked(area.value, side) ? '#fa5252' : 'transparent'}
            fillOpacity={0.7}
          />
        )),
      )}
      <text x="150" y="196" fontSize="11" textAnchor="middle" fill="#868e96">
        L
      </text>
      <text x="50" y="196" fontSize="11" textAnchor="middle" fill="#868e96">
        R
      </text>
    </svg>
  );
}
