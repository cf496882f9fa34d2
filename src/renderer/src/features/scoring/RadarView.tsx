import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  type BaseTickContentProps,
} from 'recharts';
import { type Criterion, labelText } from '@core/documents';
import { scaleShare, type Scores } from '@core/jury';
import { useI18n } from '@renderer/i18n';

export interface RadarSeries {
  id: string;
  name: string;
  scores: Scores;
}

/** A character's width as a share of the font size, a little over the average of a sans-serif, so that lines fit. */
const CHARACTER_WIDTH = 0.6;
/** Above and below the chart a label may take this many characters per line, whatever the room. */
const CENTRE_LINE = 24;

/**
 * A label in lines of at most `width` characters; a word longer than a line is cut with an ellipsis (the full label
 * is the tick's tooltip, and the table below the chart has it too).
 */
export function wrapLabel(label: string, width: number): string[] {
  const room = Math.max(4, Math.floor(width));
  const lines: string[] = [];
  for (const whole of label.split(/\s+/).filter(Boolean)) {
    const word = whole.length > room ? `${whole.slice(0, room - 1)}…` : whole;
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= room) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * An axis label in lines, anchored away from the chart: above it at the top, below it at the bottom, centred on its
 * point at the sides, so that it never covers the shape. Beside the chart a label has only the room between its
 * point and the chart's edge, measured here, so that it wraps or abbreviates rather than clip at any width. The
 * tick's coordinate is its angle (90° at the top).
 */
function WrappedTick(props: BaseTickContentProps & { fontSize: number }) {
  const { x, y, textAnchor, payload, fontSize } = props;
  const left = Number(x);
  // The chart is centred: its width is twice the centre's abscissa.
  const centre = (props as { cx?: number }).cx ?? left;
  const rise = Math.sin((payload.coordinate * Math.PI) / 180);
  const room =
    textAnchor === 'start' ? 2 * centre - left : textAnchor === 'end' ? left : 2 * Math.min(left, 2 * centre - left);
  const perLine = Math.min(CENTRE_LINE, (room - 4) / (fontSize * CHARACTER_WIDTH));
  const label = String(payload.value);
  const lines = wrapLabel(label, perLine);
  const lineHeight = fontSize * 1.2;
  const firstLine =
    rise > 0.3
      ? -(lines.length - 1) * lineHeight
      : rise < -0.3
        ? lineHeight * 0.8
        : -((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={fontSize} fill="#1d2330">
      <title>{label}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? firstLine : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Below this width a chart gives its labels more of the room: a smaller shape, longer lines beside it. */
const NARROW_CHART = 420;

/** Whether the element is narrower than NARROW_CHART, followed as the window (or the zoom) changes. */
function useNarrow(element: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setNarrow(target.clientWidth < NARROW_CHART));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return narrow;
}

/** Colour-blind-safe (Okabe–Ito), distinct enough for six overlaid shapes. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/**
 * Scores as a share of each criterion's scale (criteria may use different scales), on a radar and in a table
 * holding the same numbers for those who do not read charts.
 */
export function RadarView({
  criteria,
  series,
  showScaleMaximum,
  title,
  large = false,
}: {
  criteria: Criterion[];
  series: RadarSeries[];
  showScaleMaximum: boolean;
  title: string;
  /** For a projector: a taller chart and larger labels. */
  large?: boolean;
}) {
  const labelSize = large ? 18 : 12;
  const chart = useRef<HTMLDivElement>(null);
  const narrow = useNarrow(chart);
  const { t, language, formatNumber } = useI18n();
  const data = criteria.map((criterion) => {
    const point: Record<string, string | number | null> = { criterion: labelText(criterion.label, language) };
    for (const entry of series) {
      const score = entry.scores[criterion.id];
      point[entry.id] = typeof score === 'number' ? Math.round(scaleShare(criterion, score) * 1000) / 10 : 0;
    }
    if (showScaleMaximum) point.__max = 100;
    return point;
  });
  return (
    <figure className="radar card">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {/* The chart is a picture for the eye; the table below carries the same numbers for everyone else. */}
      <div ref={chart} className="radar__chart" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height={large ? 560 : 380}>
          <RadarChart data={data} outerRadius={narrow ? '40%' : '55%'} accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis
              dataKey="criterion"
              tick={(props: BaseTickContentProps) => <WrappedTick {...props} fontSize={labelSize} />}
            />
            {/* The axis starts below 0 so that a juror who gave every criterion its minimum draws a small shape. */}
            <PolarRadiusAxis
              domain={[-12, 100]}
              ticks={[0, 25, 50, 75, 100]}
              angle={90}
              tick={{ fontSize: large ? 14 : 10, fill: '#545d6e' }}
            />
            {showScaleMaximum && (
              <Radar
                name={t('radar.scaleMax')}
                dataKey="__max"
                stroke="#8a93a3"
                fill="none"
                strokeDasharray="4 4"
                isAnimationActive={false}
              />
            )}
            {series.map((entry, index) => (
              <Radar
                key={entry.id}
                name={entry.name}
                dataKey={entry.id}
                stroke={COLOURS[index % COLOURS.length]}
                fill={COLOURS[index % COLOURS.length]}
                fillOpacity={series.length > 1 ? 0.12 : 0.3}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
            <Tooltip />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      {/* An HTML legend: recharts measures its own in the DOM on every render, which costs with 30 jurors. */}
      <ul className="radar__legend">
        {showScaleMaximum && (
          <li>
            <span className="radar__swatch radar__swatch--dashed" aria-hidden="true" />
            {t('radar.scaleMax')}
          </li>
        )}
        {series.map((entry, index) => (
          <li key={entry.id}>
            <span
              className="radar__swatch"
              style={{ background: COLOURS[index % COLOURS.length] }}
              aria-hidden="true"
            />
            {entry.name}
          </li>
        ))}
      </ul>
      <details className="radar__table">
        <summary>{t('radar.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('radar.criterion')}</th>
              {series.map((entry) => (
                <th key={entry.id} scope="col">
                  {entry.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">
                  {labelText(criterion.label, language)}{' '}
                  <span className="muted">
                    ({criterion.scale.min}–{criterion.scale.max})
                  </span>
                </th>
                {series.map((entry) => {
                  const score = entry.scores[criterion.id];
                  return (
                    <td key={entry.id}>
                      {typeof score === 'number'
                        ? `${formatNumber(score)} (${formatNumber(Math.round(scaleShare(criterion, score) * 100))} %)`
                        : t('radar.notScored')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
