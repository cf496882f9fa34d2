import { connectedParts, numberParts, type IndexedTotals, type PartBuffers } from './juror-graph';

/**
 * Conjugate gradient stops when the residual is this small relative to the right-hand side — or to the totals it
 * is made of, when their differences cancel out to almost nothing: past that, the residual is rounding, and steps
 * taken along it would only add noise to the biases.
 */
const RELATIVE_RESIDUAL = 1e-12;

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
  return biasModelSolver(index, false)(weights).fit;
}

/** Above this many jurors the dense preconditioner (J² numbers, J³/6 steps to factor once) is not built. */
const MAX_PRECONDITIONED_JURORS = 1500;

/**
 * The full data's M with its null space filled in (each connected part's constant vector given M's mean diagonal
 * there), factored by Cholesky: M_full = L Lᵀ, L row by row in `factor`. Applying its inverse to a resample's
 * residual is what lets conjugate gradient converge in a few steps where the assignments chain jurors loosely —
 * the bench's national call, each juror sharing applications with a handful of others around a ring, took over two
 * hundred steps without it.
 */
function fullDataPreconditioner(index: IndexedTotals): ((residual: Float64Array, out: Float64Array) => void) | null {
  const jurors = index.jurorIds.length;
  if (jurors > MAX_PRECONDITIONED_JURORS) return null;
  const matrix = new Float64Array(jurors * jurors);
  for (let a = 0; a < index.applicationIds.length; a++) {
    const [first, last] = [index.start[a]!, index.start[a + 1]!];
    const share = 1 / (last - first);
    for (let k = first; k < last; k++) {
      const row = index.juror[k]! * jurors;
      matrix[row + index.juror[k]!]! += 1;
      for (let l = first; l < last; l++) matrix[row + index.juror[l]!]! -= share;
    }
  }
  const { jurorPart, count } = connectedParts(index);
  const diagonal = new Float64Array(count);
  const size = new Float64Array(count);
  for (let j = 0; j < jurors; j++) {
    diagonal[jurorPart[j]!]! += matrix[j * jurors + j]!;
    size[jurorPart[j]!]!++;
  }
  for (let j = 0; j < jurors; j++)
    for (let l = 0; l < jurors; l++) {
      const part = jurorPart[j]!;
      if (jurorPart[l] === part) matrix[j * jurors + l]! += (diagonal[part]! || size[part]!) / size[part]! ** 2;
    }
  for (let j = 0; j < jurors; j++) {
    for (let l = 0; l <= j; l++) {
      let sum = matrix[j * jurors + l]!;
      for (let m = 0; m < l; m++) sum -= matrix[j * jurors + m]! * matrix[l * jurors + m]!;
      if (l < j) matrix[j * jurors + l] = sum / matrix[l * jurors + l]!;
      else if (sum > 0) matrix[j * jurors + j] = Math.sqrt(sum);
      else return null;
    }
  }
  // Lᵀ row by row too, so that the backward substitution also reads memory in order.
  const transposed = new Float64Array(jurors * jurors);
  for (let j = 0; j < jurors; j++) for (let l = 0; l <= j; l++) transposed[l * jurors + j] = matrix[j * jurors + l]!;
  return (residual, out) => {
    for (let j = 0; j < jurors; j++) {
      let sum = residual[j]!;
      for (let m = 0; m < j; m++) sum -= matrix[j * jurors + m]! * out[m]!;
      out[j] = sum / matrix[j * jurors + j]!;
    }
    for (let j = jurors - 1; j >= 0; j--) {
      let sum = out[j]!;
      for (let m = j + 1; m < jurors; m++) sum -= transposed[j * jurors + m]! * out[m]!;
      out[j] = sum / transposed[j * jurors + j]!;
    }
  };
}

/**
 * The bias model's solver for one set of evaluations, to be fitted again under other weights: its working arrays
 * and its preconditioner are made once, because a resample is fitted a thousand times, and filling fresh memory
 * each time cost more than the solving.
 *
 * q is eliminated (q(a) is the mean of S − b over a's evaluations), which leaves one equation per juror, M b = r,
 * with M symmetric and positive semi-definite; its null space holds the vectors constant on each connected part
 * (r has no component there). Conjugate gradient, preconditioned by the full data's M, finds a solution; the
 * biases of each part of this data's graph are then centred, which gives the one solution whose biases sum to zero
 * there.
 */
export function biasModelSolver(
  index: IndexedTotals,
  preconditioned: boolean,
): (weights: Float64Array | null) => { fit: BiasFit; steps: number } {
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
  const nodes = applications + jurors;
  const parts: PartBuffers = {
    parent: new Int32Array(nodes),
    seen: new Uint8Array(nodes),
    part: new Int32Array(nodes),
    numbering: new Int32Array(nodes),
  };
  const factored = preconditioned ? fullDataPreconditioner(index) : null;
  const precondition = factored ?? ((residual: Float64Array, out: Float64Array) => out.set(residual));
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
    const preconditioned = new Float64Array(jurors);
    precondition(residual, preconditioned);
    const direction = preconditioned.slice();
    const product = new Float64Array(jurors);
    let agreement = dot(residual, preconditioned);
    // In exact arithmetic conjugate gradient ends within `jurors` steps; rounding may ask for a few more.
    let step = 0;
    for (; step < 2 * jurors + 10 && dot(residual, residual) > target; step++) {
      multiply(direction, product);
      const curvature = dot(direction, product);
      if (!(curvature > 0)) break;
      const length = agreement / curvature;
      for (let j = 0; j < jurors; j++) {
        bias[j]! += length * direction[j]!;
        residual[j]! -= length * product[j]!;
      }
      precondition(residual, preconditioned);
      const previous = agreement;
      agreement = dot(residual, preconditioned);
      for (let j = 0; j < jurors; j++) direction[j] = preconditioned[j]! + (agreement / previous) * direction[j]!;
    }

    // Plain conjugate gradient from zero needs no centring: it stays orthogonal to M's null space.
    const count = factored ? numberParts(applications, from, juror, parts) : 0;
    const partSum = new Float64Array(count);
    const partSize = new Float64Array(count);
    if (factored) {
      for (let j = 0; j < jurors; j++) {
        const mine = parts.part[applications + j]!;
        if (mine < 0) continue;
        partSum[mine]! += bias[j]!;
        partSize[mine]!++;
      }
      for (let j = 0; j < jurors; j++) {
        const mine = parts.part[applications + j]!;
        bias[j] = mine < 0 ? 0 : bias[j]! - partSum[mine]! / partSize[mine]!;
      }
    }

    const quality = new Float64Array(applications);
    for (let a = 0; a < applications; a++) {
      let sum = 0;
      for (let f = from[a]!; f < from[a + 1]!; f++) sum += weight[f]! * (total[f]! - bias[juror[f]!]!);
      quality[a] = weightOf[a]! > 0 ? sum / weightOf[a]! : NaN;
    }
    return { fit: { quality, bias }, steps: step };
  };
}
