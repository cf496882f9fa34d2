import { MixingCoReview } from './co-review-mixing';

/**
 * Who reviews what, when each application is read by a few jurors rather than all (docs/METHODS.md, "Assignments
 * for calibration"): every application gets k distinct jurors where enough are free of a conflict with it, nobody
 * is given an application they declared a conflict with or more than their cap, the loads differ by one at most
 * wherever conflicts and caps allow it, and the jurors are mixed so that as many pairs as possible share an
 * application: the bias model compares two jurors only through the applications that link them.
 */

export interface AssignmentRequest {
  /** The jurors in the draw; a chair or an observer who does not score is left out of it. */
  readonly jurorIds: readonly string[];
  readonly applicationIds: readonly string[];
  readonly conflicts: readonly { jurorId: string; applicationId: string }[];
  /** Jurors per application. */
  readonly perApplication: number;
  /** The same seed gives the same assignment; another seed, another one. */
  readonly seed: number;
  /** The most applications a juror may be given, for those who asked for fewer. */
  readonly caps?: Readonly<Record<string, number>>;
}

export interface Assignment {
  readonly jurorId: string;
  readonly applicationIds: string[];
}

export interface AssignmentResult {
  /** One list per juror, in the order of `jurorIds`, each in the order of `applicationIds`. */
  readonly assignments: Assignment[];
  /** Applications that got fewer than k jurors, because fewer are free of a conflict with them or below their cap. */
  readonly shortfalls: { applicationId: string; jurors: number }[];
}

/** mulberry32: small, fast and the same on every machine, which is all a draw needs here. */
export function seeded(seed: number): () => number {
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

/**
 * The fair share: the smallest load L such that jurors taking min(cap, L) each cover every seat. Nobody is filled
 * past it while someone else could still take a seat, which is what keeps the loads within one.
 */
export function fairShare(caps: readonly number[], seats: number): number {
  let low = 0;
  let high = seats;
  while (low < high) {
    const level = Math.floor((low + high) / 2);
    if (caps.reduce((sum, cap) => sum + Math.min(cap, level), 0) >= seats) high = level;
    else low = level + 1;
  }
  return low;
}

export function assignReviewers(request: AssignmentRequest): AssignmentResult {
  const random = seeded(request.seed);
  const jurors = request.jurorIds;
  const jurorIndex = new Map(jurors.map((jurorId, index) => [jurorId, index]));
  const caps = jurors.map((jurorId) => Math.max(0, request.caps?.[jurorId] ?? Infinity));
  const conflictedWith = new Map<string, Set<number>>();
  for (const { jurorId, applicationId } of request.conflicts) {
    const juror = jurorIndex.get(jurorId);
    if (juror === undefined) continue;
    conflictedWith.set(applicationId, (conflictedWith.get(applicationId) ?? new Set()).add(juror));
  }
  // Most applications conflict with nobody: they share one list of who may review them.
  const everyone = jurors.flatMap((_, juror) => (caps[juror]! > 0 ? [juror] : []));
  const applications = request.applicationIds.map((applicationId) => {
    const conflicted = conflictedWith.get(applicationId);
    return {
      applicationId,
      conflicted,
      eligible: conflicted ? everyone.filter((juror) => !conflicted.has(juror)) : everyone,
    };
  });
  const seats = applications.reduce((sum, { eligible }) => sum + Math.min(request.perApplication, eligible.length), 0);
  const share = fairShare(caps, seats);
  const fairLimits = caps.map((cap) => Math.min(cap, share));
  const graph = new MixingCoReview(
    jurors.length,
    applications.map(({ eligible }) => eligible),
    applications.map(({ conflicted }) => conflicted),
    caps,
    random,
  );

  // Fewest eligible jurors first: the applications with the least choice are served before the loads fill up.
  const order = shuffled(
    applications.map((_, index) => index),
    random,
  ).sort((a, b) => applications[a]!.eligible.length - applications[b]!.eligible.length);
  for (const application of order) {
    const { eligible } = applications[application]!;
    for (let seat = 0; seat < Math.min(request.perApplication, eligible.length); seat++) {
      const juror =
        graph.bestNewcomer(application, eligible, fairLimits) ?? graph.bestNewcomer(application, eligible, caps);
      if (juror === null) break;
      graph.add(application, juror);
    }
  }
  graph.balance();
  graph.mix(Math.min(1_000_000, 100 * seats), Math.max(2_000, 2 * seats));
  graph.connect();
  // Evening out and trading can free a juror for an application still short of k; seating them can unbalance the
  // loads again. Each round seats someone or ends, so it ends.
  for (let seated = true; seated;) {
    seated = false;
    applications.forEach(({ eligible }, application) => {
      while (graph.reviewers[application]!.size < Math.min(request.perApplication, eligible.length)) {
        const juror = graph.bestNewcomer(application, eligible, caps);
        if (juror !== null) graph.add(application, juror);
        else if (!graph.seatThroughChain(application)) break;
        seated = true;
      }
    });
    if (seated) graph.balance();
  }

  const assigned = jurors.map((): string[] => []);
  applications.forEach(({ applicationId }, application) => {
    for (const juror of graph.reviewers[application]!) assigned[juror]!.push(applicationId);
  });
  return {
    assignments: jurors.map((jurorId, juror) => ({ jurorId, applicationIds: assigned[juror]! })),
    shortfalls: applications.flatMap(({ applicationId }, application) => {
      const count = graph.reviewers[application]!.size;
      return count < request.perApplication ? [{ applicationId, jurors: count }] : [];
    }),
  };
}

export interface Coverage {
  /** Applications per juror. */
  readonly loads: { jurorId: string; count: number }[];
  /** Applications each pair of jurors shares: calibration compares jurors on those. */
  readonly pairs: { a: string; b: string; shared: number }[];
  /** Pairs of jurors who both review something yet share no application, and how many such pairs there are. */
  readonly pairsSharingNone: number;
  readonly pairsReviewing: number;
  /** The fewest applications any two reviewing jurors share. */
  readonly fewestShared: number;
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
  for (const pair of pairs) if (pair.shared > 0 && root(pair.a) !== root(pair.b)) group.set(root(pair.a), root(pair.b));
  const groups = new Map<string, string[]>();
  // A juror who reviews nothing is in no group: their absence does not split the jury.
  for (const { jurorId, applications } of sets) {
    if (applications.size > 0) groups.set(root(jurorId), [...(groups.get(root(jurorId)) ?? []), jurorId]);
  }
  const reviewing = new Set(sets.filter(({ applications }) => applications.size > 0).map(({ jurorId }) => jurorId));
  const amongReviewing = pairs.filter((pair) => reviewing.has(pair.a) && reviewing.has(pair.b));
  return {
    loads: sets.map(({ jurorId, applications }) => ({ jurorId, count: applications.size })),
    pairs,
    pairsSharingNone: amongReviewing.filter((pair) => pair.shared === 0).length,
    pairsReviewing: amongReviewing.length,
    fewestShared: amongReviewing.reduce(
      (fewest, pair) => Math.min(fewest, pair.shared),
      amongReviewing.length ? Infinity : 0,
    ),
    groups: [...groups.values()],
  };
}
