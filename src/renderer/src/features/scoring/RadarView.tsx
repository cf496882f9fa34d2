import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { type Criterion, labelText } from '@core/documents';
import { scaleShare, type Scores } from '@core/jury';
import { useI18n } from '@renderer/i18n';

export interface RadarSeries {
  id: string;
  name: string;
  scores: Scores;
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
}: {
  criteria: Criterion[];
  series: RadarSeries[];
  showScaleMaximum: boolean;
  title: string;
}) {
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
      <div className="radar__chart" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height={380}>
          <RadarChart data={data} outerRadius="62%" accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="criterion" tick={{ fontSize: 12, fill: '#1d2330' }} />
            <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10, fill: '#545d6e' }} />
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
