/**
 * Simulated juries with a known true quality: how often each ranking method of the core selects the truly best
 * applications, and how often the rank intervals hold the true rank. Writes its tables into docs/METHODS.md
 * (between the simulate markers) and prints them. `npm run simulate [-- --trials N --no-write]`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { BundleManifest } from '@core/documents';
import { rankingValues, type JurorTotal, type Method } from '@core/jury/aggregate';
import { recommendedMethod } from '@core/jury/method-choice';
import { fitBiasModel } from '@core/jury/bias-model';
import { indexTotals } from '@core/jury/juror-graph';
import { seededRandom } from '@core/jury/random';
import { rankUncertainty } from '@core/jury/uncertainty';
import { assignmentTable } from './simulate-assignments';

/** The juror model, in scale levels (1–5) before rounding; stated in docs/METHODS.md. */
export interface JurorModel {
  /** sd of the applications' true quality, shared by the criteria. */
  quality: number;
  /** sd of each criterion's own deviation from an application's quality. */
  criterion: number;
  /** sd of a juror's leniency: the levels they add to everything. */
  leniency: number;
  /** sd of the logarithm of a juror's rigor: how much they stretch differences. */
  rigor: number;
  /** sd of the noise of each juror on each criterion of each application. */
  noise: number;
}

export const MODEL: JurorModel = { quality: 0.8, criterion: 0.4, leniency: 0.5, rigor: 0.15, noise: 0.6 };
const CRITERIA = 4;

export interface JuryShape {
  name: string;
  applications: number;
  jurors: number;
  /** Jurors per application; `jurors` when every juror scores everything. */
  perApplication: number;
  selected: number;
  model: JurorModel;
  trials: number;
  /** A juror model away from the stated one: reported apart, to show where the recommended method stops winning. */
  robustness?: boolean;
}

export const SHAPES: JuryShape[] = [
  {
    name: '12 × 5, all score all, top 8',
    applications: 12,
    jurors: 5,
    perApplication: 5,
    selected: 8,
    model: MODEL,
    trials: 400,
  },
  {
    name: '60 × 8, all score all, top 10',
    applications: 60,
    jurors: 8,
    perApplication: 8,
    selected: 10,
    model: MODEL,
    trials: 200,
  },
  {
    name: '200 × 20, 5 per application, top 20',
    applications: 200,
    jurors: 20,
    perApplication: 5,
    selected: 20,
    model: MODEL,
    trials: 200,
  },
  {
    name: '200 × 20, 5 per application, top 20, noisy',
    applications: 200,
    jurors: 20,
    perApplication: 5,
    selected: 20,
    model: { ...MODEL, noise: 1 },
    trials: 200,
  },
  {
    name: '200 × 40, 3 per application, top 40, lenient',
    applications: 200,
    jurors: 40,
    perApplication: 3,
    selected: 40,
    model: { ...MODEL, leniency: 0.8 },
    trials: 200,
  },
  {
    name: '1,000 × 100, 3 per application, top 100',
    applications: 1000,
    jurors: 100,
    perApplication: 3,
    selected: 100,
    model: MODEL,
    trials: 60,
  },
  {
    name: '200 × 20, 5 per application, top 20, rigor sd 0',
    applications: 200,
    jurors: 20,
    perApplication: 5,
    selected: 20,
    model: { ...MODEL, rigor: 0 },
    trials: 200,
    robustness: true,
  },
  {
    name: '200 × 20, 5 per application, top 20, rigor sd 0.3',
    applications: 200,
    jurors: 20,
    perApplication: 5,
    selected: 20,
    model: { ...MODEL, rigor: 0.3 },
    trials: 200,
    robustness: true,
  },
  {
    name: '1,000 × 100, 3 per application, top 100, rigor sd 0',
    applications: 1000,
    jurors: 100,
    perApplication: 3,
    selected: 100,
    model: { ...MODEL, rigor: 0 },
    trials: 60,
    robustness: true,
  },
  {
    name: '1,000 × 100, 3 per application, top 100, rigor sd 0.3',
    applications: 1000,
    jurors: 100,
    perApplication: 3,
    selected: 100,
    model: { ...MODEL, rigor: 0.3 },
    trials: 60,
    robustness: true,
  },
];

export type MethodName = 'mean' | 'median' | 'trimmed-mean' | 'z-score' | 'bias-model' | 'bias-and-rigor';

export const CORE_METHODS: Record<Exclude<MethodName, 'bias-and-rigor'>, Method> = {
  mean: { aggregate: 'mean', normalization: 'none' },
  median: { aggregate: 'median', normalization: 'none' },
  'trimmed-mean': { aggregate: 'trimmed-mean', normalization: 'none' },
  'z-score': { aggregate: 'mean', normalization: 'z-score' },
  'bias-model': { aggregate: 'mean', normalization: 'bias-model' },
};

function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface SimulatedJury {
  manifest: BundleManifest;
  totals: JurorTotal[];
  /** Each application's true quality, in the manifest's order. */
  truth: number[];
}

/**
 * One jury drawn from the model: balanced assignments (each application to the least loaded jurors, ties drawn),
 * or the jurors `reviewers` gives each application.
 */
export function simulatedJury(
  shape: JuryShape,
  seed: number,
  reviewers?: readonly (readonly number[])[],
): SimulatedJury {
  const random = seededRandom(seed);
  const normal = gaussian(random);
  const { model } = shape;
  const merit = Array.from({ length: shape.applications }, () => {
    const quality = model.quality * normal();
    return Array.from({ length: CRITERIA }, () => quality + model.criterion * normal());
  });
  const truth = merit.map((criteria) => criteria.reduce((sum, value) => sum + value, 0) / CRITERIA);
  const jurors = Array.from({ length: shape.jurors }, () => ({
    leniency: model.leniency * normal(),
    rigor: Math.exp(model.rigor * normal()),
  }));
  const load = new Array<number>(shape.jurors).fill(0);
  const totals: JurorTotal[] = [];
  merit.forEach((criteria, a) => {
    const chosen =
      reviewers?.[a]!.map((j) => ({ j })) ??
      load
        .map((count, j) => ({ j, count, tie: random() }))
        .sort((x, y) => x.count - y.count || x.tie - y.tie)
        .slice(0, shape.perApplication);
    for (const { j } of chosen) {
      load[j]!++;
      const { leniency, rigor } = jurors[j]!;
      const levels = criteria.map((value) =>
        Math.min(5, Math.max(1, Math.round(3 + rigor * (value + model.noise * normal()) + leniency))),
      );
      const total = (100 * levels.reduce((sum, level) => sum + (level - 1) / 4, 0)) / CRITERIA;
      totals.push({ jurorId: `j${j}`, applicationId: `a${a}`, total, scores: {} });
    }
  });
  const manifest = {
    applications: merit.map((_, a) => ({ id: `a${a}`, name: `A${a}` })),
    outcomes: [{ id: 'in', label: 'In', kind: 'selected', capacity: shape.selected }],
  } as unknown as BundleManifest;
  return { manifest, totals, truth };
}

/**
 * The additive model with a rigor term, S(j,a) = b(j) + s(j)·q(a), fitted by alternating least squares from the
 * bias model's fit: explored here, kept out of the core unless it does better at every size.
 */
function biasAndRigor(jury: SimulatedJury): Float64Array {
  const ids = jury.manifest.applications.map((application) => application.id);
  const index = indexTotals(ids, jury.totals);
  const quality = fitBiasModel(index).quality;
  const jurors = index.jurorIds.length;
  const applicationOf = new Int32Array(index.total.length);
  for (let a = 0; a < ids.length; a++) applicationOf.fill(a, index.start[a], index.start[a + 1]);
  const scale = new Float64Array(jurors).fill(1);
  const offset = new Float64Array(jurors);
  for (let round = 0; round < 30; round++) {
    for (let j = 0; j < jurors; j++) {
      let [n, sx, sy, sxx, sxy] = [0, 0, 0, 0, 0];
      for (let k = 0; k < index.total.length; k++) {
        if (index.juror[k] !== j) continue;
        const [x, y] = [quality[applicationOf[k]!]!, index.total[k]!];
        [n, sx, sy, sxx, sxy] = [n + 1, sx + x, sy + y, sxx + x * x, sxy + x * y];
      }
      const variance = sxx / n - (sx / n) ** 2;
      const slope = n >= 3 && variance > 1e-9 ? (sxy / n - (sx / n) * (sy / n)) / variance : 1;
      scale[j] = Math.min(3, Math.max(1 / 3, slope));
      offset[j] = sy / n - scale[j]! * (sx / n);
    }
    const numerator = new Float64Array(ids.length);
    const denominator = new Float64Array(ids.length);
    for (let k = 0; k < index.total.length; k++) {
      const [a, j] = [applicationOf[k]!, index.juror[k]!];
      numerator[a]! += scale[j]! * (index.total[k]! - offset[j]!);
      denominator[a]! += scale[j]! ** 2;
    }
    for (let a = 0; a < ids.length; a++) quality[a] = numerator[a]! / denominator[a]!;
  }
  return quality;
}

function valuesUnder(jury: SimulatedJury, method: MethodName): number[] {
  if (method === 'bias-and-rigor') return [...biasAndRigor(jury)];
  const values = rankingValues(jury.manifest, jury.totals, CORE_METHODS[method]);
  return jury.manifest.applications.map((application) => values.get(application.id) ?? -Infinity);
}

function topK(values: readonly number[], k: number): Set<number> {
  return new Set(
    values
      .map((value, a) => ({ value, a }))
      .sort((x, y) => y.value - x.value || x.a - y.a)
      .slice(0, k)
      .map(({ a }) => a),
  );
}

export function precisionAtK(jury: SimulatedJury, method: MethodName, k: number): number {
  const truth = topK(jury.truth, k);
  let hits = 0;
  for (const a of topK(valuesUnder(jury, method), k)) if (truth.has(a)) hits++;
  return hits / k;
}

/** The method the core recommends for this jury: what the app and the command line use unless told otherwise. */
export function recommendedName(jury: SimulatedJury): MethodName {
  const method = recommendedMethod(jury.totals);
  return method.normalization === 'none' ? 'mean' : (method.normalization as MethodName);
}

interface Estimate {
  mean: number;
  /** Half-width of the 95 % confidence interval of the mean. */
  margin: number;
}

function estimate(values: readonly number[]): Estimate {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, margin: 1.96 * Math.sqrt(variance / values.length) };
}

export interface ShapeReport {
  shape: JuryShape;
  precision: Record<MethodName, Estimate>;
  recommended: MethodName;
  /** The recommended method minus each other, trial by trial (paired): negative beyond its margin is a loss. */
  versus: Record<MethodName, Estimate>;
}

const METHOD_NAMES: MethodName[] = ['mean', 'median', 'trimmed-mean', 'z-score', 'bias-model', 'bias-and-rigor'];

export function simulateShape(shape: JuryShape, trials = shape.trials): ShapeReport {
  const scores = Object.fromEntries(METHOD_NAMES.map((name) => [name, [] as number[]])) as Record<MethodName, number[]>;
  let recommended: MethodName = 'mean';
  for (let trial = 0; trial < trials; trial++) {
    const jury = simulatedJury(shape, 1000 * trial + shape.applications);
    recommended = recommendedName(jury);
    for (const name of METHOD_NAMES) scores[name].push(precisionAtK(jury, name, shape.selected));
  }
  const precision = Object.fromEntries(
    METHOD_NAMES.map((name) => [name, estimate(scores[name])]),
  ) as ShapeReport['precision'];
  const versus = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      estimate(scores[recommended].map((value, trial) => value - scores[name][trial]!)),
    ]),
  ) as ShapeReport['versus'];
  return { shape, precision, recommended, versus };
}

export interface CoverageReport {
  shape: JuryShape;
  /** Share of applications whose true rank lies in their 90 % rank interval. */
  all: Estimate;
  /** The same, over applications whose true rank is within a tenth of the places from the cut-off. */
  nearCutoff: Estimate;
  /** Mean width of the intervals, in ranks. */
  width: number;
}

export function coverage(shape: JuryShape, trials: number, resamples: number): CoverageReport {
  const all: number[] = [];
  const near: number[] = [];
  let width = 0;
  let counted = 0;
  for (let trial = 0; trial < trials; trial++) {
    const jury = simulatedJury(shape, 7919 * trial + shape.jurors);
    const intervals = rankUncertainty(jury.manifest, jury.totals, recommendedMethod(jury.totals), {
      resamples,
      seed: trial + 1,
    });
    const trueRank = new Map(
      jury.truth
        .map((value, a) => ({ value, a }))
        .sort((x, y) => y.value - x.value)
        .map(({ a }, position) => [a, position + 1]),
    );
    let [inside, nearInside, nearCount] = [0, 0, 0];
    jury.manifest.applications.forEach((application, a) => {
      const interval = intervals.get(application.id)!.interval!;
      const rank = trueRank.get(a)!;
      const held = rank >= interval.low && rank <= interval.high ? 1 : 0;
      inside += held;
      width += interval.high - interval.low;
      counted++;
      if (Math.abs(rank - shape.selected) <= Math.max(1, shape.selected / 10)) {
        nearInside += held;
        nearCount++;
      }
    });
    all.push(inside / shape.applications);
    if (nearCount > 0) near.push(nearInside / nearCount);
  }
  return { shape, all: estimate(all), nearCutoff: estimate(near), width: width / counted };
}

const percent = ({ mean, margin }: Estimate) => `${(100 * mean).toFixed(1)} ± ${(100 * margin).toFixed(1)}`;

const CORE_NAMES = METHOD_NAMES.filter((name) => name !== 'bias-and-rigor');

/** Signed difference in points, with its margin. */
const points = ({ mean, margin }: Estimate) =>
  `${mean >= 0 ? '+' : '−'}${Math.abs(100 * mean).toFixed(1)} ± ${(100 * margin).toFixed(1)}`;

export function precisionTable(reports: readonly ShapeReport[]): string {
  const header = `| jury (trials) | ${METHOD_NAMES.join(' | ')} | recommended | beaten by no core method | recommended − bias-and-rigor |`;
  const rule = `| --- | ${METHOD_NAMES.map(() => '---:').join(' | ')} | --- | --- | ---: |`;
  const rows = reports.map(({ shape, precision, recommended, versus }) => {
    const losses = CORE_NAMES.filter((name) => versus[name].mean + versus[name].margin < 0);
    return `| ${shape.name} (${shape.trials}) | ${METHOD_NAMES.map((name) => percent(precision[name])).join(' | ')} | ${recommended} | ${losses.length === 0 ? 'yes' : `no: ${losses.join(', ')}`} | ${points(versus['bias-and-rigor'])} |`;
  });
  return [header, rule, ...rows].join('\n');
}

export function coverageTable(reports: readonly CoverageReport[], resamples: number, trials: number): string {
  return [
    `| jury (${trials} trials, ${resamples} resamples each) | true rank inside the 90 % interval | near the cut-off | mean width (ranks) |`,
    '| --- | ---: | ---: | ---: |',
    ...reports.map(
      ({ shape, all, nearCutoff, width }) =>
        `| ${shape.name} | ${percent(all)} % | ${percent(nearCutoff)} % | ${width.toFixed(1)} |`,
    ),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { trials: { type: 'string' }, 'no-write': { type: 'boolean' } },
  });
  const trials = values.trials === undefined ? undefined : Number(values.trials);
  const shapes = SHAPES.map((shape) => (trials ? { ...shape, trials } : shape));
  const started = performance.now();
  const reports = shapes.map((shape) => {
    const report = simulateShape(shape);
    console.log(`${shape.name}: done`);
    return report;
  });
  const coverageTrials = trials ?? 20;
  const coverageResamples = 300;
  const main = shapes.filter((shape) => !shape.robustness);
  const coverages = main.map((shape) => coverage(shape, coverageTrials, coverageResamples));
  const text = [
    `Juror model: ${JSON.stringify(MODEL)}; ${CRITERIA} criteria of levels 1–5. Precision of the selected set against the true top k, in %, mean ± 95 % confidence margin over the trials; the last two columns compare the recommended method with each other one trial by trial (paired differences, in points). bias-and-rigor is an exploration, not a method of the app.`,
    '',
    precisionTable(reports.filter((report) => !report.shape.robustness)),
    '',
    'The same with jurors who differ less, or more, in how much they stretch the scale (rigor):',
    '',
    precisionTable(reports.filter((report) => report.shape.robustness)),
    '',
    coverageTable(coverages, coverageResamples, coverageTrials),
    '',
    assignmentTable(trials),
  ].join('\n');
  console.log(`\n${text}\n\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (values['no-write']) return;
  const path = new URL('../docs/METHODS.md', import.meta.url);
  const document = await readFile(path, 'utf8');
  const [before, rest] = document.split('<!-- simulate:begin -->');
  const [, after] = (rest ?? '').split('<!-- simulate:end -->');
  if (after === undefined) throw new Error('docs/METHODS.md has lost its simulate markers');
  await writeFile(path, `${before}<!-- simulate:begin -->\n\n${text}\n\n<!-- simulate:end -->${after}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
