/**
 * Eligibility throughput: full evaluations (every benefit and check for one
 * fact set) per second over 100,000 random fact sets.
 */
import { loadKnowledge } from '../knowledge/index.ts';
import { createEligibilityEngine } from '../eligibility/index.ts';

/** Small deterministic PRNG so runs are comparable. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function benchEligibility(count = 100_000): Promise<void> {
  const kb = loadKnowledge();
  const engine = createEligibilityEngine(kb);
  const rnd = mulberry32(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const amount = () => (rnd() < 0.3 ? `${Math.floor(rnd() * 1e8)}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}` : Math.floor(1 + rnd() * 5e7));
  const factSets: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const f: Record<string, unknown> = {};
    for (const def of kb.facts.facts) {
      if (rnd() < 0.5 || def.id.startsWith('otherPolicy')) continue;
      switch (def.kind) {
        case 'amount': f[def.id] = amount(); break;
        case 'count': f[def.id] = 1 + Math.floor(rnd() * 20); break;
        case 'boolean': f[def.id] = rnd() < 0.7; break;
        case 'enum': f[def.id] = pick(Object.keys(def.values)); break;
        default: break;
      }
    }
    if (rnd() < 0.2) Object.assign(f, { otherPolicyBenefit: 'm6-contract-subsidy', otherPolicyRatePercent: 20, otherPolicyCapYuan: 2000000 });
    factSets.push(f);
  }
  const dates = ['2025-08-31', '2025-09-01', '2026-06-30', '2028-08-31', '2028-09-01'];
  // Warm up the JIT before timing.
  for (let i = 0; i < 2000; i++) engine.evaluate(factSets[i]!, '2026-06-30');
  let computed = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const e = engine.evaluate(factSets[i]!, dates[i % dates.length]!);
    for (const r of e.results) if (r.status === 'computed') computed++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`eligibility: ${count.toLocaleString('en-US')} full evaluations (${engine.benefitIds.length} benefits + checks each) in ${seconds.toFixed(2)} s`);
  console.log(`eligibility: ${Math.round(count / seconds).toLocaleString('en-US')} evaluations/s (target ≥ 20,000/s); ${computed.toLocaleString('en-US')} amounts computed`);
}
