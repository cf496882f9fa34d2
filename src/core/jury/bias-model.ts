import type { JurorTotal } from './aggregate';

/**
 * The juror totals as numbered arrays, grouped by application in the manifest's order: the bias model's solver and
 * the resampling of docs/DESIGN.md §3 run over tens of thousands of evaluations a thousand times, where maps of
 * strings would dominate the work.
 */
export interface IndexedTotals {
  applicationIds: readonly string[];
  jurorIds: readonly string[];
  /** Evaluation k belongs to application `application[k]`, by juror `juror[k]`, with total `total[k]`. */
  application: Int32Array;
  juror: Int32Array;
  total: Float64Array;
  /** Application a's evaluations are k in [start[a], start[a + 1]). */
  start: Int32Array;
}

export function indexTotals(applicationIds: readonly string[], totals: readonly JurorTotal[]): IndexedTotals {
  const applicationIndex = new Map(applicationIds.map((id, index) => [id, index]));
  const jurorIndex = new Map<string, number>();
  const start = new Int32Array(applicationIds.length + 1);
  const counted = totals.filter((entry) => applicationIndex.has(entry.applicationId));
  for (const entry of counted) {
    start[applicationIndex.get(entry.applicationId)! + 1]!++;
    if (!jurorIndex.has(entry.jurorId)) jurorIndex.set(entry.jurorId, jurorIndex.size);
  }
  for (let a = 0; a < applicationIds.length; a++) start[a + 1]! += start[a]!;
  const next = start.slice(0, applicationIds.length);
  const application = new Int32Array(counted.length);
  const juror = new Int32Array(counted.length);
  const total = new Float64Array(counted.length);
  for (const entry of counted) {
    const a = applicationIndex.get(entry.applicationId)!;
    const k = next[a]!++;
    application[k] = a;
    juror[k] = jurorIndex.get(entry.jurorId)!;
    total[k] = entry.total;
  }
  return { applicationIds, jurorIds: [...jurorIndex.keys()], application, juror, total, start };
}

/** Conjugate gradient stops when the residual is this small relative to the right-hand side. */
const RELATIVE_RESIDUAL = 1e-12;

/**
 * The connected parts of the juror–application graph, over the evaluations whose weight is positive: each
 * juror's and each application's part, -1 for those with no evaluation. Parts are numbered from 0.
 */
export function connectedParts(
  index: IndexedTotals,
  weights: Float64Array | null,
): { applicationPart: Int32Array; jurorPart: Int32Array; count: number } {
  const applications = index.applicationIds.length;
  const parent = new Int32Array(applications + index.jurorIds.length).map((_, node) => node);
  const root = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  const seen = new Uint8Array(parent.length);
  for (let k = 0; k < index.total.length; k++) {
    if (weights && weights[k] === 0) continue;
    const a = index.application[k]!;
    const j = applications + index.juror[k]!;
    seen[a] = seen[j] = 1;
    const [ra, rj] = [root(a), root(j)];
    if (ra !== rj) parent[ra] = rj;
  }
  const numbering = new Map<number, number>();
  const part = new Int32Array(parent.length).fill(-1);
  for (let node = 0; node < parent.length; node++) {
    if (!seen[node]) continue;
    const r = root(node);
    if (!numbering.has(r)) numbering.set(r, numbering.size);
    part[node] = numbering.get(r)!;
  }
  return {
    applicationPart: part.subarray(0, applications),
    jurorPart: part.subarray(applications),
    count: numbering.size,
  };
}

export interface BiasFit {
  /** q(a), NaN for an application without a (weighted) evaluation. */
  quality: Float64Array;
  /** b(j): above zero a lenient juror, below a harsh one; 0 for a juror without evaluation. */
  bias: Float64Array;
  parts: number;
}

/**
 * The additive bias model of docs/DESIGN.md §3: the least-squares fit of S(j,a) = q(a) + b(j), each evaluation
 * counted `weights[k]` times (1 when null: the resampling draws an evaluation several times or not at all), with
 * Σ b(j) = 0 over the jurors of each connected part.
 *
 * q is eliminated (q(a) is the mean of S − b over a's evaluations), which leaves one equation per juror, M b = r,
 * with M symmetric and positive semi-definite; its null space holds the vectors constant on each part. Conjugate
 * gradient from a start in M's range stays there, so it converges to the solution orthogonal to that null space —
 * the one whose biases sum to zero on each part; a last projection removes what rounding let in. `start` (a
 * previous fit's biases) saves iterations when the data change little, as between resamples.
 */
export function fitBiasModel(
  index: IndexedTotals,
  weights: Float64Array | null = null,
  start: Float64Array | null = null,
): BiasFit {
  const applications = index.applicationIds.length;
  const jurors = index.jurorIds.length;
  const evaluations = index.total.length;
  const weight = (k: number) => (weights ? weights[k]! : 1);
  const weightOf = new Float64Array(applications);
  const meanOf = new Float64Array(applications);
  for (let k = 0; k < evaluations; k++) {
    const a = index.application[k]!;
    weightOf[a]! += weight(k);
    meanOf[a]! += weight(k) * index.total[k]!;
  }
  for (let a = 0; a < applications; a++) if (weightOf[a]! > 0) meanOf[a]! /= weightOf[a]!;

  const perApplication = new Float64Array(applications);
  const multiply = (x: Float64Array, out: Float64Array) => {
    perApplication.fill(0);
    for (let k = 0; k < evaluations; k++) perApplication[index.application[k]!]! += weight(k) * x[index.juror[k]!]!;
    for (let a = 0; a < applications; a++) if (weightOf[a]! > 0) perApplication[a]! /= weightOf[a]!;
    out.fill(0);
    for (let k = 0; k < evaluations; k++) {
      const j = index.juror[k]!;
      out[j]! += weight(k) * (x[j]! - perApplication[index.application[k]!]!);
    }
  };
  const dot = (x: Float64Array, y: Float64Array) => {
    let sum = 0;
    for (let j = 0; j < jurors; j++) sum += x[j]! * y[j]!;
    return sum;
  };

  const rightHand = new Float64Array(jurors);
  for (let k = 0; k < evaluations; k++)
    rightHand[index.juror[k]!]! += weight(k) * (index.total[k]! - meanOf[index.application[k]!]!);
  const bias = start && start.length === jurors ? start.slice() : new Float64Array(jurors);
  const target = RELATIVE_RESIDUAL ** 2 * dot(rightHand, rightHand);
  const residual = new Float64Array(jurors);
  const product = new Float64Array(jurors);
  multiply(bias, product);
  for (let j = 0; j < jurors; j++) residual[j] = rightHand[j]! - product[j]!;
  const direction = residual.slice();
  let squared = dot(residual, residual);
  // In exact arithmetic conjugate gradient ends within `jurors` steps; rounding may ask for a few more.
  for (let step = 0; step < 2 * jurors + 10 && squared > target; step++) {
    multiply(direction, product);
    const curvature = dot(direction, product);
    if (curvature <= 0) break;
    const length = squared / curvature;
    for (let j = 0; j < jurors; j++) {
      bias[j]! += length * direction[j]!;
      residual[j]! -= length * product[j]!;
    }
    const previous = squared;
    squared = dot(residual, residual);
    for (let j = 0; j < jurors; j++) direction[j] = residual[j]! + (squared / previous) * direction[j]!;
  }

  const { jurorPart, count } = connectedParts(index, weights);
  const partSum = new Float64Array(count);
  const partSize = new Float64Array(count);
  for (let j = 0; j < jurors; j++) {
    const part = jurorPart[j]!;
    if (part < 0) continue;
    partSum[part]! += bias[j]!;
    partSize[part]!++;
  }
  for (let j = 0; j < jurors; j++) {
    const part = jurorPart[j]!;
    bias[j] = part < 0 ? 0 : bias[j]! - partSum[part]! / partSize[part]!;
  }

  const quality = new Float64Array(applications);
  for (let k = 0; k < evaluations; k++)
    quality[index.application[k]!]! += weight(k) * (index.total[k]! - bias[index.juror[k]!]!);
  for (let a = 0; a < applications; a++) quality[a] = weightOf[a]! > 0 ? quality[a]! / weightOf[a]! : NaN;
  return { quality, bias, parts: count };
}

export interface ComparablePart {
  applicationIds: string[];
  jurorIds: string[];
}

/**
 * The groups of applications whose bias-model scores can be compared: one when assignments overlap enough, several
 * when some jurors never share an application with the others (docs/DESIGN.md §3). Largest first.
 */
export function comparableParts(applicationIds: readonly string[], totals: readonly JurorTotal[]): ComparablePart[] {
  const index = indexTotals(applicationIds, totals);
  const { applicationPart, jurorPart, count } = connectedParts(index, null);
  const parts = Array.from({ length: count }, (): ComparablePart => ({ applicationIds: [], jurorIds: [] }));
  applicationPart.forEach((part, a) => {
    if (part >= 0) parts[part]!.applicationIds.push(applicationIds[a]!);
  });
  jurorPart.forEach((part, j) => {
    if (part >= 0) parts[part]!.jurorIds.push(index.jurorIds[j]!);
  });
  return parts.sort((a, b) => b.applicationIds.length - a.applicationIds.length);
}
