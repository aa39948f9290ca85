/**
 * Timing of a bench's lookup passes: the best of several, per wall second
 * and per CPU second of this process. The machine the benches run on is
 * shared (two cores, other jobs): wall rates of one table swing 3x with the
 * load, CPU-second rates much less, so the benches print both.
 */

export interface PassRates {
  /** Items per wall second, best pass. */
  readonly wall: number;
  /** Items per CPU second (user + system) of this process, best pass. */
  readonly cpu: number;
}

/** Calls `pass` once to warm the JIT, then `rounds` times timed; `count` items a pass. */
export function passRates(count: number, rounds: number, pass: () => void): PassRates {
  pass();
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    pass();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return { wall: count / wall, cpu: count / Math.max(cpu, 1e-6) };
}
