/**
 * Number guard: what it costs per reply, measured over the faithful replies of
 * test/core/guard-cases (every figure read and looked up), and the cost of
 * building one guard from an answer's sources; with the catch and false-block
 * rates of those cases.
 */
import { guardRates, loadGuardCases } from '../test/support/guard-cases.ts';
import { createNumberGuard, engineSources } from '../bot/core/guard.ts';

const ROUNDS = 400;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function timeEach(work: (() => unknown)[], rounds: number): number[] {
  // Warm up the JIT before timing.
  for (let r = 0; r < 50; r++) for (const w of work) w();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const w of work) {
      const t0 = process.hrtime.bigint();
      w();
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

const fmt = (us: number) => us.toFixed(1);

export async function benchGuard(): Promise<void> {
  const cases = loadGuardCases();
  const rates = guardRates(cases);
  console.log(`guard: ${rates.caught}/${rates.fabricated} fabricated replies blocked (catch rate ${(rates.catchRate * 100).toFixed(1)}%), ${rates.blocked}/${rates.faithful} faithful replies blocked (false-block rate ${(rates.falseBlockRate * 100).toFixed(1)}%) over ${cases.length} answers`);

  const checks = cases.flatMap((c) => c.faithful.map((reply) => () => c.guard.check(reply)));
  const chars = cases.reduce((n, c) => n + c.faithful.reduce((m, r) => m + r.length, 0), 0) / checks.length;
  const s = timeEach(checks, ROUNDS);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  console.log(`guard: check ${fmt(mean)} µs/reply mean, p50 ${fmt(percentile(s, 50))} µs, p95 ${fmt(percentile(s, 95))} µs (${checks.length} faithful replies of ${Math.round(chars)} characters on average, ${ROUNDS} rounds)`);

  // A whole template answer as a reply: the longest text a guard checks in one go.
  const long = timeEach(cases.map((c) => () => c.guard.check(c.template)), ROUNDS);
  const longChars = Math.round(cases.reduce((n, c) => n + c.template.length, 0) / cases.length);
  console.log(`guard: check of a whole answer (${longChars} characters on average) p50 ${fmt(percentile(long, 50))} µs, p95 ${fmt(percentile(long, 95))} µs`);

  const builds = cases.map((c) => () => createNumberGuard([c.template, ...engineSources(c.engine), ...c.citations], { userMessages: c.user, context: c.context }));
  const b = timeEach(builds, ROUNDS);
  console.log(`guard: building one from an answer's sources p50 ${fmt(percentile(b, 50))} µs, p95 ${fmt(percentile(b, 95))} µs`);
}
