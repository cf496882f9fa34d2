/** What the benchmark page exposes to the runner (scripts/bench/page/main.tsx implements it). */
export interface BenchApi {
  openBundle(url: string): Promise<number>;
  rawOpen(url: string): Promise<number>;
  typeScores(count: number): Promise<{ p95: number; rawP95: number }>;
  mountList(count: number): Promise<number>;
  mountRadar(jurors: number): Promise<number>;
}
