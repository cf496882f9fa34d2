import type { UncertaintyRequest } from '@core/jury/uncertainty';

/** What the benchmark page exposes to the runner (scripts/bench/page/main.tsx implements it). */
export interface BenchApi {
  /** Both open the File chosen in the page's #bundle input. */
  openBundle(): Promise<number>;
  rawOpen(): Promise<number>;
  typeScores(count: number): Promise<{ p95: number; rawP95: number }>;
  /** A list of `count` applications, `assigned` of them the juror's own (all of them when equal). */
  mountList(count: number, assigned: number): Promise<number>;
  mountRadar(jurors: number): Promise<number>;
  /** The chair's desk's rank intervals, drawn by the app's worker. */
  drawIntervals(request: UncertaintyRequest): Promise<{ ms: number; progressReplies: number; workers: number }>;
}
