/** What the command line prints, reports included (its errors are core's). */
export const cli = {
  error: 'Error: {{message}}',
  merge: {
    accepted: 'accepted   {{file}}: {{juror}}, revision {{revision}}, {{fingerprint}}',
    noRosterKey: ' (no key in the roster: check this fingerprint with the juror)',
    ignored: 'ignored    {{file}}: revision {{revision}} of {{juror}}, revision {{kept}} is newer',
    refused: 'refused    {{file}}: {{reason}}',
    equivocation: 'refused    {{files}}: two different files from {{juror}} with the same revision {{revision}}',
    unconfirmed: 'unconfirmed {{file}}: {{juror}} has no key in the roster; confirm {{fingerprint}}',
    used_one: 'Used {{used}} of {{count}} score file.',
    used_other: 'Used {{used}} of {{count}} score files.',
    usedSome_one: 'Used {{used}} of {{count}} score file; the others are left out above, each with its reason.',
    usedSome_other: 'Used {{used}} of {{count}} score files; the others are left out above, each with its reason.',
    columns: {
      rank: 'rank',
      application: 'application',
      n: 'n',
      mean: 'mean',
      median: 'median',
      sd: 'sd',
      flags: 'flags',
    },
    flag: { disagreement: 'disagreement', 'near-cutoff': 'near-cutoff' },
    toDiscuss: 'To discuss, in this order:',
    nameSeparator: ': ',
    reasonSeparator: '; ',
    nearCutoff: 'near the cut-off (rank {{rank}}, {{places}} selected places)',
    disagreement: 'disagreement (z-scores spread by {{sd}} sd over {{count}} jurors{{widest}})',
    widest: ', furthest apart on “{{criterion}}” ({{levels}} levels once each juror’s habit is taken out)',
    selectedPlaces: 'Selected places: {{capacity}}. Under the chosen method: {{names}}.',
    withMethod: 'with the {{method}}',
    withoutJuror: 'without {{juror}}',
    methodName: { mean: 'mean', median: 'median', 'trimmed-mean': 'trimmed mean', 'z-score': 'z-score calibration' },
  },
};

export type CliSentences = typeof cli;
