import type { JurorTotal } from './aggregate';

/**
 * The juror totals as numbered arrays, grouped by application in the manifest's order: the bias model's solver and
 * the resampling of docs/DESIGN.md §3 run over tens of thousands of evaluations a thousand times, where maps of
 * strings would dominate the work.
 */
export interface IndexedTotals {
  applicationIds: readonly string[];
  jurorIds: readonly string[];
  /** Evaluation k is juror `juror[k]`'s, with total `total[k]`. */
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
  const juror = new Int32Array(counted.length);
  const total = new Float64Array(counted.length);
  for (const entry of counted) {
    const a = applicationIndex.get(entry.applicationId)!;
    const k = next[a]!++;
    juror[k] = jurorIndex.get(entry.jurorId)!;
    total[k] = entry.total;
  }
  return { applicationIds, jurorIds: [...jurorIndex.keys()], juror, total, start };
}

/**
 * Conjugate gradient stops when the residual is this small relative to the right-hand side — or to the totals it
 * is made of, when their differences cancel out to almost nothing: past that, the residual is rounding, and steps
 * taken along it would only add noise to the biases.
 */
const RELATIVE_RESIDUAL = 1e-12;

/**
 * The connected parts of the juror–application graph: each juror's and each application's part, -1 for those
 * with no evaluation. Parts are numbered from 0.
 */
export function connectedParts(index: IndexedTotals): {
  applicationPart: Int32Array;
  jurorPart: Int32Array;
  count: number;
} {
  const applications = index.applicationIds.length;
  const nodes = applications + index.jurorIds.length;
  const part = new Int32Array(nodes);
  const count = numberParts(applications, index.start, index.juror, {
    parent: new Int32Array(nodes),
    seen: new Uint8Array(nodes),
    part,
    numbering: new Int32Array(nodes),
  });
  return { applicationPart: part.subarray(0, applications), jurorPart: part.subarray(applications), count };
}

interface PartBuffers {
  parent: Int32Array;
  seen: Uint8Array;
  part: Int32Array;
  numbering: Int32Array;
}

/**
 * Union–find over applications (nodes 0…A−1) and jurors (A…), application a's jurors being juror[from[a]…
 * from[a + 1]): writes each node's part into `part` (-1 without an evaluation) and returns how many parts there
 * are. The buffers are the caller's, reused from one resample to the next.
 */
function numberParts(applications: number, from: Int32Array, juror: Int32Array, buffers: PartBuffers): number {
  const { parent, seen, part, numbering } = buffers;
  for (let node = 0; node < parent.length; node++) parent[node] = node;
  seen.fill(0);
  const root = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  for (let a = 0; a < applications; a++) {
    for (let e = from[a]!; e < from[a + 1]!; e++) {
      const j = applications + juror[e]!;
      seen[a] = seen[j] = 1;
      const ra = root(a);
      const rj = root(j);
      if (ra !== rj) parent[ra] = rj;
    }
  }
  numbering.fill(-1);
  let count = 0;
  for (let node = 0; node < parent.length; node++) {
    part[node] = -1;
    if (!seen[node]) continue;
    const r = root(node);
    if (numbering[r] === -1) numbering[r] = count++;
    part[node] = numbering[r]!;
  }
  return count;
}

export interface BiasFit {
  /** q(a), NaN for an application without a (weighted) evaluation. */
  quality: Float64Array;
  /** b(j): above zero a lenient juror, below a harsh one; 0 for a juror without evaluation. */
  bias: Float64Array;
}

/**
 * The additive bias model of docs/DESIGN.md §3: the least-squares fit of S(j,a) = q(a) + b(j), each evaluation
 * counted `weights[k]` times (1 when null: the resampling draws an evaluation several times or not at all), with
 * Σ b(j) = 0 over the jurors of each connected part.
 */
export function fitBiasModel(index: IndexedTotals, weights: Float64Array | null = null): BiasFit {
  return biasModelSolver(index)(weights);
}

/**
 * The bias model's solver for one set of evaluations, to be fitted again under other weights: its working arrays
 * are made once, because filling fresh memory a thousand times (one per resample) cost more than the solving.
 *
 * q is eliminated (q(a) is the mean of S − b over a's evaluations), which leaves one equation per juror, M b = r,
 * with M symmetric and positive semi-definite; its null space holds the vectors constant on each connected part
 * (r has no component there). Conjugate gradient from zero stays in M's range, so it converges to the solution
 * orthogonal to that null space: the one whose biases sum to zero on each part, to the last bits of rounding —
 * without having to find the parts (a union–find over every evaluation, at every resample).
 */
export function biasModelSolver(index: IndexedTotals): (weights: Float64Array | null) => BiasFit {
  const applications = index.applicationIds.length;
  const jurors = index.jurorIds.length;
  const size = index.total.length;
  // The evaluations that count, application by application: the loops then skip none of them.
  const juror = new Int32Array(size);
  const weight = new Float64Array(size);
  const total = new Float64Array(size);
  const share = new Float64Array(size);
  const from = new Int32Array(applications + 1);
  const weightOf = new Float64Array(applications);
  const meanOf = new Float64Array(applications);
  const dot = (x: Float64Array, y: Float64Array) => {
    let sum = 0;
    for (let j = 0; j < jurors; j++) sum += x[j]! * y[j]!;
    return sum;
  };
  // Each juror's total weight: M's diagonal before the applications' means are taken off.
  const degree = new Float64Array(jurors);
  // M x = degree ∘ x minus, for each evaluation, its weight times its application's weighted mean of x.
  const multiply = (x: Float64Array, out: Float64Array) => {
    for (let j = 0; j < jurors; j++) out[j] = degree[j]! * x[j]!;
    for (let a = 0; a < applications; a++) {
      let mean = 0;
      for (let e = from[a]!; e < from[a + 1]!; e++) mean += share[e]! * x[juror[e]!]!;
      for (let e = from[a]!; e < from[a + 1]!; e++) out[juror[e]!]! -= weight[e]! * mean;
    }
  };

  return (weights) => {
    let e = 0;
    for (let a = 0; a < applications; a++) {
      from[a] = e;
      let sum = 0;
      let weighted = 0;
      for (let k = index.start[a]!; k < index.start[a + 1]!; k++) {
        const w = weights ? weights[k]! : 1;
        if (!(w > 0)) continue;
        juror[e] = index.juror[k]!;
        weight[e] = w;
        total[e++] = index.total[k]!;
        sum += w;
        weighted += w * index.total[k]!;
      }
      weightOf[a] = sum;
      meanOf[a] = sum > 0 ? weighted / sum : 0;
      for (let f = from[a]!; f < e; f++) share[f] = weight[f]! / sum;
    }
    from[applications] = e;

    const rightHand = new Float64Array(jurors);
    const magnitude = new Float64Array(jurors);
    degree.fill(0);
    for (let a = 0; a < applications; a++)
      for (let f = from[a]!; f < from[a + 1]!; f++) {
        rightHand[juror[f]!]! += weight[f]! * (total[f]! - meanOf[a]!);
        magnitude[juror[f]!]! += weight[f]! * (Math.abs(total[f]!) + Math.abs(meanOf[a]!));
        degree[juror[f]!]! += weight[f]!;
      }
    const bias = new Float64Array(jurors);
    const target = RELATIVE_RESIDUAL ** 2 * Math.max(dot(rightHand, rightHand), dot(magnitude, magnitude));
    const residual = rightHand.slice();
    const direction = rightHand.slice();
    const product = new Float64Array(jurors);
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

    const quality = new Float64Array(applications);
    for (let a = 0; a < applications; a++) {
      let sum = 0;
      for (let f = from[a]!; f < from[a + 1]!; f++) sum += weight[f]! * (total[f]! - bias[juror[f]!]!);
      quality[a] = weightOf[a]! > 0 ? sum / weightOf[a]! : NaN;
    }
    return { quality, bias };
  };
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
  const { applicationPart, jurorPart, count } = connectedParts(index);
  const parts = Array.from({ length: count }, (): ComparablePart => ({ applicationIds: [], jurorIds: [] }));
  applicationPart.forEach((part, a) => {
    if (part >= 0) parts[part]!.applicationIds.push(applicationIds[a]!);
  });
  jurorPart.forEach((part, j) => {
    if (part >= 0) parts[part]!.jurorIds.push(index.jurorIds[j]!);
  });
  return parts.sort((a, b) => b.applicationIds.length - a.applicationIds.length);
}
