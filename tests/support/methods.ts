import type { Method } from '@core/jury/aggregate';

/** Every method the core ranks by: the properties that must hold under each of them run over this list. */
export const METHODS: Method[] = [
  { aggregate: 'mean', normalization: 'none' },
  { aggregate: 'median', normalization: 'none' },
  { aggregate: 'trimmed-mean', normalization: 'none' },
  { aggregate: 'mean', normalization: 'z-score' },
  { aggregate: 'mean', normalization: 'bias-model' },
];
