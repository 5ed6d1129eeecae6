/**
 * The garbage collector's pauses of this thread (perf_hooks 'gc' entries), for the scaling series
 * (bench/scaling.ts): each pause is billed to the stage it interrupted, so that a stage's own time and
 * the collector's time can be told apart. A collection interrupts whichever stage is running when the
 * heap fills — in repeated runs in one process, mostly garbage other stages (and the previous run) left —
 * so without this the per-stage exponents measure where V8 happened to collect.
 * Entries arrive asynchronously (after a turn of the event loop); their start times are when the pause
 * began, on performance.now()'s clock.
 */
import { PerformanceObserver } from 'perf_hooks';

export class GcPauses {
  private pauses: { start: number; end: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Let the entries of the pauses so far arrive. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  }

  /** Pause time (ms) inside [from, to) on performance.now()'s clock. */
  within(from: number, to: number): number {
    let ms = 0;
    for (const p of this.pauses) ms += Math.max(0, Math.min(p.end, to) - Math.max(p.start, from));
    return ms;
  }

  /** Forget the pauses that ended before `t`. */
  forget(t: number): void {
    this.pauses = this.pauses.filter((p) => p.end >= t);
  }

  stop(): void {
    this.observer.disconnect();
  }
}
