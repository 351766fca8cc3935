/**
 * Composing the answer from its parts: every sentence from a template in
 * knowledge/templates.yaml, every figure from the knowledge base or the
 * engine's results. The result comes first; the validity period, the
 * combination rule and the application guide are said once a conversation.
 */
import { againstValidity, capPerLabel, dateAsWritten, yuanAsWritten, type Benefit, type KnowledgeBase, type Provision, type TemplateId } from '../../knowledge/index.ts';
import { fenToYuanString, formatFen, percentFraction, ratioFraction, yuanStringToFen, yuanToFen, type BenefitResult, type CheckResult, type ConditionResult } from '../../eligibility/index.ts';
import { statesQuote, type Chunk } from '../../retrieval/index.ts';
import { applicantsFen, comesTo, countedFen, countedTimes, waitsForBase, type Computed } from './compute.ts';
import { COMBINATION_FACTS, bareLength, leadAsked, localPolicyNamed, otherPolicyNamed, HEAD_NOUN, ownNoun, phraseFinds, type ItemIndex, type Part } from './decide.ts';
import { findAmounts, findCounts, findDates, findYearCount, formatWan, formatYuanFen, percentAsMatch, percentOf } from './numbers.ts';
import { edgePunctuation, topUpWordsOf, type Reading } from './read.ts';
import type { SessionState } from './sessions.ts';
import type { ChatCalculation, ChatCheck, ChatCitation, ChatQuestion } from './types.ts';

import { clauseAt, findWord, followedBy, inYesNoPair, isNegated, relativeYearsIn, sentenceAt, sentencesOf, withoutWords } from './words.ts';

/** The wording of a month with no year, by where that month of a year falls against the validity. */
const UNDATED = { before: 'date.undated.before', within: 'date.undated.during', after: 'date.undated.after' } as const;

export interface Composed {
  answer: string;
  remarks: string[];
  citations: ChatCitation[];
  calculations: ChatCalculation[];
  checks: ChatCheck[];
  question?: ChatQuestion;
}

export interface ComposeInput {
  parts: Part[];
  computed: Computed | null;
  reading: Reading;
  state: SessionState;
  asOf: string;
  /** Today, where the day answered for is another one the message asks about (2028年底再申报还来得及吗). */
  today?: string;
  /** The best clauses retrieval found, for answers that quote the policy. */
  clauses: Chunk[];
}

/** The most items whose every partial sum is worked out, to tell a sum quoted of some of them from a wrong total. */
const PART_SUMS_MAX = 8;

/** How far apart two sums are, in fen (a budget and a total, two turns' sums). */
const fenApart = (a: bigint, b: bigint) => (a > b ? a - b : b - a);

/** The days from one date (YYYY-MM-DD) to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** A percentage or a span of years quoted (亏了30%, 延长到20年) against the least and most a provision's text allows. */
function boundRemarks(p: Provision, reading: Reading, alternatives: readonly string[], fixed: readonly string[], t: (id: TemplateId, vars?: Vars) => string, asked: { noted?: boolean; claimed?: boolean; restAsked?: boolean } = {}): string[] {
  const { noted = false, claimed = false, restAsked = false } = asked;
  const out: string[] = [];
  for (const [unit, quoted] of [['percent', reading.quotedPercents ?? []], ['years', reading.quotedYears ?? []]] as const) {
    // 容亏率是20%还是50%: figures offered as alternatives ask which the text says; the range answers that.
    const said = (value: string) => t(unit === 'percent' ? 'figure.percent' : 'figure.years', { value });
    const min = p.numbers.find((n) => n.unit === unit && n.bound === 'min');
    const max = p.numbers.find((n) => n.unit === unit && n.bound === 'max');
    // 具体是按30%还是50%: alternatives within a range the text leaves open are not chosen between.
    if (new Set(quoted).size > 1 && alternatives.some((w) => reading.text.includes(w))) {
      if (min && max && !noted) out.push(t('bound.whichOf', { title: p.title, values: [...new Set(quoted)].map(said).join('、'), min: said(min.value), max: said(max.value) }));
      continue;
    }
    for (const q of new Set(quoted)) {
      const vars = { title: p.title, value: said(q), ...(min ? { min: said(min.value) } : {}), ...(max ? { max: said(max.value) } : {}) };
      // 容亏率是不是统一50%: a range is no one figure for all.
      if (min && max && fixed.some((w) => reading.text.includes(w))) out.push(t('bound.notFixed', vars));
      // (另一个申请人说“国资基金容亏率最高60%”: a claim above the most is wrong, said so.)
      else if (max && Number(q) > Number(max.value)) out.push(t(claimed ? 'bound.aboveClaim' : 'bound.above', vars));
      // 容亏率可以到50%以上: more than the most is outside the range, though the figure is its end.
      else if (max && Number(q) === Number(max.value) && reading.orMore?.[unit].includes(q)) out.push(t('bound.aboveOpen', vars));
      else if (min && Number(q) < Number(min.value)) out.push(t('bound.below', vars));
      // (亏损率是35%，算不算在容亏范围内，相关人员能免责吗: a figure that is not one of the bounds is weighed, the note answering the rest.)
      else if (noted && (Number(q) === Number(min?.value) || Number(q) === Number(max?.value))) continue;
      else if (min && max) out.push(t('bound.within', vars));
      // (存续期是10年，最多还能延长几年: what is left to the most, in whole years.)
      else if (max && unit === 'years' && restAsked && Number(q) < Number(max.value)) out.push(t('bound.restToMax', { ...vars, rest: said(String(Number(max.value) - Number(q))) }));
      else if (max) out.push(t('bound.withinMax', vars));
    }
  }
  // 一只国资基金规模1.5亿，最多能容忍亏多少钱: one sum said beside a range of percentages is worked out at both ends, to the fen.
  // (我们一只基金投了一个亿，清算的时候亏了四千万: the sum invested, read as an investment, is the whole the loss is of.)
  const said = [...(reading.unclaimed ?? []), ...(reading.quoted ?? [])];
  const invested = said.length === 1 && reading.amounts.length === 1 && yuanStringToFen(reading.amounts[0]!.yuan)! > yuanStringToFen(said[0]!)! ? [reading.amounts[0]!.yuan] : [];
  const sums = [...said, ...invested];
  const low = p.numbers.find((n) => n.unit === 'percent' && n.bound === 'min');
  const high = p.numbers.find((n) => n.unit === 'percent' && n.bound === 'max');
  // 一只2亿的基金清算时亏了6000万，在容亏范围内吗: a part of a sum, as a share of it, against the most the range allows.
  if (sums.length === 2 && low && high) {
    const [part, whole] = sums.map((x) => yuanStringToFen(x)!).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) as [bigint, bigint];
    const share = percentOf(part, whole);
    const f = percentFraction(high.value);
    const above = part * f.den > whole * f.num;
    out.push(t(above ? 'bound.shareAbove' : 'bound.shareWithin', { title: p.title, part: formatWan(part), sum: formatWan(whole), share: t(share.exact ? 'figure.percent' : 'figure.percentAbout', { value: share.value }), min: t('figure.percent', { value: low.value }), max: t('figure.percent', { value: high.value }) }));
  }
  if (sums.length === 1 && low && high) {
    const fen = yuanStringToFen(sums[0]!)!;
    const share = (percent: string) => { const f = percentFraction(percent); return formatWan((fen * f.num) / f.den); };
    out.push(t('bound.ofSum', { title: p.title, sum: formatWan(fen), min: t('figure.percent', { value: low.value }), max: t('figure.percent', { value: high.value }), low: share(low.value), high: share(high.value) }));
  }
  return out;
}

/** A quoted sentence set inside a sentence of the answer: without its closing 。 (“…补助”，没有写明…). */
const inQuotes = (quote: string) => quote.replace(/。$/, '');

/** An item named with its measure and its ceiling, as a list of items says it (第8条中试服务平台资金支持（最高500万元）). */
const withCap = ({ measure, benefit }: { measure: number; benefit: { title: string; cap: { yuan: number } } }) => `第${measure}条${benefit.title}（最高${yuanAsWritten(benefit.cap.yuan)}）`;
/**
 * Whether two items are one subject's (the ecological platform's construction and follow-on): they share a name that
 * not all the items among them have (创新联合体 names every consortium item; 生态型创新联合体 only those two).
 */
function sameSubjectIn(index: ItemIndex, a: string, b: string, among: readonly string[]): boolean {
  const names = (id: string) => index.item(id)?.names ?? [];
  return names(a).some((n) => names(b).includes(n) && among.some((id) => !names(id).includes(n)));
}

/** An item of the text as named beside others: a benefit with its ceiling, a provision by its title. */
const itemWithCap = (index: ItemIndex, id: string) => {
  const b = index.benefits.get(id);
  return b ? withCap(b) : index.itemName(id);
};

/** Placeholder values: every one a string the template puts in as it is. */
type Vars = Record<string, string | number>;

export function createComposer(kb: KnowledgeBase, index: ItemIndex, chunks: readonly Chunk[]) {
  const doc = kb.document;
  const factDefs = new Map(kb.facts.facts.map((f) => [f.id, f]));
  const topUpWords = topUpWordsOf(kb.vocabulary);
  const validity = `${dateAsWritten(doc.validity.from)}至${dateAsWritten(doc.validity.to)}`;
  /** Every item with money, with its measure, in the text's order (the document's lists of items). */
  const allBenefits = kb.measures.flatMap((m) => m.benefits.map((b) => ({ m, b })));
  /** A yearly base's measure and its words (第7条, 年度新增与企业签订技术合同实际成交额), for the notes on what counts as new. */
  const yearlyBasis = (fact: string) => {
    const of = allBenefits.find(({ b }) => b.base?.fact === fact);
    return { measure: of?.m.number ?? '', label: factDefs.get(fact)?.label ?? '' };
  };

  // Each template split once into its text and placeholders: even pieces are text, odd ones placeholder names.
  const compiled = new Map<string, string[]>();
  /** Fills a template; a placeholder the caller did not give stays visible so a test catches it. */
  /** The last total the answer being composed says (合计最高可获…): a budget asked about is weighed against it. */
  let totalSaid: bigint | null = null;
  /** Whether this answer weighed two of its items against each other (相差…：…最高…，…最高…). */
  let differenceSaid = false;
  /** How much asked beside another question (联合攻关项目能拿多少？牵头单位可以是我们学校吗): an item failed says its ceiling too. */
  let amountAskedBeside = false;
  /** How far an item's ceiling reaches (每年都给吗): a year's where the text says so, a project's, or left open. */
  const reachOf = (id: string) => {
    const { measure, benefit: b } = index.benefits.get(id)!;
    const vars = { measure, title: b.title, quote: b.quote.replace(edgePunctuation, ''), cap: formatWan(yuanToFen(b.cap.yuan)) };
    return t(index.yearly(id) ? 'note.reach.yearly' : b.cap.per === 'per_project' ? 'note.reach.project' : 'note.reach.open', vars);
  };
  const totalled = (fen: bigint) => {
    totalSaid = fen;
    return formatWan(fen);
  };
  function t(id: TemplateId, vars: Vars = {}): string {
    let pieces = compiled.get(id);
    if (!pieces) compiled.set(id, (pieces = kb.templates[id]!.split(/\{([^{}]+)\}/)));
    let out = pieces[0]!;
    for (let k = 1; k < pieces.length; k += 2) {
      const name = pieces[k]!;
      out += (name in vars ? String(vars[name]) : `{${name}}`) + pieces[k + 1]!;
    }
    return out;
  }

  /** One item of a total (第11条科技创新券联动奖补4万元), by its id and the amount said beside it. */
  const totalPart = (id: string, amount: string) => { const { measure, benefit: b } = index.benefits.get(id)!; return t('total.part', { measure, title: b.title, amount }); };
  /** Each year's sums, in the order given, and their total over the years (2026年 …180万 + 2027年 …120万，2年共 300万). */
  const yearsTotal = (entries: readonly { id: string; fen: bigint; year: string }[]) =>
    t('total.years', { years: new Set(entries.map((e) => e.year)).size, parts: entries.map((e) => t('sumTurns.year', { year: e.year, item: totalPart(e.id, formatWan(e.fen)) })).join(' + '), amount: totalled(entries.reduce((sum, e) => sum + e.fen, 0n)) });
  const measureRef = (n: number) => (n === 0 ? '附则' : `第${n}条`);
  const chunkOf = (measure: number, quote: string) => chunks.find((c) => c.measure === measure && statesQuote(c.excerpt, quote));
  const citation = (measure: number, excerpt: string): ChatCitation => ({ measure, excerpt, heading: kb.measures[measure]?.heading ?? '' });
  const quoteCitation = (measure: number, quote: string) => citation(measure, chunkOf(measure, quote)?.excerpt ?? quote);
  const example = t('example');

  function conditionLine(c: ConditionResult): string {
    if (c.status === 'met') return t('condition.met', { label: c.label });
    if (c.status === 'unmet') return t('condition.unmet', { label: c.label });
    if (c.decidedBy === 'review') return t('condition.review', { label: c.label });
    if (c.decidedBy === 'guide') return t('condition.guide', { label: c.label });
    return t('condition.unknown', { label: c.label });
  }

  const perText = (r: { capPer: BenefitResult['capPer'] }) => (r.capPer === 'unstated' ? '' : `（${capPerLabel[r.capPer]}）`);

  /** A rate as the text writes it (30%, 不超过10%, 1∶1); none for a share it does not set. */
  function rateOf(rate: Benefit['rate']): string {
    if (rate?.kind === 'exact') return `${rate.percent}%`;
    if (rate?.kind === 'up_to') return `不超过${rate.percent}%`;
    if (rate?.kind === 'match') return rate.ratio;
    return '';
  }
  // (假设比例是20%: a share supposed is written as supposed.)
  const rateText = (r: BenefitResult): string => (r.assumedPercent !== undefined ? t('figure.assumedPercent', { value: r.assumedPercent }) : rateOf(index.benefits.get(r.benefit)!.benefit.rate));

  /** 300万元 × 30% = 90万元，未超过100万元上限（给予企业）. */
  function formulaText(r: BenefitResult): string {
    if (r.status !== 'computed' || r.uncappedFen === null) return '';
    const b = index.benefits.get(r.benefit)!.benefit;
    const product =
      r.count !== null && b.perItem
        ? `${r.count}项 × 每项最高${yuanAsWritten(b.perItem.capYuan)} = ${formatWan(r.uncappedFen)}`
        : `${formatWan(r.baseFen!)} × ${rateText(r)} = ${formatWan(r.uncappedFen)}`;
    return t(r.uncappedFen > r.capFen ? 'formula.capped' : 'formula.under', { product, cap: formatWan(r.capFen), per: perText(r) });
  }

  function ruleText(r: BenefitResult): string {
    const b = index.benefits.get(r.benefit)!.benefit;
    if (!b.base && !b.perItem) return '';
    const cap = formatWan(r.capFen);
    if (b.perItem) return t('formula.perItem', { each: yuanAsWritten(b.perItem.capYuan), cap, per: perText(r) });
    const base = b.base ? factDefs.get(b.base.fact)?.label ?? '' : '';
    if (b.rate?.kind === 'unspecified') return t(b.rate.share ? 'formula.ruleUnspecified' : 'formula.ruleDepends', { base, cap, per: perText(r) });
    return t('formula.rule', { base, rate: rateText(r), cap, per: perText(r) });
  }

  function headline(r: BenefitResult): string {
    const unknown = r.conditions.filter((c) => c.status === 'unknown').length;
    const b = index.benefits.get(r.benefit)!.benefit;
    switch (r.status) {
      case 'computed': {
        const amount = formatWan(r.amountFen!);
        if (unknown > 0) return t('result.computedUnknown', { amount, unknown });
        // 区里140万、市里100万: the headline says which is paid, as the comparison below it does.
        if (r.combination?.higher === 'other') return t('result.computedOther', { amount, payable: formatWan(r.combination.payableFen) });
        return t(b.rate?.kind === 'up_to' || r.count !== null ? 'result.computedUpTo' : 'result.computed', { amount });
      }
      case 'cap_only':
        return t('result.capOnly', { cap: `${formatWan(r.capFen)}${perText(r)}` });
      case 'needs_info':
        return t('result.needsInfo', { cap: formatWan(r.capFen), need: r.missing.filter((f) => f === index.baseFact(r.benefit)).map((f) => factDefs.get(f)?.label ?? f).join('、') || '相关信息' });
      case 'not_eligible': {
        const unmet = r.conditions.filter((c) => c.status === 'unmet');
        // 还没通过认定: what a review decides is not met; the ceiling stands for those it is met by.
        if (unmet.length > 0 && (unmet.every((c) => c.decidedBy) || amountAskedBeside)) return t('result.notEligibleYet', { unmet: unmet.map((c) => c.label).join('；'), beneficiary: index.benefits.get(r.benefit)!.benefit.beneficiaryLabel, cap: `${formatWan(r.capFen)}${perText(r)}` });
        return t('result.notEligible', { unmet: unmet.map((c) => c.label).join('；') });
      }
      case 'not_in_force':
        return t('result.notInForce', { validity });
    }
  }

  function checkHeadline(c: CheckResult): string {
    if (!c.inForce) return t('result.notInForce', { validity });
    if (c.eligible === true) return t('check.eligible', { outcome: c.outcome });
    if (c.eligible === false) return t('check.notEligible', { unmet: c.conditions.filter((x) => x.status === 'unmet').map((x) => x.label).join('；') });
    return t('check.unknown', { count: c.conditions.filter((x) => x.status === 'unknown').length });
  }

  /** A benefit's rule in a line of a list (按技术合同实际成交额的30%, 每项最高50万元). */
  function ruleOf(b: Benefit): string {
    const base = b.base ? factDefs.get(b.base.fact)?.label ?? '' : '';
    return b.perItem ? `每项最高${yuanAsWritten(b.perItem.capYuan)}` : b.rate?.kind === 'exact' ? `按${base}的${b.rate.percent}%` : b.rate?.kind === 'up_to' ? `按${base}不超过${b.rate.percent}%` : b.rate?.kind === 'match' ? `按${base}${b.rate.ratio}` : b.rate?.kind === 'unspecified' ? t(b.rate.share ? 'rule.share' : 'rule.depends', { base }) : '择优支持';
  }
  /** A ceiling the text does not call a year's (per unstated, or the enterprise's): over years, once in all or each year's. */
  const openOverYears = (id: string) => { const per = index.benefits.get(id)!.benefit.cap.per; return per === 'unstated' || per === 'per_enterprise'; };
  /** A sum over years of one item, up to its ceiling: what it comes to if the ceiling is once in all. */
  const upToCap = (id: string, fen: bigint) => { const cap = yuanToFen(index.benefits.get(id)!.benefit.cap.yuan); return fen < cap ? fen : cap; };
  /** Whether one kind of party receives all of these beneficiaries' items, or has them in its total (开放共享 and 创新券 both an enterprise's). */
  const oneReceiver = (beneficiaries: readonly string[]) => Object.values(kb.vocabulary.parties).some((p) => beneficiaries.every((b) => p.serves.includes(b) || p.sumsWith.includes(b)));
  /** What a benefit's ceiling is counted per, as said after it (（给予企业）), or nothing. */
  const perOf = (b: Benefit) => perText({ capPer: b.cap.per });
  /** A benefit's ceiling in a line of a list, with what it is counted per. */
  const capOf = (b: Benefit) => `${yuanAsWritten(b.cap.yuan)}${perOf(b)}`;
  /** A benefit as a line of the list of ceilings (· 第6条｜产学研合作技术合同补助：最高100万元（给予企业）). */
  // (An item paid per project says that figure too: 每项最高50万元，最高500万元（单个企业年度）.)
  const listItem = (measure: number, b: Benefit) => t(b.perItem ? 'doc.list.itemPer' : 'doc.list.item', { measure, title: b.title, cap: yuanAsWritten(b.cap.yuan), per: perOf(b), each: b.perItem ? yuanAsWritten(b.perItem.capYuan) : '' });

  /** 3个优秀技术经理人…分别1000万、2500万、4000万: each applicant's own result of a benefit, when there are several. */
  function applicantsOf(r: BenefitResult, computed: Computed): { label: string; r: BenefitResult; weight: number; counter?: string }[] {
    const each = (computed.perInstance ?? []).map((x) => ({ label: x.label, weight: x.weight ?? 1, counter: x.counter, r: x.results.find((y) => y.benefit === r.benefit) }));
    const counted = each.filter((x): x is { label: string; r: BenefitResult; weight: number; counter: string | undefined } => x.r !== undefined && (x.r.status === 'computed' || x.r.status === 'cap_only'));
    // (甲 counted and 乙 left out by a condition: still each on its own, not 甲's figure as the message's.)
    return counted.length > 1 || counted.some((x) => x.weight > 1) || (counted.length === 1 && each.length > 1 && !computed.alternatives) ? counted : [];
  }
  /** Those of several applicants a condition leaves out (第二家是在别的平台上用的), when the others are counted. */
  function excludedApplicants(r: BenefitResult, computed: Computed): { label: string; r?: BenefitResult }[] {
    return (computed.perInstance ?? []).flatMap((x) => {
      // (Z医院去年500万、今年400万: no increase, nothing for it.)
      if (x.noIncrease) return [{ label: x.label }];
      const own = x.results.find((y) => y.benefit === r.benefit);
      return own && own.status === 'not_eligible' ? [{ label: x.label, r: own }] : [];
    });
  }

  /** An item's card; `ruleAsked` says its rule on a failed card too (每项和年度上限分别是多少). */
  function resultBlock(r: BenefitResult, computed: Computed, ruleAsked = false): string[] {
    // Several applicants each on their own figure: their results and sum, not one applicant's.
    const applicants = applicantsOf(r, computed);
    if (applicants.length > 0) {
      const total = applicants.reduce((sum, x) => sum + countedFen(x.r) * BigInt(x.weight), 0n);
      const excluded = excludedApplicants(r, computed);
      // (40家×8万: so many applicants, each line standing for its count of them.)
      const shares = applicants.reduce((n, x) => n + x.weight, 0);
      return [
        `${t('result.title', { measure: r.measure, title: r.title })}${computed.alternatives ? t('applicant.cases', { count: applicants.length }) : excluded.length > 0 ? t('applicant.headlineSome', { all: shares + excluded.length, count: shares, amount: totalled(total) }) : t('applicant.headline', { count: shares, amount: totalled(total) })}`,
        ...applicants.map(({ label, r: x, weight, counter }) => {
          // (三家应用单位…200万、500万、1500万 of an item whose share the text leaves open: each one's ceiling, said as one.)
          // (8万…要是用了15万呢: a case above the ceiling says what it comes to, as the headline of cases does not.)
          const reached = computed.alternatives && x.status === 'computed' && x.uncappedFen !== null && x.uncappedFen > x.capFen ? t('applicant.capReached', { amount: formatWan(countedFen(x)) }) : '';
          const line = t('applicant.line', { label, formula: formulaText(x) || (x.status === 'cap_only' ? t('applicant.capOnly', { cap: formatWan(x.capFen) }) : formatWan(countedFen(x))) }) + reached;
          // (第三家同时还申请了区里的同类…补贴80万: that one's support weighed against the other policy's, the higher in all.)
          const combined = x.combination ? t('applicant.combined', { other: formatWan(x.combination.otherAmountFen), payable: formatWan(x.combination.payableFen) }) : '';
          return weight > 1 ? `${line}${combined}${t('applicant.weighted', { count: weight, counter: counter ?? t('applicant.counter', {}), amount: formatWan(countedFen(x) * BigInt(weight)) })}` : `${line}${combined}`;
        }),
        ...excluded.map(({ label, r: x }) => (x ? t('applicant.excluded', { label, reason: x.conditions.filter((c) => c.status === 'unmet').map((c) => c.label).join('；') }) : t('applicant.noIncrease', { label }))),
        // (一个应用单位同时有两个场景项目，每个…500万: one applicant's shares, of a ceiling the text does not say is per project
        // or per unit, may come to that ceiling alone.)
        ...(computed.oneApplicant && r.capPer === 'unstated' && total > r.capFen ? [t('applicant.capScopeOpen', { cap: formatWan(r.capFen) })] : []),
        ...(r.status !== 'not_in_force' ? r.conditions.map(conditionLine) : []),
      ];
    }
    const lines = [`${t('result.title', { measure: r.measure, title: r.title })}${headline(r)}`];
    const formula = formulaText(r);
    if (formula) lines.push(formula);
    else if ((r.status === 'needs_info' || r.status === 'cap_only' || (ruleAsked && r.status === 'not_eligible')) && ruleText(r)) lines.push(ruleText(r));
    for (const inst of computed.instances.get(r.benefit) ?? []) {
      // (Of an item with no condition on the partner, such as the manager's award, an unnamed partner is not said.)
      // (Of an item on another base than a contract — a project's investment — the figure alone: 应用单位分别投了500万和50万.)
      const onContract = index.baseFact(r.benefit) === kb.vocabulary.defaultAmountFact;
      // (某高校…4800万，另一家医院…1000万: several applicants' own figures are named by who they are, not their partner.)
      const ownKind = inst.amount.own ? inst.amount.facts?.applicantType : undefined;
      const party = typeof ownKind === 'string' && kb.vocabulary.parties[ownKind] ? t('instance.applicant', { label: kb.vocabulary.parties[ownKind]!.label })
        : inst.amount.party ? `${kb.vocabulary.parties[inst.amount.party]?.label ?? ''}合同` : index.needsPartner(r.benefit) ? t('instance.partyUnknown') : onContract ? t('instance.unnamed') : '';
      const baseFen = yuanStringToFen(inst.amount.yuan)!;
      const amount = formatWan(baseFen);
      // (A share the text does not set, of a base under the ceiling: under the base, not the ceiling.)
      const rate = index.benefits.get(r.benefit)?.benefit.rate;
      const shareOnly = rate?.kind === 'unspecified' && rate.share && baseFen < r.capFen;
      lines.push(
        inst.result.status === 'not_eligible'
          ? t('instance.excluded', { party, amount, reason: inst.result.conditions.filter((c) => c.status === 'unmet').map((c) => c.label).join('；') })
          : t('instance.counted', { party, amount, result: shareOnly ? t('instance.shareOfBase', { amount }) : formulaText(inst.result).replace(/^[^：]*：/, '') || headline(inst.result) }),
      );
    }
    if (r.combination && r.status === 'not_eligible') lines.push(t('combination.otherOnly', { other: formatWan(r.combination.otherAmountFen) }));
    else if (r.combination) {
      const c = r.combination;
      const verdict = t(c.higher === 'other' ? 'combination.other' : c.higher === 'this' ? 'combination.this' : 'combination.equal', { amount: formatWan(c.payableFen) });
      lines.push(t('combination.compare', { other: formatWan(c.otherAmountFen), principle: c.principle, verdict }));
    }
    for (const n of r.notes) lines.push(n);
    if (r.capPer === 'unstated' && r.status !== 'not_eligible') lines.push(t('note.capScopeOpen', { cap: formatWan(r.capFen) }));
    if (r.status !== 'not_in_force') lines.push(...r.conditions.map(conditionLine));
    return lines;
  }

  /** `asksMoney`: 有补贴吗 asked of it, answered before the blocks; the usual line is left out. */
  function checkBlock(c: CheckResult, asksMoney = false): string[] {
    const p = index.provisions.get(c.check)!.provision;
    const lines = [`${t('result.title', { measure: c.measure, title: c.title })}${checkHeadline(c)}`];
    // Said as what the conditions lead to, so it never reads as granted under 不符合 or 还需确认.
    if (c.eligible !== true) lines.push(t('check.outcomeIf', { outcome: p.outcome }));
    if (p.noAmount && !asksMoney) lines.push(t('note.noAmount'));
    return [...lines, ...c.conditions.map(conditionLine)];
  }

  function calculation(r: BenefitResult): ChatCalculation {
    return {
      measure: r.measure,
      benefit: r.benefit,
      title: r.title,
      beneficiary: r.beneficiary,
      beneficiaryLabel: r.beneficiaryLabel,
      status: r.status,
      amountYuan: r.amountYuan,
      capYuan: r.capYuan,
      formula: r.formula,
      eligible: r.eligible,
      conditions: r.conditions.map((c) => ({ id: c.id, label: c.label, status: c.status })),
      notes: r.notes,
      ...(r.combination ? { combination: { otherAmountYuan: r.combination.otherAmountYuan, higher: r.combination.higher, payableYuan: r.combination.payableYuan } } : {}),
      headline: headline(r),
      formulaText: formulaText(r).replace(/^[^：]*：/, ''),
    };
  }

  function check(c: CheckResult): ChatCheck {
    return {
      measure: c.measure,
      check: c.check,
      title: c.title,
      eligible: c.eligible,
      unmet: c.unmet,
      missing: c.missing,
      conditions: c.conditions.map((x) => ({ id: x.id, label: x.label, status: x.status })),
      headline: checkHeadline(c),
    };
  }

  /** The question for a fact, in the words of the condition of these items that asks it its own way, if one does. */
  function questionFor(fact: string, items: readonly string[]): ChatQuestion {
    const def = factDefs.get(fact)!;
    const options = def.kind === 'enum' ? Object.values(def.values) : def.kind === 'boolean' ? [kb.vocabulary.yesNoOptions.yes, kb.vocabulary.yesNoOptions.no] : [];
    const conditions = items.flatMap((id) => index.benefits.get(id)?.benefit.conditions ?? index.provisions.get(id)?.provision.conditions ?? []);
    const own = conditions.find((c) => c.fact === fact && c.ask)?.ask;
    return { fact, text: own ?? def.ask, example: def.example, options };
  }

  /** 同一个平台…两头都申请: whether items of this text may be had together, which the text leaves open. */
  const withinOpen = (ids: readonly string[]) => t('doc.combination.within', { principle: doc.combination.principle, items: ids.map((id) => itemWithCap(index, id)).join('、') });
  /** 区里给了50万…合计130万: both policies' sums claimed together for the same thing — the higher in all, not both. */
  const notBoth = (ours: bigint, theirs: bigint) => t('combination.notBoth', { quoted: formatWan(ours), other: formatWan(theirs), payable: formatWan(ours > theirs ? ours : theirs), both: formatWan(ours + theirs) });
  /** Which of this policy's sum and the other's is taken under 从优、就高: the higher, said with its amount. */
  const higherOf = (ours: bigint, theirs: bigint) => (ours > theirs ? t('combination.this', { amount: formatWan(ours) }) : ours < theirs ? t('combination.other', { amount: formatWan(theirs) }) : t('combination.equal', { amount: formatWan(ours) }));

  function documentPart(topic: Extract<Part, { kind: 'document' }>['topic'], asOf: string, out: Out, reading: Reading, today?: string) {
    const { text } = reading;
    const m0 = (quote: string) => out.cite(quoteCitation(0, quote));
    switch (topic) {
      case 'issuer':
        out.text.push(t('doc.issuer', { issuer: doc.issuer, date: dateAsWritten(doc.issueDate), title: doc.title, noticeTitle: doc.noticeTitle }));
        // (文号是多少: the text prints no document number.)
        if (kb.vocabulary.grammar.numberAsked.some((w) => text.includes(w))) out.text.push(t('doc.noNumber'));
        out.cite(citation(0, doc.issueDateQuote));
        return;
      case 'issueDate':
        out.text.push(t('doc.issueDate', { issuer: doc.issuer, date: dateAsWritten(doc.issueDate), from: dateAsWritten(doc.validity.from) }));
        // 从印发到实施隔了多久: the days between the two dates.
        if (kb.vocabulary.grammar.gapAsked.some((w) => text.includes(w))) out.text.push(t('doc.issueGap', { date: dateAsWritten(doc.issueDate), from: dateAsWritten(doc.validity.from), days: daysBetween(doc.issueDate, doc.validity.from) }));
        m0(doc.validity.quote);
        return;
      case 'measureCount': {
        const numbered = kb.measures.filter((m) => m.number > 0);
        out.text.push(t('doc.measureCount', { count: numbered.length, headings: numbered.map((m) => `${m.number}. ${m.heading}`).join('\n') }));
        return;
      }
      case 'validity': {
        const v = doc.validity;
        const vars = { asOf: dateAsWritten(asOf), from: dateAsWritten(v.from), to: dateAsWritten(v.to) };
        // (现在还有效吗？…我们打算2028年底再申报还来得及吗: today's standing first, then the day asked about.)
        // (政策2028年8月底到期以后…还能继续发吗: the day said is the end itself, asked past; what follows says the text is
        // silent there, and the standing is today's.)
        // (Not 2028年8月31日还在有效期内吗？到期以后怎么办: the day asked of, and after it asked apart; nor with another day
        // said: 2028年8月31日到期以后，我们8月30日提交的.)
        const { dateEnds, afterExpiry } = kb.vocabulary.grammar;
        const datesSaid = [...text].filter((ch, i) => dateEnds.includes(ch) && /\d/.test(text[i - 1] ?? '')).length;
        const endAsked = asOf === v.to && today !== undefined && datesSaid <= 1 && afterExpiry.some((w) => findWord(text, w).some(([a]) => dateEnds.some((d) => text.slice(0, a).endsWith(d))));
        if (today !== undefined && today !== asOf && (endAsked || kb.vocabulary.grammar.nowAsked.some((w) => text.includes(w)))) {
          out.text.push(t(today < v.from ? 'doc.validity.before' : today > v.to ? 'doc.validity.after' : 'doc.validity.during', { ...vars, asOf: dateAsWritten(today) }));
        }
        if (!endAsked) out.text.push(t(asOf < v.from ? 'doc.validity.before' : asOf > v.to ? 'doc.validity.after' : 'doc.validity.during', vars));
        out.text.push(t('doc.adjustment'));
        m0(v.quote);
        m0(doc.adjustmentQuote);
        return;
      }
      case 'overallCap':
        out.text.push(t('note.noOverallCap', {}));
        return;
      case 'funder':
        // 政策有没有规定每年市级财政总预算是多少: no total either, beside who pays.
        // (Not 我们项目总预算800万 / 我们合同一共多少钱能拿满: a sum of the asker's own, or the base that reaches a ceiling.)
        // (市级财政每年总预算多少？我们申请100万: a figure elsewhere is no sum of the budget word's.)
        const ownSum = (w: string) => findWord(text, w).every(([, end]) => findAmounts(text.slice(end)).some((a) => a.start <= 1));
        if (kb.vocabulary.grammar.budgetTotal.some((w) => findWord(text, w).length > 0 && !ownSum(w)) && !reading.intents.includes('toCap')) out.text.push(t('vague.noTotal', {}));
        out.text.push(t('doc.funder', {}));
        return;
      case 'renewal':
        out.text.push(t('doc.renewal', { from: dateAsWritten(doc.validity.from), to: dateAsWritten(doc.validity.to) }));
        // (之前已经立项的项目还能继续拿钱吗: nor what becomes of support granted before.)
        if (reading.grantedBefore) out.text.push(t('doc.renewal.granted', {}));
        m0(doc.validity.quote);
        return;
      case 'adjustment':
        // Said with the validity already; asked alone, the clause itself.
        if (!out.text.includes(t('doc.adjustment'))) out.text.push(t('doc.adjustment'));
        m0(doc.adjustmentQuote);
        return;
      case 'interpretation':
        out.text.push(t('doc.interpretation', { interpreters: doc.interpreters.join('、') }));
        m0(doc.interpretationQuote);
        return;
      case 'scope': {
        const seen = new Set<string>();
        const lines: string[] = [];
        for (const m of kb.measures) for (const b of m.benefits) if (!seen.has(b.beneficiary) && (b.base || b.perItem)) {
          seen.add(b.beneficiary);
          lines.push(`· 第${m.number}条：${b.beneficiaryLabel}`);
        }
        out.text.push(t('doc.scope', { appliesTo: doc.appliesTo.join('、'), beneficiaries: lines.join('\n') }));
        m0(doc.appliesToQuote);
        return;
      }
      case 'individuals': {
        // The items for people: a benefit for a person's kind, or a check of who someone is (科研人员).
        const items = kb.measures.flatMap((m) => [
          ...m.benefits.filter((b) => index.forPeople.has(b.beneficiary)).map((b) => `· 第${m.number}条 ${b.title}（${b.beneficiaryLabel}，最高${yuanAsWritten(b.cap.yuan)}）`),
          ...m.provisions.filter((p) => p.conditions.some((c) => c.fact && index.personFact(c.fact))).map((p) => `· 第${m.number}条 ${p.title}`),
        ]);
        out.text.push(t('doc.individuals', { appliesTo: doc.appliesTo.join('、'), items: items.join('\n') }));
        m0(doc.appliesToQuote);
        return;
      }
      case 'registration':
        out.text.push(t('doc.registration', { appliesTo: doc.appliesTo.join('、') }));
        m0(doc.appliesToQuote);
        return;
      case 'thresholds':
        out.text.push(t('doc.thresholds', { appliesTo: doc.appliesTo.join('、') }));
        m0(doc.appliesToQuote);
        return;
      case 'localRules':
        out.text.push(t('doc.localRules', { interpreters: doc.interpreters.join('、') }));
        m0(doc.guideQuote);
        return;
      case 'guide':
        out.text.push(t('doc.guide', { interpreters: doc.interpreters.join('、') }));
        m0(doc.guideQuote);
        return;
      case 'list': {
        const lines = [t('doc.list.header', { title: doc.title })];
        for (const m of kb.measures) for (const b of m.benefits) lines.push(listItem(m.number, b));
        const noAmount = kb.measures.flatMap((m) => m.provisions.filter((p) => p.noAmount).map((p) => `${p.title}（第${m.number}条）`));
        if (noAmount.length) lines.push(t('doc.list.noAmount', { items: noAmount.join('、') }));
        lines.push(t('doc.list.footer', { example }));
        out.text.push(lines.join('\n'));
        return;
      }
      case 'combination':
        // 这个原则是写在文件哪里的: its place, the closing paragraph after the twelve measures.
        if (kb.vocabulary.grammar.whereWritten.some((w) => text.includes(w))) out.text.push(t('doc.combination.where', { principle: doc.combination.principle, heading: kb.measures.find((m) => m.number === 0)!.heading, quote: doc.combination.quote }));
        // (这个原则是针对所有条款还是只针对奖补: its reach is the text's own words, 涉及奖补政策.)
        if (kb.vocabulary.grammar.principleScope.some((w) => text.includes(w))) out.text.push(t('doc.combination.scope', { principle: doc.combination.principle, quote: doc.combination.quote }));
        out.text.push(t('doc.combination', { principle: doc.combination.principle }));
        // (Not beside a higher level's: 国家那边不同的项目 is another policy, which the rule does not speak of.)
        if (kb.vocabulary.grammar.otherMatters.some((w) => text.includes(w)) && !kb.vocabulary.grammar.higherLevels.some((w) => text.includes(w))) out.text.push(t('doc.combination.otherMatters', { principle: doc.combination.principle }));
        m0(doc.combination.quote);
        return;
      case 'addressees':
        out.text.push(t('doc.addressees', { addressees: doc.addressees.join('，') }));
        return;
      case 'noAmountList': {
        const none = kb.measures.filter((m) => m.number > 0 && m.benefits.length === 0);
        out.text.push(t('doc.noAmountList', { measures: none.map((m) => `\n· 第${m.number}条（${m.heading}）`).join('') }));
        return;
      }
      case 'rateList': {
        // 哪些是按明确比例计算的: the items with a rate the text gives, and those whose rate it leaves open.
        // (第六条哪些写了比例: of the measures named, where the message names any.)
        const all = reading.measures.length > 0 ? allBenefits.filter(({ m }) => reading.measures.includes(m.number)) : allBenefits;
        const rated = all.filter(({ b }) => b.rate && b.rate.kind !== 'unspecified');
        const open = all.filter(({ b }) => b.rate?.kind === 'unspecified');
        const named = (xs: typeof all) => xs.map(({ m, b }) => `第${m.number}条${b.title}`).join('、') || '无';
        const share = open.filter(({ b }) => b.rate?.kind === 'unspecified' && b.rate.share);
        // (哪些只写了上限没写比例: the rest by name, with their ceilings, where asked.)
        const rateless = kb.vocabulary.grammar.ratelessAsked.some((w) => reading.text.includes(w));
        const rest = rateless ? t('doc.rateList.capOnly', { items: all.filter(({ b }) => !b.rate).map(({ m, b }) => `\n${listItem(m.number, b)}`).join('') || '无' }) : t('doc.rateList.rest', {});
        out.text.push(`${t('doc.rateList', { items: rated.map(({ m, b }) => `\n· 第${m.number}条｜${b.title}：${ruleOf(b)}，最高${capOf(b)}`).join('') || '无', share: named(share), depends: named(open.filter((x) => !share.includes(x))) })}\n${rest}`);
        for (const { m, b } of [...rated, ...open]) out.cite(quoteCitation(m.number, b.quote));
        return;
      }
      case 'largest': {
        const all = allBenefits;
        const top = Math.max(...all.map((x) => x.b.cap.yuan));
        const items = all.filter((x) => x.b.cap.yuan === top);
        const rising = all.filter((x) => x.b.cap.mayRise).map((x) => `第${x.m.number}条${x.b.title}（最高${yuanAsWritten(x.b.cap.yuan)}，${x.b.cap.mayRise}）`);
        out.text.push(t('doc.largest', { cap: yuanAsWritten(top), items: items.map((x) => `第${x.m.number}条${x.b.title}`).join('；'), rising: rising.join('；') || '无' }));
        for (const x of items) out.cite(quoteCitation(x.m.number, x.b.quote));
        return;
      }
      case 'smallest': {
        // 封顶最低的是哪一项: the lowest ceiling the text writes for an item (a ceiling per project inside a yearly one is not an item's).
        // (高校能拿的支持里金额最小的是哪个: of the items for the kind named.)
        const kinds = [...reading.self, ...reading.asked, ...reading.counterparties];
        const ofKinds = allBenefits.filter((x) => kinds.some((p) => index.partyServes(p, x.b.id)));
        const all = ofKinds.length > 0 ? ofKinds : allBenefits;
        const low = Math.min(...all.map((x) => x.b.cap.yuan));
        const items = all.filter((x) => x.b.cap.yuan === low);
        out.text.push(t('doc.smallest', { cap: yuanAsWritten(low), items: items.map((x) => `第${x.m.number}条${x.b.title}`).join('；') }));
        for (const x of items) out.cite(quoteCitation(x.m.number, x.b.quote));
        return;
      }
    }
  }

  interface Out {
    text: string[];
    remarks: string[];
    citations: ChatCitation[];
    cite(c: ChatCitation): void;
  }

  return {
    questionFor,
    /** Renders the parts; `state` is updated with what was said once. */
    compose(input: ComposeInput): Composed {
      const { parts, computed, reading, state, asOf } = input;
      totalSaid = null;
      differenceSaid = false;
      // (项目实际投入300万，按比例能拿多少钱 of an item the asker is not for: the ceiling of whom it is for, when nothing else is
      // worked out beside it.)
      // (上限分别是多少: a ceiling asked of each item is shown of every one, whoever it is for.)
      amountAskedBeside = (reading.intents.includes('maximum') && reading.intents.includes('each')) || (reading.intents.includes('amount') && ((reading.questions ?? 0) > 1 || ((reading.questions ?? 0) === 1 && computed !== null && computed.results.length > 0 && computed.results.every((r) => r.status === 'not_eligible'))));
      /** A claim is checked (对吗, 是真的吗): the answer says first whether it holds. */
      const claimAsked = [...kb.vocabulary.grammar.claimAsked, ...kb.vocabulary.grammar.reported].some((w) => reading.text.includes(w));
      // Places inside Wuxi named, other than the city itself (您问的江阴属于无锡市, not 您问的无锡).
      const districts = reading.inside.filter((p) => !doc.title.includes(p));
      const sameSubject = (a: string, b: string, among: readonly string[]) => sameSubjectIn(index, a, b, among);
      /**
       * What a result counts for in a sum, as many times as the projects said of an item counted per project; of an item
       * worked out for several applicants each on its own (省里分别给了40万和70万), what they come to together.
       */
      const countedSums = new Map<BenefitResult, bigint>();
      const countedOf = (r: BenefitResult): bigint => {
        let fen = countedSums.get(r);
        if (fen === undefined) {
          fen = (computed && applicantsOf(r, computed).length > 0 ? applicantsFen(r, computed) : null) ?? countedTimes(r, reading.itemCounts);
          countedSums.set(r, fen);
        }
        return fen;
      };
      const out: Out = {
        text: [],
        remarks: [],
        citations: [],
        cite(c) {
          if (!this.citations.some((x) => x.excerpt === c.excerpt)) this.citations.push(c);
        },
      };
      let calculations: ChatCalculation[] = [];
      let checks: ChatCheck[] = [];
      let question: ChatQuestion | undefined;
      let typoLine = '';
      /** The clause line and the once-a-conversation footer: after the question, at the end. */
      const tail: string[] = [];
      /** The measures of earlier items a total of this turn adds in (再加上3个任务型…总共 after 5个揭榜类项目): cited too. */
      const summedMeasures = new Set<number>();
      /** The item's notes on what the text leaves open whose words the message holds, not said already. */
      const openNotes = (id: string, said: readonly string[]) => index.notesAsked(id, reading.text).filter((note) => !said.includes(note));
      /**
       * 认定之后连续三年都评了优秀，加上认定的钱一共 / 两个都认定下来，加起来: a total asked over years or beside items
       * not computed — each yearly item's ceiling times the years said, an item of the same name whose own words the
       * message holds (认定) once, the earlier topic's items when both are asked; null when none of these applies.
       */
      const totalOverYears = (counted: BenefitResult[], computed: Computed): string | null => {
        // (2026、2027两年绩效都是优秀，市里最多给多少: the most over the years counted is a total too.)
        const asksTotal = reading.intents.includes('total') || (reading.intents.includes('maximum') && reading.yearCount !== undefined);
        if (!asksTotal || counted.length === 0) return null;
        let years = reading.yearCount ?? 1;
        const { yearly, ownWords: own } = index;
        const entries: { id: string; fen: bigint }[] = counted.map((r) => ({ id: r.benefit, fen: countedOf(r) }));
        /** Earlier items counted at what they came to, not at their ceiling: one sum each, not each year's most. */
        const workedBefore = new Set<string>();
        /** The item's siblings whose own words the message holds (认定 for the platform's support beside its reward). */
        const totalWords = new Set(kb.vocabulary.intents.total?.phrases ?? []);
        const past = Object.entries(kb.vocabulary.grammar.relativeYears).filter(([, offset]) => offset < 0).map(([w]) => w);
        const countedWords = new Set(counted.flatMap((r) => own(r.benefit)));
        const siblingsSaid = (id: string) => {
          const mine = new Set(own(id));
          // (任务型创新联合体有三个联合攻关项目…加起来: a sibling's word said only inside the item's own words is not said.)
          const mineSaid = [...mine].flatMap((w) => findWord(reading.text, w));
          // (去年认定的1家中试平台…绩效奖励上限合计: a word of the support said of a year before describes the platform; it asks nothing of this year.)
          const ofPastYear = (a: number) => past.some((w) => { const at = reading.text.lastIndexOf(w, a); return at >= 0 && a - (at + w.length) <= 1; });
          const saidApart = (w: string) => findWord(reading.text, w).some(([a, b]) => !mineSaid.some(([c, d]) => c <= a && b <= d) && !ofPastYear(a));
          // (另外已认定的中试平台里预计有1家绩效优秀 beside 新认定3家概念验证中心: a word said only in clauses that name
          // another item worked out, and not the sibling, is that item's.)
          const ofOther = (sibId: string, w: string) => {
            const names = index.benefits.get(sibId)!.benefit.names;
            return findWord(reading.text, w).every(([a]) => {
              const [from, to] = clauseAt(reading.text, a);
              const clause = reading.text.slice(from, to);
              return !names.some((n) => clause.includes(n)) && counted.some((r) => r.benefit !== id && index.benefits.get(r.benefit)!.benefit.names.some((n) => clause.includes(n)));
            });
          };
          for (const sib of index.siblings(id)) {
            if (!index.benefits.has(sib.id) || entries.some((e) => e.id === sib.id) || computed.results.some((x) => x.benefit === sib.id)) continue;
            // (Nor a word asking for a total, 加起来 / 总共, that the item's qualifiers hold.)
            // (三年下来最多能拿多少 after a platform's support: its reward paid each year is part of the most over the years.)
            const yearlyNext = years > 1 && yearly(sib.id) && !yearly(id) && reading.intents.includes('maximum');
            // (任务型…攻关项目3个，生态型创新联合体的重大创新平台2个: nor a word of another item counted, which names that one.)
            if (reading.sameCase || yearlyNext || own(sib.id).some((w) => !mine.has(w) && !countedWords.has(w) && !totalWords.has(w) && saidApart(w) && !ofOther(sib.id, w))) entries.push({ id: sib.id, fen: yuanToFen(index.benefits.get(sib.id)!.benefit.cap.yuan) });
          }
        };
        for (const r of counted) siblingsSaid(r.benefit);
        const both = reading.both === true;
        // (再加一个…总共多少: the earlier topic's items with the one added.)
        // (还跟另一所大学签了300万，两份加起来: a figure added is one more of the items counted, no earlier item joins.)
        // (如果换成概念验证中心，认定加上第一年绩效优秀: one item instead of the earlier one, not beside it.)
        const instead = kb.vocabulary.grammar.instead.some((w) => reading.text.includes(w));
        // (如果产学研合同改成300万，合计多少 after three items' total: one of them changed, the others as they came to.)
        // (要是我们按生态型创新联合体建重大创新平台呢，前后总共 after the task consortium's: items named with nothing changed
        // are asked instead, not one of the earlier ones changed.)
        const changes = reading.amounts.length + Object.keys(reading.facts).length > 0;
        // (Not 一个生态型的平台如果建设任务完成了…前后最多能拿多少 after 任务型和生态型分别怎么支持: no total was given before.)
        const totalBefore = input.parts.some((p) => p.kind === 'compute' && p.totalBefore === true);
        const oneOfEarlier = changes && totalBefore && reading.intents.includes('total') && (reading.intents.includes('followUp') || reading.intents.includes('correction')) && !reading.intents.includes('also') && reading.asked.length === 0 && state.earlier.length > counted.length && counted.every((x) => state.earlier.includes(x.benefit)) && counted.every((x) => state.resultsBefore.some((y) => y.benefit === x.benefit));
        // (如果是符合生态型创新联合体的重大创新平台呢？建设完成后还有吗？一共最多多少 after the task project: other items
        // asked in its place, 还有 of their own sequence, are summed alone.)
        const whatIfOther = (reading.intents.includes('followUp') || reading.whatAbout === true) && !both && reading.items.length > 0 && reading.items.every((id) => !state.earlier.includes(id) || counted.some((r) => r.benefit === id)) && state.earlier.every((id) => !reading.items.includes(id));
        // (中试平台的话，认定那笔加上一年优秀的绩效奖励: 加上 joining two items named adds nothing of the earlier topic.)
        const alsoEarlier = reading.intents.includes('also') && reading.amounts.length === 0 && reading.items.length < 2;
        // (其中…绩效评价为优秀，绩效奖励按最高算要多少？两部分合计多少 after the supports at recognition: the earlier items
        // themselves are the other part, though siblings of those counted.)
        const otherPart = kb.vocabulary.grammar.partsTogether.some((w) => reading.text.includes(w)) && state.earlier.some((id) => !counted.some((r) => r.benefit === id));
        // (…再加上之后三年…优秀的奖励，中试平台合计 after both platforms' supports: a total said right after a name of the
        // items counted is of those alone; not one adding the earlier ones, 概念验证中心加上前面的, nor the name added to
        // them, 再加上概念验证中心一共.)
        const alsoWords = kb.vocabulary.intents.also?.phrases ?? [];
        const alsoEnds = new Set(phraseFinds(kb, 'also', reading.text).map(([, end]) => end));
        const ofNamed = counted.some((r) => index.benefits.get(r.benefit)!.benefit.names.some((n) => [...totalWords].some((w) => !alsoWords.includes(w) && findWord(reading.text, n + w).some(([at]) => !alsoEnds.has(at)))));
        if (!instead && !whatIfOther && !ofNamed && (both || oneOfEarlier || alsoEarlier || otherPart)) {
          // (Of the earlier items, not one of the same name as an item counted; one asked with the qualifiers of the
          // items counted — 两个平台绩效都是优秀 — is its qualified sibling, the platform's excellence reward.)
          // (Of the earlier item and its siblings, the one qualified like the items counted: 认定的资金支持 after a
          // platform's support and its excellence reward is the platform's support.)
          const qualifiers = new Set(counted.flatMap((r) => index.benefits.get(r.benefit)!.benefit.qualifiers));
          const alike = (x: { qualifiers: readonly string[] }) => (qualifiers.size > 0 ? x.qualifiers.some((q) => qualifiers.has(q)) : x.qualifiers.length === 0);
          // (An item sharing only a general name — 联合体 of the task consortium beside the ecological platform's — is for
          // another beneficiary, and another subject: 任务型…另外还想建一个生态型的平台，两个加起来.)
          const beneficiary = (id: string) => index.benefits.get(id)?.benefit.beneficiary;
          const kin = (a: string, b: string) => beneficiary(a) === beneficiary(b);
          // (那如果只有中试平台评上优秀呢 after both platforms' rewards: of the items qualified like those named after 只有,
          // only those — the other platform's reward is left out, its support given once kept.)
          const onlyNamed = counted.some((r) => (index.item(r.benefit)?.names ?? []).some((n) => findWord(reading.text, n).some(([a]) => kb.vocabulary.grammar.onlyOne.some((w) => reading.text.slice(0, a).endsWith(w)))));
          for (const earlier of state.earlier) {
            // (Not an earlier item counted itself: 另外去年认定的中试服务平台里有2家…绩效奖励 after 3 centres and 2 platforms
            // keeps the centres' support, adding no centre's reward.)
            if (!index.benefits.has(earlier) || counted.some((r) => r.benefit === earlier) || (!otherPart && index.siblings(earlier).some((x) => counted.some((r) => r.benefit === x.id) && kin(x.id, earlier)))) continue;
            const own = index.benefits.get(earlier)!.benefit;
            const chosen = alike(own) || otherPart || onlyNamed ? earlier : index.siblings(earlier).find((x) => index.benefits.has(x.id) && alike(x) && kin(x.id, earlier))?.id ?? earlier;
            // (两个都通过认定，认定支持一共…两个绩效评价都是优秀，那一年绩效奖励一共 after the pilot platform's reward: of items
            // counted both with qualifiers and without, the earlier platform's of each kind.)
            const kinds = new Set(counted.map((r) => index.benefits.get(r.benefit)!.benefit.qualifiers.length > 0));
            const unqualified = both && kinds.size > 1 ? [earlier, ...index.siblings(earlier).filter((x) => kin(x.id, earlier)).map((x) => x.id)].find((x) => index.benefits.get(x)?.benefit.qualifiers.length === 0) : undefined;
            for (const id of [chosen, ...(unqualified !== undefined && unqualified !== chosen ? [unqualified] : [])]) if (index.benefits.has(id) && !entries.some((e) => e.id === id)) {
              // (如果省级绩效奖励是60万，两项合计 after the voucher's 4万: what the earlier item came to, not its ceiling.)
              // (两项合计 after the institute's two items, then one of them revised: what the other came to for that applicant.)
              const cap = yuanToFen(index.benefits.get(id)!.benefit.cap.yuan);
              const fenOf = (x: { yuan: string } | undefined) => (x ? yuanStringToFen(x.yuan)! : undefined);
              const before = fenOf(state.resultsBefore.find((x) => x.benefit === id)) ?? fenOf(state.applicantResults.at(-1)?.results.find((x) => x.benefit === id && fenOf(x)! < cap));
              if (before !== undefined && before < cap) workedBefore.add(id);
              entries.push({ id, fen: before ?? cap });
              siblingsSaid(id);
            }
          }
          if (onlyNamed && qualifiers.size > 0) entries.splice(0, entries.length, ...entries.filter((e) => counted.some((r) => r.benefit === e.id) || !alike(index.benefits.get(e.id)!.benefit)));
          // 两个 asked and one found: no total that would pass for both.
          if (both && entries.length < 2) return null;
        }
        // (如果我们同时还建了中试平台，也被认定了，两个认定的钱加起来 after a total over years: two asked, with no word of
        // the yearly rewards' own, are the two given once.)
        // (假设认定时拿到150万元，之后第二年、第三年绩效评价都是优秀，这三年一共: one sum said, within the ceiling of the one
        // item given once that the total counts at its ceiling, is what that item came to.)
        const atCap = entries.filter((e) => !yearly(e.id) && e.fen === yuanToFen(index.benefits.get(e.id)!.benefit.cap.yuan) && (computed.results.find((x) => x.benefit === e.id)?.status ?? 'cap_only') === 'cap_only');
        const said = reading.quoted?.length === 1 && reading.amounts.length === 0 && atCap.length === 1 && entries.length > 1 ? yuanStringToFen(reading.quoted[0]!)! : null;
        if (said !== null && said < atCap[0]!.fen && !claimAsked) atCap[0]!.fen = said;
        const qualifiedYearly = entries.filter((e) => yearly(e.id) && index.benefits.get(e.id)!.benefit.qualifiers.length > 0);
        const yearlySaid = qualifiedYearly.some((e) => index.benefits.get(e.id)!.benefit.qualifiers.some((q) => reading.text.includes(q)));
        if (both && reading.onceSaid && !yearlySaid && qualifiedYearly.length > 0 && entries.length - qualifiedYearly.length === 2) {
          for (const e of qualifiedYearly) entries.splice(entries.indexOf(e), 1);
          years = 1;
        }
        // (两部分合计 after the support given once and a year's rewards: one sum, each yearly reward said as one year's.)
        const partsTogether = kb.vocabulary.grammar.partsTogether.some((w) => reading.text.includes(w));
        // (中试服务平台今年刚通过认定，明年绩效评价如果是优秀，两年加起来: the yearly reward from the year it is said of, later
        // than the year of the support given once — one year of the two.)
        // (同样的情况呢 after it: the later start said then.)
        const laterSaid = index.yearlyLater(reading.text, entries.map((e) => e.id)) ?? (reading.sameCase ? state.lastTotal?.later : undefined);
        const later = laterSaid !== undefined && years > laterSaid ? laterSaid : 0;
        // (他们还想建个概念验证中心，认定以后再加上两年的绩效都优秀，一共 after the institute's yearly increase worked out:
        // years said of a yearly reward's own words — 绩效, 优秀 — are that reward's; an item worked out on this year's figure
        // is this year's sum.)
        const qualifiersOf = (id: string) => index.benefits.get(id)!.benefit.qualifiers;
        const rewardYears = entries.some((e) => yearly(e.id) && qualifiersOf(e.id).some((q) => reading.text.includes(q)));
        const oneYearsFigure = (id: string) => rewardYears && qualifiersOf(id).length === 0 && computed.results.find((x) => x.benefit === id)?.status === 'computed';
        const counts = (id: string) => (yearly(id) && !oneYearsFigure(id) ? years - later : 1);
        // 认定时一共最多多少？之后如果两个都优秀，每年一共最多多少: with no years said, what is paid once and what is paid
        // each year are two totals, not one.
        // (Of a year's ceiling worked out on this year's figures — the leading enterprise's landed projects — that one
        // year's sum is counted, with the others.)
        const eachYear = (id: string) => yearly(id) && !workedBefore.has(id) && (computed.results.find((x) => x.benefit === id)?.status ?? 'cap_only') === 'cap_only';
        const yearlyEntries = entries.filter((e) => eachYear(e.id));
        // (…认定支持一共最多多少？以后某一年两个绩效评价都是优秀，那一年绩效奖励一共最多多少: one year said, with each total
        // asked in a sentence of its own, the same.)
        const totalsAsked = sentencesOf(reading.text).filter((x) => [...totalWords].some((w) => !w.includes('…') && x.includes(w))).length;
        if ((reading.yearCount === undefined || (reading.yearCount === 1 && totalsAsked > 1)) && !partsTogether && yearlyEntries.length > 0 && yearlyEntries.length < entries.length) {
          const part = (e: { id: string; fen: bigint }) => totalPart(e.id, formatWan(e.fen));
          const sumOf = (xs: typeof entries) => formatWan(xs.reduce((s, e) => s + e.fen, 0n));
          const once = entries.filter((e) => !eachYear(e.id));
          const apart = t('total.onceAndYearly', { once: once.map(part).join(' + '), onceAmount: sumOf(once), yearly: yearlyEntries.map(part).join(' + '), yearlyAmount: sumOf(yearlyEntries) });
          // (其中1家…绩效评价优秀，按上限还要加多少绩效奖励？总共多少 after the supports: what is added to them asks the sum of
          // one year with them too.)
          // (两项加起来总预算多少: so does a budget asked of them.)
          const budgetWord = kb.vocabulary.grammar.budget.some((w) => reading.text.includes(w));
          // (更正：中试平台只有1家评为优秀。合计调整为多少: so does a total asked again with a count corrected.)
          // (Not two totals asked apart, each answered by its own: …认定支持一共…？…那一年绩效奖励一共….)
          return (reading.intents.includes('also') && totalsAsked < 2) || budgetWord || reading.countsCorrected === true ? `${apart}${t('total.sameYear', { amount: totalled(entries.reduce((s, e) => s + e.fen, 0n)) })}` : apart;
        }
        // 连续两年都拿的话一共 of an item whose ceiling the text does not say is yearly: both readings, each worked out.
        // (Beside a reward paid each year, such an item is the recognition's support, paid once.)
        // (每年都跟高校签一个200万…三年一共: an amount worked out under a ceiling of the enterprise's, which the text does not
        // call yearly, is open too: each year's, or the years' together under one ceiling.)
        const resultOf = (id: string) => computed.results.find((x) => x.benefit === id);
        const openCap = (e: { id: string }) => openOverYears(e.id) && (index.benefits.get(e.id)!.benefit.cap.per !== 'per_enterprise' || resultOf(e.id)?.status === 'computed');
        // (跟高校的产学研合同200万、落地转化项目2项…三年加起来: beside a reward paid each year, an amount worked out on
        // this year's figures is open all the same, the yearly reward counted each year in both readings; a support
        // given on recognition or construction is given once.)
        const anyYearly = entries.some((e) => yearly(e.id));
        const open = years > 1 ? entries.filter((e) => openCap(e) && (!anyYearly || resultOf(e.id)?.status === 'computed')) : [];
        if (open.length > 0) {
          // (Once: a ceiling given once, or the years' amounts together up to the ceiling.)
          const once = (e: { id: string; fen: bigint }) => (resultOf(e.id)?.status === 'computed' ? upToCap(e.id, e.fen * BigInt(years)) : e.fen);
          const sumWith = (n: number) => entries.reduce((s, e) => s + (open.includes(e) ? (n === 1 ? once(e) : e.fen * BigInt(n)) : e.fen * BigInt(counts(e.id))), 0n);
          const items = open.map((e) => totalPart(e.id, '')).join('、');
          return t('total.yearsOpen', { items, years, yearly: formatWan(sumWith(years)), once: formatWan(sumWith(1)) });
        }
        if (entries.length === counted.length && !entries.some((e) => counts(e.id) > 1) && !(partsTogether && yearlyEntries.length > 0)) return null;
        const parts = entries.map((e) => {
          const { measure, benefit: b } = index.benefits.get(e.id)!;
          const vars = { measure, title: b.title, amount: formatWan(e.fen), years: counts(e.id) };
          return counts(e.id) > 1 || (partsTogether && yearly(e.id)) ? t('total.partYears', vars) : t('total.part', vars);
        });
        const sum = entries.reduce((s, e) => s + e.fen * BigInt(counts(e.id)), 0n);
        for (const e of entries) { const { measure, benefit: b } = index.benefits.get(e.id)!; summedMeasures.add(measure); out.cite(quoteCitation(measure, b.quote)); }
        return t('total.over', { parts: parts.join(' + '), amount: totalled(sum) });
      };
      /** 市里出钱还是区里出钱: for each measure of these items, that the text names no budget, and its departments. */
      const funderNotes = (ids: readonly string[], say: (line: string) => void) => {
        for (const m of [...new Set(ids.map((id) => index.item(id)?.measure).filter((x): x is number => x !== undefined))]) {
          const items = ids.filter((id) => index.item(id)?.measure === m).map(index.itemName).join('、');
          say(t('note.funder', { items, measure: m, departments: kb.measures.find((x) => x.number === m)!.departments.join('、') }));
        }
      };
      const remark = (s: string) => {
        out.text.push(s);
        out.remarks.push(s);
      };
      /** How far each item's ceiling reaches, where a reach is asked (每年都给吗), once each. */
      const reachOnce = (ids: readonly string[]) => {
        if (!reading.intents.includes('reach')) return;
        for (const line of new Set(ids.map(reachOf))) if (!out.text.includes(line)) remark(line);
      };
      /** The labels of the topic's conditions on these facts, once each (其中2项不满足“…”). */
      const conditionLabels = (facts: readonly string[]) => [...new Set(state.focus.benefits.flatMap((id) => index.benefits.get(id)!.benefit.conditions).filter((c) => c.fact && facts.includes(c.fact)).map((c) => c.label))].join('；');
      /** A line on whom an item's money goes to (recipient, applies.individual), with the sentence that says so cited. */
      const whomLine = (id: string, key: 'recipient' | 'applies.individual') => {
        const { measure, benefit: b } = index.benefits.get(id)!;
        out.text.push(t(key, { measure, title: b.title, beneficiary: b.beneficiaryLabel, quote: b.quote }));
        out.cite(quoteCitation(measure, b.quote));
      };

      // 2025年3月签了300万技术合同，能补多少: a date before the measures began is said before the figure, which is then
      // what it would come to if the contract counts.
      const early = (p: Part) => p.kind === 'eventDate' && !p.leftOut && againstValidity(p.date, doc.validity) === 'before';
      const worked = (computed?.results ?? []).some((r) => r.status === 'computed');
      for (const part of [...parts.filter(early), ...parts.filter((p) => !early(p))]) {
        switch (part.kind) {
          case 'reset':
            out.text.push(t('reset', { example }));
            break;
          case 'help':
            out.text.push(t('help', { title: doc.title, validity, examples: t('examples') }));
            break;
          case 'thanks':
            out.text.push(t('thanks'));
            break;
          case 'typo':
            typoLine = t('typo', { text: part.text });
            break;
          case 'converted':
            remark(t('amount.converted', { from: part.from, to: part.to }));
            break;
          case 'ownFigures':
            remark(t('amount.ownFigures', { figures: part.figures.map((f) => `${f.word}${f.raw}`).join('、') }));
            break;
          case 'refused': {
            const f = part.figure;
            const id = f.reason === 'negative' ? 'refused.negative' : f.reason === 'zero' ? 'refused.zero' : f.reason === 'currency' ? 'refused.currency' : 'refused.tooLarge';
            out.text.push(t(id, { raw: f.raw, limit: formatWan(BigInt(kb.facts.limits.maxAmountYuan) * 100n) }));
            break;
          }
          case 'elsewhere':
            out.text.push(t('elsewhere', { place: part.place, title: doc.title, example }));
            break;
          case 'otherProgramme':
            out.text.push(t('outOfScope.programme', { name: part.name, title: doc.title, example }));
            break;
          case 'assumedRole': {
            const def = factDefs.get(part.fact);
            remark(t('note.assumedRole', { value: def?.kind === 'enum' ? def.values[part.value] ?? part.value : part.value }));
            break;
          }
          case 'backToSaid': {
            const said = Object.entries(part.facts).map(([f, v]) => {
              const def = factDefs.get(f);
              const value = def?.kind === 'enum' ? (def.values[String(v)] ?? String(v)) : def?.kind === 'boolean' ? t(v ? 'fact.yes' : 'fact.no') : String(v);
              return t('note.backToSaid.fact', { label: def?.label ?? f, value });
            });
            remark(t('note.backToSaid', { facts: said.join('、') }));
            break;
          }
          case 'outOfScope':
            out.text.push(t('outOfScope', { title: doc.title, examples: t('examples') }));
            break;
          case 'vague': {
            // 江阴、宜兴这种县级市的企业能享受吗: Wuxi's own counties and districts are in scope, said first.
            if (districts.length > 0 && (reading.intents.includes('conditions') || reading.intents.includes('scope'))) out.text.push(t('place.inside', { places: districts.join('、') }));
            const party = part.party ? kb.vocabulary.parties[part.party] : undefined;
            const clausesAsked = kb.vocabulary.grammar.clausesAsked.some((w) => reading.text.includes(w));
            // (技术经理人有哪些支持: what the text does for people of that kind with no money — 驻校技术经理人, 太湖人才计划 —
            // too, in the order of the measures.)
            const items = kb.measures.flatMap((m) => [
              ...m.benefits.filter((b) => !party || party.serves.includes(b.beneficiary)).map((b) => `· 第${m.number}条 ${b.title}（最高${yuanAsWritten(b.cap.yuan)}）`),
              // (企业能拿哪些资金支持: the platforms the text names enterprises as building — 概念验证中心、中试服务平台 — are
              // theirs to apply for once recognised, said so; not a service body's, whom it does not name.)
              ...(party ? m.benefits.filter((b) => b.builtBy && !party.serves.includes(b.beneficiary) && party.sumsWith.includes(b.beneficiary) && party.words.some((w) => b.builtBy!.includes(w))).map((b) => t('vague.builtItem', { measure: m.number, title: b.title, cap: yuanAsWritten(b.cap.yuan), per: b.cap.per === 'per_year' ? capPerLabel.per_year : '', party: party.label })) : []),
              ...(party?.person ? m.provisions.filter((p) => p.noAmount && (p.concerns ?? []).some((b) => party.serves.includes(b))).map((p) => t('vague.noAmountItem', { measure: m.number, title: p.title })) : []),
              // (医院主要有哪些条可以用: and what the text addresses to institutions of that kind with no money — 第4条's — where
              // clauses are asked, not money: 企业能拿哪些补贴.)
              ...(party && !party.person && clausesAsked ? m.provisions.filter((p) => p.noAmount && (p.for ?? []).some((b) => party.serves.includes(b))).map((p) => t('vague.noAmountItem', { measure: m.number, title: p.title })) : []),
            ]);
            // 这12条一共安排了多少资金: the text gives no total, only each item's ceiling.
            if (reading.intents.includes('total')) out.text.push(t('vague.noTotal', {}));
            // 我是高校老师…签了60万合同，我个人能拿到钱吗: the figure's items are other parties', said as theirs.
            if (party && part.othersOnFigures?.length) {
              const others = part.othersOnFigures.map((id) => `${index.itemName(id)}（给${index.benefits.get(id)!.benefit.beneficiaryLabel}）`);
              out.text.push(t('vague.othersOnFigures', { party: party.label, items: others.join('；') }));
            }
            out.text.push(party ? t('vague', { party: party.label, items: items.join('\n'), example }) : t('vague.anyone', { items: items.join('\n'), example }));
            break;
          }
          case 'reask': {
            const q = questionFor(part.fact, [...state.focus.benefits, ...state.focus.checks]);
            question = q;
            if (part.noMoney) {
              out.text.push(t('reask.noMoney', { items: part.noMoney.map(index.itemName).join('、'), ask: q.text, example: q.example }));
              break;
            }
            out.text.push(t(part.notStated ? 'reask.notStated' : 'reask', { message: part.notStated ? reading.text.replace(edgePunctuation, '') : reading.text, label: factDefs.get(part.fact)?.label ?? '', ask: q.text, example: q.example }));
            break;
          }
          case 'sumTurns': {
            const entries = part.turns.flat();
            // (Each part's year, where the turns were of other years: 2026年 450万 + 2027年 350万.)
            const ofYears = entries.every((e) => e.year !== undefined) && new Set(entries.map((e) => e.year)).size > 1;
            const parts = entries.map((e) => {
              const item = totalPart(e.benefit, formatWan(yuanStringToFen(e.yuan)!));
              return ofYears ? t('sumTurns.year', { year: e.year!, item }) : item;
            });
            // (这两项加起来有没有总额上限: the text sets none over them.)
            if (kb.vocabulary.grammar.overallCap.some((w) => reading.text.includes(w))) out.text.push(t('note.noOverallCap', {}));
            // (Of an item whose ceiling alone is known, the sum is at most that much.)
            const capped = entries.filter((e) => e.capOnly).map((e) => totalPart(e.benefit, ''));
            const amount = totalled(entries.reduce((sum, e) => sum + yuanStringToFen(e.yuan)!, 0n));
            out.text.push(capped.length > 0 ? t('sumTurns.capOnly', { parts: parts.join(' + '), amount, capped: capped.join('、') }) : t('sumTurns', { parts: parts.join(' + '), amount }));
            // (这两项加起来最多多少？是每年都给吗: each item's ceiling's reach too, once.)
            reachOnce(entries.map((e) => e.benefit));
            break;
          }
          case 'yearsSummed':
            out.text.push(yearsTotal(part.results.map((x) => ({ id: x.benefit, fen: yuanStringToFen(x.yuan)!, year: x.year! })).sort((a, b) => a.year.localeCompare(b.year))));
            break;
          case 'sumApplicants': {
            // (Those not named by a letter or name, by their place — 第1家, 第2家 — where some were said to be other
            // applicants; items of turns one after another, by their names alone.)
            const counted = part.counted ?? t('sumApplicants.all', { n: part.applicants.length });
            const counter = counted.slice(-1);
            const byPlace = part.places !== undefined || part.applicants.some((a) => a.another);
            const entries = part.applicants.flatMap((a, i) => a.results.map((e) => ({ label: a.label ?? (byPlace ? t('sumApplicants.nth', { n: part.places?.[i] ?? i + 1, counter }) : undefined), ...e })));
            const parts = entries.map((e) => {
              const fen = yuanStringToFen(e.yuan)!;
              const item = totalPart(e.benefit, formatWan(fen));
              const said = fen === 0n ? t('sumApplicants.none', { item }) : item;
              return e.label !== undefined ? t('sumApplicants.one', { label: e.label, item: said }) : said;
            });
            out.text.push(t('sumApplicants', { counted, parts: parts.join(' + '), amount: totalled(entries.reduce((sum, e) => sum + yuanStringToFen(e.yuan)!, 0n)) }));
            // (这两项加起来最多多少？是每年都给吗: each item's ceiling's reach too, once.)
            reachOnce(entries.map((e) => e.benefit));
            for (const id of part.later) {
              const b = index.benefits.get(id)!.benefit;
              remark(t('sumApplicants.later', { item: index.itemName(id), before: index.itemName(b.after!), quote: b.quote }));
            }
            break;
          }
          case 'diffTurns': {
            const [before, last] = [yuanStringToFen(part.before)!, yuanStringToFen(part.last)!];
            out.text.push(t('diffTurns', { item: index.itemName(part.benefit), before: formatWan(before), last: formatWan(last), diff: formatWan(fenApart(last, before)) }));
            break;
          }
          case 'appliedLate': {
            const v = doc.validity;
            const applied = part.applied.length === 7 ? `${Number(part.applied.slice(0, 4))}年${Number(part.applied.slice(5, 7))}月` : dateAsWritten(part.applied);
            remark(t('date.appliedAfterDone', { done: part.done, applied, to: dateAsWritten(v.to) }));
            break;
          }
          case 'onYearTotal':
            out.text.unshift(t('claim.onYearTotal', { amount: formatWan(yuanStringToFen(part.total)!), quoted: formatWan(yuanStringToFen(part.quoted)!), measure: yearlyBasis(part.fact).measure }));
            break;
          case 'toCap': {
            for (const id of part.benefits) {
              const { measure, benefit: b } = index.benefits.get(id)!;
              const rate = b.rate!;
              // (A share the text does not set: no base can be said to reach the ceiling.)
              if (rate.kind === 'unspecified') {
                out.text.push(t('toCap.unrated', { measure, title: b.title, quote: rate.quote, cap: formatWan(yuanToFen(b.cap.yuan)) }));
                out.cite(quoteCitation(measure, b.quote));
                continue;
              }
              const f = rate.kind === 'match' ? ratioFraction(rate.ratio) : percentFraction(rate.percent);
              const capFen = yuanToFen(b.cap.yuan);
              // The smallest base whose share is the whole ceiling, to the fen.
              const baseFen = (capFen * f.den + f.num - 1n) / f.num;
              const base = factDefs.get(index.baseFact(id) ?? '')?.label ?? '';
              const rule = `${rateOf(rate)}${rate.kind === 'up_to' ? t('toCap.atMost', {}) : ''}`;
              out.text.push(t('toCap', { measure, title: b.title, rule, base, baseExact: `${formatWan(baseFen)}（${formatFen(baseFen)}元）`, cap: formatWan(capFen) }));
              out.cite(quoteCitation(measure, b.quote));
            }
            break;
          }
          case 'upToHoped': {
            const { measure, benefit: b } = index.benefits.get(part.benefit)!;
            const rate = b.rate as { kind: 'up_to'; percent: string };
            const f = percentFraction(rate.percent);
            const capFen = yuanToFen(b.cap.yuan);
            const vars = { measure, title: b.title, rate: t('figure.percent', { value: rate.percent }), said: formatWan(part.said) };
            if (part.base === null) out.text.push(t('rate.upToHoped', vars));
            else {
              const top = (part.base * f.num) / f.den;
              const most = top > capFen ? capFen : top;
              out.text.push(t(most === part.said ? 'rate.upToHopedMost' : 'rate.upToHopedOther', { ...vars, base: formatWan(part.base), most: formatWan(most) }));
            }
            out.cite(quoteCitation(measure, b.quote));
            break;
          }
          case 'byCap': {
            for (const fen of part.fens) {
              const items = kb.measures.flatMap((m) => m.benefits.filter((b) => yuanToFen(b.cap.yuan) === fen && (part.by === undefined || b.quote.includes(part.by))).map((b) => ({ measure: m.number, b })));
              if (part.by !== undefined) out.text.push(t(items.length > 0 ? 'doc.byCap.headerBy' : 'doc.byCap.noneBy', { cap: formatWan(fen), by: part.by, count: items.length }));
              else out.text.push(t(items.length > 0 ? 'doc.byCap.header' : 'doc.byCap.none', { cap: formatWan(fen), count: items.length }));
              for (const { measure, b } of items) out.text.push(listItem(measure, b));
            }
            break;
          }
          case 'byRate': {
            const items = index.ofRate(part.percent).map((id) => { const { measure, benefit: b } = index.benefits.get(id)!; return { measure, b }; });
            const rate = items.some(({ b }) => b.rate?.kind === 'match') ? percentAsMatch(part.percent) : t('figure.percent', { value: part.percent });
            out.text.push(t(items.length > 0 ? 'doc.byRate.header' : 'doc.byRate.none', { rate, count: items.length }));
            for (const { measure, b } of items) {
              out.text.push(t('doc.byRate.item', { measure, title: b.title, rule: ruleOf(b), cap: capOf(b) }));
              out.cite(quoteCitation(measure, b.quote));
            }
            break;
          }
          case 'category': {
            const c = kb.vocabulary.categories[part.name]!;
            const kind = kb.vocabulary.parties[part.party]?.label ?? part.party;
            out.text.push(t(part.apart ? 'category.apart' : part.open ? 'category.open' : part.member ? 'category.member' : 'category.notMember', { kind, category: part.name, measure: c.measure, quote: c.quote }));
            out.cite(quoteCitation(c.measure, c.quote));
            break;
          }
          case 'actualNothing': {
            const items = part.titles.length > 0 ? part.titles.join('、') : t('amount.actualNothingItems');
            out.text.push(t(part.signed === null ? 'amount.actualNothing' : 'amount.actualNothingSigned', { items, signed: part.signed === null ? '' : formatWan(part.signed) }));
            break;
          }
          case 'grantedEach': {
            const r = computed?.results.find((x) => x.benefit === part.benefit && comesTo(x));
            const b = index.benefits.get(part.benefit)?.benefit;
            const n = b?.perItem ? state.facts[b.perItem.fact] : undefined;
            if (!r || !b?.perItem || typeof n !== 'number') break;
            const perItem = yuanToFen(b.perItem.capYuan);
            const each = part.fen < perItem ? part.fen : perItem;
            const k = Math.min(part.count ?? n, n);
            const raw = BigInt(k) * each + BigInt(n - k) * perItem;
            const parts = [t('grantedEach.part', { count: k, each: formatWan(each) }), ...(n > k ? [t('grantedEach.partAtCap', { count: n - k, each: formatWan(perItem) })] : [])];
            const verdict = t(raw > r.capFen ? 'grantedEach.over' : 'grantedEach.within', { cap: formatWan(r.capFen) });
            remark(t('grantedEach.sum', { parts: parts.join(' + '), raw: formatWan(raw), verdict }));
            break;
          }
          case 'hoped': {
            for (const r of computed?.results ?? []) {
              if (r.status === 'not_eligible' || r.status === 'not_in_force') continue;
              const vars = { value: formatWan(part.fen), measure: r.measure, title: r.title, cap: formatWan(r.capFen) };
              // 特别重大的可以上浮，能上浮到800万吗: above a ceiling the text lets rise by an amount it does not say, no answer either way.
              const rise = index.benefits.get(r.benefit)?.benefit.cap.mayRise;
              if (part.fen > r.capFen && rise) remark(t('hoped.aboveRising', { ...vars, rise }));
              else remark(t(part.fen > r.capFen ? 'hoped.above' : 'hoped.within', vars));
            }
            break;
          }
          case 'plusEarlier': {
            const results = (computed?.results ?? []).filter(comesTo);
            // (两年一共 of a figure of one year: each year's sums, in the order of the years; a ceiling the text does not
            // say is a year's is open — all the years' together up to it.)
            // (A support given once and said again in a later year — 认定 then 绩效优秀, its card shown again — counts in its
            // first year only.)
            if (part.year !== undefined && results.length > 0) {
              const all = [...part.results.map((x) => ({ id: x.benefit, fen: yuanStringToFen(x.yuan)!, year: x.year!, capOnly: x.capOnly === true })), ...results.map((r) => ({ id: r.benefit, fen: countedFen(r), year: part.year!, capOnly: r.status === 'cap_only' }))].sort((a, b) => a.year.localeCompare(b.year));
              const entries = all.filter((e, i) => !(e.capOnly && !index.yearly(e.id) && all.slice(0, i).some((x) => x.id === e.id)));
              remark(yearsTotal(entries));
              // (Of a ceiling alone, nothing was worked out to weigh: only items worked out on figures.)
              const open = [...new Set(entries.filter((e) => !e.capOnly).map((e) => e.id))].filter(openOverYears);
              if (open.length > 0) {
                const once = entries.reduce((sum, e) => sum + (open.includes(e.id) ? 0n : e.fen), 0n) + open.reduce((sum, id) => sum + upToCap(id, entries.filter((e) => e.id === id).reduce((x, e) => x + e.fen, 0n)), 0n);
                remark(t('total.yearsCapOpen', { items: open.map((id) => totalPart(id, '')).join('、'), once: formatWan(once) }));
              }
              break;
            }
            // (Of other items than the last turn's: each turn's, summed.)
            if (results.length > 0 && !results.some((r) => part.results.some((x) => x.benefit === r.benefit))) {
              // (这两家各多少，合计多少 after another item's total: several applicants' item is their sum, each under its ceiling.)
              const items = [...part.results.map((x) => ({ id: x.benefit, fen: yuanStringToFen(x.yuan)! })), ...results.map((r) => ({ id: r.benefit, fen: applicantsFen(r, computed!) ?? countedFen(r) }))];
              const parts = items.map((e) => totalPart(e.id, formatWan(e.fen)));
              remark(t('total.over', { parts: parts.join(' + '), amount: totalled(items.reduce((s, e) => s + e.fen, 0n)) }));
              break;
            }
            for (const r of computed?.results ?? []) {
              const before = part.results.find((x) => x.benefit === r.benefit);
              if (!before || (r.status !== 'computed' && r.status !== 'cap_only')) continue;
              const earlier = yuanStringToFen(before.yuan)!;
              const now = applicantsFen(r, computed!) ?? countedFen(r);
              remark(t('total.withEarlier', { measure: r.measure, title: r.title, earlier: formatWan(earlier), now: formatWan(now), amount: totalled(earlier + now) }));
            }
            break;
          }
          case 'projectElsewhere': {
            const vars = { label: part.label, other: formatWan(yuanStringToFen(part.other)!), each: formatWan(yuanStringToFen(part.each)!), count: part.count };
            remark(t(part.higher ? 'combine.projectOther' : 'combine.projectOurs', vars));
            break;
          }
          case 'addedLeftOut':
            remark(t('amount.addedLeftOut', { amount: formatWan(yuanStringToFen(part.yuan)!), conditions: conditionLabels(part.conditions) }));
            break;
          case 'countLeftOut':
            if (part.before !== undefined) remark(t('count.partBefore', { part: part.part, date: dateAsWritten(part.before), from: dateAsWritten(doc.validity.from), rest: part.rest }));
            else remark(part.voided ? t('count.partVoided', { part: part.part, rest: part.rest }) : t('count.leftOut', { part: part.part, conditions: conditionLabels(part.conditions), rest: part.rest }));
            break;
          case 'countYearBefore': {
            const current = Number(asOf.slice(0, 4));
            const year = current + part.offset;
            remark(t('count.yearBefore', { part: part.part, word: part.word, year, rest: part.rest, current }));
            const v = doc.validity;
            const where = againstValidity(String(year), v);
            if (where === 'before') remark(t('date.before', { date: `${year}年`, from: dateAsWritten(v.from) }));
            else if (v.from.startsWith(String(year)) && !v.from.endsWith('-01-01')) remark(t('count.yearStarts', { from: dateAsWritten(v.from), year }));
            break;
          }
          case 'halfLeftOut': {
            const rest = formatWan(yuanStringToFen(part.rest)!);
            const said = part.part !== undefined ? formatWan(yuanStringToFen(part.part)!) : rest;
            remark(t(part.voided ? 'amount.partVoided' : part.noted ? 'amount.partNoted' : part.part !== undefined ? 'amount.partLeftOut' : 'amount.halfLeftOut', { whole: formatWan(yuanStringToFen(part.whole)!), part: said, conditions: conditionLabels(part.conditions), rest }));
            break;
          }
          case 'individualsOf': {
            for (const id of part.benefits) whomLine(id, 'applies.individual');
            break;
          }
          case 'appliesTo': {
            const party = kb.vocabulary.parties[part.party]!;
            for (const id of part.provisions ?? []) {
              const { measure, provision: p } = index.provisions.get(id)!;
              const vars = { measure, title: p.title, party: part.said ?? party.label, quote: p.quote };
              out.text.push(t((p.for ?? []).some((b) => party.serves.includes(b)) ? 'applies.provisionYes' : 'applies.provisionNo', vars));
              // (学校的存量专利能不能拿去质押融资？有没有贴息: what the item leaves open, asked beside, after.)
              for (const note of openNotes(id, out.remarks)) out.text.push(note);
              out.cite(quoteCitation(measure, p.quote));
            }
            const said = new Set<string>();
            for (const id of part.benefits) {
              const { measure, benefit: b } = index.benefits.get(id)!;
              const vars = { measure, title: b.title, beneficiary: b.beneficiaryLabel, party: party.label, quote: b.quote };
              const failed = b.conditions.filter((c) => c.fact && part.failed?.includes(c.fact));
              if (failed.length > 0) {
                out.text.push(t('applies.failed', { ...vars, conditions: failed.map((c) => c.label).join('；') }));
                out.cite(quoteCitation(measure, b.quote));
              } else if (party.serves.includes(b.beneficiary)) {
                // (我们校友会不是独立法人，也能申请吗: what the text leaves open of it, said by the item's own note, not 适用.)
                const notes = openNotes(id, out.remarks);
                if (notes.length > 0) for (const note of notes) out.text.push(note);
                // (我们学校的校友会也能申请奖励吗: the words the asker used, 校友会, are the ones said to be among them.)
                else out.text.push(t('applies.yes', { ...vars, party: part.said ?? party.label }));
                out.cite(quoteCitation(measure, b.quote));
              } else if (b.builtBy && party.sumsWith.includes(b.beneficiary)) {
                // (The items of one measure built by the same words are said once.)
                if (said.has(b.builtBy)) continue;
                said.add(b.builtBy);
                const titles = part.benefits.filter((x) => index.benefits.get(x)!.benefit.builtBy === b.builtBy).map((x) => index.benefits.get(x)!.benefit.title).join('、');
                out.text.push(t('applies.builds', { ...vars, title: titles, builtBy: b.builtBy }));
                out.cite(quoteCitation(measure, b.builtBy));
              } else if (!b.builtBy && !Object.values(kb.vocabulary.parties).some((x) => x.serves.includes(b.beneficiary)) && kb.document.appliesTo.some((k) => k.includes(party.label) || party.label.includes(k))) {
                // (新型研发机构建交易平台符合条件吗: money for a platform, whoever builds it — the text names no builder.)
                out.text.push(t('applies.openBuilder', vars));
                out.cite(quoteCitation(measure, b.quote));
              } else {
                out.text.push(t('applies.no', vars));
                out.cite(quoteCitation(measure, b.quote));
              }
            }
            for (const id of part.instead ?? []) {
              const { measure, benefit: b } = index.benefits.get(id)!;
              const base = factDefs.get(index.baseFact(id) ?? '')?.label ?? '';
              out.text.push(t('applies.instead', { party: part.said ?? party.label, measure, title: b.title, beneficiary: b.beneficiaryLabel, cap: formatWan(yuanToFen(b.cap.yuan)), base, quote: b.quote }));
              out.cite(quoteCitation(measure, b.quote));
            }
            break;
          }
          case 'recipient': {
            for (const id of part.benefits) {
              whomLine(id, 'recipient');
              // 给我个人还是给公司: what the item's text leaves open about whom it pays.
              for (const note of openNotes(id, out.remarks)) remark(note);
            }
            // (…什么时候发 / 发到个人要交税吗: when it is paid, how it is taxed, asked beside whom it goes to.)
            for (const point of ['payment', 'tax'] as const) {
              if (reading.intents.includes(point)) remark(t(point === 'payment' ? 'note.payment' : 'note.tax', { items: part.benefits.map(index.itemName).join('、') }));
            }
            if (part.internal) {
              const labels = [...new Set(part.benefits.map((id) => index.benefits.get(id)!.benefit.beneficiaryLabel))];
              out.text.push(t('recipient.internal', { beneficiary: labels.join('、') }));
            }
            break;
          }
          case 'openPoint': {
            // (这种许可市里有没有奖励，比如按许可费给多少比例 of 先使用后付费: money asked of items that give none says so first.)
            // (Not where a note speaks of money itself: 有没有按专利件数给学校的奖励 is answered by its note.)
            const { subsidyWords } = kb.vocabulary.grammar;
            const moneyAsked = subsidyWords.some((w) => reading.text.includes(w)) && !part.notes.some((n) => subsidyWords.some((w) => n.includes(w)));
            if (moneyAsked && part.items.length > 0 && part.items.every((id) => index.provisions.has(id))) remark(t('note.noAmountAsked', { items: part.items.map(index.itemName).join('、') }));
            for (const note of part.notes) remark(note);
            for (const id of part.items) {
              const item = index.item(id)!;
              out.cite(quoteCitation(item.measure, item.quote));
            }
            if (part.back) {
              const q = questionFor(part.back, [...state.focus.benefits, ...state.focus.checks]);
              question = q;
              out.text.push(t('reask.back', { ask: q.text, example: q.example }));
            }
            break;
          }
          case 'unstated': {
            const titles = part.items.map(index.itemName);
            if (part.criteria) out.text.push(t('note.criteria', { items: titles.join('、') }));
            if (part.payment) out.text.push(t('note.payment', { items: titles.join('、') }));
            if (part.tax) out.text.push(t('note.tax', { items: titles.join('、') }));
            if (part.funder) funderNotes(part.items, (line) => out.text.push(line));
            if (part.regulated !== undefined) out.text.push(t('unstated.regulated', { items: titles.join('、'), point: part.regulated, interpreters: doc.interpreters.join('、') }));
            else if (!part.payment && !part.criteria && !part.funder && !part.tax) out.text.push(t('unstated', { items: titles.join('、'), message: reading.text.replace(edgePunctuation, ''), interpreters: doc.interpreters.join('、') }));
            // What the text does say of them, so the asker sees its own words (对新建的…平台).
            // (Two items of one sentence — 概念验证中心和中试服务平台…资金支持 — quote it once.)
            const quoted = new Set<string>();
            for (const id of part.items) {
              const item = index.item(id);
              if (!item || quoted.has(item.quote)) continue;
              quoted.add(item.quote);
              out.text.push(t('unstated.quote', { measure: item.measure, quote: item.quote }));
              out.cite(quoteCitation(item.measure, item.quote));
            }
            break;
          }
          case 'document': {
            // (企业问能不能两边都拿，合计130万 after 区里…50万 and 按市里这个措施算应该是80万: the two sums weighed before,
            // claimed together — the higher, not both.)
            const other = state.facts.otherPolicyAmountYuan;
            // (区里给30万，市里按这份政策算出来是45万，能两边都拿吗: the two sums said together, no item worked out — the higher.)
            if (part.weighed) {
              out.text.push(notBoth(yuanStringToFen(part.weighed.ours)!, yuanStringToFen(part.weighed.theirs)!));
              out.cite(quoteCitation(0, doc.combination.quote));
              break;
            }
            if (part.topic === 'combination' && typeof other === 'string' && state.weighedSum) {
              const [theirs, ours] = [yuanStringToFen(other)!, yuanStringToFen(state.weighedSum)!];
              if ((reading.quoted ?? []).some((q) => yuanStringToFen(q) === theirs + ours)) {
                out.text.push(notBoth(ours, theirs));
                out.cite(quoteCitation(0, doc.combination.quote));
                break;
              }
            }
            // 任务型拿了500万，平台又拿1000万，能同时拿吗: two items of this policy and no other policy's — the rule
            // speaks of other policies only.
            // 这算不算重复享受 after several of them: the topic's items, when the message names none and no other policy.
            // (这个平台后来又被认定为中试服务平台，能再拿500万吗: of an item named alike with its qualified sibling — the
            // excellence reward — the one whose qualifiers the message does not hold is not named.)
            /** An item told apart by qualifiers (绩效, 优秀) none of which the message holds. */
            const unqualified = (x: { qualifiers: readonly string[] }) => x.qualifiers.length > 0 && !x.qualifiers.some((q) => reading.text.includes(q));
            const qualifiedApart = (id: string) => unqualified(index.benefits.get(id)!.benefit) && index.siblings(id).some((x) => reading.items.includes(x.id));
            const named = reading.items.filter((id) => index.benefits.has(id) && !qualifiedApart(id));
            // (区里有同类政策，额度比市里高，怎么执行 after two items: another policy named is the rule's own case.)
            const otherNamed = otherPolicyNamed(kb, reading.text);
            // (这两个能同时拿吗 after the team grant, then the young scientists' plan, which has no sum: that one is the topic's.)
            const topicItems = state.focus.benefits.length > 0 ? state.focus.benefits : state.focus.described;
            // (“无锡青年科学家支撑计划”，两个能叠加吗: a place said in the name of a topic's item named is no place asked of.)
            const placeAsked = reading.inside.length > 0 && !reading.items.some((id) => topicItems.includes(id));
            let own = named.length === 0 && !placeAsked && !otherNamed ? topicItems : named;
            // 能和认定时的200万一起拿吗 after the excellence reward: an item of the topic's own, named by its ceiling quoted.
            if (own.length > 0) {
              // (拿满1000万 of two items of 500万 each is their sum quoted, not a ceiling.)
              const sumOfOwn = own.reduce((sum, id) => sum + (index.benefits.has(id) ? yuanToFen(index.benefits.get(id)!.benefit.cap.yuan) : 0n), 0n);
              // (是不是还能再拿500万，合计1000万: nor a sum claimed after a word of totals.)
              const quoted = (reading.quoted ?? []).filter((q) => !reading.quotedTotals?.includes(q)).map((q) => yuanStringToFen(q)).filter((q) => own.length < 2 || q !== sumOfOwn);
              const siblings = own.flatMap((id) => index.siblings(id)).filter((x) => index.benefits.has(x.id) && !own.includes(x.id));
              const byCap = siblings.filter((x) => {
                const cap = index.benefits.get(x.id)!.benefit.cap;
                // (Not a ceiling the item named has itself, of a sibling whose qualifiers the message does not hold:
                // 中试服务平台，能再拿500万吗 quotes its own, not the excellence reward's.)
                const ownCap = own.some((id) => index.benefits.has(id) && index.benefits.get(id)!.benefit.cap.yuan === cap.yuan);
                return cap != null && !(ownCap && unqualified(x)) && quoted.includes(yuanStringToFen(String(cap.yuan)));
              });
              if (byCap.length > 0) own = [...byCap.map((x) => x.id), ...own].filter((id, i, all) => all.indexOf(id) === i);
              // (认定时的那笔支持和这个绩效奖励能在同一年都拿吗 after the excellence reward: or the one sibling whose own head
              // noun — 支持 of 资金支持 — the message says beside the topic's own, 奖励.)
              const head = (a: string, b: string) => ownNoun(index.item(a)?.title ?? '', index.item(b)?.title ?? '').slice(-HEAD_NOUN);
              // (那绩效奖励跟认定的钱能一起拿吗 after the platform's support: the money given once on recognition — 认定的钱 —
              // says the support's own.)
              const said = (id: string, noun: string) => reading.text.includes(noun) || (reading.onceSaid === true && !index.yearly(id));
              const bySaid = own.length === 1 && byCap.length === 0 && named.length === 0 ? siblings.filter((x) => { const [h, mine] = [head(x.id, own[0]!), head(own[0]!, x.id)]; return h.length === HEAD_NOUN && h !== mine && said(x.id, h) && said(own[0]!, mine); }) : [];
              if (bySaid.length === 1) own = [bySaid[0]!.id, ...own];
            }
            // 医院和企业这两笔能同时拿吗: two parties, each with its own items, are no same item twice.
            const partiesNamed = [...new Set([...reading.self, ...reading.counterparties, ...reading.asked])];
            // (企业和高校签技术合同拿市里的补助，和经开区自己的同类补助能叠加吗: another policy of the city's levels asks the
            // rule — unless the parties are asked in a sentence of their own, 医院和企业这两笔能同时拿吗？和区里的同类政策能叠加吗,
            // both then answered.)
            const otherPolicy = otherPolicyNamed(kb, reading.text);
            const partiesIn = (x: string) => partiesNamed.filter((p) => (kb.vocabulary.parties[p]?.words ?? []).some((w) => findWord(x, w).length > 0)).length;
            const partiesApart = () => !otherPolicy || sentencesOf(reading.text).some((x) => partiesIn(x) > 1 && !otherPolicyNamed(kb, x));
            if (part.topic === 'combination' && own.length <= 1 && partiesNamed.length > 1 && !COMBINATION_FACTS.some((f) => reading.facts[f] !== undefined) && partiesApart()) {
              out.text.push(t('doc.combination.parties', { principle: doc.combination.principle, parties: partiesNamed.map((p) => kb.vocabulary.parties[p]?.label ?? p).join('和') }));
              out.cite(quoteCitation(0, doc.combination.quote));
              if (!otherPolicy) break;
            }
            // 两个都建的话能都拿吗 after 中试平台, then 概念验证中心呢 / 同时再建一个概念验证中心，两块能都拿吗: the earlier
            // topic's items with the current one's.
            // (同一个项目里…还能再拿30%的产学研补助吗 after the open-call project: that item with the earlier one, when no
            // other policy is named beside it.)
            // (企业跟我们签的技术合同是400万，企业还能再拿补助吗 after it: the item its figure names, with the earlier one.)
            // (Not 两边 beside another policy named: 区里也有一个概念验证中心的补贴，两边能一起拿吗 is that policy and this one.)
            const withEarlier = (reading.both === true || (part.topic === 'combination' && reading.items.length <= 1)) && !otherNamed;
            if (own.length === 1 && state.earlier.length > 0 && withEarlier) own = [...state.earlier, ...own].filter((id, i, all) => all.indexOf(id) === i);
            // (…生态型创新联合体，最多能拿多少建设经费？如果跟省里的同类补贴冲突怎么办: nor where every combining word stands in a
            // sentence naming a higher level's policy — unlike 建设经费和接续支持能一起拿吗？省里也有同类补贴.)
            const combiningAt = phraseFinds(kb, 'combination', reading.text);
            const higherNamed = combiningAt.length > 0 && combiningAt.every(([a]) => { const [from, to] = sentenceAt(reading.text, a); return kb.vocabulary.grammar.higherLevels.some((w) => reading.text.slice(from, to).includes(w)); });
            if (part.topic === 'combination' && own.length > 1 && !higherNamed && !COMBINATION_FACTS.some((f) => reading.facts[f] !== undefined)) {
              // (An item's next support — the ecological platform's follow-on after its construction — is the text's own
              // sequence, not a combination it leaves open: one of them is named.)
              // (So is support the text gives after another, “可再给予”: 建设经费拿满了，完成建设任务后还能再给多少.)
              // (Of one subject, the item this message's words qualify, else the plain one: 中试平台's support beside 概念验证中心's,
              // not its excellence reward.)
              const unsaid = (id: string) => { const q = index.benefits.get(id)?.benefit.qualifiers ?? []; return q.length > 0 && q.every((w) => !reading.text.includes(w)); };
              const heads: string[] = [];
              own.forEach((id, i) => {
                const same = heads.findIndex((h) => sameSubject(h, id, own));
                if (same >= 0) { if (unsaid(heads[same]!) && !unsaid(id) && !index.followsOn(id, own)) heads[same] = id; }
                else if (!own.slice(0, i).some((x) => sameSubject(x, id, own)) && !index.followsOn(id, own)) heads.push(id);
              });
              // (完成建设任务后还能再给吗: the support given after another is said in the text's words — when it is what is
              // asked, not beside another item: 任务型和生态型能同时申请吗.)
              for (const id of heads.length < 2 ? own : []) {
                const b = index.benefits.get(id);
                const before = b?.benefit.after ? index.benefits.get(b.benefit.after) : undefined;
                if (!b || !before || !own.includes(before.benefit.id)) continue;
                const vars = { measure: b.measure, title: b.benefit.title, before: before.benefit.title, quote: b.benefit.quote, cap: formatWan(yuanToFen(b.benefit.cap.yuan)) };
                // (建完还能再拿500，那是不是一开始就直接报1500: both ceilings quoted as one sum asked at the start — it is not.)
                const sum = yuanToFen(b.benefit.cap.yuan) + yuanToFen(before.benefit.cap.yuan);
                const upfront = (reading.quoted ?? []).some((q) => yuanStringToFen(q) === sum);
                out.text.push(upfront ? t('doc.combination.notUpfront', { ...vars, sum: formatWan(sum), beforeCap: formatWan(yuanToFen(before.benefit.cap.yuan)) }) : t('doc.combination.after', vars));
                // (还能再给多少？前后合计最多多少: the two together, as asked.)
                if (!upfront && reading.intents.includes('total')) out.text.push(t('doc.combination.afterTotal', { ...vars, sum: formatWan(sum), beforeCap: formatWan(yuanToFen(before.benefit.cap.yuan)) }));
              }
              if (heads.length < 2) break;
              // (这笔资助是给研究所还是给课题组？跟企业那边拿的30%补助会冲突吗 after the institute's item: items each for a kind of
              // applicant that no other of them is for are different applicants' own, not one applicant's twice.)
              const kinds = Object.keys(kb.vocabulary.parties);
              const servedBy = (id: string) => kinds.filter((p) => index.partyServes(p, id));
              const apart = heads.every((id) => servedBy(id).length > 0) && kinds.every((p) => heads.filter((id) => index.partyServes(p, id)).length <= 1);
              if (apart) {
                out.text.push(t('doc.combination.apart', { principle: doc.combination.principle, items: heads.map((id) => itemWithCap(index, id)).join('、'), beneficiaries: heads.map((id) => index.benefits.get(id)!.benefit.beneficiaryLabel).join('；') }));
                out.cite(quoteCitation(0, doc.combination.quote));
                break;
              }
              out.text.push(withinOpen(heads));
              out.cite(quoteCitation(0, doc.combination.quote));
              break;
            }
            // 江阴的企业能不能适用: Wuxi's own counties and districts are in scope, said first.
            if (part.topic === 'scope' && districts.length > 0) out.text.push(t('place.inside', { places: districts.join('、') }));
            // 这个政策适用医院吗: a kind named that the list of who the measures apply to holds is said to be in it, first.
            // (技术转移机构呢: a kind the text lists, said in its words, whatever party it is read as.)
            // (Not a kind inside the name of one the list leaves out: 民办非企业单位 is no 企业.)
            const { unlistedKinds, notParties } = kb.vocabulary.grammar;
            const listedIn = part.topic === 'scope' ? withoutWords(reading.text, [...unlistedKinds, ...notParties], '　') : '';
            const kinds = part.topic === 'scope' ? [...new Set([...[...reading.asked, ...reading.self, ...reading.counterparties].map((p) => kb.vocabulary.parties[p]?.label ?? ''), ...doc.appliesTo.filter((kind) => listedIn.includes(kind))])].filter((label) => doc.appliesTo.includes(label)) : [];
            // 我是南京一所高校的老师…能享受吗: the place first, then the kind in the list (not a plain 适用).
            const fromElsewhere = part.topic === 'scope' ? parts.find((p) => p.kind === 'askerOutside' && p.scope) : undefined;
            if (fromElsewhere?.kind === 'askerOutside') out.text.push(t('note.askerOutsideScope', { place: fromElsewhere.place, title: doc.title }));
            // (外地高校在无锡设立的研究院: the kind set up, not its founder, then the founder's place, which the text does not speak of.)
            const founder = part.topic === 'scope' ? reading.founder : undefined;
            const founderLabel = founder ? kb.vocabulary.parties[founder.party]?.label ?? '' : undefined;
            const asked = founder && founder.party !== founder.kind ? kinds.filter((k) => k !== founderLabel) : kinds;
            if (asked.length > 0) out.text.push(t(fromElsewhere ? 'doc.scope.kindListed' : 'doc.scope.kind', { kinds: asked.join('、') }));
            if (founder) out.text.push(t('note.founderOutside', { place: founder.place, founder: founderLabel!, kind: kb.vocabulary.parties[founder.kind]?.label ?? '' }));
            // 适用范围里没列校友组织，我们到底能不能申请: a kind the list leaves out that an item is for is said to be that item's.
            if (part.topic === 'scope') {
              for (const party of Object.values(kb.vocabulary.parties)) {
                const word = party?.words.find((w) => reading.text.includes(w) && !doc.appliesTo.some((k) => k.includes(w) || w.includes(k)));
                // (Not the group a kind was asked to belong to: 我们医院算科研事业单位吗 is answered by the group's own sentence.)
                if (!word || doc.appliesTo.includes(party.label) || reading.category?.name === party.label) continue;
                const items = [...index.benefits.values()].filter(({ benefit }) => party.serves.includes(benefit.beneficiary) && benefit.quote.includes(word));
                if (items.length > 0) out.text.push(t('doc.scope.listedElsewhere', { kind: word, items: items.map(({ benefit }) => index.itemName(benefit.id)).join('、') }));
              }
            }
            // 那行业协会（社会团体）属于适用范围吗: a kind of body neither the list nor any item names is said not to be listed.
            if (part.topic === 'scope' && kinds.length === 0) {
              const unlisted = kb.vocabulary.grammar.unlistedKinds.find((w) => reading.text.includes(w));
              if (unlisted) out.text.push(t('doc.scope.notListed', { kind: unlisted, appliesTo: doc.appliesTo.join('、') }));
            }
            // 还有说这个政策有效期到2027年底，对不对: an end date claimed that is not the text's is said not to be.
            const claimed = part.topic === 'validity' && reading.dateAsked !== undefined && claimAsked && !doc.validity.to.startsWith(reading.dateAsked.slice(0, 7)) && reading.dateAsked > doc.validity.from;
            if (claimed) out.text.push(t('doc.validity.claimedEnd', { from: dateAsWritten(doc.validity.from), to: dateAsWritten(doc.validity.to) }));
            documentPart(part.topic, asOf, out, reading, input.today);
            // (几号之前申报: no deadline in the text, but the measures' term bounds it.)
            if (part.topic === 'guide' && kb.vocabulary.grammar.deadlineAsked.some((w) => reading.text.includes(w)) && !input.parts.some((p) => p.kind === 'document' && p.topic === 'validity')) out.text.push(t('doc.guide.term', { from: dateAsWritten(doc.validity.from), to: dateAsWritten(doc.validity.to) }));
            // Said once: a later month with no year (8月份签的) is answered without the validity again.
            if (part.topic === 'validity' && !state.said.includes('validity')) state.said.push('validity');
            // 还有多少天到期: the days left, counted from the day asked.
            // (今天距离政策到期还有多久？如果我2028年3月提交申请… / 政策还剩多长时间？另外2028年9月申报还算吗: from today, where
            // the sentence asking names no day and says now or comes before the day said — not 如果我们2027年6月1日申报。到那时离
            // 政策到期还有多久, nor 现在是2027年1月。这个政策还剩几个月. And from today where the day asked is the end itself:
            // 政策2028年8月31日到期是吗？还有多少天.)
            const { remaining, nowAsked, gapAsked } = kb.vocabulary.grammar;
            const sentences = part.topic === 'validity' ? sentencesOf(reading.text) : [];
            // (Not 多长时间 of 已经实施了多长时间, the time since the start.)
            const remainingAsked = sentences.filter((x) => { const rest = withoutWords(x, kb.vocabulary.grammar.elapsedAsked); return remaining.some((w) => rest.includes(w)); });
            const beforeDay = sentences.indexOf(remainingAsked[0] ?? '') === 0 && sentences.slice(1).some((x) => findDates(x).length > 0);
            const fromToday = asOf === doc.validity.to || remainingAsked.every((x) => findDates(x).length === 0 && (nowAsked.some((w) => x.includes(w)) || beforeDay));
            const from = input.today !== undefined && fromToday ? input.today : asOf;
            if (remainingAsked.length > 0 && from >= doc.validity.from && from <= doc.validity.to && !gapAsked.some((w) => reading.text.includes(w))) {
              const days = daysBetween(from, doc.validity.to);
              out.text.push(t('doc.validity.remaining', { asOf: dateAsWritten(from), to: dateAsWritten(doc.validity.to), days }));
            }
            // (按今天算，这个措施已经实施了多长时间: the days since the start, counted to the same day.)
            if (part.topic === 'validity' && from >= doc.validity.from && from <= doc.validity.to && kb.vocabulary.grammar.elapsedAsked.some((w) => reading.text.includes(w))) {
              out.text.push(t('doc.validity.elapsed', { from: dateAsWritten(doc.validity.from), asOf: dateAsWritten(from), days: daysBetween(doc.validity.from, from) }));
            }
            // 到期之后还执行吗: the text says nothing of after.
            if (part.topic === 'validity' && kb.vocabulary.grammar.afterExpiry.some((w) => reading.text.includes(w))) out.text.push(t('doc.validity.afterExpiry', { to: dateAsWritten(doc.validity.to) }));
            // (如果政策到期了，之前已经立项的项目还能继续拿钱吗: nor what becomes of support granted before.)
            if (part.topic === 'validity' && reading.grantedBefore && reading.expired && !parts.some((p) => p.kind === 'document' && p.topic === 'renewal')) out.text.push(t('doc.renewal.granted', {}));
            // 明年还能申报吗: the year asked against the validity, in full or in part.
            if (part.topic === 'validity' && reading.yearAsked !== undefined) {
              const v = doc.validity;
              const year = String(reading.yearAsked);
              const from = v.from.startsWith(year) ? v.from : `${year}-01-01`;
              const to = v.to.startsWith(year) ? v.to : `${year}-12-31`;
              const whole = from === `${year}-01-01` && to === `${year}-12-31`;
              out.text.push(t(whole ? 'doc.validity.yearWhole' : 'doc.validity.yearPart', { year, from: dateAsWritten(from), to: dateAsWritten(to) }));
              // (我们2025年上半年拿的省奖励能算吗: of the year the measures start, what was had before the start the text leaves open.)
              if (from === v.from && !whole) out.text.push(t('doc.validity.beforeStart', { from: dateAsWritten(v.from) }));
            }
            // 省里也有同类补贴: the rule speaks of the city's own policies only.
            // (如果这个中心已经拿了省里的一百五十万，市里还能给吗: with no policy of the city's own levels named, the rule is
            // not said as if it applied.)
            const withoutGeneral = () => {
              const general = out.text.indexOf(t('doc.combination', { principle: doc.combination.principle }));
              if (general >= 0) out.text.splice(general, 1);
            };
            if (part.topic === 'combination' && kb.vocabulary.grammar.higherLevels.some((w) => reading.text.includes(w))) {
              if (!localPolicyNamed(kb, reading.text)) withoutGeneral();
              out.text.push(t('doc.combination.higher', { principle: doc.combination.principle }));
            }
            // 如果区里那个是对首台套产品的奖励，和场景应用不是同类政策呢: the rule reaches only policies of the same kind.
            if (part.topic === 'combination' && kb.vocabulary.grammar.notSameKind.some((w) => reading.text.includes(w))) {
              withoutGeneral();
              out.text.push(t('doc.combination.notSameKind', { principle: doc.combination.principle }));
            }
            break;
          }
          case 'department': {
            if (part.of) {
              // (这一条除了我们工信局，还有哪些部门负责: the others; 我是人社局的…我们要负责哪些: listed, with no yes, and no
              // one's tasks in the text.)
              // (Only where the department, or the asker who is it — 第三条除了我们 — stands in the clause that sets it aside: not
              // 除了第一条，我们还负责哪些条.)
              const names = [part.department, ...(kb.vocabulary.departmentAliases[part.department] ?? []), ...kb.vocabulary.firstPerson];
              const besides = kb.vocabulary.grammar.departmentBesides.some((w) => findWord(reading.text, w).some(([a]) => { const [s, e] = clauseAt(reading.text, a); return names.some((d) => reading.text.slice(s, e).includes(d)); }));
              for (const n of part.of) {
                const m = kb.measures[n]!;
                const among = m.departments.includes(part.department);
                const others = m.departments.filter((d) => d !== part.department).join('、');
                const id = !among ? 'doc.department.notInMeasure' : besides ? 'doc.department.besides' : reading.tasksAsked ? 'doc.department.listed' : 'doc.department.inMeasure';
                out.text.push(t(id, { department: part.department, measure: m.number, departments: m.departments.join('、'), others }));
                if (among && reading.tasksAsked) out.text.push(t('doc.measureDepartments.tasks', {}));
                out.cite(citation(m.number, chunks.filter((c) => c.measure === m.number).at(-1)?.excerpt ?? m.text));
              }
              break;
            }
            // (The measures without it — among those pointed at, where some are: 刚才这三条里…没有.)
            const without = kb.measures.filter((m) => m.number > 0 && !m.departments.includes(part.department) && (part.among?.includes(m.number) ?? true));
            if (part.exclude) {
              out.text.push(t('doc.department.exclude', { department: part.department, measures: without.map((m) => `第${m.number}条（${m.heading}）`).join('、') || '无' }));
              break;
            }
            const ms = kb.measures.filter((m) => m.number > 0 && m.departments.includes(part.department));
            const inZero = kb.document.interpreters.includes(part.department);
            if (ms.length === 0 && !inZero) out.text.push(t('doc.department.none', { department: part.department }));
            else {
              // 这几条里有没有涉及资金标准的: each measure's items with their ceilings, or none.
              const money = kb.vocabulary.grammar.departmentMoney.some((w) => reading.text.includes(w)) && reading.measures.length === 0 && reading.items.length === 0;
              const moneyOf = (m: (typeof ms)[number]) => !money ? '' : m.benefits.length === 0 ? t('doc.department.noMoney', {}) : t('doc.department.money', { items: m.benefits.map((b) => t('doc.department.item', { title: b.title, per: b.cap.per === 'per_year' ? capPerLabel.per_year : '', cap: yuanAsWritten(b.cap.yuan) })).join('、') });
              const list = ms.map((m) => `第${m.number}条（${m.heading}）${moneyOf(m)}`);
              // (经开区…是不是每一条都有责任: the measures without it first, when every one is asked about.)
              if (without.length > 0 && kb.vocabulary.grammar.everyMeasure.some((w) => reading.text.includes(w))) out.text.push(t('doc.department.notEvery', { department: part.department, measures: without.map((m) => `第${m.number}条`).join('、') }));
              if (inZero) list.push('附则（承担具体解释工作）');
              out.text.push(t('doc.department', { department: part.department, measures: `\n${list.map((l) => `· ${l}`).join('\n')}` }));
              for (const m of ms) out.cite(citation(m.number, chunks.filter((c) => c.measure === m.number).at(-1)?.excerpt ?? m.text));
            }
            break;
          }
          case 'sharedDepartments': {
            const lists = part.measures.map((n) => kb.measures[n]!.departments);
            const shared = lists[0]!.filter((d) => lists.every((l) => l.includes(d)));
            const measures = part.measures.join('、');
            out.text.push(shared.length > 0 ? t('doc.sharedDepartments', { measures, departments: shared.join('、') }) : t('doc.sharedDepartments.none', { measures }));
            break;
          }
          case 'measureDepartments': {
            const m = kb.measures[part.measure]!;
            out.text.push(t('doc.measureDepartments', { measure: m.number, departments: m.departments.join('、') }));
            // (是我们发改牵头还是科技局牵头: the text names no lead.)
            if (leadAsked(kb, reading)) out.text.push(t('doc.measureDepartments.noLead', { first: m.departments[0]! }));
            // (区里要承担哪些工作: nor what each is to do.)
            else if (reading.tasksAsked) out.text.push(t('doc.measureDepartments.tasks', {}));
            // (第四条为什么没有我们: nor why the list is what it is.)
            if (reading.whyNotListed) out.text.push(t('doc.measureDepartments.why', { measure: m.number }));
            out.cite(citation(m.number, chunks.filter((c) => c.measure === m.number).at(-1)?.excerpt ?? m.text));
            break;
          }
          case 'absentMeasure': {
            const numbered = kb.measures.filter((m) => m && m.number > 0);
            out.text.push(t('measure.absent', { measure: part.measure, count: numbered.length, title: kb.document.title, headings: numbered.map((m) => `${m.number}. ${m.heading}`).join('\n') }));
            break;
          }
          case 'measure': {
            const m = kb.measures[part.measure]!;
            const lines = [t('measure.header', { measure: m.number, heading: m.heading })];
            for (const b of m.benefits) lines.push(t('measure.benefit', { title: b.title, beneficiary: b.beneficiaryLabel, rule: ruleOf(b), cap: capOf(b) }));
            for (const p of m.provisions) lines.push(t(p.noAmount ? 'measure.provisionNoAmount' : 'measure.provision', { title: p.title, outcome: p.outcome }));
            if (m.benefits.length === 0 && m.provisions.length === 0) for (const c of chunks.filter((x) => x.measure === m.number).slice(0, 2)) lines.push(t('measure.other', { text: c.excerpt }));
            lines.push(t('measure.departments', { departments: m.departments.join('、') }));
            out.text.push(lines.join('\n'));
            for (const c of chunks.filter((x) => x.measure === m.number)) out.cite(citation(m.number, c.excerpt));
            break;
          }
          case 'provision': {
            const { measure, provision: p } = index.provisions.get(part.id)!;
            // (先投后股我们能申请吗 / 联盟我们怎么加入: who may take part, asked of an item that sets no conditions, not its money.)
            const asksWho = kb.vocabulary.grammar.takingPart.some((w) => reading.text.includes(w)) && !reading.intents.some((i) => i === 'amount' || i === 'maximum' || i === 'rate') && (p.conditions ?? []).length === 0;
            const at = out.text.length;
            // (这种入股方式市里有没有现金补贴: of an item with no money, that the text writes none, not that its sum is unset.)
            // (我是驻校技术经理人…按2%能拿多少奖补: money asked that an item beside it gives is not asked of this one, nor is
            // its having none said — unless asked of it in a sentence of its own with no figure: …另外加入高校院所联盟有补贴吗.)
            const moneyWords = [...(kb.vocabulary.intents.amount?.phrases ?? []), ...(kb.vocabulary.intents.maximum?.phrases ?? [])];
            const moneySentences = sentencesOf(reading.text).filter((x) => moneyWords.some((w) => findWord(x, w).length > 0));
            const askedOfIt = moneySentences.some((x) => p.names.some((n) => findWord(x, n).length > 0) && findAmounts(x).length === 0);
            const moneyBeside = (computed !== null && !askedOfIt && computed.results.some((r) => r.status === 'computed')) || part.moneyApart === true;
            // (结余经费最多能投多少比例: a share asked is no money asked.)
            const shareOnly = moneySentences.length > 0 && moneySentences.every((x) => phraseFinds(kb, 'rate', x).length > 0);
            // (持股平台的管理团队要多少人？有没有资金规模的要求: money words each within words of its notes — 多少人, 资金规模 — ask
            // what the notes say, no sum.)
            const noteSpans = index.noteFinds(part.id, reading.text).flatMap((o) => o.words.flatMap((w) => findWord(reading.text, w)));
            // (A note's word that is itself a money word — 补贴 of 产业教授有补贴吗 — makes no other sense of it.)
            const inNote = ([a, b]: [number, number]) => noteSpans.some(([c, d]) => a < d && c < b && (c < a || d > b));
            const moneySpans = moneyWords.flatMap((w) => findWord(reading.text, w));
            const ofNotes = moneySpans.length > 0 && moneySpans.every(inNote);
            const moneyAsked = (reading.intents.includes('amount') || reading.intents.includes('maximum')) && !moneyBeside && !shareOnly && !ofNotes;
            // (先使用后付费是怎么回事: asked how an item works, not what it gives — no word that it sets no sum.)
            // (Nor one inside a word of its notes: 有没有资金规模的要求.)
            const supportAsked = kb.vocabulary.grammar.supportAsked.some((w) => findWord(reading.text, w).some((span) => !inNote(span)));
            out.text.push(t(asksWho ? 'provision.noConditions' : p.noAmount && !moneyBeside && (moneyAsked || supportAsked) ? (moneyAsked ? 'provision.noMoneyAsked' : 'provision.noAmount') : 'provision', { measure, title: p.title, outcome: p.outcome }));
            if (part.quoted) out.text.push(t('unstated.quote', { measure, quote: p.quote }));
            // (…高校那边处置这部分股份要不要按国有资产保值增值来考核？需要交个税吗: how it is taxed, asked of clauses alone, is
            // said once, after the last of them.)
            const described = parts.filter((q): q is Extract<Part, { kind: 'provision' }> => q.kind === 'provision');
            if (reading.intents.includes('tax') && described.at(-1) === part && !parts.some((q) => q.kind === 'compute' || q.kind === 'recipient')) remark(t('note.tax', { items: described.map((q) => index.itemName(q.id)).join('、') }));
            // (那个高校院所联盟怎么加入？…有没有补贴: how to take part, asked beside money, is said too.)
            const joinAt = kb.vocabulary.grammar.takingPart.flatMap((w) => findWord(reading.text, w).map(([a]) => a));
            const namedBefore = (at: number) => (index.item(part.id)?.names ?? []).some((n) => findWord(reading.text, n).some(([a]) => a < at && sentencesOf(reading.text.slice(a, at)).length === 1));
            const joinAsked = !asksWho && (p.conditions ?? []).length === 0 && joinAt.some(namedBefore);
            if (joinAsked) remark(t('note.noTerms', { measure, title: p.title }));
            // 国资基金一般能投我们多少钱，有上限吗: a sum asked of an item that states none.
            const asksSum = reading.intents.includes('amount') || reading.intents.includes('maximum');
            // (…不设门槛收益率，是真的吗？容亏率是多少: the figure asked is another provision's, said beside.)
            const figureOfOther = parts.some((q) => q.kind === 'provision' && q.id !== part.id && (index.provisions.get(q.id)?.provision.numbers ?? []).length > 0);
            if (asksSum && !figureOfOther && !p.noAmount && (p.numbers ?? []).length === 0) remark(t('note.noSumAsked', { measure, title: p.title }));
            // (那容亏率具体是多少？我们企业能不能直接从这条里面拿到补贴: money asked of the item pointed at (这条) in a sentence
            // of its own, not of its figure — a share, a term: the item gives none.)
            // (Not 另外产学研合作这一项能拿多少补贴: money asked of another item named.)
            const moneyOfItPointed = moneySentences.some((x) => kb.vocabulary.grammar.pointingAtItem.some((w) => x.includes(w)) && ![...reading.items, part.id].some((id) => index.namedIn(id, x)) && phraseFinds(kb, 'rate', x).length === 0);
            if (asksSum && !figureOfOther && !p.noAmount && (p.numbers ?? []).length > 0 && moneyOfItPointed) remark(t('note.noMoneyOfRule', { measure, title: p.title }));
            // (具体哪个项目按20%哪个按50%，有标准吗: figures the item's own note answers are not said back as within the range.)
            const noted = index.notesAsked(part.id, reading.text).length > 0;
            // (我们企业成立才两年，国资基金会投吗: figures are weighed against a provision named by a word it shares — 国资基金 —
            // only when one of its own words is said — not the firm's two years against the fund's term.)
            const sharedName = index.siblings(part.id).some((s) => reading.items.includes(s.id));
            const ownWordsSaid = !sharedName || p.qualifiers.some((q) => reading.text.includes(q));
            if (ownWordsSaid) for (const note of boundRemarks(p, reading, kb.vocabulary.grammar.alternatives, kb.vocabulary.grammar.fixedValue, t, { noted, claimed: claimAsked, restAsked: kb.vocabulary.grammar.restAsked.some((w) => reading.text.includes(w)) })) remark(note);
            for (const note of openNotes(part.id, out.remarks)) remark(note);
            if (part.comparedWith) {
              const other = index.provisions.get(part.comparedWith);
              // (Said first: it answers the question asked.)
              if (other) out.text.splice(at, 0, t('provision.compared', { a: `第${other.measure}条${other.provision.title}`, b: `第${measure}条${p.title}` }));
            }
            out.cite(quoteCitation(measure, p.quote));
            break;
          }
          case 'clauses': {
            const best = input.clauses.filter((c) => c.measure === part.measure).slice(0, 2);
            const lines = [t('clauses.header', { measure: measureRef(part.measure) }), ...best.map((c) => `· ${c.excerpt}`)];
            for (const p of kb.measures[part.measure]!.provisions) if (best.some((c) => statesQuote(c.excerpt, p.quote))) lines.push(t(p.noAmount ? 'measure.provisionNoAmount' : 'measure.provision', { title: p.title, outcome: p.outcome }));
            out.text.push(lines.join('\n'));
            for (const c of input.clauses.slice(0, 3)) out.cite(citation(c.measure, c.excerpt));
            break;
          }
          case 'whichMeasure': {
            // (Each measure once, in the order its items were answered, with each item's sentence cited.)
            const of = part.ids.map((id) => index.item(id)!);
            for (const n of [...new Set(of.map((x) => x.measure))]) out.text.push(t('which.measure', { measure: n, heading: kb.measures.find((m) => m.number === n)!.heading, titles: of.filter((x) => x.measure === n).map((x) => x.title).join('、') }));
            for (const x of of) out.cite(quoteCitation(x.measure, x.quote));
            break;
          }
          case 'otherProgrammeToo':
            remark(t('note.programmeToo', { name: part.name, title: doc.title }));
            break;
          case 'elsewhereToo':
            remark(t('note.elsewhereToo', { place: part.place }));
            break;
          case 'inside':
            if (districts.length > 0) out.text.unshift(t('place.inside', { places: districts.join('、') }));
            break;
          case 'askerOutside':
            // (Asked of the scope, it is said with the scope's answer.)
            if (!part.scope) out.text.unshift(t('note.askerOutside', { place: part.place, title: doc.title }));
            break;
          case 'partnerOutside':
            out.text.unshift(part.party ? t('note.otherPartyOutside', { place: part.place, party: kb.vocabulary.parties[part.party]?.label ?? '' }) : t('note.partnerOutside', { place: part.place }));
            out.remarks.push(out.text[0]!);
            break;
          case 'assumedYearly': {
            const fact = state.facts[part.fact];
            const increase = reading.increase?.fact === part.fact ? reading.increase : undefined;
            if (typeof fact !== 'string') break;
            // (一笔1800万，一笔1200万 read as the year's new contracts: their sum is what is taken as that.)
            const listed = reading.amounts.filter((a) => a.fact === part.fact && !a.past);
            const amount = formatWan(listed.length > 1 ? listed.reduce((n, a) => n + yuanStringToFen(a.yuan)!, 0n) : yuanStringToFen(fact)!);
            const series = reading.yearlySeries?.fact === part.fact ? reading.yearlySeries : undefined;
            const basis = yearlyBasis(part.fact);
            // (2025年1亿元，2026年1.3亿元，2027年1.8亿元: each later year over the one before, the first year's left.)
            if (series) {
              const steps = series.steps.map((s) => {
                const fen = yuanStringToFen(s.current)! - yuanStringToFen(s.past)!;
                const said = { year: s.year, before: String(Number(s.year) - 1), current: formatWan(yuanStringToFen(s.current)!), past: formatWan(yuanStringToFen(s.past)!) };
                return fen > 0n ? t('note.yearlySeries.step', { ...said, amount: formatWan(fen) }) : t('note.yearlySeries.none', said);
              });
              remark(t('note.yearlySeries', { steps: steps.join('；'), first: series.first, before: String(Number(series.first) - 1), ...basis }));
            }
            else if (increase) remark(t('note.yearlyIncrease', { current: formatWan(yuanStringToFen(increase.current)!), past: formatWan(yuanStringToFen(increase.past)!), amount, ...basis }));
            // (今年技术合同总额5000万，按10%能拿500万: the year's whole total said as such is not what is new in it.)
            else if (kb.vocabulary.grammar.yearTotal.some((w) => reading.text.includes(w))) {
              // (…成交额5000万元，按10%申请500万元资助，这个算法对吗: a claim worked out on the total is wrong, said first.)
              const claimed = reading.quoted?.length === 1 && claimAsked;
              if (claimed) out.text.unshift(t('claim.onYearTotal', { amount, quoted: formatWan(yuanStringToFen(reading.quoted![0]!)!), measure: basis.measure }));
              remark(t('note.assumedYearlyTotal', { amount, ...basis }));
            }
            else remark(t('note.assumedYearly', { amount, ...basis }));
            break;
          }
          case 'noIncrease': {
            const past = part.past ? formatWan(yuanStringToFen(part.past)!) : '';
            for (const id of part.benefits) {
              const { measure, benefit } = index.benefits.get(id)!;
              const vars = { measure, title: benefit.title, past, current: part.current ? formatWan(yuanStringToFen(part.current)!) : '' };
              out.text.push(part.years && part.past ? t('note.noIncrease.lessYears', { ...vars, year: part.years[0], before: part.years[1] }) : part.past ? t(part.current ? 'note.noIncrease' : 'note.noIncrease.less', vars) : t('note.noIncrease.none', { measure, title: benefit.title }));
              out.cite(quoteCitation(measure, benefit.quote));
            }
            break;
          }
          case 'undatedMonth': {
            // 8月份签的: each year from the start of the measures to this one (or their end), the month against the validity.
            const v = doc.validity;
            const cases: string[] = [];
            const mm = String(part.month).padStart(2, '0');
            for (let year = Number(v.from.slice(0, 4)); year <= Math.min(Number(v.to.slice(0, 4)), Number(asOf.slice(0, 4))); year++) {
              const at = `${year}-${mm}`;
              const vars = { year, month: part.month, from: dateAsWritten(v.from), to: dateAsWritten(v.to) };
              cases.push(t(UNDATED[againstValidity(at, v)], vars));
            }
            if (cases.length > 0) remark(t('date.undated', { month: part.month, cases: cases.join('；') }));
            break;
          }
          case 'eventDate': {
            const v = doc.validity;
            const written = part.date.length === 4 ? `${part.date}年` : part.date.length === 7 ? `${Number(part.date.slice(0, 4))}年${Number(part.date.slice(5, 7))}月` : dateAsWritten(part.date);
            const where = againstValidity(part.date, v);
            if (where === 'before') remark(part.leftOut ? t('date.beforeLeftOut', { figure: part.leftOut, date: written, from: dateAsWritten(v.from) }) : t(worked ? 'date.beforeIfCounted' : 'date.before', { date: written, from: dateAsWritten(v.from) }));
            else if (where === 'after') remark(t('date.after', { date: written, to: dateAsWritten(v.to) }));
            // (合同是今年6月签的，能算吗: a date asked about, with no figure, is said to be within — asked with a mark or without:
            // 去年10月和高校签的…时间上符合吗.)
            else if (reading.amounts.length === 0 && ((reading.questions ?? 0) > 0 || reading.interrogative === true)) remark(t('date.within', { date: written, from: dateAsWritten(v.from), to: dateAsWritten(v.to) }));
            // 8月签、10月才登记: the text names no date of the two to go by.
            if (part.second) remark(t('date.which'));
            // (2028年8月20日签的，9月份才去申报: done within the validity, applied for after it.)
            if (!part.second && where === 'within' && reading.appliedOn && againstValidity(reading.appliedOn, v) === 'after') {
              const applied = reading.appliedOn.length === 7 ? `${Number(reading.appliedOn.slice(0, 4))}年${Number(reading.appliedOn.slice(5, 7))}月` : dateAsWritten(reading.appliedOn);
              remark(t('date.appliedAfter', { date: written, applied, to: dateAsWritten(v.to) }));
            }
            break;
          }
          case 'compute': {
            if (!computed) break;
            const blocks: string[] = [];
            // (假设申报指南定的比例是20%: worked out on a share supposed, said to be one, however the rate was asked.)
            for (const r of computed.results) {
              const rate = index.benefits.get(r.benefit)!.benefit.rate;
              if (r.assumedPercent !== undefined && rate?.kind === 'unspecified') remark(t('rate.assumed', { measure: r.measure, title: r.title, quote: rate.quote, value: t('figure.percent', { value: r.assumedPercent }) }));
            }
            // 有补贴吗 of items with no amount: said once, plainly, before them; their blocks leave it out.
            const noMoney = reading.intents.includes('amount') ? computed.checks.filter((c) => index.provisions.get(c.check)!.provision.noAmount) : [];
            if (noMoney.length > 0) blocks.push(t('note.noAmountAsked', { items: noMoney.map((c) => `第${c.measure}条${c.title}`).join('、') }));
            // 这几项加起来有没有总额上限: the text sets each item's ceiling, none for them together.
            if (computed.results.length > 1 && kb.vocabulary.grammar.overallCap.some((w) => reading.text.includes(w))) blocks.push(t('note.noOverallCap', {}));
            for (const c of computed.checks) blocks.push(checkBlock(c, noMoney.includes(c)).join('\n'));
            // (每项和年度上限分别是多少 of the topic's item the case fails, nothing else said: its rule still answers the ceilings
            // asked.)
            // (Not of another policy: 区里最高给多少 asks the district's, which the text does not set.)
            const ceilingsAsked = reading.intents.includes('maximum') && reading.items.length === 0 && Object.keys(reading.facts).length === 0 && !reading.quoted?.length && reading.amounts.length === 0 && !otherPolicyNamed(kb, reading.text);
            for (const r of computed.results) blocks.push(resultBlock(r, computed, ceilingsAsked).join('\n'));
            // 封顶是50万还是10万: of ceilings offered as alternatives, the item's own said, and whose the other is.
            // (Not sums said on the way to a total: 每年200万，三年就是600万，加上认定的200，一共800万对吧.)
            // (区里80万和市里100万都要拿，总共180万: both sums claimed together, of the same thing — the higher, not both.)
            const only = computed.results.length === 1 ? computed.results[0]! : undefined;
            const bothClaimed = only?.combination !== undefined && only.amountFen !== null && (reading.quoted ?? []).some((q) => yuanStringToFen(q) === only.combination!.otherAmountFen + only.amountFen!);
            if (bothClaimed) remark(notBoth(only!.amountFen!, only!.combination!.otherAmountFen));
            if (!bothClaimed && (reading.quoted?.length ?? 0) > 1 && computed.results.length === 1 && !reading.intents.includes('total')) {
              const r = computed.results[0]!;
              const quoted = [...new Set(reading.quoted!.filter((q) => !reading.quotedTotals?.includes(q)).map((q) => yuanStringToFen(q)!))];
              if (quoted.includes(r.capFen)) {
                // (800万的20%是160万，封顶100万: a rate's result said beside the ceiling is worked out, not another ceiling.)
                const worked = new Set((reading.worked ?? []).map((q) => yuanStringToFen(q)!));
                for (const other of quoted.filter((q) => q !== r.capFen && !worked.has(q))) {
                  // (揭榜类项目申报600万…可以超过500万吗: above a ceiling the text lets rise, no other ceiling — how far it may rise is open.)
                  const b = index.benefits.get(r.benefit)!.benefit;
                  if (other > r.capFen && b.cap.mayRise !== undefined) {
                    remark(t(claimAsked ? 'hoped.aboveRisingClaim' : 'hoped.aboveRising', { value: formatWan(other), measure: r.measure, title: b.title, cap: formatWan(r.capFen), rise: b.cap.mayRise }));
                    continue;
                  }
                  const owners = [...index.benefits.values()].filter(({ benefit }) => yuanToFen(benefit.cap.yuan) === other && benefit.id !== r.benefit);
                  const ofMeasure = owners.filter(({ measure }) => measure === r.measure);
                  const whose = (ofMeasure.length > 0 ? ofMeasure : owners).map((b) => `第${b.measure}条${b.benefit.title}`);
                  remark(t(whose.length > 0 ? 'cap.whichOfOwned' : 'cap.whichOf', { title: index.itemName(r.benefit), cap: formatWan(r.capFen), other: formatWan(other), owners: whose.slice(0, 3).join('、') }));
                }
              }
            }
            // 2026年和2027年分别…签了…各250万和400万: contracts of years apart, under a ceiling the text does not call
            // yearly, come to the ceiling once if it is the enterprise's in all, or each year's sum if it is a year's.
            // (今年…6万，明年…12万: or said relative to the day asked.)
            const yearsSaid = reading.yearsOfFigures ?? reading.yearsSaid ?? [];
            let acrossYears = false;
            for (const r of computed.results) {
              const insts = computed.instances.get(r.benefit) ?? [];
              const per = index.benefits.get(r.benefit)!.benefit.cap.per;
              if (yearsSaid.length < 2 || insts.length !== yearsSaid.length || (per !== 'per_enterprise' && per !== 'unstated') || r.amountFen === null) continue;
              const each = insts.map((i) => i.result.amountFen ?? 0n);
              const sum = each.reduce((a, b) => a + b, 0n);
              if (sum === r.amountFen) continue;
              acrossYears = true;
              remark(t('cap.acrossYears', { years: yearsSaid.map((y) => `${y}年`).join('、'), title: index.itemName(r.benefit), quote: inQuotes(index.benefits.get(r.benefit)!.benefit.quote), cap: formatWan(r.capFen), once: formatWan(r.amountFen), parts: each.map(formatWan).join(' + '), sum: formatWan(sum) }));
            }
            // 市里按1:1就该给60万，对吗: one sum quoted above the ceiling it comes to is said not to be given.
            // (Of the items not refused — 申报奖励220万 beside a platform item the enterprise is not — and of several sums
            // quoted, the one the case comes to before its ceiling: 按每个50万报了550万.)
            const live = computed.results.filter((x) => x.status !== 'not_eligible');
            // 同一个平台能不能既按概念验证中心又按中试平台两头都申请: one thing under two items of this text, no total asked —
            // whether it may have both is what the text leaves open.
            const given = live.filter(comesTo);
            if (!reading.intents.includes('total') && given.length > 1 && kb.vocabulary.grammar.oneProject.some((w) => reading.text.includes(w))) {
              const line = withinOpen(given.map((r) => r.benefit));
              // (Said once: the combination asked in words may have said it already.)
              if (!out.text.includes(line)) remark(line);
            }
            // 甲所…申请200万；乙校…申请700万，合规吗: each lettered applicant's sum applied for, weighed against its own.
            let claimsBy = 0;
            for (const [letter, yuan] of Object.entries(reading.quotedBy ?? {})) {
              for (const r of live) {
                const mine = applicantsOf(r, computed).find((x) => x.label.split(' ')[0] === letter);
                if (!mine) continue;
                const quoted = yuanStringToFen(yuan)!;
                const amount = countedFen(mine.r);
                const id = quoted > amount ? 'applicant.claimOver' : quoted === amount ? 'applicant.claimMatches' : 'applicant.claimWithin';
                remark(t(id, { label: letter, quoted: formatWan(quoted), title: index.itemName(r.benefit), amount: formatWan(amount) }));
                claimsBy++;
              }
            }
            /** The one applicant among several whose result, the sum quoted, is weighed against another policy's. */
            const combinedOne = (benefit: string, quoted: bigint) => {
              const found = (computed.perInstance ?? []).flatMap((x) => x.results).filter((x) => x.benefit === benefit && x.combination && x.amountFen === quoted);
              return found.length === 1 ? found[0]! : undefined;
            };
            // (Not where last year's total is given beside it: 去年总共签了2000万，今年总共签了6000万，按10%就是400万 is worked out on the increase.)
            const onYearTotal = parts.some((p) => p.kind === 'assumedYearly' && reading.increase?.fact !== p.fact) && kb.vocabulary.grammar.yearTotal.some((w) => reading.text.includes(w));
            const worked = live.length === 1 && (reading.quoted?.length ?? 0) > 1 ? reading.quoted!.filter((q) => yuanStringToFen(q) === live[0]!.uncappedFen) : [];
            const weighed = worked.length === 1 ? worked : reading.quoted ?? [];
            // (这个100万是每年的上限还是累计的: the ceiling pointed at, asked how far it reaches, is no sum applied for.)
            const reachOfCap = reading.intents.includes('reach') && weighed.length === 1 && live.length === 1 && yuanStringToFen(weighed[0]!) === live[0]!.capFen;
            if (weighed.length === 1 && live.length === 1 && claimsBy === 0 && !reachOfCap) {
              const r = live[0]!;
              const quoted = yuanStringToFen(weighed[0]!)!;
              const oneCombined = combinedOne(r.benefit, quoted);
              // (如果甲所申请的是250万呢 after 甲所 and 乙校: the one applicant named, its sum weighed by its name.)
              const byLetter = reading.applicant !== undefined && reading.quotedBy?.[reading.applicant] === weighed[0] ? reading.applicant : undefined;
              /** The sum applied for weighed against what the case comes to: above it, or the same. */
              const applied = (over: boolean) => {
                const vars = { title: index.itemName(r.benefit), quoted: formatWan(quoted), amount: formatWan(r.amountFen!) };
                return byLetter ? t(over ? 'applicant.claimOver' : 'applicant.claimMatches', { ...vars, label: byLetter }) : t(over ? 'cap.appliedOverComputed' : 'cap.appliedMatches', vars);
              };
              if (r.amountFen !== null && r.uncappedFen === quoted && quoted > r.capFen) remark(t('cap.quotedAbove', { title: index.itemName(r.benefit), quoted: formatWan(quoted), cap: formatWan(r.capFen), amount: formatWan(r.amountFen) }));
              // 落地转化了7个成果项目，申请奖励400万元，合规吗: a sum applied for above what the case comes to (350万).
              // (申报奖励220万 with a condition still to confirm: the most the case can come to is below it all the same.)
              else if ((r.status === 'computed' || r.status === 'needs_info') && r.amountFen !== null && quoted > r.amountFen && !reading.intents.includes('total')) remark(applied(true));
              // 拿到省级绩效奖励40万，申请联动40万呢: a sum applied for that the case comes to is said to agree.
              // (已经从区里拿过15万元补助，市里还能再给30万吗: with another policy's sum for the same thing, the higher of the
              // two in all, not both.)
              else if (r.status === 'computed' && quoted === r.amountFen && r.combination && !reading.intents.includes('total')) remark(notBoth(quoted, r.combination.otherAmountFen));
              // (其中省级拿了60万的那家，区里…给了30万，市里还能再给50万吗: of one applicant among several, that one's.)
              else if (r.status === 'computed' && oneCombined && !reading.intents.includes('total')) remark(notBoth(quoted, oneCombined.combination!.otherAmountFen));
              // (Not a claim worked out on a year's whole total, said to be wrong where the figure is read as the year's new.)
              else if (r.status === 'computed' && quoted === r.amountFen && !reading.intents.includes('total') && !onYearTotal) remark(applied(false));
            }
            // 项目A申请80万，项目B申请45万，项目C申请50万，有没有问题: sums applied for project by project, of one item paid at
            // most so much a project, each weighed against that.
            const perItemOf = live.length === 1 ? index.benefits.get(live[0]!.benefit)!.benefit.perItem : undefined;
            if (perItemOf && (reading.quoted?.length ?? 0) > 1 && !reading.intents.includes('total')) {
              const each = yuanToFen(perItemOf.capYuan);
              // (按每项50万算是不是能拿350万 of 7 projects: with the rule said back, the sum the case comes to is the total asked
              // of, no project's claim — not 一个项目能拿100万，另一个也能拿100万吗, a claim that happens to equal it.)
              const quotedFen = reading.quoted!.map((q) => yuanStringToFen(q)!);
              // (按每项50万算能拿600万吧 of 12: the case's sum before its ceiling is the total asked too.)
              const claims = quotedFen.includes(each) ? quotedFen.filter((q) => q !== live[0]!.amountFen && q !== live[0]!.uncappedFen) : quotedFen;
              const over = claims.filter((q) => q > each);
              const allowed = claims.reduce((sum, q) => sum + (q > each ? each : q), 0n);
              const b = index.benefits.get(live[0]!.benefit)!.benefit;
              if (over.length > 0) remark(t('cap.perItemClaims', { title: index.itemName(live[0]!.benefit), over: over.map(formatWan).join('、'), each: formatWan(each), quote: inQuotes(b.quote), count: claims.length, sum: formatWan(allowed > live[0]!.capFen ? live[0]!.capFen : allowed) }));
            }
            // 建设经费申请1000万，说建完以后还要申请接续支持800万: sums applied for, each after its item's words, each
            // weighed against that item's ceiling.
            const capOnlyNamed = computed.results.filter((r) => r.status === 'cap_only');
            if ((reading.quoted?.length ?? 0) > 1 && reading.quoted!.length === capOnlyNamed.length && !reading.intents.includes('total') && !reading.both) {
              // (By the words that are the item's alone: 建设经费 of the construction, 接续 of the follow-on, not 生态型.)
              // (Told apart from the items named beside it: 中试服务平台 beside 概念验证中心, though its excellence reward shares the name.)
              const ownWords = (id: string) => { const b = index.benefits.get(id)!.benefit; const theirs = new Set(index.siblings(id).filter((x) => capOnlyNamed.some((r) => r.benefit === x.id)).flatMap((x) => [...x.names, ...x.qualifiers])); return [...b.names, ...b.qualifiers].filter((w) => !theirs.has(w)); };
              const firstSaid = (id: string) => Math.min(...ownWords(id).flatMap((w) => findWord(reading.text, w).map(([a]) => a)), Infinity);
              const ordered = [...capOnlyNamed].sort((a, b) => firstSaid(a.benefit) - firstSaid(b.benefit));
              if (ordered.every((r) => firstSaid(r.benefit) < Infinity) && new Set(ordered.map((r) => firstSaid(r.benefit))).size === ordered.length) {
                ordered.forEach((r, i) => {
                  const q = yuanStringToFen(reading.quoted![i]!)!;
                  const b = index.benefits.get(r.benefit)!.benefit;
                  if (q > r.capFen && !b.cap.mayRise) remark(t('cap.quotedOverCap', { title: index.itemName(r.benefit), quoted: formatWan(q), cap: formatWan(r.capFen), quote: inQuotes(b.quote) }));
                });
              }
            }
            // (①某国家大学科技园申请…150万；②某校友会申请80万；③某新建科技成果交易平台申请500万。哪些超上限了: more sums than
            // items, each the item's whose words come last before it in its sentence.)
            if ((reading.quoted?.length ?? 0) > capOnlyNamed.length && capOnlyNamed.length > 1 && !reading.intents.includes('total')) {
              const said = findAmounts(reading.text).filter((a) => reading.quoted!.includes(fenToYuanString(a.fen)));
              for (const a of said) {
                const [from] = sentenceAt(reading.text, a.start);
                const lastBefore = (r: BenefitResult) => Math.max(-1, ...[...index.benefits.get(r.benefit)!.benefit.names].flatMap((w) => findWord(reading.text.slice(from, a.start), w).map(([x]) => x)));
                const near = [...capOnlyNamed].sort((x, y) => lastBefore(y) - lastBefore(x));
                const r = near[0]!;
                const b = index.benefits.get(r.benefit)!.benefit;
                if (lastBefore(r) >= 0 && lastBefore(r) !== lastBefore(near[1]!) && a.fen > r.capFen && !b.cap.mayRise) remark(t('cap.quotedOverCap', { title: index.itemName(r.benefit), quoted: formatWan(a.fen), cap: formatWan(r.capFen), quote: inQuotes(b.quote) }));
              }
            }
            /** Items a claimed rate was already answered of (the text gives them none). */
            const noRateSaid = new Set<string>();
            // 一个生态型创新联合体的平台申请建设经费1200万，可以吗: one sum quoted above the ceiling of the item given only a
            // ceiling (the first of its supports, not one given after it), and no sum of them all, is more than it gives.
            // (…联合攻关项目申请了600万，对吗？这两个联合体…合计: or in a sentence apart from the total, of the items it names.)
            const quotedApart = reading.quotedApart;
            if (reading.quoted?.length === 1 && ((!reading.intents.includes('total') && !reading.both) || quotedApart)) {
              const quoted = yuanStringToFen(reading.quoted[0]!)!;
              const capOnly = quotedApart ? capOnlyNamed.filter((r) => quotedApart.items.includes(r.benefit)) : capOnlyNamed;
              const head = capOnly.find((r) => !index.benefits.get(r.benefit)!.benefit.after);
              const all = computed.results.reduce((s, r) => s + r.capFen, 0n);
              // (揭榜类项目…800万，说是特别重大项目: not a ceiling the text lets rise — that is said by its own note.)
              const rises = head !== undefined && index.benefits.get(head.benefit)!.benefit.cap.mayRise !== undefined;
              // (同一个应用单位一年有3个场景项目，最多能拿300万吗: of items counted, their ceilings counted.)
              const countedCap = (r: (typeof capOnly)[number]) => r.capFen * BigInt(reading.itemCounts?.[r.benefit] ?? 1);
              if (head && quoted > countedCap(head) && quoted !== all && capOnly.every((r) => quoted > countedCap(r))) {
                const b = index.benefits.get(head.benefit)!.benefit;
                if (rises) remark(t(claimAsked ? 'hoped.aboveRisingClaim' : 'hoped.aboveRising', { value: formatWan(quoted), measure: head.measure, title: head.title, cap: formatWan(head.capFen), rise: b.cap.mayRise! }));
                else remark(t('cap.quotedOverCap', { title: index.itemName(head.benefit), quoted: formatWan(quoted), cap: formatWan(countedCap(head)), quote: inQuotes(b.quote) }));
              }
              // (Nor of parties asked that the item is not for: 交易平台和服务机构能各拿500万吗 — the body's reward is another.)
              const forAsked = reading.asked.every((p) => kb.vocabulary.parties[p]?.serves.includes(head?.beneficiary ?? ''));
              // 那说“新建的科技成果交易服务平台最高支持500万”呢: the ceiling quoted is the text's, said so.
              // (Not an item named by its ceiling in a question of who may apply: 那个…最高1000万的资助，我一个人…能申请吗.)
              if (head && capOnly.length === 1 && quoted === head.capFen && reading.intents.includes('maximum') && !reading.intents.includes('conditions')) {
                const b = index.benefits.get(head.benefit)!.benefit;
                const vars = { title: index.itemName(head.benefit), cap: formatWan(head.capFen), quote: inQuotes(b.quote) };
                // (揭榜类项目最高500万、不得上浮，对吗: a ceiling the text lets rise, claimed not to.)
                const noRise = b.cap.mayRise !== undefined && kb.vocabulary.grammar.noRise.some((w) => reading.text.includes(w));
                // (揭榜类项目是按项目投入的30%给，最高500万，对吗: the ceiling right, a rate claimed the text does not give.)
                const rateClaimed = !b.rate && (reading.quotedPercents?.length ?? 0) > 0;
                if (rateClaimed) noRateSaid.add(head.benefit);
                // (那就按最高100万算，能确定拿到吗: whether the ceiling is sure to be had — no claim to find right.)
                const certain = kb.vocabulary.grammar.certainAsked.some((w) => reading.text.includes(w));
                remark(noRise ? t('cap.quotedIsCapRises', { ...vars, rise: b.cap.mayRise! }) : rateClaimed ? t('cap.quotedIsCapNoRate', { ...vars, value: t('figure.percent', { value: reading.quotedPercents![0]! }) }) : t(certain ? 'cap.quotedIsCapCertain' : 'cap.quotedIsCap', vars));
              }
              // (科技园和校友会能各拿100万吗: the ceiling asked as what is given — the most, not what is sure.)
              // (Not a ceiling the text lets rise: 揭榜项目特别重大的话能拿500万以上吗; nor of parties asked that it is not for.)
              else if (reading.ceilingAsked && head && capOnly.length === 1 && quoted === head.capFen && !rises && forAsked && (!reading.intents.includes('conditions') || (reading.questions ?? 0) > 1)) {
                remark(t(reading.intents.includes('each') ? 'cap.askedIsCapEach' : 'cap.askedIsCap', { title: index.itemName(head.benefit), cap: formatWan(head.capFen), quote: inQuotes(index.benefits.get(head.benefit)!.benefit.quote) }));
              }
            }
            // 技术经理人奖补按成交额3%、最高100万，这个说法对吗: a rate and a ceiling quoted of an item with a rate — the
            // ceiling weighed too, beside the rate.
            const rateSaid = new Set<string>();
            if (reading.quoted?.length === 1 && (reading.quotedPercents?.length ?? 0) > 0 && reading.intents.includes('maximum')) {
              const quoted = yuanStringToFen(reading.quoted[0]!)!;
              const rated = computed.results.filter((r) => index.benefits.get(r.benefit)!.benefit.rate && r.status !== 'cap_only');
              if (rated.length === 1) {
                const r = rated[0]!;
                const b = index.benefits.get(r.benefit)!.benefit;
                // (…按成交额5%奖励，最高50万: the ceiling right and the rate not — one verdict, the statement wrong.)
                const rate = b.rate && 'percent' in b.rate && b.rate.kind === 'exact' ? b.rate.percent : null;
                const otherRate = rate === null ? undefined : reading.quotedPercents!.find((q) => Number(q) !== Number(rate));
                if (quoted === r.capFen && otherRate !== undefined) {
                  remark(t('cap.quotedIsCapRateOther', { title: index.itemName(r.benefit), cap: formatWan(r.capFen), quote: inQuotes(b.quote), rate: t('figure.percent', { value: rate! }), value: t('figure.percent', { value: otherRate }) }));
                  rateSaid.add(r.benefit);
                } else if (quoted === r.capFen) remark(t('cap.quotedIsCap', { title: index.itemName(r.benefit), cap: formatWan(r.capFen), quote: inQuotes(b.quote) }));
                else if (r.amountFen === null || quoted !== r.amountFen) remark(t('cap.quotedNotCap', { title: index.itemName(r.benefit), quoted: formatWan(quoted), cap: formatWan(r.capFen), quote: inQuotes(b.quote) }));
              }
            }
            // A说其中一个项目特别重要，要奖80万，可以吗: a sum said of one of the items counted, above the ceiling of each.
            if (reading.quoted?.length === 1 && kb.vocabulary.grammar.oneItem.some((w) => reading.text.includes(w))) {
              const quoted = yuanStringToFen(reading.quoted[0]!)!;
              for (const r of computed.results) {
                const b = index.benefits.get(r.benefit)!.benefit;
                if (b.perItem && quoted > yuanToFen(b.perItem.capYuan)) remark(t('cap.quotedOverPerItem', { title: index.itemName(r.benefit), quoted: formatWan(quoted), each: yuanAsWritten(b.perItem.capYuan), quote: inQuotes(b.quote) }));
              }
            }
            // 甲认定为概念验证中心…丙…没通过认定: the letters that meet a condition and those that do not, the amounts being
            // the ones that do.
            for (const split of reading.splitFacts ?? []) {
              const condition = computed.results.flatMap((r) => index.benefits.get(r.benefit)!.benefit.conditions).find((c) => 'fact' in c && c.fact === split.fact);
              if (condition && split.met && split.unmet) remark(t('note.splitFact', { met: split.met.join('、'), unmet: split.unmet.join('、'), condition: condition.label }));
            }
            // 他们还说这个资助不设上限，对吗: a ceiling the text sets, said against the claim that there is none.
            // (Not 宜兴本级是1:1而且不封顶: there the claim is of the other policy, weighed under 从优、就高.)
            // (有没有上限 / 封不封顶 ask, claiming nothing: 没有上限 inside 有没有.)
            const claimsNoCap = kb.vocabulary.grammar.noCapClaimed.some((w) => findWord(reading.text, w).some(([at]) => !inYesNoPair(reading.text, at)));
            if (claimsNoCap && !COMBINATION_FACTS.some((f) => reading.facts[f] !== undefined)) {
              for (const r of computed.results) {
                const b = index.benefits.get(r.benefit)!.benefit;
                remark(t('cap.noCapClaimed', { title: index.itemName(r.benefit), cap: formatWan(r.capFen), quote: inQuotes(b.quote) }));
              }
            }
            // 1200多万: about a round figure, computed on it.
            for (const a of reading.amounts) if (a.approximate && computed.results.length > 0) remark(t('note.approximate', { value: formatWan(yuanStringToFen(a.yuan)!) }));
            // 奖补能拿多少？给个人还是给机构？ / 企业能申请吗还是只能科研院所: whom each goes to, from its beneficiary.
            // (Not again when whom it goes to was the answer's first part: 是给服务机构还是给企业？最多多少？)
            // (Nor of a party said to want two policies' money: 企业坚持说区里80万和市里100万都要拿 asks the rule, not whom.)
            const whomAsked = reading.intents.includes('recipient') || (reading.asked.length > 0 && reading.intents.includes('conditions') && !reading.intents.includes('combination'));
            if (whomAsked && !input.parts.some((p) => p.kind === 'recipient')) {
              // (按技术交易额2%的奖补，我们公司能申请吗: one kind asked whether it may apply, of an item not for it, is told so.)
              const one = reading.asked.length === 1 && reading.intents.includes('conditions') ? kb.vocabulary.parties[reading.asked[0]!] : undefined;
              for (const r of computed.results) {
                const b = index.benefits.get(r.benefit)!.benefit;
                const vars = { measure: r.measure, title: r.title, beneficiary: b.beneficiaryLabel, quote: b.quote };
                remark(one && !one.serves.includes(b.beneficiary) ? t('applies.no', { ...vars, party: one.label }) : t('recipient', vars));
              }
            }
            // 帮我区分一下这两个的补助对象和计算方式 / 这个跟创新券的联动奖补上限一样吗: the items side by side (with the
            // earlier topic's, when one is answered), each with whom it is for, its rule and its ceiling.
            if (reading.intents.includes('compare')) {
              const beside = parts.flatMap((p) => (p.kind === 'compareWith' ? p.benefits : []));
              const ids = [...new Set([...(computed.results.length === 1 && beside.length === 0 ? state.earlier : []), ...computed.results.map((r) => r.benefit), ...beside])].filter((id) => index.benefits.has(id));
              if (ids.length > 1) {
                const lines = ids.map((id) => {
                  const { measure, benefit: b } = index.benefits.get(id)!;
                  return t('compare.item', { measure, title: b.title, beneficiary: b.beneficiaryLabel, rule: ruleOf(b), cap: capOf(b) });
                });
                const caps = ids.map((id) => index.benefits.get(id)!.benefit.cap);
                const same = new Set(caps.map((c) => c.yuan)).size === 1;
                const samePer = new Set(caps.map((c) => c.per)).size === 1;
                remark([...lines, t(!same ? 'compare.capsDiffer' : samePer ? 'compare.capsSame' : 'compare.capsSameAmount')].join('\n'));
              }
            }
            // 什么时候到账 / 一次性给吗: the text says nothing of paying; that is the answer, first.
            if (reading.intents.includes('payment') && computed.results.length > 0) {
              // (生态型那1500万是一次性给齐的吗: support the text gives only after another is no part of one payment.)
              const later = computed.results.filter((r) => index.followsOn(r.benefit, computed.results.map((x) => x.benefit)));
              const sum = computed.results.reduce((s, r) => s + r.capFen, 0n);
              if (later.length > 0 && (reading.quoted ?? []).some((q) => yuanStringToFen(q) === sum)) remark(t('payment.sumOfCaps', { sum: formatWan(sum) }));
              for (const r of later) {
                const b = index.benefits.get(r.benefit)!.benefit;
                remark(t('payment.after', { title: index.itemName(r.benefit), cap: formatWan(r.capFen), before: index.itemName(b.after!), quote: inQuotes(b.quote) }));
              }
              remark(t('note.payment', { items: computed.results.map((r) => index.itemName(r.benefit)).join('、') }));
            }
            // 是直接给吗: no where a condition is decided by a review (经评审择优), with its words; else the text names none.
            if (reading.intents.includes('automatic')) {
              for (const r of computed.results) {
                const b = index.benefits.get(r.benefit)!.benefit;
                const review = b.conditions.find((c) => c.decidedBy === 'review');
                // (只要有成交就发吗 of the manager's award: a condition beside the figure — being selected as excellent — is
                // what it takes besides.)
                const besides = b.conditions.filter((c) => c.fact && !index.partyFact(c.fact));
                if (review) remark(t('note.notAutomatic', { measure: r.measure, title: r.title, quote: review.quote }));
                else if (besides.length > 0) remark(t('note.notOnlyFigure', { measure: r.measure, title: r.title, conditions: besides.map((c) => c.label).join('；') }));
                else remark(t('note.automatic', { measure: r.measure, title: r.title }));
              }
            }
            // 市里出钱还是区里出钱: the text names who is responsible, not whose budget pays.
            if (reading.intents.includes('funder')) funderNotes(computed.results.map((r) => r.benefit), remark);
            // (还需要什么条件？补助到账后要交税吗: how it is taxed, asked beside what the card answers.)
            if (reading.intents.includes('tax')) remark(t('note.tax', { items: [...computed.results.map((r) => index.itemName(r.benefit)), ...computed.checks.map((c) => index.itemName(c.check))].join('、') }));
            // 最多能上浮到多少: the text says whether a ceiling may rise, never by how much; that is the answer, first.
            if (reading.intents.includes('riseLimit')) {
              for (const r of computed.results) {
                const rise = index.benefits.get(r.benefit)?.benefit.cap.mayRise;
                const vars = { title: index.itemName(r.benefit), cap: formatWan(r.capFen) };
                remark(rise ? t('note.riseOpen', { ...vars, rise }) : t('note.noRise', vars));
              }
            }
            // 合同签了500万，但实际只付了一半: computed on the half, said why.
            if (reading.paidHalf && computed.results.some((r) => index.baseFact(r.benefit) === reading.paidHalf!.fact)) {
              const signed = yuanStringToFen(reading.paidHalf.signed)!;
              remark(t('note.paidHalf', { signed: formatWan(signed), paid: formatWan(signed / 2n) }));
            }
            const partPaid = reading.partPaid;
            if (partPaid && computed.results.some((r) => index.baseFact(r.benefit) === partPaid.fact)) {
              const [whole, signed, paid] = [partPaid.whole, partPaid.signed, partPaid.paid].map((y) => yuanStringToFen(y)!) as [bigint, bigint, bigint];
              // (按技术合同实际成交额 / 按实际使用科技创新券的额度: the figure's own name, the basis the text gives.)
              const label = factDefs.get(partPaid.fact)?.label ?? '';
              remark(t('note.partPaid', { label, whole: formatWan(whole), signed: formatWan(signed), paid: formatWan(paid), sum: formatWan(whole - signed + paid) }));
            }
            // 明年还能再拿绩效奖励吗: a reward given each year is asked of a later year.
            const saidEachYear = new Set<string>();
            if (reading.laterYears) {
              for (const r of computed.results) {
                const b = index.benefits.get(r.benefit)!.benefit;
                if (b.cap.per !== 'per_year') continue;
                remark(t('note.eachYear', { measure: r.measure, title: r.title, quote: b.quote, to: dateAsWritten(doc.validity.to) }));
                saidEachYear.add(r.benefit);
              }
            }
            // (最多能给多少？最少呢: the text sets only the most, no floor.)
            if (kb.vocabulary.grammar.leastAsked.some((w) => reading.text.includes(w))) for (const r of computed.results) if (comesTo(r) || r.status === 'needs_info') remark(t(index.benefits.get(r.benefit)?.benefit.rate?.kind === 'exact' ? 'note.noLeast' : 'note.noLeastRate', { measure: r.measure, title: r.title }));
            // 这个是每年都能拿一次吗 / 100万封顶是每年还是总共: a ceiling's reach, said where the text gives it, else said open.
            if (reading.intents.includes('reach')) {
              for (const r of computed.results) {
                // (以后每年还有没有钱 / 每年200万，还是总共200万: a reward said above to be given each year is not said again to
                // reach a year.)
                // (Nor of an item the asker may not have at all: 我们是高校…创新券…那能每年各拿一次吗 — vouchers are enterprises'.)
                if (saidEachYear.has(r.benefit) || (r.status === 'not_eligible' && r.conditions.some((c) => c.status === 'unmet' && c.fact !== undefined && index.partyFact(c.fact)))) continue;
                reachOnce([r.benefit]);
              }
            }
            // 项目投了50万，最多能给多少 of a share the text does not set: a share of the base, so under it; a higher ceiling does not apply.
            for (const r of computed.results) {
              const b = index.benefits.get(r.benefit)!.benefit;
              if (!b.base || b.rate?.kind !== 'unspecified' || !b.rate.share) continue;
              const base = state.facts[b.base.fact];
              const baseFen = typeof base === 'string' ? yuanStringToFen(base) : null;
              if (r.status === 'cap_only' && baseFen !== null && baseFen < r.capFen) remark(t('note.shareOfBase', { measure: r.measure, title: r.title, quote: b.rate.quote, base: formatWan(baseFen), cap: formatWan(r.capFen) }));
            }
            // (2023年获得江苏省科学技术奖一等奖，今年（2026年）才开始扩大产业化: a year said after the award's, past the item's
            // years within, is said to lie outside them.)
            const won = reading.wonYear;
            // (获奖情况是2022年国家技术发明奖二等奖，今年新增设备投资: or a year said relative to this one.)
            // (Of several said — 去年…今年 — the latest, when the investment was made.)
            const offsets = relativeYearsIn(reading.text, kb.vocabulary.grammar.relativeYears);
            const relative = offsets.length > 0 ? Math.max(...offsets) : undefined;
            const relativeYear = relative !== undefined ? String(Number(asOf.slice(0, 4)) + relative) : undefined;
            const later = won !== undefined ? (reading.yearsSaid ?? []).find((y) => Number(y) > Number(won)) ?? (relativeYear !== undefined && Number(relativeYear) > Number(won) ? relativeYear : undefined) : undefined;
            for (const r of later !== undefined ? computed.results : []) {
              const within = index.benefits.get(r.benefit)!.benefit.withinYears;
              if (within !== undefined && Number(later) - Number(won) > within) remark(t('note.pastWithin', { won: won!, year: later!, within: String(within) }));
            }
            // 第十条那个100万是按什么比例算的: of an item the text gives no rate or base, that it gives none.
            // (揭榜类项目是按项目投入的30%给，最高500万，对吗: a rate claimed of it too.)
            if (reading.intents.includes('rate') || ((reading.quotedPercents?.length ?? 0) > 0 && claimAsked)) {
              // (two items of one sentence, one remark naming both.)
              const byQuote = new Map<string, BenefitResult[]>();
              for (const r of computed.results) {
                const b = index.benefits.get(r.benefit)!.benefit;
                if (!b.rate && !b.perItem && !noRateSaid.has(r.benefit)) byQuote.set(b.quote, [...(byQuote.get(b.quote) ?? []), r]);
              }
              for (const [quote, rs] of byQuote) remark(t('note.noRate', { measure: rs[0]!.measure, title: rs.map((r) => r.title).join('、'), quote }));
              // (三家应用单位项目实际投入…资助按什么比例: a share the text leaves open, said so, unless one is supposed.)
              const open = [...new Set(computed.results.filter((r) => r.assumedPercent === undefined && index.benefits.get(r.benefit)!.benefit.rate?.kind === 'unspecified').map((r) => r.benefit))];
              if ((reading.quotedPercents?.length ?? 0) === 0) for (const id of open) {
                const { measure, benefit: b } = index.benefits.get(id)!;
                if (b.rate?.kind === 'unspecified' && b.rate.note) remark(t('note.rateUnset', { measure, title: b.title, note: b.rate.note }));
              }
            }
            // 能按40%补吗 / 第7条能按15%给吗: a rate asked that is not the text's, or beside its most.
            // (按合同成交额5%奖励，最高100万，这符合吗: a rate quoted beside a sum quoted is a statement to check too.)
            // (听说我们公司可以拿成交额2%的奖补，对吗: or a rate alone, claimed.)
            // (我们企业能拿到技术经理人那个2%的奖补吗: or a rate said of what the asker gets — its kind's word right before
            // receiving, not 我们公司的技术经理人…按2%能拿多少.)
            // (Looked for only where a share is said: most turns say none.)
            const kindReceives = (reading.quotedPercents?.length ?? 0) > 0 && [...reading.self, ...reading.asked].some((p) => followedBy(reading.text, kb.vocabulary.parties[p]?.words ?? [], kb.vocabulary.grammar.kindReceives).length > 0);
            if (reading.intents.includes('rate') || ((reading.quotedPercents?.length ?? 0) > 0 && ((reading.quoted?.length ?? 0) > 0 || claimAsked || kindReceives))) {
              // (企业按第六条申请30%…技术经理人再按2%: each rate quoted is its own item's, no other's misquoted.)
              const ratedOf = (id: string) => { const rate = index.benefits.get(id)!.benefit.rate; return rate && 'percent' in rate ? Number(rate.percent) : null; };
              // (听说按合同额10%可以给我们企业补500万，对吗: the rate and the ceiling claimed are an item for another kind of
              // applicant than the one claiming — the claim is wrong, said first.)
              for (const q of new Set(reading.quotedPercents ?? [])) {
                // (…是第六条里企业产学研合作的对方，企业已经按30%拿了补助，高校这边还能按第七条拿吗: nor a rate of an item the
                // message names and does not ask of.)
                if (reading.items.some((id) => index.benefits.has(id) && ratedOf(id) === Number(q) && !computed.results.some((r) => r.benefit === id))) continue;
                const anothers = (r: BenefitResult) => computed.results.some((o) => o !== r && ratedOf(o.benefit) === Number(q));
                for (const r of computed.results) {
                  if (anothers(r)) continue;
                  const failsApplicant = r.status === 'not_eligible' && r.conditions.some((c) => c.status === 'unmet' && c.fact === 'applicantType');
                  // (听说我们公司可以拿成交额2%的奖补，对吗: a rate of an item for another kind than the one said to get it.)
                  const claimant = reading.asked[0] ?? reading.self[0];
                  const b = index.benefits.get(r.benefit)!.benefit;
                  // (企业能拿多少？技术经理人按2%能拿多少: not where another party named is the one it is for.)
                  const forOther = claimant !== undefined && [...reading.asked, ...reading.self].every((p) => !kb.vocabulary.parties[p]?.serves.includes(b.beneficiary)) && (reading.quoted ?? []).every((y) => yuanStringToFen(y) === r.capFen);
                  const capQuoted = (reading.quoted ?? []).some((y) => yuanStringToFen(y) === r.capFen);
                  // (我们企业能拿到2%的奖补吗: or asked whether the one said gets it.)
                  if (claimant !== undefined && ratedOf(r.benefit) !== null && Number(q) <= ratedOf(r.benefit)! && ((claimAsked && failsApplicant && capQuoted) || (forOther && (claimAsked || kindReceives)))) {
                    out.text.unshift(t(claimAsked ? 'claim.otherApplicant' : 'rate.otherApplicant', { measure: r.measure, title: r.title, beneficiary: b.beneficiaryLabel, party: kb.vocabulary.parties[claimant]?.label ?? '' }));
                    continue;
                  }
                  const rate = index.benefits.get(r.benefit)!.benefit.rate;
                  const vars = { measure: r.measure, title: r.title, rate: t('figure.percent', { value: rate && 'percent' in rate ? rate.percent : '' }), value: t('figure.percent', { value: q }) };
                  if (rate?.kind === 'exact' && Number(q) !== Number(rate.percent) && !rateSaid.has(r.benefit)) remark(t('rate.other', vars));
                  // (他们坚持说不超过10%就是按10%给，对吗: the most claimed as the rate is wrong, said so.)
                  // (是按新增合同额的10%给吗？是固定比例吗: the most asked whether it is fixed is not, said so.)
                  if (rate?.kind === 'up_to') {
                    const atMost = Number(q) === Number(rate.percent);
                    const fixedAsked = atMost && kb.vocabulary.grammar.fixedValue.some((w) => reading.text.includes(w));
                    remark(t(Number(q) > Number(rate.percent) ? 'rate.upToAbove' : claimAsked && atMost ? 'rate.upToClaimFixed' : fixedAsked ? 'rate.upToNotFixed' : 'rate.upToWithin', vars));
                  }
                  // (乙企业问能不能按1:2给: a match the text writes, 1∶1, and not another.)
                  if (rate?.kind === 'match' && percentAsMatch(q) !== rate.ratio) remark(t('rate.matchOther', { measure: r.measure, title: r.title, ratio: rate.ratio, value: percentAsMatch(q), cap: formatWan(r.capFen) }));
                  // 你说的“一定比例”具体是多少？按10%算是不是30万: no rate to confirm; the guess worked out, said to be one.
                  // (假设申报指南定的比例是20%，各给多少: worked out on the share supposed, said to be one.)
                  if (rate?.kind === 'unspecified' && r.assumedPercent === undefined) {
                    const b = index.benefits.get(r.benefit)!.benefit;
                    const base = b.base ? state.facts[b.base.fact] : undefined;
                    const baseFen = typeof base === 'string' ? yuanStringToFen(base) : null;
                    const f = percentFraction(q);
                    const worked = baseFen === null ? null : (baseFen * f.num) / f.den;
                    const upTo = (fen: bigint) => formatWan(fen < r.capFen ? fen : r.capFen);
                    // (…实际投入250万，应该给多少？要是实际投入400万呢: each case of the figure worked out on the share supposed.)
                    const cases = b.base && !reading.intents.includes('total') ? reading.amounts.filter((a) => a.fact === b.base!.fact).map((a) => yuanStringToFen(a.yuan)!) : [];
                    if (cases.length > 1) remark(t('rate.unspecifiedWorkedEach', { ...vars, quote: rate.quote, cases: cases.map((c) => t('rate.unspecifiedCase', { base: formatWan(c), amount: upTo((c * f.num) / f.den) })).join('、'), cap: formatWan(r.capFen) }));
                    else remark(t(worked === null ? 'rate.unspecified' : 'rate.unspecifiedWorked', { ...vars, quote: rate.quote, base: baseFen === null ? '' : formatWan(baseFen), amount: worked === null ? '' : upTo(worked), cap: formatWan(r.capFen) }));
                    // (有人说就是按50%算，150万，对吗: the sum quoted, above the ceiling, is not had even at that rate.)
                    const said = (reading.quoted ?? []).map((x) => yuanStringToFen(x)!).find((x) => x > r.capFen);
                    // (…是160万，封顶100万，所以我们能拿100万: not when the ceiling is said beside it, the sum taken down to it.)
                    const capSaid = (reading.quoted ?? []).some((x) => yuanStringToFen(x) === r.capFen);
                    if (worked !== null && said !== undefined && said === worked && !capSaid) remark(t('cap.quotedAbove', { title: index.itemName(r.benefit), quoted: formatWan(said), cap: formatWan(r.capFen), amount: formatWan(r.capFen) }));
                  }
                }
              }
            }
            // 这个奖补是不是要先被评上优秀技术经理人才行: a condition asked about is said to be one, in the text's words.
            for (const r of computed.results) {
              const b = index.benefits.get(r.benefit)!.benefit;
              for (const c of b.conditions) if (c.fact && reading.conditionsAsked?.includes(c.fact)) remark(t('condition.required', { measure: r.measure, title: r.title, label: c.label, quote: c.quote }));
            }
            // 能直接申报高级职称吗: what the text leaves open about an item answered, in the words asked.
            for (const id of [...computed.checks.map((c) => c.check), ...computed.results.map((r) => r.benefit)]) {
              for (const note of openNotes(id, out.remarks)) remark(note);
            }
            // 评价标准是啥 of an item whose own notes say nothing of it: the text gives no standard.
            // (标准是什么 of the contract subsidy: an item reckoned at a rate the text gives has that rate for its standard.)
            const assessed = computed.results.filter((r) => { const rate = index.benefits.get(r.benefit)!.benefit.rate; return !rate || rate.kind === 'unspecified'; });
            if (reading.intents.includes('criteria') && out.remarks.length === 0 && assessed.length + computed.checks.length > 0) {
              remark(t('note.criteria', { items: [...assessed.map((r) => index.itemName(r.benefit)), ...computed.checks.map((c) => `第${c.measure}条${c.title}`)].join('、') }));
            }
            out.text.push(...blocks);
            calculations = computed.results.map(calculation);
            checks = computed.checks.map(check);
            for (const f of computed.refused) remark(t('refused.fact', { label: factDefs.get(f.fact)?.label ?? f.fact, value: String(f.value) }));
            // (…两项加起来最多多少 of one party's items, one still waiting for its base: that one at its ceiling, the most it
            // comes to.)
            const mostAsked = part.total === true || (reading.both === true && reading.intents.some((i) => i === 'amount' || i === 'maximum'));
            const workedOut = computed.results.filter(comesTo);
            const waitingBase = mostAsked ? computed.results.filter(waitsForBase) : [];
            // (一家企业产学研补助、创新券联动奖补、场景应用资助三项都拿到上限，合计多少: one party that receives them all, the
            // application unit's item among them.)
            const onePartyWaits = waitingBase.length > 0 && workedOut.length + waitingBase.length > 1 && (new Set([...workedOut, ...waitingBase].map((r) => r.beneficiary)).size === 1 || (part.total && oneReceiver([...workedOut, ...waitingBase].map((r) => r.beneficiary))));
            const counted = onePartyWaits ? computed.results.filter((r) => workedOut.includes(r) || waitingBase.includes(r)) : workedOut;
            // (在这个基础上，如果产学研那份合同的合作方其实是一家民营科技公司…合计又是多少 after a total of two items: the one
            // now failing counts 0 beside what the other came to.)
            const failing = counted.length === 0 && part.total && part.totalBefore && part.lastResults && reading.intents.includes('total') && !computed.perInstance ? computed.results.filter((r) => r.status === 'not_eligible') : [];
            const others = failing.length > 0 && failing.length === computed.results.length ? part.lastResults!.filter((x) => !x.another && !computed.results.some((r) => r.benefit === x.benefit) && index.benefits.has(x.benefit)) : [];
            if (others.length > 0) {
              const items = [...others.map((x) => ({ id: x.benefit, fen: yuanStringToFen(x.yuan)! })), ...failing.map((r) => ({ id: r.benefit, fen: 0n }))];
              remark(t('total.withFailed', { parts: items.map((e) => totalPart(e.id, formatWan(e.fen))).join(' + '), failed: failing.map((r) => totalPart(r.benefit, '')).join('、'), amount: totalled(items.reduce((sum, e) => sum + e.fen, 0n)) }));
            }
            // (一家企业三年最多能拿多少 of the leading enterprise's award, no count said: each year's ceiling times the years.)
            const spanYears = reading.yearCount ?? 0;
            const yearlyWaiting = counted.length === 0 && spanYears > 1 && reading.intents.includes('maximum') ? computed.results.filter((r) => r.status === 'needs_info' && index.yearly(r.benefit)) : [];
            if (yearlyWaiting.length > 0) {
              const parts = yearlyWaiting.map((r) => t('total.partYears', { measure: r.measure, title: r.title, amount: formatWan(r.capFen), years: spanYears }));
              remark(t('total.over', { parts: parts.join(' + '), amount: formatWan(yearlyWaiting.reduce((sum, r) => sum + r.capFen * BigInt(spanYears), 0n)) }));
            }
            // (概念验证中心和中试服务平台的认定支持差多少: of two items, what lies between them — not after a total, with one
            // thing said instead of another, 换成概念验证中心，同样的情况加起来是多少？相差多少, which weighs the two totals.)
            const insteadOfTotal = state.totalSaid !== null && kb.vocabulary.grammar.instead.some((w) => reading.text.includes(w));
            // (生态型创新联合体建设经费和任务型…攻关项目资助比，哪个高: support given only after another goes with it.)
            const leads = reading.difference && !insteadOfTotal ? counted.filter((r) => !index.followsOn(r.benefit, counted.map((o) => o.benefit))) : [];
            if (leads.length === 2) {
              const groupOf = (lead: BenefitResult) => [lead, ...counted.filter((o) => index.benefits.get(o.benefit)!.benefit.after === lead.benefit)];
              const fenOf = (lead: BenefitResult) => groupOf(lead).reduce((sum, r) => sum + countedOf(r), 0n);
              const nameOf = (lead: BenefitResult) => { const group = groupOf(lead); return group.length > 1 ? t('total.together', { items: group.map((r) => index.itemName(r.benefit)).join('、') }) : index.itemName(lead.benefit); };
              const [a, b] = [...leads].sort((x, y) => (fenOf(y) > fenOf(x) ? 1 : fenOf(y) < fenOf(x) ? -1 : 0)) as [BenefitResult, BenefitResult];
              differenceSaid = true;
              remark(t('total.difference', { first: nameOf(a), firstAmount: formatWan(fenOf(a)), second: nameOf(b), secondAmount: formatWan(fenOf(b)), difference: formatWan(fenOf(a) - fenOf(b)) }));
            }
            // (今年已经拿了400万沿途下蛋奖励，这次又落地了3个项目，还能拿多少: what is left under a yearly ceiling after the
            // sum received this year, and what this time comes to within it.)
            // (Only of one item: which of several the sum was received under is not said. 又促成了2000万: what is worked out
            // comes on top of it; 今年促成1500万，已经拿了20万: else it is the year's whole, the sum received part of it.)
            const received = reading.received !== undefined ? yuanStringToFen(reading.received) : null;
            const yearly = counted.filter((x) => index.yearly(x.benefit));
            if (received !== null && yearly.length === 1) {
              const r = yearly[0]!;
              const amount = countedOf(r);
              const more = kb.vocabulary.grammar.receivedMore.some((w) => reading.text.includes(w));
              const left = (fen: bigint) => (fen > received ? fen - received : 0n);
              const room = left(r.capFen);
              const payable = more ? (amount < room ? amount : room) : left(amount < r.capFen ? amount : r.capFen);
              const vars = { received: formatWan(received), per: capPerLabel[r.capPer], cap: formatWan(r.capFen), room: formatWan(room), amount: formatWan(amount), payable: formatWan(payable) };
              remark(room === 0n ? t('received.full', vars) : t(more ? 'received.room' : 'received.ofYear', vars));
            }
            // 一共 / 加起来: the amounts computed, and the ceilings of items the text gives only a ceiling for.
            // 区里最高300万，和市里第八条能叠加吗: with only the other ceiling known, the two ceilings and the rule.
            // 区里政策给300万，市里这条最高500万: another policy's sum beside an item the text gives only a ceiling for.
            const otherCap = state.facts.otherPolicyCapYuan;
            // (区里已经拿了40万，按市里算是60万，市里还应该再给多少: what is left to the higher, when this one is higher.)
            const topUp = (ours: bigint, theirs: bigint) => {
              if (ours > theirs && topUpWords.some((w) => reading.text.includes(w))) remark(t('combination.topUp', { other: formatWan(theirs), higher: formatWan(ours), difference: formatWan(ours - theirs) }));
            };
            // (如果企业已经从区里拿了80万，市里还能再补差额20万吗 after the card weighed 100万 against 80万: what is left to it.)
            for (const x of computed.results) if (x.combination?.higher === 'this') topUp(x.combination.payableFen, x.combination.otherAmountFen);
            const otherAmount = state.facts.otherPolicyAmountYuan;
            const comparable = computed.results.filter((x) => !x.combination && x.status !== 'not_eligible' && x.status !== 'not_in_force' && (typeof otherAmount !== 'string' || x.status === 'cap_only'));
            // (有个平台已经在区里拿了300万同类支持，市里还能再给500万吗 after two items: the one whose ceiling is the sum asked of.)
            const quotedFen = reading.quoted?.length === 1 ? yuanStringToFen(reading.quoted[0]!)! : null;
            // (…已经拿了区里300万 of the pilot platform, then both platforms: the one it was said of.)
            const ofOther = state.otherPolicyOf.length > 0 ? comparable.filter((x) => state.otherPolicyOf.includes(x.benefit)) : comparable;
            const uncompared = ofOther.find((x) => x.capFen === quotedFen) ?? ofOther[0];
            // (锡山区自己也有中试平台补助，按设备投资20%、最高300万: a rate of the other's said beside an item with only a
            // ceiling has nothing here to work on; the two ceilings are weighed.)
            const rateApplies = state.facts.otherPolicyRatePercent !== undefined && uncompared?.status !== 'cap_only';
            // (如果这家平台还拿了省里的中试平台补助，算不算“不重复”原则管的范围 after a district's sum weighed: a higher
            // level's policy is asked of, which the rule does not speak to — not the district's weighed again.)
            const higherAsked = uncompared !== undefined && (typeof otherAmount === 'string' || typeof otherCap === 'string') && reading.intents.includes('combination') && kb.vocabulary.grammar.higherLevels.some((w) => reading.text.includes(w)) && !localPolicyNamed(kb, reading.text);
            if (higherAsked) remark(t('doc.combination.higher', { principle: doc.combination.principle }));
            else if (uncompared && !rateApplies && (typeof otherAmount === 'string' || typeof otherCap === 'string')) {
              const vars = { measure: uncompared.measure, title: uncompared.title, cap: formatWan(uncompared.capFen), principle: doc.combination.principle };
              // (市里核定的是450万，区里是300万，最后应该给多少: this item's sum said beside the other's, within its ceiling: the higher.)
              const thisSum = reading.quoted?.length === 1 ? yuanStringToFen(reading.quoted[0]!)! : null;
              if (typeof otherAmount === 'string' && uncompared.status === 'cap_only' && thisSum !== null && thisSum <= uncompared.capFen) {
                const theirs = yuanStringToFen(otherAmount)!;
                const verdict = higherOf(thisSum, theirs);
                remark(t('combination.quotedCapOnly', { ...vars, other: formatWan(theirs), quoted: formatWan(thisSum), verdict }));
                topUp(thisSum, theirs);
              } else remark(typeof otherAmount === 'string' ? t('combination.amountAndCap', { ...vars, other: formatWan(yuanStringToFen(otherAmount)!) }) : t('combination.caps', { ...vars, other: formatWan(yuanStringToFen(otherCap as string)!) }));
            }
            // 我们区按合同额20%、最高150万，企业能两边都拿吗, with no contract amount yet: the rule, both rules side by side,
            // and what would settle which is higher.
            // (梁溪区的产学研补贴60万，市里第六条算下来是90万: another policy's sum and this item's as the asker worked it
            // out: the higher of the two.)
            const otherRate = state.facts.otherPolicyRatePercent;
            const waiting = computed.results.find((x) => !x.combination && x.status === 'needs_info' && index.baseFact(x.benefit));
            if (waiting && (typeof otherRate === 'string' || typeof otherAmount === 'string')) {
              const b = index.benefits.get(waiting.benefit)!.benefit;
              const other = typeof otherRate === 'string' ? `按${otherRate}%${typeof otherCap === 'string' ? `、最高${formatWan(yuanStringToFen(otherCap)!)}` : ''}` : `给${formatWan(yuanStringToFen(otherAmount as string)!)}`;
              const vars = { other, measure: waiting.measure, title: waiting.title, rule: ruleOf(b), cap: capOf(b), principle: doc.combination.principle, base: factDefs.get(index.baseFact(waiting.benefit)!)?.label ?? '' };
              // (…按市里30%算是45万…能拿65万吗: of two sums quoted, the one worked out at a rate is this item's.)
              const thisSum = reading.quoted?.length === 1 ? reading.quoted[0]! : reading.worked?.length === 1 ? reading.worked[0]! : state.weighedSum;
              const quoted = typeof otherAmount === 'string' && typeof otherRate !== 'string' && thisSum !== null ? yuanStringToFen(thisSum)! : null;
              const theirsFen = typeof otherAmount === 'string' && typeof otherRate !== 'string' ? yuanStringToFen(otherAmount)! : null;
              // (区里给的是15万呢 beside the voucher match's 10万 ceiling: the other is higher whatever the base.)
              if (theirsFen !== null && theirsFen >= yuanToFen(b.cap.yuan)) remark(t('combination.otherAboveCap', { ...vars, cap: yuanAsWritten(b.cap.yuan), amount: formatWan(theirsFen) }));
              else if (quoted !== null && quoted <= yuanToFen(b.cap.yuan)) {
                const theirs = yuanStringToFen(otherAmount as string)!;
                const verdict = higherOf(quoted, theirs);
                remark(t('combination.quoted', { ...vars, cap: yuanAsWritten(b.cap.yuan), quoted: formatWan(quoted), verdict }));
                topUp(quoted, theirs);
              } else remark(t('combination.rates', vars));
            }
            // (我们区自己也有产学研补助，按合同额20%、最高80万，企业能两边都拿吗 after 民营研究院 failed the partner: this item
            // is not had, so there is nothing to weigh — said so, with the rule.)
            const failedHere = waiting ? undefined : computed.results.find((x) => x.status === 'not_eligible' && index.baseFact(x.benefit));
            if (failedHere && (typeof otherRate === 'string' || typeof otherAmount === 'string') && reading.intents.includes('combination')) {
              remark(t('combination.notEligible', { measure: failedHere.measure, title: failedHere.title, principle: doc.combination.principle }));
            }
            // Not across parties: a manager's award and the institution's funding are no one's sum.
            // One party when one kind of asker can receive them all (开放共享 and 创新券 both to an enterprise).
            const beneficiaries = [...new Set(counted.map((r) => r.beneficiary))];
            // (准备多少钱: a budget sums what each party may get.)
            const budget = kb.vocabulary.grammar.budget.some((w) => reading.text.includes(w));
            // (孵化器…它还有共享仪器…这两项加起来: or the message says they are one body's.)
            const oneBody = counted.length === 2 && kb.vocabulary.grammar.oneBody.some((w) => findWord(reading.text, w).some(([start, end]) => !isNegated(reading.text, start) && findAmounts(reading.text.slice(end, sentenceAt(reading.text, end)[1])).length > 0));
            const parties = budget || oneBody || oneReceiver(beneficiaries) ? 1 : beneficiaries.length;
            // 按上限最多能拿多少 of two items of one party (not 分别): their sum.
            // (同一个项目能两条都报，拿满1000万吗: whether they may be had together is the question; the rule answers it, not a sum.)
            // (都拿满的话总共多少 asks the sum as well as whether they combine: both are said.)
            // (两个绩效评价都是优秀，那一年能拿多少: what both come to is asked too.)
            // (…再新建一个…交易平台呢？两项都拿的话最多多少: or the most of both, had together.)
            const bothAsked = reading.both === true && (reading.intents.includes('amount') || (reading.intents.includes('maximum') && reading.intents.includes('combination')));
            // (两个问题：A最高多少？B最高多少？: each asked on its own, no sum.)
            const apart = (reading.questions ?? 0) > 1 && !bothAsked;
            // (能像揭榜项目那样上浮吗: the other item named as the like of this one is no second item in a sum.)
            const likened = kb.vocabulary.grammar.likeAnother.some((w) => findWord(reading.text, w).length > 0);
            // (同时申报：…理论上最多能拿多少: the most of items applied for together, no sum quoted, is their total.)
            // (我们是成员单位，联合体项目最多支持多少: items of different subjects named only by a name they all share are told
            // apart, not added up — the message has not said which it is about. One subject's support and what follows it,
            // 生态型创新联合体…最多能给多少, are still its total.)
            const namesOf = (id: string) => index.item(id)?.names ?? [];
            const subjects = counted.filter((r) => !index.followsOn(r.benefit, counted.map((o) => o.benefit)));
            const sharedOnly = subjects.length > 1 && counted.every((r) => { const said = namesOf(r.benefit).filter((n) => reading.text.includes(n)); return said.length > 0 && said.every((n) => counted.every((o) => namesOf(o.benefit).includes(n))); });
            // (你说特别重大的可以上浮，最多能浮多少: how far a ceiling may rise is no most of the items together.)
            const riseAsked = reading.intents.includes('riseLimit');
            const sums = (part.total || ((reading.intents.includes('maximum') || bothAsked) && !reading.intents.includes('each') && !apart && !likened && !sharedOnly && !riseAsked)) && (!reading.intents.includes('combination') || ((part.total || reading.intents.includes('maximum')) && !reading.quoted?.length));
            // 20个合同，每家企业一个，每个100万: each party's own sum, and what they all come to.
            if (reading.perParty) {
              const party = kb.vocabulary.parties[reading.perParty.party]!;
              for (const r of counted) {
                if (!party.serves.includes(r.beneficiary)) continue;
                const each = countedFen(r);
                remark(t('note.perParty', { party: party.label, measure: r.measure, title: r.title, amount: formatWan(each), count: reading.perParty.count, total: formatWan(each * BigInt(reading.perParty.count)) }));
              }
            }
            // (…1.2亿…3个技术经纪人分别能拿多少: each one's ceiling, theirs together, the split not said.)
            if (reading.sharedBy) {
              const { party: kind, count, raw } = reading.sharedBy;
              const party = kb.vocabulary.parties[kind]!;
              for (const r of counted) {
                if (party.serves.includes(r.beneficiary)) remark(t('note.sharedBy', { party: party.label, count, amount: raw, measure: r.measure, title: r.title, cap: formatWan(r.capFen), total: formatWan(r.capFen * BigInt(count)) }));
              }
            }
            // (另一位…两个人加起来: the last sums and these, below; no total over years of this one.)
            const plusEarlier = parts.some((p) => p.kind === 'plusEarlier');
            // (Nor beside each year's figure weighed against the ceiling, above: the ceiling times the years is no sum of them.)
            const years = plusEarlier || acrossYears || (computed.perInstance?.length ?? 0) > 0 ? null : totalOverYears(counted, computed);
            // 2个任务型创新联合体的联合攻关项目: an item counted per project, as many times as the projects said.
            for (const r of counted) {
              const n = reading.itemCounts?.[r.benefit];
              if (n && r.status === 'cap_only') remark(t('note.itemCount', { measure: r.measure, title: r.title, count: n, cap: formatWan(r.capFen), amount: formatWan(countedOf(r)) }));
            }
            // (完成建设以后还有吗？总共最多多少？任务型的联合攻关项目又是多少？: an item asked about in a question of its own,
            // new in this message, is not in the total asked of the topic's.)
            // (Not items asked as added: 绩效奖励最多还要加多少？今年总预算最多多少 sums them with the rest.)
            const alsoWords = [...(kb.vocabulary.intents.also?.phrases ?? []), ...kb.vocabulary.grammar.askedMore];
            const added = (id: string) => sentencesOf(reading.text).some((x) => (index.item(id)?.names ?? []).some((n) => x.includes(n)) && alsoWords.some((w) => !w.includes('…') && x.includes(w)));
            const totalWords = kb.vocabulary.intents.total?.phrases ?? [];
            const totalSentence = sentencesOf(reading.text).find((x) => totalWords.some((w) => !w.includes('…') && x.includes(w))) ?? '';
            // (…用了8万创新券，不算创新券，合计: not one named right after a word leaving it out.)
            const leftOut = (n: string) => findWord(totalSentence, n).some(([a]) => kb.vocabulary.grammar.leftOutOfSum.some((w) => totalSentence.slice(0, a).endsWith(w)));
            const summedHere = (id: string) => (index.item(id)?.names ?? []).some((n) => totalSentence.includes(n) && !leftOut(n));
            // (…还在江苏省科技资源统筹服务平台上用了8万创新券，两项合计最多多少: nor one named in the sentence asking the total.)
            // (…交易平台，能支持多少？和上一项加起来最多多少: a total of the item before with this one sums this one too.)
            // (…绩效奖励30万，这个市里能配套吗？跟创新券那笔加起来最多多少 after the vouchers: nor one whose sentence asking the
            // total names the earlier item — this one is summed with it.)
            // (…再新建一个…交易平台呢？两项都拿的话最多多少: nor where the sentence asking the total, or both had together,
            // counts them all.)
            const combinationWords = kb.vocabulary.intents.combination?.phrases ?? [];
            const togetherSentence = totalSentence || (sentencesOf(reading.text).find((x) => combinationWords.some((w) => !w.includes('…') && x.includes(w))) ?? '');
            const withEarlier = kb.vocabulary.grammar.earlierItem.some((w) => totalSentence.includes(w)) || state.earlier.some((id) => summedHere(id)) || findCounts(togetherSentence).some((c) => c.count === counted.length && c.count > 1);
            const apartAsked = (reading.questions ?? 0) > 1 && state.earlier.length > 0 && !withEarlier ? new Set(reading.items.filter((id) => !state.earlier.includes(id) && !added(id) && !summedHere(id))) : new Set<string>();
            // (…建设加接续一共最多多少？和前面任务型的能不能加在一起算: whether the earlier topic's item joins is the question
            // the rule answers; the total asked is of the others.)
            // (Not one this message names itself: …优秀绩效奖励和服务机构奖励都拿满，一共最多多少 sums all three.)
            const joinAsked = reading.intents.includes('combination') && part.total && counted.some((r) => state.earlier.includes(r.benefit) && !summedHere(r.benefit)) && counted.filter((r) => !state.earlier.includes(r.benefit)).length > 1;
            // (…合同150万…创新券6万…还报了一个揭榜项目，前两项合计: the items the message names first, by where their name or
            // figure stands.)
            const firstAt = (id: string) => Math.min(...[...(index.item(id)?.names ?? []), ...state.amounts.filter((a) => a.fact === index.baseFact(id)).map((a) => a.raw)].map((w) => reading.text.indexOf(w)).filter((at) => at >= 0), Infinity);
            const firstOnes = reading.firstItems !== undefined && counted.length > reading.firstItems ? [...counted].sort((a, b) => firstAt(a.benefit) - firstAt(b.benefit)).slice(0, reading.firstItems) : null;
            const inSum = firstOnes ?? (joinAsked ? counted.filter((r) => !state.earlier.includes(r.benefit)) : apartAsked.size > 0 && counted.some((r) => state.earlier.includes(r.benefit)) ? counted.filter((r) => !apartAsked.has(r.benefit)) : counted);
            const sumFen = inSum.reduce((s, r) => s + countedOf(r), 0n);
            // (那生态型呢？我听同行说能拿1500万，是真的吗: the sum quoted is the items' ceilings added — said so, with what
            // comes only after another.)
            // (这个项目同时也是…联合攻关项目，能不能揭榜拿500万、联合体再拿500万，一共1000万: one project under two items of
            // this text — whether it may have both is what the text leaves open; their sum only if it may.)
            const oneProject = inSum.length > 1 && kb.vocabulary.grammar.oneProject.some((w) => reading.text.includes(w));
            const bothOpen = oneProject ? withinOpen(inSum.map((r) => r.benefit)) : '';
            if (oneProject && !out.text.includes(bothOpen)) remark(bothOpen);
            const quotedSum = !oneProject && !sums && !reading.intents.includes('combination') && inSum.length > 1 && (reading.quoted ?? []).some((q) => yuanStringToFen(q) === sumFen);
            if (quotedSum) remark(t('total.quotedSum', { quoted: formatWan(sumFen) }));
            if (years) remark(years);
            else if (oneProject) remark(t('total.ifCombined', { count: inSum.length, amount: totalled(sumFen) }));
            // (第一份更正一下：…三等奖…合计最高变成多少 after two items' total: the total asked, one of them left out, is the other's.)
            else if (part.total && inSum.length === 1 && computed.results.some((r) => r.status === 'not_eligible')) remark(t('total.onlyOne', { item: index.itemName(inSum[0]!.benefit), amount: totalled(sumFen) }));
            else if ((sums || quotedSum) && inSum.length > 1 && parties === 1) {
              // (那这种平台总共最多不就是1.5亿: a sum quoted that is not the total is said not to be.)
              // (Not a sum of some of them: 生态型这块最多1500万对吧？再加上任务型的500万 quotes the one item's two supports.)
              const partSums = new Set<bigint>([0n]);
              if (inSum.length <= PART_SUMS_MAX) for (const r of inSum) for (const s of [...partSums]) partSums.add(s + countedOf(r));
              const misquoted = (reading.quoted ?? []).map((q) => yuanStringToFen(q)!).find((q) => q !== sumFen && !partSums.has(q) && q > (counted.reduce((m, r) => (r.capFen > m ? r.capFen : m), 0n)));
              if (misquoted !== undefined) remark(t('total.notQuoted', { quoted: formatWan(misquoted), amount: totalled(sumFen) }));
              // (合计1500万，对吗: the total claimed is the ceilings' sum, said so.)
              else if (sums && claimAsked && (reading.quoted ?? []).some((q) => yuanStringToFen(q) === sumFen)) remark(t('total.quotedRight', { amount: totalled(sumFen) }));
              // (…30%的补助…能和揭榜的一起拿吗: whether they go together is what the text leaves open; their sum only if they do.)
              // (Not a total asked — 都拿满的话总共多少 — nor the most of all said with them: 同时申报…理论上最多能拿多少.)
              const trimmed = reading.text.replace(edgePunctuation, '');
              const lastClause = trimmed.slice(clauseAt(trimmed, Math.max(0, trimmed.length - 1))[0]);
              const lastAsksTogether = (kb.vocabulary.intents.combination?.phrases ?? []).some((w) => !w.includes('…') && lastClause.includes(w));
              const together = lastAsksTogether && !reading.intents.includes('total') && !COMBINATION_FACTS.some((f) => state.facts[f] !== undefined) && inSum.length === counted.length;
              remark(t(together ? 'total.ifCombined' : inSum.length < counted.length ? 'total.ofTopic' : 'total', { count: inSum.length, amount: totalled(sumFen), items: inSum.map((r) => index.itemName(r.benefit)).join('、') }));
              // (明年…1个生态型创新联合体平台，要准备多少预算: support given only after another, “可再给予”, is said apart.)
              for (const r of inSum) {
                const b = index.benefits.get(r.benefit)!.benefit;
                const before = b.after ? inSum.find((x) => x.benefit === b.after) : undefined;
                if (!before) continue;
                // (Not where the message adds it, named: 加上接续支持呢.)
                // (Nor by a name it shares with the one before it: 另外还有4个揭榜类项目 beside 1个新认定的生态型…重大创新平台.)
                const beforeNames = index.benefits.get(before.benefit)!.benefit.names;
                const ownName = b.names.some((n) => reading.text.includes(n) && !beforeNames.includes(n));
                const added = reading.intents.includes('also') && reading.items.includes(r.benefit) && ownName;
                if (!added) remark(t('total.laterPart', { item: index.itemName(r.benefit), before: index.itemName(before.benefit), quote: b.quote, amount: formatWan(sumFen - countedOf(r)) }));
              }
            }
            // 生态型那个前后加起来最多多少？能不能再跟任务型那500万叠加: whether they combine is said by the rule; the total
            // asked of one item's supports (its construction and follow-on) is given.
            else if (part.total && !sums) {
              const done = new Set<string>();
              for (const r of counted) {
                if (done.has(r.benefit)) continue;
                const group = counted.filter((x) => x.benefit === r.benefit || sameSubject(r.benefit, x.benefit, counted.map((y) => y.benefit)));
                for (const x of group) done.add(x.benefit);
                if (group.length < 2 || group.length === counted.length) continue;
                const parts = group.map((x) => t('total.part', { measure: x.measure, title: x.title, amount: formatWan(countedOf(x)) }));
                remark(t('total.over', { parts: parts.join(' + '), amount: totalled(group.reduce((sum, x) => sum + countedOf(x), 0n)) }));
              }
            }
            // (合计多少 of several parties' items: no one party's sum, but what they come to together, said so.)
            if (part.total && counted.length > 1 && parties > 1) remark(t('total.severalParties', { count: counted.length, amount: totalled(sumFen) }));
            else if (parties > 1 && new Set(counted.filter((r) => r.status === 'computed').map((r) => r.beneficiary)).size > 1) remark(t('note.severalParties'));
            // 中试平台有补贴吗: the same item's other benefit, told apart only by qualifiers (绩效优秀，每年), is said too.
            const shown = new Set(computed.results.map((r) => r.benefit));
            for (const r of computed.results) {
              const qualified = (index.benefits.get(r.benefit)?.benefit.qualifiers.length ?? 0) > 0;
              for (const sib of index.siblings(r.benefit)) {
                const b = index.benefits.get(sib.id)?.benefit;
                if (!b || shown.has(b.id) || b.qualifiers.length > 0 === qualified) continue;
                shown.add(b.id);
                remark(t('note.laterReward', { measure: index.benefits.get(b.id)!.measure, title: b.title, cap: yuanAsWritten(b.cap.yuan), per: perOf(b) }));
              }
            }
            for (const c of computed.checks) out.cite(quoteCitation(c.measure, c.citations[0]!.excerpt));
            for (const r of computed.results) out.cite(quoteCitation(r.measure, r.citations[0]!.excerpt));
            if (computed.results.some((r) => r.combination)) out.cite(quoteCitation(0, doc.combination.quote));
            const measures = [...new Set([...computed.checks.map((c) => c.measure), ...computed.results.map((r) => r.measure), ...summedMeasures])];
            tail.push(t('clause', { measures: measures.map((m) => `${measureRef(m)}（${kb.measures[m]?.heading ?? ''}）`).join('、') }));
            // Not when the answer already said the validity or the combination rule above.
            const saidAbove = parts.some((p) => p.kind === 'document' && (p.topic === 'validity' || p.topic === 'combination'));
            if (computed.results.length > 0 && !state.said.includes('footer') && !saidAbove) {
              tail.push(t('footer', { validity, principle: doc.combination.principle, interpreters: doc.interpreters.join('、') }));
              state.said.push('footer');
            }
            break;
          }
        }
      }
      // 这块预算只有100万，够不够？差多少: the budget against the total said (or the one item's amount, with no total).
      const budgetSaid = reading.budget ?? (reading.budgetAsked ? state.budget : null);
      if (budgetSaid !== null) {
        const counted = (computed?.results ?? []).filter(comesTo);
        const total = totalSaid ?? (counted.length === 1 ? countedOf(counted[0]!) : null);
        if (total !== null) {
          const budget = yuanStringToFen(budgetSaid)!;
          const vars = { budget: formatWan(budget), total: formatWan(total), rest: formatWan(fenApart(budget, total)) };
          remark(t(budget > total ? 'budget.enough' : budget === total ? 'budget.exact' : 'budget.short', vars));
        }
      }
      // (那换成概念验证中心，同样的情况加起来是多少？两者差多少 after the pilot platform's total: this total against the last.)
      // (Only of a total whose items are not the last one's — 换成概念验证中心 after the pilot platform's — not two things
      // weighed in this message, 两项各多少？两者差多少, nor a total that took the last one's items in.)
      const said = totalSaid;
      const totalBefore = state.totalSaid === null ? null : yuanStringToFen(state.totalSaid)!;
      /** Whether the line saying this total names none of the last turn's items: a total of others than the last one's. */
      const ofOtherItems = (fen: bigint) => {
        const totalLine = [...out.text].reverse().find((x) => x.includes(formatWan(fen)));
        const titlesBefore = state.resultsBefore.flatMap((x) => index.benefits.get(x.benefit)?.benefit.title ?? []);
        return titlesBefore.length > 0 && totalLine !== undefined && titlesBefore.every((title) => !totalLine.includes(title));
      };
      if (reading.difference === true && !differenceSaid && budgetSaid === null && said !== null && totalBefore !== null && totalBefore !== said && reading.items.length <= 1 && !reading.intents.includes('each') && ofOtherItems(said)) {
        remark(t('total.differenceTurns', { before: formatWan(totalBefore), now: formatWan(said), diff: formatWan(fenApart(totalBefore, said)) }));
      }
      // (如果这5家第二年绩效评价都优秀，当年的绩效奖励最多又是多少？两年合计呢 after the supports of the year before: a total
      // of one year's items, then two years asked in a question of their own, is the two turns' totals added.)
      const twoYearsAsked = () => {
        const { yearSpanLeads: yearLeads, yearSpanTails: tails, yearSpanWithin: within } = kb.vocabulary.grammar;
        const last = sentencesOf(reading.text).filter((x) => bareLength(x) > 0);
        return last.length > 1 && findYearCount(last.at(-1)!, { leads: yearLeads, tails, within }) === 2 && (kb.vocabulary.intents.total?.phrases ?? []).some((w) => !w.includes('…') && last.at(-1)!.includes(w));
      };
      // (Not where this total took the year before's items in: 加上前面的，两年合计.)
      const takenIn = () => (computed?.results ?? []).some((r) => comesTo(r) && state.resultsBefore.some((x) => x.benefit === r.benefit));
      if (said !== null && totalBefore !== null && !differenceSaid && budgetSaid === null && state.lastTotal?.years === 1 && !takenIn() && twoYearsAsked() && ofOtherItems(said)) {
        remark(t('total.twoTurnsYears', { before: formatWan(totalBefore), now: formatWan(said), amount: totalled(totalBefore + said) }));
      }
      // (跟任务型创新联合体的攻关项目资助比，哪个高 after the ecological platform's total: the one item named now against it.)
      // (这个跟企业用创新券的联动奖补比，哪个上限高: an item still waiting for its base is weighed by its ceiling.)
      const weighedNow = reading.difference === true && !differenceSaid && said === null && budgetSaid === null && !reading.intents.includes('each') ? (computed?.results ?? []).filter((r) => comesTo(r) || waitsForBase(r)) : [];
      const lastTurn = weighedNow.length === 1 ? input.parts.find((p): p is Extract<Part, { kind: 'compute' }> => p.kind === 'compute')?.lastResults ?? [] : [];
      const itemNow = weighedNow.length === 1 && reading.items.length === 1 && reading.items[0] === weighedNow[0]!.benefit && !lastTurn.some((x) => x.benefit === weighedNow[0]!.benefit) ? weighedNow[0]! : undefined;
      // (概念验证中心呢？哪个多 after the pilot platform's support: or the one item the last answer came to, as it came to —
      // by the two ceilings where they are asked of, 哪个上限高.)
      const lastOne = lastTurn.length === 1 && index.benefits.has(lastTurn[0]!.benefit) ? lastTurn[0]! : undefined;
      const byCeilings = itemNow !== undefined && kb.vocabulary.grammar.ceilingsWeighed.some((w) => reading.text.includes(w));
      const weighedBefore = totalBefore ?? (lastOne ? (byCeilings ? yuanToFen(index.benefits.get(lastOne.benefit)!.benefit.cap.yuan) : yuanStringToFen(lastOne.yuan)!) : null);
      if (weighedBefore !== null && itemNow !== undefined) {
        const now = byCeilings && totalBefore === null ? itemNow.capFen : countedOf(itemNow);
        const earlier = totalBefore !== null || !lastOne ? t('total.earlierTotal') : index.itemName(lastOne.benefit);
        // (What the case came to is said as it is, a ceiling as the most.)
        const worked = totalBefore === null && lastOne !== undefined && !byCeilings && lastOne.capOnly !== true;
        const before = worked ? formatWan(weighedBefore) : t('total.atMost', { amount: formatWan(weighedBefore) });
        const nowSaid = itemNow.status === 'computed' && !byCeilings ? formatWan(now) : t('total.atMost', { amount: formatWan(now) });
        if (now !== weighedBefore) remark(t(now < weighedBefore ? 'total.differenceItemBelow' : 'total.differenceItemAbove', { item: index.itemName(itemNow.benefit), now: nowSaid, earlier, before, diff: formatWan(fenApart(weighedBefore, now)) }));
      }
      state.totalSaid = totalSaid === null ? null : fenToYuanString(totalSaid);
      // One question at a time, at the end of a computing answer.
      if (!question && state.pending) {
        question = questionFor(state.pending, [...state.focus.benefits, ...state.focus.checks]);
        remark(t('question', { ask: question.text, example: question.example }));
      }
      for (const line of tail) remark(line);
      // How a mistyped message was read comes after the answer, which leads with the result.
      if (typoLine) remark(typoLine);
      // Never an empty answer: a turn whose parts said nothing says so, and how to ask.
      if (out.text.filter(Boolean).length === 0 && out.remarks.length === 0 && calculations.length === 0 && checks.length === 0) out.text.push(t('nothingSaid', {}));
      return { answer: out.text.filter(Boolean).join('\n\n'), remarks: out.remarks, citations: out.citations, calculations, checks, ...(question ? { question } : {}) };
    },
  };
}

export type Composer = ReturnType<typeof createComposer>;


export { formatFen, formatYuanFen };
