import { CoReview, type Move } from './co-review';

/** A trade: `leaving` gives `first` to `joining`, who gives `second` back. */
interface Swap extends Move {
  second: number;
}

/**
 * The co-review graph once every seat is taken: trades between jurors that keep every load and mix the jury
 * (docs/METHODS.md, "Assignments for calibration").
 */
export class MixingCoReview extends CoReview {
  private mayReview(application: number, juror: number): boolean {
    return this.caps[juror]! > 0 && !this.conflicted[application]?.has(juror);
  }

  private swapIsAllowed({ first, leaving, second, joining }: Swap): boolean {
    if (first === second || leaving === joining) return false;
    const atFirst = this.reviewers[first]!;
    const atSecond = this.reviewers[second]!;
    return (
      atFirst.has(leaving) &&
      atSecond.has(joining) &&
      !atFirst.has(joining) &&
      !atSecond.has(leaving) &&
      this.mayReview(first, joining) &&
      this.mayReview(second, leaving)
    );
  }

  /** Two jurors trade one application each: every load stays as it is. Returns the change in the pairs' cost. */
  private trade({ first, leaving, second, joining }: Swap): number {
    return (
      this.remove(first, leaving) + this.remove(second, joining) + this.add(first, joining) + this.add(second, leaving)
    );
  }

  private untrade({ first, leaving, second, joining }: Swap): void {
    this.trade({ first, leaving: joining, second, joining: leaving });
  }

  private randomMember<T>(items: ReadonlySet<T>): T | undefined {
    let index = Math.floor(this.random() * items.size);
    for (const item of items) if (index-- === 0) return item;
    return undefined;
  }

  private randomApplicationOf(juror: number): number | undefined {
    const list = this.applicationsOf[juror]!;
    return list[Math.floor(this.random() * list.length)];
  }

  /** A trade aimed at a pair that shares nothing: one of them joins an application of the other. */
  private linkingTrade(): Swap | null {
    const first = Math.floor(this.random() * this.jurors);
    if (this.load[first] === 0) return null;
    const start = Math.floor(this.random() * this.jurors);
    for (let step = 0; step < this.jurors; step++) {
      const other = (start + step) % this.jurors;
      if (other === first || this.load[other] === 0 || this.sharedBy(first, other) > 0) continue;
      const application = this.randomApplicationOf(first)!;
      const leaving = this.randomMember(this.reviewers[application]!)!;
      const second = this.randomApplicationOf(other)!;
      return leaving === first ? null : { first: application, leaving, second, joining: other };
    }
    return null;
  }

  private randomTrade(): Swap | null {
    const first = Math.floor(this.random() * this.reviewers.length);
    const second = Math.floor(this.random() * this.reviewers.length);
    const leaving = this.randomMember(this.reviewers[first]!);
    const joining = this.randomMember(this.reviewers[second]!);
    return leaving === undefined || joining === undefined ? null : { first, leaving, second, joining };
  }

  /**
   * Local search: trades that keep every load, kept when they lower the pairs' cost (or leave it as it was, so the
   * search can cross a plateau). Half the proposals aim at a pair that shares nothing. Stops once `patience`
   * attempts in a row gained nothing.
   */
  mix(attempts: number, patience: number): void {
    let sinceGain = 0;
    for (let attempt = 0; attempt < attempts && sinceGain < patience; attempt++) {
      sinceGain++;
      const swap = attempt % 2 === 0 ? this.linkingTrade() : this.randomTrade();
      if (!swap || !this.swapIsAllowed(swap)) continue;
      const change = this.trade(swap);
      if (change > 1e-12) this.untrade(swap);
      else if (change < -1e-12) sinceGain = 0;
    }
  }

  /** Groups of reviewing jurors linked by shared applications. */
  groups(): number[][] {
    const parent = Array.from({ length: this.jurors }, (_, juror) => juror);
    const root = (juror: number): number => {
      while (parent[juror] !== juror) juror = parent[juror] = parent[parent[juror]!]!;
      return juror;
    };
    for (const seated of this.reviewers) {
      const [head, ...rest] = seated;
      for (const juror of rest) parent[root(juror)] = root(head!);
    }
    const groups = new Map<number, number[]>();
    for (let juror = 0; juror < this.jurors; juror++) {
      if (this.load[juror] === 0) continue;
      groups.set(root(juror), [...(groups.get(root(juror)) ?? []), juror]);
    }
    return [...groups.values()];
  }

  /**
   * Joins groups that share nothing, when the local search left more than one: a trade between an application of
   * one group and one of another, kept only if it leaves fewer groups. Gives up when no trade does.
   */
  connect(): void {
    let groups = this.groups();
    for (let attempt = 0; groups.length > 1 && attempt < 200 * groups.length; attempt++) {
      const [one, other] = shuffledPair(groups.length, this.random);
      const leaving = groups[one]![Math.floor(this.random() * groups[one]!.length)]!;
      const joining = groups[other]![Math.floor(this.random() * groups[other]!.length)]!;
      const first = this.randomApplicationOf(leaving);
      const second = this.randomApplicationOf(joining);
      if (first === undefined || second === undefined) continue;
      const swap = { first, leaving, second, joining };
      if (!this.swapIsAllowed(swap)) continue;
      this.trade(swap);
      const after = this.groups();
      if (after.length < groups.length) groups = after;
      else this.untrade(swap);
    }
  }
}

function shuffledPair(count: number, random: () => number): [number, number] {
  const one = Math.floor(random() * count);
  const other = (one + 1 + Math.floor(random() * (count - 1))) % count;
  return [one, other];
}
