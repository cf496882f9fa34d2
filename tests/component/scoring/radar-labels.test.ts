import { describe, expect, it } from 'vitest';
import { wrapLabel } from '@renderer/features/scoring/RadarView';

describe('a radar axis label in the room it has', () => {
  it('wraps between words, never past the line', () => {
    expect(wrapLabel('Potential for growth and replication', 12)).toEqual([
      'Potential',
      'for growth',
      'and',
      'replication',
    ]);
    for (const line of wrapLabel('Potential for growth and replication', 12))
      expect(line.length).toBeLessThanOrEqual(12);
  });

  it('cuts a word longer than the line with an ellipsis instead of running off the chart', () => {
    expect(wrapLabel('Sustainability', 8)).toEqual(['Sustain…']);
    expect(wrapLabel('Caractère innovant', 6)).toEqual(['Carac…', 'innov…']);
  });

  it('keeps a label whole when it fits, and a few characters when the room is tiny', () => {
    expect(wrapLabel('Impact', 24)).toEqual(['Impact']);
    expect(wrapLabel('Impact social', 1.5)).toEqual(['Imp…', 'soc…']);
  });
});
