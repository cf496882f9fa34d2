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

export interface PartBuffers {
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
export function numberParts(applications: number, from: Int32Array, juror: Int32Array, buffers: PartBuffers): number {
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
