/**
 * `npm run bench [-- SECTION…]`: prints speed and memory figures.
 * Sections: eligibility, retrieval, http, guard (the guard alone, and a guarded explanation against the loopback fake), disk, sweep (default: all).
 */
const sections: Record<string, () => Promise<void>> = {
  eligibility: async () => (await import('./eligibility.ts')).benchEligibility(),
  retrieval: async () => (await import('./retrieval.ts')).benchRetrieval(),
  http: async () => (await import('./http.ts')).benchHttp(),
  guard: async () => {
    await (await import('./guard.ts')).benchGuard();
    await (await import('./guarded-explanation.ts')).benchGuardedExplanation();
  },
  disk: async () => (await import('./disk.ts')).benchDisk(),
  sweep: async () => (await import('./disk.ts')).benchSweep(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in sections));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; choose from ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(sections)) {
  console.log(`\n== ${name}`);
  await sections[name]!();
}
