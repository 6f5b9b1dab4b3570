import { Circle, Path, Svg } from '@react-pdf/renderer';
import type { Drawing } from '../../../shared/illustration/drawing';

/**
 * An exercise drawing as react-pdf vector shapes: the same shapes the app draws as SVG
 * (src/shared/illustration), so the handout matches the screen and stays sharp when printed.
 */
export function FigureDrawing({
  drawing,
  width,
  height,
}: {
  drawing: Drawing;
  width: number;
  height: number;
}) {
  return (
    <Svg viewBox={drawing.viewBox.join(' ')} width={width} height={height}>
      {drawing.shapes.map((shape, index) =>
        shape.kind === 'circle' ? (
          <Circle
            key={index}
            cx={shape.cx}
            cy={shape.cy}
            r={shape.r}
            fill={shape.fill}
            stroke={shape.stroke ?? 'none'}
            strokeWidth={shape.strokeWidth}
          />
        ) : (
          <Path
            key={index}
            d={shape.d}
            fill={shape.fill ?? 'none'}
            stroke={shape.stroke ?? 'none'}
            strokeWidth={shape.strokeWidth}
            strokeLinecap="round"
            strokeLinejoin="round"
            {...(shape.dash ? { strokeDasharray: shape.dash.join(' ') } : {})}
          />
        ),
      )}
    </Svg>
  );
}
