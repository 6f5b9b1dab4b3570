/** @jsxRuntime automatic */
// The pragma above lets the benchmark (run through tsx, without the app's tsconfig) compile
// this file as the app's build does.
import type { Drawing } from '../../../shared/illustration/drawing';

/**
 * An exercise drawing as SVG: the same shapes the handout draws with react-pdf
 * (src/shared/illustration), so the screen matches the paper.
 */
export function FigureSvg({
  drawing,
  width,
  height,
}: {
  drawing: Drawing;
  width?: number | string;
  height?: number | string;
}) {
  return (
    <svg
      viewBox={drawing.viewBox.join(' ')}
      width={width}
      height={height}
      role="img"
      aria-label={drawing.description}
      preserveAspectRatio="xMidYMid meet"
    >
      {drawing.shapes.map((shape, index) =>
        shape.kind === 'circle' ? (
          <circle
            key={index}
            cx={shape.cx}
            cy={shape.cy}
            r={shape.r}
            fill={shape.fill}
            stroke={shape.stroke ?? 'none'}
            strokeWidth={shape.strokeWidth}
          />
        ) : (
          <path
            key={index}
            d={shape.d}
            fill={shape.fill ?? 'none'}
            stroke={shape.stroke ?? 'none'}
            strokeWidth={shape.strokeWidth}
            strokeLinecap="round"
            strokeLinejoin="round"
            strokeDasharray={shape.dash?.join(' ')}
          />
        ),
      )}
    </svg>
  );
}
