/**
 * An honest health check: a real, cheap round trip through each part a chat
 * needs — retrieval finds a clause of the policy, the eligibility engine
 * computes a benefit, the session store saves, loads and deletes a probe
 * session — reported part by part. One check serves every caller for a
 * second, so polling it costs nothing under load. Holds no policy words: the
 * probes are taken from the knowledge base.
 */
import { createEligibilityEngine, type EligibilityEngine } from '../../eligibility/index.ts';
import type { KnowledgeBase } from '../../knowledge/index.ts';
import type { Retriever } from '../../retrieval/index.ts';
import { newSessionId, type SessionStore } from './session-store.ts';

/** What the check goes through; read at each check, so parts swapped at run time are the ones checked. */
export interface HealthParts {
  kb: KnowledgeBase;
  retriever: Retriever;
  sessions: SessionStore;
  /** The engine the assistant uses; one is made from `kb` when omitted. */
  engine?: EligibilityEngine;
}

export const HEALTH_PARTS = ['retrieval', 'engine', 'sessions'] as const;
export type HealthPart = (typeof HEALTH_PARTS)[number];

export interface PartHealth {
  ok: boolean;
  /** How long the round trip took. */
  ms: number;
  /** What was checked, or how the part is degraded while it still answers. */
  detail?: string;
  /** Why the part failed. */
  error?: string;
}

export interface HealthReport {
  ok: boolean;
  /** The parts that failed, in the order of HEALTH_PARTS. */
  failing: HealthPart[];
  parts: Record<HealthPart, PartHealth>;
  checkedAt: string;
}

export interface HealthCheckOptions {
  /** How long one check's report is reused (default one second). */
  cacheMs?: number;
  now?: () => number;
}

class ProbeFailed extends Error {}

function probeRetrieval(retriever: Retriever): Promise<string> {
  // The longest clause is the most distinctive: searching its own words must find it.
  const probe = retriever.chunks.reduce((a, b) => (b.excerpt.length > a.excerpt.length ? b : a), retriever.chunks[0]!);
  return retriever.search(probe.excerpt, { k: 5 }).then((r) => {
    if (!r.clauses.some((c) => c.chunk.id === probe.id)) throw new ProbeFailed(`searching the words of clause ${probe.id} did not find it`);
    const vectors = retriever.vectorStatus();
    return vectors.state === 'ok' ? `found clause ${probe.id}` : `found clause ${probe.id} from BM25 alone: vectors ${vectors.state} (${vectors.reason ?? 'no reason given'})`;
  });
}

/** The first benefit computed as rate × base, evaluated on its cap as the base. */
function probeEngine(kb: KnowledgeBase, engine: EligibilityEngine): string {
  const measure = kb.measures.find((m) => m.benefits.some((b) => b.base && b.rate && b.rate.kind !== 'unspecified'));
  const benefit = measure?.benefits.find((b) => b.base && b.rate && b.rate.kind !== 'unspecified');
  if (!benefit?.base) throw new ProbeFailed('the knowledge base has no benefit computed as rate × base to check');
  const evaluation = engine.evaluate({ [benefit.base.fact]: benefit.cap.yuan }, kb.document.validity.from, { benefits: [benefit.id] });
  const result = evaluation.results[0];
  if (!result || result.benefit !== benefit.id) throw new ProbeFailed(`evaluating ${benefit.id} returned no result for it`);
  if (result.status !== 'computed' && result.status !== 'not_eligible') throw new ProbeFailed(`${benefit.id} on a base of ${benefit.cap.yuan} came out ${result.status}`);
  if (result.status === 'computed') {
    const { amountFen, uncappedFen, capFen } = result;
    if (amountFen === null || uncappedFen === null || amountFen !== (uncappedFen < capFen ? uncappedFen : capFen) || amountFen <= 0n) {
      throw new ProbeFailed(`${benefit.id} computed ${String(amountFen)} fen from ${String(uncappedFen)} under a cap of ${capFen}`);
    }
  }
  return `computed ${benefit.id}: ${result.formula}`;
}

function probeSessions(sessions: SessionStore): string {
  // ':' is not in a session id's alphabet: a probe never meets a real session.
  const id = `healthz:${newSessionId()}`;
  const state = { probe: Date.now() };
  if (sessions.save(id, state, undefined) !== 1) throw new ProbeFailed('a new probe session could not be saved');
  try {
    const loaded = sessions.load(id);
    if (!loaded || loaded.version !== 1 || (loaded.state as { probe?: unknown }).probe !== state.probe) throw new ProbeFailed('the probe session read back differs from what was saved');
  } finally {
    sessions.delete(id);
  }
  return 'saved, loaded and deleted a probe session';
}

async function timed(run: () => string | Promise<string>): Promise<PartHealth> {
  const start = performance.now();
  try {
    const detail = await run();
    return { ok: true, ms: Math.round((performance.now() - start) * 10) / 10, detail };
  } catch (e) {
    return { ok: false, ms: Math.round((performance.now() - start) * 10) / 10, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Returns a function that checks the parts (at most once per `cacheMs`) and reports each. */
export function createHealthCheck(parts: () => HealthParts, options: HealthCheckOptions = {}): () => Promise<HealthReport> {
  const cacheMs = options.cacheMs ?? 1000;
  const now = options.now ?? Date.now;
  const engines = new WeakMap<KnowledgeBase, EligibilityEngine>();
  let last: { at: number; report: Promise<HealthReport> } | undefined;

  async function check(): Promise<HealthReport> {
    const { kb, retriever, sessions, engine } = parts();
    let eng = engine ?? engines.get(kb);
    if (!eng) engines.set(kb, (eng = createEligibilityEngine(kb)));
    const results: Record<HealthPart, PartHealth> = {
      retrieval: await timed(() => probeRetrieval(retriever)),
      engine: await timed(() => probeEngine(kb, eng)),
      sessions: await timed(() => probeSessions(sessions)),
    };
    const failing = HEALTH_PARTS.filter((p) => !results[p].ok);
    return { ok: failing.length === 0, failing, parts: results, checkedAt: new Date(now()).toISOString() };
  }

  return () => {
    const at = now();
    if (!last || at - last.at >= cacheMs) last = { at, report: check() };
    return last.report;
  };
}
