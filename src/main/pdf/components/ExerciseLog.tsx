import { G, Line, Rect, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer';
import type { PaperSize } from '../../../shared/domain/clinic-profile';
import type { HandoutLog } from '../handout-data';
import { HANDOUT_FONT } from '../fonts';
import { COLOURS, PAGE_MARGIN, styles } from './theme';

const DAYS = ['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5', 'Day 6', 'Day 7'];
const PAGE_WIDTH: Record<PaperSize, number> = { A4: 595.28, LETTER: 612 };
const WEEK_COLUMN = 52;
const PAIN_COLUMN = 62;
const HEADER_HEIGHT = 20;
const ROW_HEIGHT = 24;
const BOX = 9;
const BOX_GAP = 3;

/**
 * The log's grid, drawn as one vector picture rather than hundreds of boxes for the layout
 * engine to place: a week a row, a day a column, a box per session, and the pain column.
 */
function LogGrid({ log, width }: { log: HandoutLog; width: number }) {
  const day = (width - WEEK_COLUMN - PAIN_COLUMN) / DAYS.length;
  const height = HEADER_HEIGHT + ROW_HEIGHT * log.weeks;
  const columnX = (index: number) => WEEK_COLUMN + day * index;
  const label = { fontFamily: HANDOUT_FONT, fontSize: 9 };
  const bold = { ...label, fontWeight: 'bold' as const };
  const boxesWidth = log.sessionsPerDay * BOX + (log.sessionsPerDay - 1) * BOX_GAP;
  return (
    <Svg width={width} height={height + 1}>
      <Rect x={0.5} y={0.5} width={width - 1} height={HEADER_HEIGHT} fill={COLOURS.accentLight} />
      <SvgText x={4} y={14} style={bold}>
        Week
      </SvgText>
      {DAYS.map((name, index) => (
        <SvgText key={name} x={columnX(index) + day / 2} y={14} textAnchor="middle" style={bold}>
          {name}
        </SvgText>
      ))}
      <SvgText x={width - PAIN_COLUMN / 2} y={14} textAnchor="middle" style={bold}>
        Pain (0-10)
      </SvgText>
      {Array.from({ length: log.weeks }, (_, week) => {
        const top = HEADER_HEIGHT + ROW_HEIGHT * week;
        return (
          <G key={week}>
            <SvgText x={4} y={top + 15} style={label}>
              {`Week ${week + 1}`}
            </SvgText>
            {DAYS.map((name, index) =>
              Array.from({ length: log.sessionsPerDay }, (_, box) => (
                <Rect
                  key={`${name}-${box}`}
                  x={columnX(index) + (day - boxesWidth) / 2 + box * (BOX + BOX_GAP)}
                  y={top + (ROW_HEIGHT - BOX) / 2}
                  width={BOX}
                  height={BOX}
                  fill="white"
                  stroke={COLOURS.muted}
                  strokeWidth={0.8}
                />
              )),
            )}
          </G>
        );
      })}
      {/* The grid's lines: outer frame, row rules, column rules. */}
      <Rect x={0.5} y={0.5} width={width - 1} height={height} stroke={COLOURS.line} fill="none" />
      {Array.from({ length: log.weeks }, (_, week) => (
        <Line
          key={week}
          x1={0.5}
          x2={width - 0.5}
          y1={HEADER_HEIGHT + ROW_HEIGHT * week + 0.5}
          y2={HEADER_HEIGHT + ROW_HEIGHT * week + 0.5}
          stroke={COLOURS.line}
          strokeWidth={1}
        />
      ))}
      {[...DAYS.map((_, index) => columnX(index)), width - PAIN_COLUMN].map((x) => (
        <Line
          key={x}
          x1={x}
          x2={x}
          y1={0.5}
          y2={height + 0.5}
          stroke={COLOURS.line}
          strokeWidth={1}
        />
      ))}
    </Svg>
  );
}

/** Ticks for sessions done and the next-morning pain, to bring to the next visit. */
export function ExerciseLog({ log, paperSize }: { log: HandoutLog; paperSize: PaperSize }) {
  const perDay =
    log.sessionsPerDay === 1 ? 'one box' : `${log.sessionsPerDay} boxes, one for each session`;
  return (
    <View wrap={false} style={styles.section}>
      <Text style={styles.sectionTitle}>Exercise log</Text>
      <Text style={{ marginBottom: 6 }}>
        Tick a box each time you do your exercises ({perDay} a day; aim for {log.daysPerWeek}{' '}
        {log.daysPerWeek === 1 ? 'day' : 'days'} a week). Write your pain the next morning, 0-10,
        and bring this sheet to your next visit.
      </Text>
      <LogGrid log={log} width={PAGE_WIDTH[paperSize] - 2 * PAGE_MARGIN} />
    </View>
  );
}
