/**
 * The co-review graph while an assignment is built (docs/METHODS.md, "Assignments for calibration"): who reviews
 * each application, each juror's load, and how many applications each pair of jurors shares. Jurors and
 * applications are numbered here; assignments.ts speaks in ids.
 */

/**
 * What a pair of jurors sharing `shared` applications costs. Steeply convex: linking a pair that shares nothing is
 * worth more than any rearrangement among pairs already linked, and after that the fewest shared are raised first,
 * which evens the overlaps out and, with them, how well the graph holds together.
 */
const PAIR_COST = Array.from({ length: 32 }, (_, shared) => 8 ** -shared);
const pairCost = (shared: number) => PAIR_COST[shared] ?? 0;

/** `leaving` gives up application `first` to `joining`. */
export interface Move {
  first: number;
  leaving: number;
  joining: number;
}

export class CoReview {
  readonly reviewers: Set<number>[];
  readonly load: number[];
  /** Each juror's applications as a list, with where each sits in it: a random one is then picked at once. */
  protected readonly applicationsOf: number[][];
  private readonly placeIn: Map<number, number>[];
  private readonly shared: Int32Array;

  constructor(
    protected readonly jurors: number,
    /** For each application, the jurors who may review it: free of a conflict with it, with a cap above zero. */
    protected readonly eligible: readonly (readonly number[])[],
    protected readonly conflicted: readonly (ReadonlySet<number> | undefined)[],
    protected readonly caps: readonly number[],
    protected readonly random: () => number,
  ) {
    this.reviewers = eligible.map(() => new Set());
    this.load = new Array<number>(jurors).fill(0);
    this.applicationsOf = Array.from({ length: jurors }, () => []);
    this.placeIn = Array.from({ length: jurors }, () => new Map());
    this.shared = new Int32Array(jurors * jurors);
  }

  sharedBy(a: number, b: number): number {
    return this.shared[a * this.jurors + b]!;
  }

  private changeShared(a: number, b: number, by: number): number {
    const before = this.shared[a * this.jurors + b]!;
    this.shared[a * this.jurors + b] = before + by;
    this.shared[b * this.jurors + a] = before + by;
    return pairCost(before + by) - pairCost(before);
  }

  /** Adds a juror to an application; returns how much the pairs' cost changed. */
  add(application: number, juror: number): number {
    let change = 0;
    for (const other of this.reviewers[application]!) change += this.changeShared(juror, other, 1);
    this.reviewers[application]!.add(juror);
    this.placeIn[juror]!.set(application, this.applicationsOf[juror]!.push(application) - 1);
    this.load[juror]!++;
    return change;
  }

  remove(application: number, juror: number): number {
    this.reviewers[application]!.delete(juror);
    const list = this.applicationsOf[juror]!;
    const place = this.placeIn[juror]!.get(application)!;
    const last = list.pop()!;
    if (last !== application) {
      list[place] = last;
      this.placeIn[juror]!.set(last, place);
    }
    this.placeIn[juror]!.delete(application);
    this.load[juror]!--;
    let change = 0;
    for (const other of this.reviewers[application]!) change += this.changeShared(juror, other, -1);
    return change;
  }

  /**
   * The juror to seat next on an application: the one who links the most pairs not linked yet, then the least
   * loaded, then the one sharing least with the jurors already there; the draw settles what is left. Only a
   * juror whose load is below their limit may be seated.
   */
  bestNewcomer(application: number, eligible: readonly number[], limits: readonly number[]): number | null {
    const seated = this.reviewers[application]!;
    let best: number | null = null;
    let bestKey: [number, number, number] = [0, 0, 0];
    let ties = 0;
    for (const candidate of eligible) {
      if (this.load[candidate]! >= limits[candidate]! || seated.has(candidate)) continue;
      let linked = 0;
      let overlap = 0;
      for (const other of seated) {
        const shared = this.sharedBy(candidate, other);
        if (shared === 0) linked++;
        overlap += shared;
      }
      const key: [number, number, number] = [-linked, this.load[candidate]!, overlap];
      const order = best === null ? -1 : compareKeys(key, bestKey);
      if (order < 0) {
        best = candidate;
        bestKey = key;
        ties = 1;
      } else if (order === 0 && this.random() * ++ties < 1) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Evens the loads out: while some juror has two more applications than another who may take one, an application
   * moves along a chain of jurors, from the busier one to a juror who may take it, and so on to the idler one, each
   * move keeping every application's jurors distinct, free of conflicts and within their caps. Each move lowers the
   * sum of the squared loads, so it ends; it ends when no such chain is left.
   */
  balance(): void {
    for (;;) {
      const levels = [...new Set(this.load)].sort((a, b) => b - a);
      let path: Move[] | null = null;
      // From the busiest level down: a juror stuck with conflicts must not stop the others from evening out.
      for (const level of levels) {
        const isEnd = (juror: number) => this.load[juror]! <= level - 2 && this.load[juror]! < this.caps[juror]!;
        if (!this.load.some((_, juror) => isEnd(juror))) continue;
        path = this.chainFrom(
          this.load.flatMap((load, juror) => (load === level ? [juror] : [])),
          isEnd,
        );
        if (path) break;
      }
      if (!path) return;
      for (const { first, leaving, joining } of path) {
        this.remove(first, leaving);
        this.add(first, joining);
      }
    }
  }

  /**
   * Seats one more juror on an application when everyone free to take it is at their cap: one of them hands an
   * application of theirs along a chain of jurors to one below their cap, and takes this one instead. Their load is
   * unchanged, the chain's last juror takes one more: a seat no direct choice could fill.
   */
  seatThroughChain(application: number): boolean {
    const seated = this.reviewers[application]!;
    const candidates = this.eligible[application]!.filter((juror) => !seated.has(juror));
    const path = this.chainFrom(candidates, (juror) => this.load[juror]! < this.caps[juror]!);
    if (!path) return false;
    for (const { first, leaving, joining } of path) {
      this.remove(first, leaving);
      this.add(first, joining);
    }
    this.add(application, path[0]!.leaving);
    return true;
  }

  /** A breadth-first search for a chain of moves from one of `starts` to a juror `isEnd` accepts. */
  private chainFrom(starts: readonly number[], isEnd: (juror: number) => boolean): Move[] | null {
    const cameFrom = new Map<number, Move | null>(starts.map((juror) => [juror, null]));
    const queue = [...starts];
    for (let head = 0; head < queue.length; head++) {
      const from = queue[head]!;
      for (const application of [...this.applicationsOf[from]!]) {
        const seated = this.reviewers[application]!;
        for (const to of this.eligible[application]!) {
          if (cameFrom.has(to) || seated.has(to)) continue;
          cameFrom.set(to, { first: application, leaving: from, joining: to });
          if (isEnd(to)) {
            const path: Move[] = [];
            for (let step = cameFrom.get(to); step; step = cameFrom.get(step.leaving)) path.unshift(step);
            return path;
          }
          queue.push(to);
        }
      }
    }
    return null;
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}
