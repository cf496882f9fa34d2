/**
 * Who reviews what, when each application is read by a few jurors rather than all (docs/DESIGN.md §1): every
 * application gets k distinct jurors where enough are free of a conflict with it, nobody is given an application
 * they declared a conflict with, and the jurors' loads differ by one at most wherever the conflicts allow it.
 */

export interface AssignmentRequest {
  readonly jurorIds: readonly string[];
  readonly applicationIds: readonly string[];
  readonly conflicts: readonly { jurorId: string; applicationId: string }[];
  /** Jurors per application. */
  readonly perApplication: number;
  /** The same seed gives the same assignment. */
  readonly seed: number;
}

export interface Assignment {
  readonly jurorId: string;
  readonly applicationIds: string[];
}

export interface AssignmentResult {
  /** One list per juror, in the order of `jurorIds`, each in the order of `applicationIds`. */
  readonly assignments: Assignment[];
  /** Applications that got fewer than k jurors, because fewer are free of a conflict with them. */
  readonly shortfalls: { applicationId: string; jurors: number }[];
}

/** mulberry32: small, fast and the same on every machine, which is all a draw needs here. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function assignReviewers(request: AssignmentRequest): AssignmentResult {
  const random = seeded(request.seed);
  const jurors = request.jurorIds;
  const conflicted = new Set(request.conflicts.map((conflict) => `${conflict.jurorId}\u0000${conflict.applicationId}`));
  const eligible = (jurorId: string, applicationId: string) => !conflicted.has(`${jurorId}\u0000${applicationId}`);
  const load = new Map(jurors.map((jurorId) => [jurorId, 0]));
  const reviewers = new Map<string, Set<string>>(request.applicationIds.map((id) => [id, new Set()]));
  // A random order of jurors breaks ties between equal loads, so that no juror is always the first picked.
  const order = new Map(shuffled(jurors, random).map((jurorId, index) => [jurorId, index]));

  // Fewest eligible jurors first: the applications with the least choice are served before the loads fill up.
  const applications = shuffled(request.applicationIds, random).sort(
    (a, b) =>
      jurors.filter((jurorId) => eligible(jurorId, a)).length - jurors.filter((jurorId) => eligible(jurorId, b)).length,
  );
  for (const applicationId of applications) {
    const chosen = jurors
      .filter((jurorId) => eligible(jurorId, applicationId))
      .sort((a, b) => load.get(a)! - load.get(b)! || order.get(a)! - order.get(b)!)
      .slice(0, request.perApplication);
    for (const jurorId of chosen) {
      reviewers.get(applicationId)!.add(jurorId);
      load.set(jurorId, load.get(jurorId)! + 1);
    }
  }
  balance(jurors, reviewers, load, eligible);

  return {
    assignments: jurors.map((jurorId) => ({
      jurorId,
      applicationIds: request.applicationIds.filter((applicationId) => reviewers.get(applicationId)!.has(jurorId)),
    })),
    shortfalls: request.applicationIds
      .filter((applicationId) => reviewers.get(applicationId)!.size < request.perApplication)
      .map((applicationId) => ({ applicationId, jurors: reviewers.get(applicationId)!.size })),
  };
}

/**
 * Evens the loads out: while some juror has two more applications than another, an application moves along a
 * chain of jurors — from the busier one to a juror who may take it, and so on to the idler one — each move keeping
 * every application's jurors distinct and free of conflicts. Each move lowers the sum of the squared loads, so it
 * ends; it ends when no such chain is left, which is when the conflicts forbid any better balance.
 */
function balance(
  jurors: readonly string[],
  reviewers: Map<string, Set<string>>,
  load: Map<string, number>,
  eligible: (jurorId: string, applicationId: string) => boolean,
): void {
  for (;;) {
    const levels = [...new Set(jurors.map((jurorId) => load.get(jurorId)!))].sort((a, b) => b - a);
    let path: Move[] | null = null;
    // From the busiest level down: a juror stuck with conflicts must not stop the others from evening out.
    for (const level of levels) {
      path = chainFrom(
        jurors.filter((jurorId) => load.get(jurorId) === level),
        (jurorId) => load.get(jurorId)! <= level - 2,
        jurors,
        reviewers,
        eligible,
      );
      if (path) break;
    }
    if (!path) return;
    for (const { from, to, applicationId } of path) {
      reviewers.get(applicationId)!.delete(from);
      reviewers.get(applicationId)!.add(to);
    }
    const first = path[0]!.from;
    const last = path[path.length - 1]!.to;
    load.set(first, load.get(first)! - 1);
    load.set(last, load.get(last)! + 1);
  }
}

interface Move {
  from: string;
  to: string;
  applicationId: string;
}

/** A breadth-first search for a chain of moves from one of `starts` to a juror `isEnd` accepts. */
function chainFrom(
  starts: readonly string[],
  isEnd: (jurorId: string) => boolean,
  jurors: readonly string[],
  reviewers: Map<string, Set<string>>,
  eligible: (jurorId: string, applicationId: string) => boolean,
): Move[] | null {
  const cameFrom = new Map<string, Move | null>(starts.map((jurorId) => [jurorId, null]));
  const queue = [...starts];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const [applicationId, assigned] of reviewers) {
      if (!assigned.has(from)) continue;
      for (const to of jurors) {
        if (cameFrom.has(to) || assigned.has(to) || !eligible(to, applicationId)) continue;
        cameFrom.set(to, { from, to, applicationId });
        if (isEnd(to)) {
          const path: Move[] = [];
          for (let step = cameFrom.get(to); step; step = cameFrom.get(step.from)) path.unshift(step);
          return path;
        }
        queue.push(to);
      }
    }
  }
  return null;
}

export interface Coverage {
  /** Applications per juror. */
  readonly loads: { jurorId: string; count: number }[];
  /** Applications each pair of jurors shares: calibration compares jurors on those. */
  readonly pairs: { a: string; b: string; shared: number }[];
  /** Groups of jurors linked by shared applications; more than one, and their scores cannot be compared. */
  readonly groups: string[][];
}

export function coverageOf(assignments: readonly Assignment[]): Coverage {
  const sets = assignments.map(({ jurorId, applicationIds }) => ({ jurorId, applications: new Set(applicationIds) }));
  const pairs: Coverage['pairs'] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      let shared = 0;
      for (const id of sets[i]!.applications) if (sets[j]!.applications.has(id)) shared++;
      pairs.push({ a: sets[i]!.jurorId, b: sets[j]!.jurorId, shared });
    }
  }
  const group = new Map(sets.map(({ jurorId }) => [jurorId, jurorId]));
  const root = (jurorId: string): string => (group.get(jurorId) === jurorId ? jurorId : root(group.get(jurorId)!));
  for (const pair of pairs) if (pair.shared > 0) group.set(root(pair.a), root(pair.b));
  const groups = new Map<string, string[]>();
  // A juror who reviews nothing is in no group: their absence does not split the jury.
  for (const { jurorId, applications } of sets) {
    if (applications.size > 0) groups.set(root(jurorId), [...(groups.get(root(jurorId)) ?? []), jurorId]);
  }
  return {
    loads: sets.map(({ jurorId, applications }) => ({ jurorId, count: applications.size })),
    pairs,
    groups: [...groups.values()],
  };
}
