import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { drawIllustration } from '../../../../shared/illustration/draw-illustration';
import type { BandColour } from '../../../../shared/clinical/catalogue/exercise-types';
import { illustrationOf } from '../../../../shared/illustration/exercises';
import { illustrationWorksOneSide } from '../../../../shared/illustration/illustration';
import { FigureSvg } from '../../components/FigureSvg';

/**
 * A library exercise's drawing, for the side prescribed (the right side is the mirror image)
 * and in the band colour chosen: the same drawing the handout prints.
 */
export function ExerciseFigure(props: {
  exerciseId: string;
  side: 'left' | 'right';
  band?: BandColour | null;
  bothSides?: boolean;
  width?: number | string;
  height?: number | string;
  /** Says under the picture how to read it. */
  withKey?: boolean;
}) {
  const figure = illustrationOf(props.exerciseId);
  const drawing = useMemo(
    () =>
      figure
        ? drawIllustration(figure, {
            side: props.side,
            band: props.band ?? null,
            bothSides: (props.bothSides ?? false) && illustrationWorksOneSide(figure),
          })
        : null,
    [figure, props.side, props.band, props.bothSides],
  );
  if (!figure || !drawing) return null;
  return (
    <figure style={{ margin: 0 }}>
      <FigureSvg drawing={drawing} width={props.width} height={props.height} />
      {props.withKey && (
        <Text component="figcaption" size="xs" c="dimmed">
          {figure.layout === 'sequence'
            ? 'Follow the pictures from left to right.'
            : 'Solid: the start. Pale: where to move to.'}{' '}
          The arrow shows the movement; the coloured limb does the work.
        </Text>
      )}
    </figure>
  );
}
