/**
 * What a message is about: which benefits to compute and which checks to run.
 * Led by retrieval (the benefits stated in the best-ranked clauses) and by the
 * facts (a benefit whose base and conditions the user states is in play, which
 * is how one contract yields results for the enterprise, the institution and
 * the technology manager at once).
 */
import type { Benefit, KnowledgeBase, Provision } from '../../knowledge/index.ts';
import { statesQuote, type SearchResult } from '../../retrieval/index.ts';
import type { StatedFacts, Understanding } from './understand.ts';

export interface Focus {
  benefits: string[];
  checks: string[];
}

interface Located {
  measure: number;
  benefit?: Benefit;
  provision?: Provision;
}

/** Which benefits and provisions each clause (by excerpt) states. */
export function createStatementIndex(kb: KnowledgeBase) {
  const all: Located[] = kb.measures.flatMap((m) => [
    ...m.benefits.map((benefit) => ({ measure: m.number, benefit })),
    ...m.provisions.map((provision) => ({ measure: m.number, provision })),
  ]);
  const quoteOf = (l: Located) => (l.benefit ?? l.provision)!.quote;
  const inExcerpt = (excerpt: string, l: Located) => statesQuote(excerpt, quoteOf(l));
  return {
    all,
    stated(measure: number, excerpt: string): Located[] {
      return all.filter((l) => l.measure === measure && inExcerpt(excerpt, l));
    },
    benefit(id: string) {
      return all.find((l) => l.benefit?.id === id);
    },
  };
}
export type StatementIndex = ReturnType<typeof createStatementIndex>;

function wordsOf(l: Located): string[] {
  const b = l.benefit;
  const p = l.provision;
  return b ? [b.title, ...b.keywords] : [p!.title, ...p!.keywords];
}

/** Picks among several benefits of one clause (概念验证中心 / 中试服务平台 …) by the words the user used. */
function narrow(candidates: Located[], message: string): Located[] {
  const scored = candidates.map((l) => ({
    l,
    score: wordsOf(l).filter((w) => w.length >= 2 && message.includes(w)).length + (l.benefit && message.includes(l.benefit.title.slice(0, 4)) ? 1 : 0),
  }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best === 0 ? candidates : scored.filter((s) => s.score === best).map((s) => s.l);
}

export function pickFocus(
  kb: KnowledgeBase,
  statements: StatementIndex,
  message: string,
  u: Understanding,
  search: SearchResult,
  facts: StatedFacts,
  /** Who is asking (perspective(message)), worked out once per turn by the caller. */
  who: string[] | null,
): Focus {
  const benefits: string[] = [];
  const checks: string[] = [];
  const add = (l: Located) => {
    if (l.benefit && !benefits.includes(l.benefit.id)) benefits.push(l.benefit.id);
    if (l.provision && l.provision.conditions.length > 0 && !checks.includes(l.provision.id)) checks.push(l.provision.id);
  };

  if (u.intent === 'title' || ['competitionLevel', 'competitionResult', 'isMainCompleter'].some((f) => u.facts[f] !== undefined)) {
    checks.push('title-fast-track');
  }

  // A benefit whose base the message states, with a condition of its own stated too, is in
  // play; a technology manager asking is asking about the manager's award only.
  // Conditions of the asker's own benefits: stating one of these says nothing about another party.
  const ownConditionFacts = new Set(
    statements.all.filter((l) => l.benefit && who?.includes(l.benefit.beneficiary)).flatMap((l) => l.benefit!.conditions.flatMap((c) => (c.fact ? [c.fact] : []))),
  );
  for (const l of statements.all) {
    const b = l.benefit;
    if (!b) continue;
    const baseFact = b.base?.fact ?? b.perItem?.fact;
    if (!baseFact || u.facts[baseFact] === undefined) continue;
    const conditionFacts = b.conditions.flatMap((c) => (c.fact ? [c.fact] : []));
    const stated = conditionFacts.filter((f) => u.facts[f] !== undefined);
    // Another party's benefit is in play only when the message states a condition of its own
    // (学校有重点实验室 for the institution, 经理人评上优秀 for the manager).
    const forAsker = !who || who.includes(b.beneficiary);
    if (forAsker ? conditionFacts.length === 0 || stated.length > 0 : stated.some((f) => !ownConditionFacts.has(f))) add(l);
  }
  const factLed = benefits.length > 0;

  // The benefits or provisions stated in the best clauses of the best measure — or, when the
  // asker says who they are (我们企业 / 我们学校 / 我是技术经理人), in the best clause that
  // states a benefit for them.
  // Retrieval adds nothing to what the facts already decided, nor benefits to a job-title question.
  if (search.cited && !factLed && u.intent !== 'title' && u.intent !== 'validity' && u.intent !== 'interpretation' && u.intent !== 'scope') {
    const measure = u.measure ?? search.measures[0]?.measure;
    const stated = (c: (typeof search.clauses)[number]) =>
      statements.stated(c.chunk.measure, c.chunk.excerpt).filter((l) => l.benefit || (l.provision && l.provision.conditions.length > 0));
    const topMeasures = search.measures.slice(0, 2).map((m) => m.measure);
    const forWho = who && u.measure === null && u.intent === 'amount'
      ? search.clauses
          .filter((c) => topMeasures.includes(c.chunk.measure))
          .map(stated)
          .find((ls) => ls.some((l) => l.benefit && who.includes(l.benefit.beneficiary)))
          ?.filter((l) => !l.benefit || who.includes(l.benefit.beneficiary))
      : undefined;
    // The two best clauses of the measure together, so 评上优秀每年 can pick the yearly reward.
    const ofMeasure = search.clauses.filter((c) => c.chunk.measure === measure).slice(0, 2).flatMap(stated);
    const chosen = forWho ?? [...new Set(ofMeasure)];
    const firstMeasure = benefits[0] ? statements.benefit(benefits[0])?.measure : undefined;
    // With a fact-led benefit already chosen, retrieval only adds benefits of the same measure.
    if (chosen.length > 0 && (firstMeasure === undefined || chosen.some((l) => l.measure === firstMeasure))) {
      for (const l of narrow(chosen, message)) add(l);
    }
  }
  return { benefits, checks };
}

/** Who is asking, as beneficiary ids, when the message says so. */
export function perspective(message: string): string[] | null {
  if (/我是[^，。；]{0,6}(技术经理|技术经纪|经纪人)/.test(message)) return ['technology_manager'];
  if (/(我们|我司|本)(企业|公司|厂)|我司|企业能|公司能/.test(message)) return ['enterprise'];
  if (/(我们|本)(是|单位是)?[^，。；]{0,4}(学校|大学|高校|学院|研究所|研究院|医院|新型研发机构|实验室)|(我们|本)单位/.test(message)) return ['institution', 'service_unit', 'research_team'];
  return null;
}
