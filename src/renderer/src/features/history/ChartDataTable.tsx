import type { ProgressSeries } from '../../../../shared/clinical/progress';
import { describeDate } from '../../format/dates';
import { chartVisits, type ChartModel } from './chart-groups';
import { withUnit } from './measure-format';

/** The chart's numbers as a table for screen readers: a row per visit, a column per line. */
export function ChartDataTable({ chart }: { chart: ChartModel }) {
  const visits = chartVisits(chart);
  const valueAt = (points: ProgressSeries['points'], assessmentId: string) => {
    const point = points.find((one) => one.assessmentId === assessmentId);
    return point ? withUnit(point.value, chart.unit) : 'not recorded';
  };
  return (
    <table className="visually-hidden">
      <caption>{chart.title} by visit</caption>
      <thead>
        <tr>
          <th scope="col">Visit</th>
          {chart.lines.map((one) => (
            <th key={one.id} scope="col">
              {one.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {visits.map((visit) => (
          <tr key={visit.assessmentId}>
            <th scope="row">{describeDate(visit.visitDate)}</th>
            {chart.lines.map((one) => (
              <td key={one.id}>{valueAt(one.points, visit.assessmentId)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
