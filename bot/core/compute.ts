/**
 * Computing a turn's results with the eligibility engine: the facts of the
 * conversation, each benefit seen from the party that would receive it
 * (the asker, or the other party of the contract), several contracts of one
 * kind each computed and added up. A fact the engine refuses is dropped and
 * reported, never a failed turn.
 */
import { FactError, fenToYuanString, yuanStringToFen, type BenefitResult, type CheckResult, type EligibilityEngine } from '../../eligibility/index.ts';
import type { KnowledgeBase } from '../../knowledge/index.ts';
import type { ItemIndex } from './decide.ts';
import { OTHER_POLICY, type Applicant, type StatedAmount, type StatedFacts } from './read.ts';
import type { SessionState } from './sessions.ts';

/** An applicant's figure that is an increase over last year's total with none (去年500万、今年400万): nothing to work out. */
export const noIncrease = (a: StatedAmount): boolean => (a.over !== undefined || a.fell === true) && yuanStringToFen(a.yuan) === 0n;

export interface InstanceResult {
  amount: StatedAmount;
  result: BenefitResult;
}

/** An item that comes to a sum: worked out, or known by its ceiling alone. */
export const comesTo = (r: BenefitResult): boolean => r.status === 'computed' || r.status === 'cap_only';
/** An item still waiting for its base (its figure not said): in the most asked, it counts for its ceiling. */
export const waitsForBase = (r: BenefitResult): boolean => r.status === 'needs_info' && r.baseFen === null;
/** What a result counts for in a sum: its ceiling when only that is known, else what is paid (the higher policy's, 从优就高). */
// (场景应用…实际投入80万: a share the text leaves open of 80万 comes to 80万 at most, not the 100万 ceiling.)
// (产学研合作补助和创新券，两项加起来最多多少: an item still waiting for its base counts for its ceiling in the most asked.)
export const countedFen = (r: BenefitResult): bigint => (r.status === 'cap_only' ? r.boundFen ?? r.capFen : r.status === 'needs_info' ? r.capFen : r.combination?.payableFen ?? r.amountFen!);
/** What a result counts for with its item said so many times (2家中试服务平台: its ceiling twice). */
export const countedTimes = (r: BenefitResult, itemCounts: Readonly<Record<string, number>> | undefined): bigint => countedFen(r) * BigInt(r.status === 'cap_only' ? (itemCounts?.[r.benefit] ?? 1) : 1);
/**
 * What several applicants' results of one benefit come to together, each under its own ceiling and as many times as it
 * stands for (研究院A 20万、企业B 45万、高校C 70万 → 120万); null when none is worked out on its own, or they are cases asked
 * one beside the other.
 */
export function applicantsFen(r: BenefitResult, computed: Computed): bigint | null {
  if (!computed.perInstance || computed.alternatives) return null;
  const each = computed.perInstance.flatMap((x) => x.results.filter((y) => y.benefit === r.benefit && comesTo(y)).map((y) => countedFen(y) * BigInt(x.weight ?? 1)));
  return each.length > 0 ? each.reduce((sum, fen) => sum + fen, 0n) : null;
}

export interface Computed {
  inForce: boolean;
  results: BenefitResult[];
  checks: CheckResult[];
  /** Per benefit computed on several amounts (two contracts): each one's own result. */
  instances: Map<string, InstanceResult[]>;
  /** Facts the engine could not use (a count of 0, a rate of 150%): dropped and named in the answer. */
  refused: FactError[];
  /** A…4个，B…11个: each applicant named by a letter, its benefits worked out on its own figure. */
  perInstance?: { label: string; results: BenefitResult[]; /** How many applicants it stands for. */ weight?: number; /** The counter they were counted with (家, 名). */ counter?: string; /** No increase over last year's total: nothing worked out. */ noIncrease?: true }[];
  /** The instances are cases asked one beside the other (如果是80万呢), not applicants: no sum of them. */
  alternatives?: true;
  /** The instances are one applicant's several figures (一个应用单位同时有两个场景项目): a ceiling not said to be per project may be the applicant's in all. */
  oneApplicant?: true;
}

export function createComputer(kb: KnowledgeBase, engine: EligibilityEngine, index: ItemIndex) {
  const parties = kb.vocabulary.parties;

  /** Evaluates, dropping each fact the engine refuses (and saying which). */
  function evaluate(facts: StatedFacts, asOf: string, benefits: string[], checks: string[], refused: FactError[], assumed: Readonly<Record<string, string>> = {}) {
    const clean = { ...facts };
    const assumedRates = Object.fromEntries(Object.entries(assumed).filter(([id]) => benefits.includes(id)));
    for (;;) {
      try {
        return engine.evaluate(clean, asOf, { benefits, checks, ...(Object.keys(assumedRates).length > 0 ? { assumedRates } : {}) });
      } catch (e) {
        if (!(e instanceof FactError) || !(e.fact in clean)) throw e;
        if (!refused.some((r) => r.fact === e.fact)) refused.push(e);
        delete clean[e.fact];
      }
    }
  }

  /**
   * The facts a benefit is judged on: those of the party that would receive it (its applicant type) over the
   * conversation's — the asker or the other party when either is that kind; the asker when neither is (a school
   * asking for the enterprise's subsidy is told it is not eligible); else the kind the benefit is for.
   */
  function factsFor(state: SessionState, benefitId: string, benefits: readonly string[]): StatedFacts {
    const beneficiary = index.benefits.get(benefitId)!.benefit.beneficiary;
    const serving = (ids: string[]) => ids.find((p) => parties[p]?.serves.includes(beneficiary));
    // (学校能拿多少科研平台资助，我们的产学研补助又是多少: the party asked about has its own item among these; the
    // others are the asker's.)
    const askedHasOwn = state.parties.asked.some((p) => benefits.some((b) => index.partyServes(p, b)));
    const party =
      serving(state.parties.asked) ??
      (askedHasOwn ? serving(state.parties.self) : undefined) ??
      state.parties.asked.find((p) => Object.keys(parties[p]?.asSelf ?? {}).length > 0) ??
      serving(state.parties.self) ??
      serving(state.parties.counterparties) ??
      state.parties.self.find((p) => Object.keys(parties[p]?.asSelf ?? {}).length > 0) ??
      // An asker of a kind that states nothing of itself (一家孵化器 may or may not be a company) is asked, not assumed.
      (assumable(benefitId) && state.parties.self.length === 0 ? serving(Object.keys(parties)) : undefined);
    return party ? { ...state.facts, ...parties[party]!.asSelf } : state.facts;
  }

  /**
   * Whether nobody named may be taken for the kind the benefit is for: only when that is one kind (企业 for an
   * enterprise's subsidy). A team 来自高校院所 may come from one of several — several kinds serving it say so of
   * themselves — and that is a condition to ask. (Worked out once per benefit, not per turn.)
   */
  const assumableIds = new Set(
    [...index.benefits].filter(([, { benefit }]) => {
      const serving = Object.values(parties).filter((p) => p.serves.includes(benefit.beneficiary));
      return benefit.conditions.every((c) => !('fact' in c) || !c.fact || (c.fact === 'applicantType' ? (c.oneOf?.length ?? 0) <= 1 : serving.filter((p) => c.fact! in p.asSelf).length <= 1));
    }).map(([id]) => id),
  );
  const assumable = (benefitId: string) => assumableIds.has(benefitId);

  return {
    /** (assumed: a percentage supposed per benefit whose share the text leaves open, 假设比例是20%.) */
    compute(state: SessionState, asOf: string, benefits: string[], checks: string[], assumed: Readonly<Record<string, string>> = {}, its: StatedFacts = {}): Computed {
      const refused: FactError[] = [];
      const results: BenefitResult[] = [];
      const instances = new Map<string, InstanceResult[]>();
      let inForce = true;
      for (const id of benefits) {
        // (What is said of one applicant among several — 乙其实是一家研发公司 — over the kind of the conversation's asker.)
        // (And what was said of this item alone: 中试服务平台绩效评价为良好.)
        const facts = { ...factsFor(state, id, benefits), ...state.itemFacts[id], ...its };
        // (Another policy's figure said of other items is not weighed against this one.)
        if (state.otherPolicyOf.length > 0 && !state.otherPolicyOf.includes(id)) for (const f of Object.values(OTHER_POLICY)) delete facts[f];
        const base = index.baseFact(id);
        // (Z医院去年500万、今年400万: a figure of no increase is nothing to work out.)
        const several = base ? state.amounts.filter((a) => a.fact === base && !noIncrease(a)) : [];
        if (several.length > 1) {
          // Each contract on its own (its partner decides its eligibility), then the eligible ones together under the cap.
          const each = several.map((amount) => ({ amount, result: evaluate({ ...facts, ...partnerFacts(state, amount), ...amount.facts, [base!]: amount.yuan }, asOf, [id], [], refused, assumed).results[0]! }));
          instances.set(id, each);
          const counted = each.filter((x) => x.result.status !== 'not_eligible');
          if (counted.length === 0) {
            results.push(each[0]!.result);
            continue;
          }
          const total = counted.reduce((sum, x) => sum + yuanStringToFen(x.amount.yuan)!, 0n);
          const evaluation = evaluate({ ...facts, ...partnerFacts(state, counted[0]!.amount), ...counted[0]!.amount.facts, [base!]: fenToYuanString(total) }, asOf, [id], [], refused, assumed);
          inForce = evaluation.inForce;
          results.push(evaluation.results[0]!);
          continue;
        }
        const evaluation = evaluate(facts, asOf, [id], [], refused, assumed);
        inForce = evaluation.inForce;
        results.push(evaluation.results[0]!);
      }
      const checked = checks.length > 0 ? evaluate(state.facts, asOf, [], checks, refused) : null;
      if (checked) inForce = checked.inForce;
      return { inForce, results, checks: checked?.checks ?? [], instances, refused };
    },

    /**
     * A…4个，B…11个 / 评了3个优秀技术经理人，分别1000万… / 90家…平均8万: the benefits worked out on the applicants' figure,
     * each applicant on its own figure alone (the figures said together are not one applicant's several); undefined
     * when none of the benefits is worked out on it.
     */
    perApplicant(state: SessionState, asOf: string, benefits: readonly string[], applicants: readonly Applicant[], assumed: Readonly<Record<string, string>> = {}): Computed['perInstance'] {
      const fact = applicants[0]?.fact;
      const on = benefits.filter((id) => index.countFact(id) === fact || index.baseFact(id) === fact);
      if (!fact || on.length === 0) return undefined;
      const alone = state.amounts.filter((a) => a.fact !== fact);
      const own = (x: Applicant) => (x.party ? partnerFacts(state, { party: x.party } as StatedAmount) : {});
      // (Z医院去年500万、今年400万: no increase, nothing to work out — the engine takes no figure of nothing.)
      return applicants.map((x) => (x.noIncrease ? { label: x.label, weight: x.weight, results: [], noIncrease: true as const } : { label: x.label, weight: x.weight, ...(x.counter ? { counter: x.counter } : {}), results: this.compute({ ...state, amounts: alone, facts: { ...state.facts, ...own(x), ...x.facts, [x.fact]: x.value } }, asOf, on, [], assumed, x.facts).results }));
    },
  };

  /** The facts the partner named beside an amount states, unless the asker is the research side itself. */
  function partnerFacts(state: SessionState, amount: StatedAmount): StatedFacts {
    const partner = amount.party && parties[amount.party] ? parties[amount.party]!.asCounterparty : {};
    const asker = Object.assign({}, ...state.parties.self.map((p) => parties[p]?.asSelf ?? {})) as StatedFacts;
    return Object.fromEntries(Object.entries(partner).filter(([f]) => !(f in asker)));
  }
}

export type Computer = ReturnType<typeof createComputer>;
