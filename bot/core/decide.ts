/**
 * Deciding a turn: a pure function from the session state and the reading
 * of a message (with retrieval's best clauses) to the next state and the
 * parts of the answer, as an ordered list of small named handlers in the
 * style of grammY's middleware. A handler adds parts, may change the next
 * state, and says whether later handlers still run.
 */
import { fenToYuanString, yuanStringToFen, yuanToFen } from '../../eligibility/index.ts';
import { againstValidity, type Benefit, type IntentId, type KnowledgeBase, type Provision } from '../../knowledge/index.ts';
import { OTHER_POLICY, edgePunctuation, factsTestedBy, siblingsByName, thisYearWords, topUpWordsOf, wordsOfFact, type Reading, type RefusedFigure, type StatedAmount, type StatedFacts } from './read.ts';
import { PARTY_COUNTER, findAmounts, findCounts, normalizeDigits, percentAsMatch } from './numbers.ts';
import { cloneSession, emptySession, withOwnFacts, type SessionState } from './sessions.ts';
import { clauseAt, clauseIndex, findWord, followedBy, inYesNoPair, isNegated, questionsBefore, relativeYearsIn, sentenceAt, sentencesOf, withoutWords } from './words.ts';

/** What retrieval found, as far as deciding needs it. */
export interface SearchSummary {
  /** The question is about the policy at all. */
  cited: boolean;
  /** Measures by rank. */
  measures: number[];
  /** Benefits and provisions stated in the best clauses, best first. */
  items: string[];
}

/** One part of the answer, rendered by compose.ts (computations first run by the engine). */
export type Part =
  | { kind: 'reset' }
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'refused'; figure: RefusedFigure }
  | { kind: 'converted'; from: string; to: string }
  /** 注册资本5000万…会影响补助额度吗: the asker's own circumstances, on which no measure reckons. */
  | { kind: 'ownFigures'; figures: { raw: string; word: string }[] }
  | { kind: 'elsewhere'; place: string }
  | { kind: 'otherProgramme'; name: string }
  | { kind: 'assumedRole'; fact: string; value: string }
  /** Facts a what-if of the last turn changed, back to what was said before it (要是区里的比赛获奖呢, then 投资有时间要求吗). */
  | { kind: 'backToSaid'; facts: Record<string, string | number | boolean> }
  | { kind: 'typo'; text: string }
  | { kind: 'document'; topic: DocumentTopic; /** 区里给30万，市里…45万: this policy's sum and the other's, said with nothing named, in yuan. */ weighed?: { ours: string; theirs: string } }
  | { kind: 'department'; department: string; exclude: boolean; /** 第四条有没有要求区政府负责: the measures it is asked of. */ of?: number[]; /** 刚才这三条里…没有: the measures said last it is looked for among. */ among?: number[] }
  | { kind: 'measureDepartments'; measure: number }
  | { kind: 'sharedDepartments'; measures: number[] }
  | { kind: 'addedLeftOut'; yuan: string; conditions: string[] }
  | { kind: 'measure'; measure: number }
  | { kind: 'absentMeasure'; measure: number }
  | { kind: 'provision'; id: string; /** Asked whether it is the same as another described before (是一回事吗). */ comparedWith?: string; /** Money asked in another question, of the topic's items worked out beside it (资助给谁，最高多少), not of this one. */ moneyApart?: true; /** Its rule asked (具体怎么规定的): its sentence is quoted. */ quoted?: true }
  /** 医院属于科研事业单位吗: whether a kind belongs to a group the text lists. */
  | { kind: 'category'; name: string; party: string; member: boolean; open?: true; apart?: true }
  | { kind: 'compute'; benefits: string[]; checks: string[]; total: boolean; /** 假设比例是20%: a share supposed per benefit whose text leaves it open. */ assumedRates?: Record<string, string>; /** The turn before gave a total (of which one item may be changed now). */ totalBefore?: true; /** What the last turn's items came to, beside a total before. */ lastResults?: SessionState['lastResults'] }
  | { kind: 'clauses'; measure: number }
  | { kind: 'assumedYearly'; fact: string }
  | { kind: 'askerOutside'; place: string; /** Asked of the scope itself, with no amount worked out. */ scope?: true }
  /** 这个平台在江阴，不在市区，算不算: places of Wuxi's own said of the case asked about, in scope. */
  | { kind: 'inside' }
  | { kind: 'partnerOutside'; place: string; /** The other party of the figures when the items want no partner of its kind. */ party?: string }
  | { kind: 'elsewhereToo'; place: string }
  | { kind: 'otherProgrammeToo'; name: string }
  | { kind: 'whichMeasure'; ids: string[] }
  /** `second`: another date of the same event (signed in August, registered in October). */
  | { kind: 'eventDate'; /** Null of an event no fact names (立项). */ fact: string | null; date: string; second?: boolean; /** The figure of several left out for this date, as said. */ leftOut?: string }
  /** 去年5000万，今年3000万: no yearly increase, so nothing to compute on for these benefits. */
  | { kind: 'noIncrease'; benefits: string[]; past?: string; current?: string; years?: [string, string] }
  /** 8月份签的: a month with no year, answered for each year it may be. */
  | { kind: 'undatedMonth'; fact: string; month: number }
  | { kind: 'reask'; fact: string; notStated?: boolean; /** Money asked of these items, which give none (有没有补贴 of 先使用后付费). */ noMoney?: string[] }
  /** Whom the money of these benefits goes to; `internal` when a person or group inside a receiving institution is asked about. */
  | { kind: 'recipient'; benefits: string[]; internal: boolean }
  /** 写“最高1000万”的有哪几条: the items whose ceiling is one of these sums. */
  | { kind: 'byCap'; fens: bigint[]; by?: string }
  /** 哪些条目是按1:1联动配套的: the items whose rate is the share quoted, as a percentage. */
  | { kind: 'byRate'; percent: string }
  /** 合同签多少能拿满100万: the base at which each item's rate reaches its ceiling. */
  | { kind: 'toCap'; benefits: string[] }
  /** 学校说应该按1.2亿的10%算，拿满500万，对不对: a sum claimed on this year's whole total, not its increase. */
  | { kind: 'onYearTotal'; fact: string; total: string; quoted: string }
  /** 2028年9月…来申报2028年上半年使用创新券的: done within the validity, applied for after it. */
  | { kind: 'appliedLate'; done: string; applied: string }
  /** 这两家一共 / 两年加起来: what the last two turns' items came to, together. */
  | { kind: 'sumTurns'; turns: SessionState['lastResults'][] }
  | { kind: 'yearsSummed'; results: SessionState['lastResults'] }
  /** 这三家合计: the applicants worked out one by one, with the count as said (三家) and items left out as given only after another (本次). */
  | { kind: 'sumApplicants'; applicants: SessionState['applicantResults']; counted?: string; later: string[]; /** The places of the ones summed, when named by place (第一家和…这家). */ places?: number[] }
  | { kind: 'diffTurns'; benefit: string; before: string; last: string }
  /** 能拿500万吗 of the topic: a sum hoped for, weighed against the topic's ceilings. */
  | { kind: 'hoped'; fen: bigint }
  /** 其中两个项目每项只核定30万: an item paid per item worked out on the sum granted for each (of so many; the rest at the ceiling). */
  | { kind: 'grantedEach'; benefit: string; fen: bigint; count?: number }
  /** Nothing actually transacted (实际成交是0): what the items reckoned on the amount transacted give, with what was signed. */
  | { kind: 'actualNothing'; titles: string[]; signed: bigint | null }
  /** 甲说按10%就应该拿满200万: a sum said to be due at the top of a rate the text gives as an upper bound, with the base it is of. */
  | { kind: 'upToHoped'; benefit: string; said: bigint; base: bigint | null }
  /** Items set beside the ones computed when they are compared, not worked out (another party's). */
  | { kind: 'compareWith'; benefits: string[] }
  /** 另一位是一千五百万，两个人加起来: what the last turn's items came to, to add to this one's of the same items. */
  | { kind: 'plusEarlier'; results: { benefit: string; yuan: string; year?: string; capOnly?: true }[]; /** The year this turn's figure is of, the results the other years' sums. */ year?: string }
  /** Whether the topic's benefits are for this kind of party (我们是企业，这条也适用吧). */
  /** Y企业其中一项同时拿了区里的同类奖励60万: another policy's sum for one project of a counted applicant, weighed against the item's most for a project. */
  | { kind: 'projectElsewhere'; label: string; /** The other policy's sum for one project (yuan). */ other: string; /** The item's most for a project (yuan). */ each: string; /** The applicant's count this item pays for now. */ count: number; higher: boolean }
  /** 其中2个项目对接的只是…普通企业的实验室: a part of the count left out for a condition it fails, the rest counted. */
  | { kind: 'countLeftOut'; part: number; rest: number; conditions: string[]; voided?: true; /** When the part was done, before the measures took effect. */ before?: string }
  /** 这13项里有5项其实是去年落地的: a part of the count of a year before (offset from this one, by its word), the rest this year's. */
  | { kind: 'countYearBefore'; part: number; rest: number; word: string; offset: number }
  /** 有一半的券是在外省的平台上用的: half of the figure left out for a condition it fails, the rest worked out (yuan). */
  | { kind: 'halfLeftOut'; whole: string; rest: string; conditions: string[]; part?: string; voided?: boolean; noted?: boolean }
  /** 个人发明人能申请产学研合作补助吗: items named whose money goes to no person, asked whether a person may apply. */
  | { kind: 'individualsOf'; benefits: string[] }
  | { kind: 'appliesTo'; party: string; benefits: string[]; /** Conditions the message says that party fails (facts). */ failed?: string[]; /** Items with no money addressed to kinds (第4条's 科研事业单位), and the words naming the party. */ provisions?: string[]; said?: string; /** The party's own items on such figures, as its kind reads them (a hospital's yearly new contracts). */ instead?: string[] }
  /** A short question on the topic just answered that names nothing the assistant knows: the text does not say. */
  | { kind: 'unstated'; items: string[]; payment?: boolean; criteria?: boolean; funder?: boolean; tax?: boolean; regulated?: string }
  /** Notes of the items in focus on points their text leaves open, whose words the message holds; `back`: the question still waiting. */
  | { kind: 'openPoint'; items: string[]; notes: string[]; back: string | null }
  | { kind: 'vague'; party: string | null; /** Others' benefits the figures stated put in play (the university's, the enterprise's), not the asker's. */ othersOnFigures?: string[] }
  | { kind: 'outOfScope' };

export type DocumentTopic = 'overallCap' | 'issuer' | 'issueDate' | 'measureCount' | 'validity' | 'interpretation' | 'scope' | 'guide' | 'list' | 'combination' | 'addressees' | 'noAmountList' | 'rateList' | 'largest' | 'smallest' | 'adjustment' | 'funder' | 'individuals' | 'registration' | 'thresholds' | 'renewal' | 'localRules';

export interface Decision {
  state: SessionState;
  parts: Part[];
  /** Decided without retrieval and found it needs the best clauses: search, then decide again. */
  needsSearch: boolean;
}

interface Ctx {
  kb: KnowledgeBase;
  index: ItemIndex;
  reading: Reading;
  /** Retrieval's best clauses, or null when not looked up yet (most turns never need them). */
  search: SearchSummary | null;
  needsSearch: boolean;
  prev: SessionState;
  next: SessionState;
  parts: Part[];
  /** The message continues the conversation's topic (an answer, a correction, 如果是…呢). */
  continues: boolean;
  /** 其中500万那个合同是2025年7月签的: the figure pointed at, left out for the date said of it (droppedFigure). */
  leftOut?: string;
  /** 市里按第六条可以补60万，区里…80万: the one item of a measure named that the message is about (namedMeasures). */
  ofMeasure?: string[];
  /** 假设申报指南定的比例是20%: the share supposed for the topic's items whose text leaves it open (assumedRate). */
  assumedRates?: Record<string, string>;
}

type Handler = (ctx: Ctx) => 'stop' | void;

const has = (ctx: Ctx, ...ids: IntentId[]) => ids.some((i) => ctx.reading.intents.includes(i));
/** Where the phrases of an intent stand in a text ([start, end] of each find). */
export const phraseFinds = (kb: KnowledgeBase, intent: IntentId, text: string): [number, number][] => (kb.vocabulary.intents[intent]?.phrases ?? []).flatMap((w) => findWord(text, w));

/**
 * Whether a total is asked of the several applicants whose own figures the message gives alone (一家…8万元，另一家用了
 * 12万元，两家…合计多少) — not with the earlier ones added (…加上前面的，累计多少).
 */
function totalOfOwnFigures(kb: KnowledgeBase, index: ItemIndex, r: Reading): boolean {
  const own = r.amounts.filter((a) => a.own);
  if (own.length < 2) return false;
  // (…另一家用了12万元，合计多少 / 它们一共: with no word adding beyond the one opening the message — 加上前面的,
  // 加上刚才的 — nor another item named than theirs.)
  const adding = phraseFinds(kb, 'also', r.text).some(([at]) => at > 0);
  const bases = new Set(own.map((a) => a.fact));
  // (Nor the asker speaking of its own: 连同我们的合同补助.)
  return !adding && !r.speaker && r.items.length <= 1 && r.items.every((id) => bases.has(index.baseFact(id) ?? ''));
}
/** Who pays the topic's items, or how their money is paid, asked beside another question: the text does not say (the unstated point). */
const unstatedOfTopic = (prev: SessionState, point: 'funder' | 'payment' | 'criteria', items: readonly string[] = prev.focus.benefits): Part => ({ kind: 'unstated', items: [...items], [point]: true });
/** The points items leave open that a message asks (each item with its notes), as one part: each note said once. */
const openPointOf = (found: readonly { id: string; notes: readonly string[] }[], back: string | null): Part => ({ kind: 'openPoint', items: found.map((f) => f.id), notes: [...new Set(found.flatMap((f) => f.notes))], back });
/** The starts of the clauses that hold the finds. */
const clauseStarts = (text: string, finds: readonly [number, number][]) => new Set(finds.map(([a]) => clauseAt(text, a)[0]));
/** The facts of another policy's award, weighed against an item under 从优、就高、不重复. */
export const COMBINATION_FACTS: readonly string[] = Object.values(OTHER_POLICY);

/** Whether a message names another policy, of a higher level or placed (区里也有…补贴, 省里): 从优、就高 is then of it. */
export const otherPolicyNamed = (kb: KnowledgeBase, text: string): boolean =>
  kb.vocabulary.grammar.higherLevels.some((w) => text.includes(w)) || localPolicyNamed(kb, text);
/** Whether a message names another policy of the city's own levels by the words that place it (区里也有…补贴, 区对…按). */
export const localPolicyNamed = (kb: KnowledgeBase, text: string): boolean =>
  (kb.vocabulary.facts.otherPolicyAmountYuan?.cues?.within ?? []).some((w) => findWord(text, w).length > 0);
/**
 * Whether a message asks which department leads or takes applications (发改牵头还是科技局牵头, 找区科技局报还是市科技局报),
 * or offers two departments as a choice (是找市科技局还是找工信局): the text names none to choose.
 */
export const leadAsked = (kb: KnowledgeBase, r: Pick<Reading, 'text' | 'departments'>): boolean =>
  kb.vocabulary.grammar.leadAsked.some((w) => findWord(r.text, w).length > 0) || (r.departments.length > 1 && kb.vocabulary.grammar.alternatives.some((w) => r.text.includes(w)));
/** The lengths (in characters, without edge punctuation) of a question that may be one the text leaves open. */
const UNSTATED_MIN = 5;
const UNSTATED_MAX = 16;
/** Longer may be one that asks how money is paid (那项目批下来以后，钱是一次性拨付还是分期拨) or who pays (这个联动奖补需要区里分担一部分资金吗). */
const UNSTATED_MAX_LONG = 28;

/** Whether the message's figures were read year by year (2026年度 1800万, 2027年度 1200万). */
const yearByYear = (r: Reading) => r.instances?.some((i) => i.year !== undefined) === true;
const topical = (s: SessionState) => s.focus.benefits.length > 0 || s.focus.checks.length > 0;
/** Every item the conversation is on: benefits, checks and provisions described. */
const focusItems = (s: SessionState) => [...s.focus.benefits, ...s.focus.checks, ...s.focus.described];

/** Which benefits and provisions the knowledge base holds, by id, with their measure. */
export function createItemIndex(kb: KnowledgeBase) {
  const benefits = new Map<string, { measure: number; benefit: Benefit }>();
  const provisions = new Map<string, { measure: number; provision: Provision }>();
  for (const m of kb.measures) {
    for (const b of m.benefits) benefits.set(b.id, { measure: m.number, benefit: b });
    for (const p of m.provisions) provisions.set(p.id, { measure: m.number, provision: p });
  }
  /** The amount or count a benefit computes on. */
  const baseFact = (id: string): string | null => {
    const b = benefits.get(id)?.benefit;
    return b?.base?.fact ?? b?.perItem?.fact ?? null;
  };
  // Facts who is speaking states (我是科研人员): they say nothing about which item is asked.
  const partyFacts = new Set(Object.values(kb.vocabulary.parties).flatMap((p) => [...Object.keys(p.asSelf), ...Object.keys(p.asCounterparty)]));
  const saidOfSelf = Object.values(kb.vocabulary.parties).flatMap((p) => Object.keys(p.asSelf));
  const kindFacts = new Set(saidOfSelf.filter((f, i) => saidOfSelf.indexOf(f) !== i));
  const personFacts = new Set(Object.values(kb.vocabulary.parties).filter((p) => p.person).flatMap((p) => Object.keys(p.asSelf)));
  const partnerSide = new Set(Object.values(kb.vocabulary.parties).flatMap((p) => Object.keys(p.asCounterparty)));
  const dateFacts = new Set(kb.facts.facts.filter((f) => f.kind === 'date').map((f) => f.id));
  const figureFacts = new Set(kb.facts.facts.filter((f) => f.kind === 'amount' || f.kind === 'count').map((f) => f.id));
  // The facts each item's conditions test, worked out once: deciding asks for them many times a turn.
  // (Not the fact of a condition a review decides — 还没通过认定 — which the user may state but is never asked.)
  const factsOf = factsTestedBy(kb);
  const conditionFacts = (ids: readonly string[]): string[] => (ids.length === 1 ? [...(factsOf.get(ids[0]!) ?? [])] : ids.flatMap((id) => factsOf.get(id) ?? []));
  const reviewedFacts = (ids: readonly string[]): string[] => ids.flatMap((id) => [...(benefits.get(id)?.benefit.conditions ?? []), ...(provisions.get(id)?.provision.conditions ?? [])].flatMap((c) => (c.fact && c.decidedBy === 'review' ? [c.fact] : [])));
  const yearlyMeasures = new Set([...benefits.values()].filter(({ benefit }) => benefit.cap.per === 'per_year').map(({ measure }) => measure));
  const ofYearlyMeasures = [...benefits].filter(([, { measure }]) => yearlyMeasures.has(measure)).map(([id]) => id);
  const ratingFacts: ReadonlySet<string> = new Set([...conditionFacts(ofYearlyMeasures), ...reviewedFacts(ofYearlyMeasures)]);
  const allItems = [...[...benefits.values()].map((x) => x.benefit), ...[...provisions.values()].map((x) => x.provision)];
  const servingFacts = new Map<string, ReadonlySet<string>>();
  const siblingsOf = siblingsByName(allItems);
  const shared = new Set(conditionFacts([...benefits.keys()]));
  const matchBases = new Set([...benefits.values()].flatMap(({ benefit }) => (benefit.rate?.kind === 'match' && benefit.base ? [benefit.base.fact] : [])));
  const ownFacts = new Map([...provisions.keys()].map((id) => [id, conditionFacts([id]).filter((f) => !shared.has(f) && !partyFacts.has(f))]));
  /** A benefit or provision alike: its measure, title, sentence, names and notes on what its text leaves open. */
  const item = (id: string): { measure: number; title: string; quote: string; names: readonly string[]; open: Benefit['open'] } | undefined => {
    const b = benefits.get(id);
    if (b) return { measure: b.measure, title: b.benefit.title, quote: b.benefit.quote, names: b.benefit.names, open: b.benefit.open };
    const p = provisions.get(id);
    return p && { measure: p.measure, title: p.provision.title, quote: p.provision.quote, names: p.provision.names, open: p.provision.open };
  };
  /**
   * The item's notes on what its text leaves open whose words a message holds, each with the words it holds; the note
   * holding the longest word first (不是市场化运作 before 市场化运作 before 事业单位).
   */
  const longest = (words: string[]) => Math.max(...words.map((w) => w.length));
  const noteFinds = (id: string, text: string): { note: string; words: string[]; leavesOut: boolean }[] =>
    (item(id)?.open ?? [])
      .filter((o) => (o.with.length === 0 || o.with.some((w) => findWord(text, w).length > 0)) && !o.unless.some((w) => findWord(text, w).length > 0))
      .map((o) => ({ note: o.note, words: o.words.filter((w) => findWord(text, w).length > 0), leavesOut: o.leavesOut }))
      .filter((o) => o.words.length > 0)
      .sort((a, b) => longest(b.words) - longest(a.words));
  /**
   * 中试服务平台今年刚通过认定，明年绩效评价如果是优秀: how many years after the year of the items given once the yearly
   * items' year is said to be (1 here), from the years said in the clauses of their words; undefined when not both said.
   */
  /** Whether a benefit's ceiling is paid each year (the excellence rewards), not once. */
  const yearly = (id: string) => benefits.get(id)?.benefit.cap.per.endsWith('per_year') ?? false;
  /** The words a benefit is said by: its names, keywords and qualifiers. */
  const ownWords = (id: string): string[] => { const b = benefits.get(id)!.benefit; return [...b.names, ...b.keywords, ...b.qualifiers]; };
  const yearlyLater = (text: string, ids: readonly string[]): number | undefined => {
    const yearOfClause = (words: readonly string[]) => {
      const offsets = new Set(words.flatMap((w) => findWord(text, w)).flatMap(([a]) => { const [from, to] = clauseAt(text, a); return relativeYearsIn(text.slice(from, to), kb.vocabulary.grammar.relativeYears); }));
      return offsets.size === 1 ? [...offsets][0]! : undefined;
    };
    const known = ids.filter((id) => benefits.has(id));
    // (Words of the support the rewards share — the platform's name, 中试 — say no year of the support.)
    const rewardWords = new Set(known.filter(yearly).flatMap(ownWords));
    const onceYear = yearOfClause(known.filter((id) => !yearly(id)).flatMap(ownWords).filter((w) => !rewardWords.has(w)));
    const rewardYear = yearOfClause(known.filter(yearly).flatMap((id) => benefits.get(id)!.benefit.qualifiers));
    // (今年认定当年就评为优秀: the same year said, none later.)
    // (明年如果其中1家中试…绩效评为优秀…两年合计 after the supports of platforms just recognised: the supports said of no
    // year are this year's, the rewards' year later.)
    const supportYear = onceYear ?? (rewardYear !== undefined && rewardYear > 0 ? 0 : undefined);
    return supportYear !== undefined && rewardYear !== undefined ? Math.max(0, rewardYear - supportYear) : undefined;
  };
  return {
    yearlyLater,
    yearly,
    ownWords,
    benefits,
    provisions,
    item,
    /** The amount and count facts: a figure's, not what is said of an applicant. */
    figureFacts: figureFacts as ReadonlySet<string>,
    /** Facts without the figures: what is said of an applicant (its partner, its kind). */
    withoutFigures: (facts: SessionState['facts']): SessionState['facts'] => Object.fromEntries(Object.entries(facts).filter(([f]) => !figureFacts.has(f))),
    /** An item named as the answers name it: 第6条产学研合作技术合同补助. */
    itemName: (id: string): string => {
      const x = item(id);
      return x ? `第${x.measure}条${x.title}` : id;
    },
    noteFinds,
    /** The item's notes on what its text leaves open whose words a message holds. */
    notesAsked: (id: string, text: string): string[] => noteFinds(id, text).map((o) => o.note),
    /** Whether a note of these items whose words the text holds leaves a part of the figure out (leavesOut). */
    noteLeavesOut: (ids: readonly string[], text: string): boolean => ids.some((id) => noteFinds(id, text).some((o) => o.leavesOut)),
    /** The amount or count a benefit computes on. */
    baseFact,
    /** The amounts or counts the items compute on, those that have one. */
    baseFacts: (ids: readonly string[]): string[] => ids.flatMap((id) => baseFact(id) ?? []),
    /** The benefits of the measures. */
    benefitsOf: (measures: readonly number[]): string[] => [...benefits].filter(([, b]) => measures.includes(b.measure)).map(([id]) => id),
    conditionFacts,
    /** The facts of the items' conditions a review decides (绩效评价为优秀): stated, never asked. */
    reviewedFacts,
    /**
     * The facts the items of the measures giving a reward each year test (绩效评价为优秀, 经认定): a rating — said of an
     * item those measures do not hold, no case of that item.
     */
    ratingFacts,
    /** Whether a benefit's conditions test who the partner of its contract is (第6条's 科研事业单位). */
    needsPartner: (id: string) => (benefits.get(id)?.benefit.conditions ?? []).some((c) => c.fact !== undefined && partnerSide.has(c.fact)),
    /**
     * A fact that only says what kind the asker or partner is (我们是企业): one several kinds of party say of themselves,
     * with no topic of its own.
     */
    kindFact: (fact: string) => kindFacts.has(fact),
    /** A fact saying who a party is (the asker an enterprise, the partner a university): read anew each message. */
    partyFact: (fact: string) => partyFacts.has(fact),
    /** Whether a party (a vocabulary party id) is one a benefit is for. */
    partyServes: (party: string, benefitId: string) => kb.vocabulary.parties[party]?.serves.includes(benefits.get(benefitId)?.benefit.beneficiary ?? '') ?? false,
    /** Who someone is (a researcher, a manager) rather than what they did. */
    personFact: (fact: string) => personFacts.has(fact),
    /** The beneficiaries a person is (a technology manager, a research team): money for them goes to people. */
    forPeople: new Set(Object.values(kb.vocabulary.parties).filter((p) => p.person).flatMap((p) => p.serves)) as ReadonlySet<string>,
    /** A date something happened on (when a contract was signed). */
    dateFact: (fact: string) => dateFacts.has(fact),
    /** Whether a condition of these items is met by a partner of this kind (a university for the contract subsidy, not an enterprise). */
    wantsPartner: (ids: readonly string[], party: string): boolean => {
      const states = Object.entries(kb.vocabulary.parties[party]?.asCounterparty ?? {});
      const conditions = ids.flatMap((id) => [...(benefits.get(id)?.benefit.conditions ?? []), ...(provisions.get(id)?.provision.conditions ?? [])]);
      return conditions.some((c) => states.some(([fact, value]) => c.fact === fact && (c.oneOf?.includes(value as string) || c.equals === value)));
    },
    /** The facts a provision's conditions test that no benefit tests (a contest's level): stating one is about it. */
    ownFacts: (id: string) => ownFacts.get(id) ?? [],
    /** The count a benefit is worked out on, per item (landed projects), if any. */
    countFact: (id: string): string | undefined => benefits.get(id)?.benefit.perItem?.fact,
    /** Whether a benefit is given only after one of these (接续支持 after the construction support, “可再给予”). */
    followsOn: (id: string, ids: readonly string[]): boolean => { const after = benefits.get(id)?.benefit.after; return after !== undefined && ids.includes(after); },
    /** Whether a fact is what a benefit matching another level's money 1∶1 is worked out on (the provincial award, the vouchers). */
    matchBase: (fact: string): boolean => matchBases.has(fact),
    /** The benefits whose rate is this percentage: 30 the contract subsidy's 30%, 100 the linkages' 1∶1. */
    ofRate: (percent: string): string[] =>
      [...benefits.values()].filter(({ benefit: { rate } }) => (rate?.kind === 'match' ? rate.ratio === percentAsMatch(percent) : (rate?.kind === 'exact' || rate?.kind === 'up_to') && rate.percent === percent)).map((b) => b.benefit.id),
    /** Items named by a word this one is named by (概念验证中心 and its performance reward). */
    siblings: (id: string): (Benefit | Provision)[] => siblingsOf.get(id) ?? [],
    /** Whether the text names the item by one of its names (gapped names too: 基金…亏). */
    namedIn: (id: string, text: string) => (item(id)?.names ?? []).some((n) => findWord(text, n).length > 0),
    /**
     * Items of these measures named in two parts (联合体…人才方面) whose first part a name of these items holds: after
     * them, the second part alone names the item (人才方面有没有什么支持 after the consortium's items).
     */
    namedAfter: (ids: readonly string[], text: string): string[] => {
      const own = ids.flatMap((id) => item(id)?.names ?? []);
      const measures = new Set(ids.map((id) => item(id)?.measure));
      return allItems
        .filter((o) => !ids.includes(o.id) && measures.has(item(o.id)?.measure))
        .filter((o) => o.names.some((n) => {
          const [first, second, ...more] = n.split('…');
          return second !== undefined && more.length === 0 && second.length >= 2 && text.includes(second) && own.some((w) => w.includes(first!));
        }))
        .map((o) => o.id);
    },
    /** The facts the conditions of the benefits for these beneficiaries test (worked out once per set). */
    factsServing: (beneficiaries: ReadonlySet<string>): ReadonlySet<string> => {
      const key = [...beneficiaries].sort().join('|');
      let facts = servingFacts.get(key);
      if (!facts) {
        facts = new Set([...benefits.values()].filter(({ benefit }) => beneficiaries.has(benefit.beneficiary)).flatMap(({ benefit }) => factsOf.get(benefit.id) ?? []));
        servingFacts.set(key, facts);
      }
      return facts;
    },
    /** A provision is checked (its conditions) rather than described. */
    checkable: (id: string) => (provisions.get(id)?.provision.conditions.length ?? 0) > 0,
  };
}
export type ItemIndex = ReturnType<typeof createItemIndex>;

const reset: Handler = (ctx) => {
  if (!has(ctx, 'reset')) return;
  ctx.next = emptySession();
  ctx.parts.push({ kind: 'reset' });
  return 'stop';
};

const refusedFigures: Handler = (ctx) => {
  const { converted } = ctx.reading;
  if (converted) ctx.parts.push({ kind: 'converted', ...converted });
  if (ctx.reading.refused.length === 0) return;
  for (const figure of ctx.reading.refused) ctx.parts.push({ kind: 'refused', figure });
  return 'stop';
};

/** 注册资本5000万…会影响补助额度吗: figures of the asker's own circumstances, asked about with no fact's figure, get their note. */
const ownFigures: Handler = (ctx) => {
  const r = ctx.reading;
  if ((r.ownFigures ?? []).length > 0 && r.amounts.length === 0 && (r.questions ?? 0) + Number(r.interrogative === true) > 0) ctx.parts.push({ kind: 'ownFigures', figures: r.ownFigures! });
};

/**
 * 丙合同签了2000万但还没履行，实际成交是0，他说按2000万算，行吗: nothing actually transacted gives nothing under the items
 * reckoned on the amount transacted — the topic's, or else those the message names — whatever was signed.
 */
const nothingTransacted: Handler = (ctx) => {
  const r = ctx.reading;
  if (!r.actualNothing) return;
  const onAmount = (id: string) => { const f = ctx.index.baseFact(id); return f !== null && ctx.kb.facts.facts.some((d) => d.id === f && d.kind === 'amount'); };
  const topicItems = ctx.prev.focus.benefits.filter(onAmount);
  // (我们和江南大学签了500万合同，但实际成交是0, no topic: the items reckoned on the fact the signed figure was read as,
  // those for the asker when it is said who asks.)
  const onSigned = [...ctx.index.benefits.keys()].filter((id) => r.actualNothing!.fact !== undefined && ctx.index.baseFact(id) === r.actualNothing!.fact);
  const forAsker = onSigned.filter((id) => r.self.some((p) => ctx.index.partyServes(p, id)));
  const ids = r.items.some(onAmount) ? r.items.filter(onAmount) : topicItems.length > 0 ? topicItems : forAsker.length > 0 ? forAsker : onSigned;
  ctx.parts.push({ kind: 'actualNothing', titles: ids.map((id) => { const b = ctx.index.benefits.get(id)!; return `第${b.measure}条${b.benefit.title}`; }), signed: r.actualNothing.signed === null ? null : yuanStringToFen(r.actualNothing.signed) });
  ctx.next.pending = null;
  return 'stop';
};

/** The closing clause of a text, its edge punctuation left out. */
function lastClause(text: string): string {
  const trimmed = text.replace(edgePunctuation, '');
  return trimmed.slice(clauseAt(trimmed, Math.max(0, trimmed.length - 1))[0]);
}

const elsewhere: Handler = (ctx) => {
  const r = ctx.reading;
  const closing = r.outsideTopic ? lastClause(r.text) : '';
  if (r.elsewhere) ctx.parts.push({ kind: 'elsewhere', place: r.elsewhere });
  // 我们是高企，和江南大学签了100万技术合同: a figure of this policy's makes the programme a description of the asker.
  // (我们学院老师在联合体里干的活，能不能算进教学工作量考核: an item named as where the work is done, nothing of it asked —
  // the matter asked in the closing clause. Not 我们是高企，参加了一个任务型创新联合体的联合攻关项目, which says what the
  // asker is.)
  else if (r.outsideTopic && r.items.length === 0 && r.amounts.length === 0) ctx.parts.push({ kind: 'otherProgramme', name: r.outsideTopic });
  // (能带着成果出去办企业吗？会不会影响我的人员编制: asked in a question of its own beside an item's, said after that item's
  // answer.)
  else if (r.outsideToo && r.items.length > 0) return;
  else if (r.outsideTopic && r.intents.length === 0 && r.amounts.length === 0 && ctx.kb.vocabulary.outsideTopics.some((w) => closing.includes(w))) {
    // (青年科学家支撑计划有安家费吗: the matter is said to be outside, and the item named is answered beside it.)
    ctx.parts.push({ kind: 'otherProgramme', name: r.outsideTopic });
    // (Not several items named by one name, 老师在创新联合体里干的活能算课时量吗: the name says where the work is done.)
    const inLast = r.items.filter((id) => ctx.index.item(id)?.names.some((n) => closing.includes(n)));
    if (inLast.length === 1 && r.items.length === 1) return;
  } else return;
  ctx.next.pending = null;
  return 'stop';
};

const smallTalk: Handler = (ctx) => {
  const r = ctx.reading;
  const alone = Object.keys(r.facts).length === 0 && r.items.length === 0 && r.measures.length === 0;
  if (alone && has(ctx, 'help')) {
    ctx.parts.push({ kind: 'help' });
    return 'stop';
  }
  if (alone && has(ctx, 'thanks') && !has(ctx, 'amount')) {
    ctx.parts.push({ kind: 'thanks' });
    return 'stop';
  }
};

/** 这钱是打给我们公司还是给江南大学: whom the money of the items named, or of the topic just answered, goes to. */
const recipient: Handler = (ctx) => {
  const { reading: r, index, prev, kb } = ctx;
  // 奖补能拿多少？给个人还是给机构？: asked beside an amount, it is said beside the computation (compose).
  // 奖励是给我个人还是给技术转移中心 after the manager's award: recipients offered as alternatives ask whom the topic's
  // money goes to (奖励 there is what is asked about, not how much), and name no new item.
  const alternatives = prev.focus.benefits.length > 0 && kb.vocabulary.grammar.whichOf.some((w) => r.text.includes(w));
  // 给学校还是课题组 / 那这笔钱能不能奖励给团队: a person or group named beside money that goes to an institution (奖励
  // there is what would be done with it, not how much).
  const personNamed = personNamedIn(kb, r);
  // (这笔资助医院能不能拿出来奖励科研人员？奖励比例是多少 after the platform's support: may and what share, of the topic's
  // money inside the unit, too.)
  const insideAsked = personNamed && Object.keys(r.facts).length === 0 && (!has(ctx, 'conditions', 'rate') || (r.items.length + r.measures.length === 0 && prev.focus.benefits.length > 0));
  // (如果合作方换成一家民营的研发公司（不是事业单位）还能拿吗？另外这笔钱是打给我们企业还是给合作方: a condition of the
  // topic said anew is worked out, whom it goes to said beside it.)
  const conditionAnew = has(ctx, 'conditions') && Object.keys(r.facts).some((f) => index.conditionFacts(prev.focus.benefits).includes(f) && r.facts[f] !== prev.facts[f]);
  if (!has(ctx, 'recipient') || (has(ctx, 'amount', 'conditions', 'rate') && (!alternatives || conditionAnew) && !insideAsked) || r.amounts.length > 0) return;
  // (要是2027年比2026年反而下降了，还能拿吗？另外这笔钱是给单位还是给科研人员个人: whom it goes to is said after there is nothing.)
  if (noIncreaseItems(ctx).length > 0) return;
  // (这个归哪些部门管，找谁申报: whom to apply to is a department, not whom the money goes to — unlike 这个钱是发给个人还是给
  // 学校？找哪个部门, whom it goes to asked in a clause of its own.)
  const departmentClauses = clauseStarts(r.text, phraseFinds(kb, 'departments', r.text));
  const recipientApart = phraseFinds(kb, 'recipient', r.text).some(([a]) => !departmentClauses.has(clauseAt(r.text, a)[0]));
  if (has(ctx, 'departments') && !has(ctx, 'amount') && !recipientApart) return;
  let named = r.items.filter((id) => index.benefits.has(id));
  // (这个补助是发给我们公司还是发给江南大学？我们公司能不能也申请第七条那个…资助: an item named only in another question
  // is asked on its own, after whom the topic's money goes to.)
  const recipientWords = kb.vocabulary.intents.recipient?.phrases ?? [];
  const asking = sentencesOf(r.text).filter((x) => recipientWords.some((w) => x.includes(w)));
  const apart = (r.questions ?? 0) > 1 && asking.length > 0 && prev.focus.benefits.length > 0 ? r.items.filter((id) => !asking.some((x) => index.namedIn(id, x))) : [];
  if (apart.length > 0 && apart.length === r.items.length) {
    ctx.parts.push({ kind: 'recipient', benefits: prev.focus.benefits, internal: false });
    r.intents = r.intents.filter((i) => i !== 'recipient');
    return;
  }
  // (赋权给科研人员…全部所有权都给个人吗: an item with no money named is the question, not whom the topic's money goes to.)
  if (named.length === 0 && r.items.length > 0) return;
  // (出资的主体是我个人还是学校 after the cash-and-technology equity: a point the described provision's note covers, who
  // invests, not whom money goes to.)
  if (named.length === 0 && prev.focus.described.some((id) => (index.provisions.get(id)?.provision.open ?? []).some((o) => o.words.some((w) => r.text.includes(w))))) return;
  // (An item named among the recipients offered — 还是给技术转移中心 — is a recipient; one named before them —
  // 创新券的联动奖补是给企业还是给检测机构 — is what is asked about.)
  const offeredFrom = Math.min(...kb.vocabulary.grammar.whichOf.map((w) => r.text.indexOf(w)).filter((i) => i >= 0));
  const offeredOnly = (id: string) => (index.item(id)?.names ?? []).filter((n) => r.text.includes(n)).every((n) => r.text.indexOf(n) > offeredFrom);
  if (alternatives && !named.some((id) => prev.focus.benefits.includes(id)) && named.every(offeredOnly)) named = [];
  const benefits = named.length > 0 ? named : prev.focus.benefits;
  if (benefits.length === 0) return;
  // (学校那边会不会也有一笔奖励？是给学校还是直接给项目组老师: whom asked after another party's money is asked of, between
  // that party and people inside it, is of that party's money, said beside its computation — not 高校能拿多少？是给学校还是
  // 给平台 after the platform's support, between it and the topic's.)
  /** A party asked of whom none of the items' money is for. */
  const askedElse = (p: string) => !benefits.some((id) => index.partyServes(p, id));
  const partyFirst = named.length === 0 && personNamed && has(ctx, 'amount') && r.asked.some((p) => askedElse(p) && (kb.vocabulary.parties[p]?.words ?? []).some((w) => { const at = r.text.indexOf(w); return at >= 0 && asking.every((x) => at < r.text.indexOf(x)); }));
  if (partyFirst) return;
  ctx.parts.push(recipientOf(ctx, benefits));
  // (这个资助是给产品供应商还是给我们应用单位的？具体找哪个部门: whom it goes to, then who is responsible for it.)
  if (has(ctx, 'departments')) for (const measure of measuresOf(index, benefits)) ctx.parts.push({ kind: 'measureDepartments', measure });
  // (这笔钱是直接打到公司账上还是给项目负责人个人？什么时候能申请: whom it goes to, then the guide asked in a question of its own.)
  if (has(ctx, 'guide') && (r.questions ?? 1) > 1) ctx.parts.push({ kind: 'document', topic: 'guide' });
  // (这笔补助是给我们企业还是给江南大学？学校那边能不能也拿点: whom it goes to, then what the other party asked about may
  // have of its own.)
  // (一共最多能拿多少？是牵头企业申请还是我们成员单位申请 after the platform's support: a party named only among the
  // recipients offered is no one asked of apart.)
  // (学校那边会不会也有一笔奖励？是给学校还是直接给项目组老师: one named in a sentence of its own too is asked of.)
  const offeredOnlyParty = (p: string) => alternatives && !sentencesOf(r.text).some((x) => !asking.includes(x) && partyNamedIn(kb, p, x));
  if (named.length === 0 && has(ctx, 'amount') && r.asked.some((p) => askedElse(p) && !offeredOnlyParty(p))) return;
  // 那比例到底是多少？钱是给我们还是给医院？: the rate asked beside is the items' own rule, said again under it.
  // (是不是申请了就一定能拿到？这笔钱是给我们个人还是给新公司: so is whether it comes without a review.)
  // (这笔奖补是直接发给我个人，还是打到我们中心账上: not 直接发 said inside the words asking whom it goes to — unlike
  // 是不是申请了就一定能拿到，这笔钱是给我们个人还是给单位, asked beside them.)
  const recipientFinds = phraseFinds(kb, 'recipient', r.text);
  // (这1000万是直接给到我个人还是给公司: nor in the clause offering the recipients.)
  const offering = (a: number) => { const clause = r.text.slice(...clauseAt(r.text, a)); return kb.vocabulary.grammar.whichOf.some((w) => clause.includes(w)); };
  const automaticApart = phraseFinds(kb, 'automatic', r.text).some(([a, b]) => !recipientFinds.some(([c, d]) => a < d && c < b) && !offering(a));
  if (has(ctx, 'rate', 'maximum') || (has(ctx, 'automatic') && automaticApart)) ctx.parts.push({ kind: 'compute', benefits, checks: [], total: has(ctx, 'total') });
  ctx.next.focus = named.length > 0 ? { benefits, checks: [], described: [], measures: measuresOf(index, benefits) } : prev.focus;
  ctx.next.pending = null;
  return 'stop';
};

const typo: Handler = (ctx) => {
  if (ctx.reading.corrections.length > 0) ctx.parts.push({ kind: 'typo', text: ctx.reading.text });
};

/** An answer to the question just asked, 不知道, a correction or 如果是…呢 continues the topic. */
const continuation: Handler = (ctx) => {
  const { prev, reading } = ctx;
  if (!topical(prev)) return;
  const pending = prev.pending;
  if (pending && has(ctx, 'dontKnow')) {
    ctx.next.skipped = [...new Set([...prev.skipped, pending])];
    ctx.continues = true;
  }
  // The asker's own kind (我们公司 → the applicant type) says nothing about staying on the topic; its figures,
  // its conditions and the partner's kind do.
  const ownKind = new Set(reading.self.flatMap((p) => (ctx.kb.vocabulary.parties[p]?.person ? [] : Object.keys(ctx.kb.vocabulary.parties[p]?.asSelf ?? {}))));
  const bases = ctx.index.baseFacts(prev.focus.benefits);
  // (合同额是210万 after the institute's yearly figure read from its contract: the figure it was read from.)
  const readFrom = Object.values(ctx.kb.vocabulary.parties).flatMap((p) => Object.entries(p.readsAs).flatMap(([from, to]) => (bases.includes(to) ? [from] : [])));
  // (那认定之后呢 after 还没通过认定: what a review decides of the topic's items, stated, keeps the topic too.)
  const topicFacts = [...bases, ...readFrom, ...ctx.index.conditionFacts([...prev.focus.benefits, ...prev.focus.checks]), ...ctx.index.reviewedFacts(prev.focus.benefits)];
  // (那跟这所学校签合同的企业…企业能拿多少 after the school's item: who is who, said of a party the topic is not for,
  // does not keep the topic.)
  const servesTopic = (p: string) => prev.focus.benefits.some((id) => ctx.index.partyServes(p, id));
  const askedElse = reading.asked.length > 0 && !reading.asked.some(servesTopic);
  const statesTopicFact = [...topicFacts, ...COMBINATION_FACTS].some((f) => reading.facts[f] !== undefined && !ownKind.has(f) && !(askedElse && ctx.index.partyFact(f)));
  if ((pending && reading.facts[pending] !== undefined && !(askedElse && ctx.index.partyFact(pending))) || reading.option) ctx.continues = true;
  // (我们另外和江南大学又签了一份技术合同，金额是200万元: one more of the topic's figures, however long, adds to it.)
  // (Not with a figure the topic's items take no part of: 还有，我们跟…研究所签的技术转让合同成交额0.5亿 after 先使用后付费 is
  // the contract's own item.)
  const figureElsewhere = reading.amounts.some((a) => !topicFacts.includes(a.fact) && !COMBINATION_FACTS.includes(a.fact));
  // (其中1200万那笔后来实际只成交了700万，那要怎么算: or with one of the topic's figures pointed back at.)
  const topicFigurePointed = () => (reading.refersTo ?? []).some((y) => prev.amounts.some((a) => a.yuan === y));
  if (statesTopicFact && !figureElsewhere && (has(ctx, 'correction', 'followUp', 'also') || reading.text.length <= 24 || topicFigurePointed())) ctx.continues = true;
  // (A说其中一个项目特别重要，要奖80万，可以吗 after three lettered applicants: one of them named by its letter alone,
  // naming no item, is still of the topic.)
  if (reading.applicant !== undefined && reading.items.length + reading.measures.length === 0 && reading.amounts.length === 0) ctx.continues = true;
  // 如果它没有重点实验室，只有一个校级研究中心呢: a fact of the topic the text leaves unsettled keeps the topic too.
  if ((reading.unsettled ?? []).some((f) => topicFacts.includes(f)) && reading.items.length === 0 && reading.measures.length === 0) ctx.continues = true;
  // 我们有个兄弟公司在区级工业园，不在省级开发区，它也能申请这个吗 / 我们不是领军企业，就是家中小企业，能牵头吗:
  // however long, a message stating the topic's facts with no figure and naming nothing else is about the same topic.
  if (statesTopicFact && reading.items.length === 0 && reading.measures.length === 0 && reading.amounts.length === 0) ctx.continues = true;
  // 我们区自己也有个政策给同类平台最高1200万，企业能两边都拿吗: another policy's figures, naming no item, are weighed
  // against the topic's items.
  const otherPolicyOnly = reading.amounts.length > 0 && reading.amounts.every((a) => COMBINATION_FACTS.includes(a.fact));
  if (otherPolicyOnly && reading.items.length === 0 && reading.measures.length === 0) ctx.continues = true;
  // 那2028年9月以后签的合同呢: when the topic's contract was signed is about the same topic.
  if (Object.keys(reading.facts).some((f) => ctx.index.dateFact(f)) && reading.items.length === 0 && reading.measures.length === 0) ctx.continues = true;
  // 是建好就给吗 / 那之后评上优秀呢: a short question naming nothing new asks about the same topic.
  const namesNothing = reading.items.length === 0 && reading.measures.length === 0 && reading.departments.length === 0 && Object.keys(reading.facts).length === 0;
  // (Counted without punctuation: 认定之后每年还有钱吗，还是一次性的？ is as short as it reads.)
  if (namesNothing && !pending && bareLength(reading.text) <= 16 && !has(ctx, 'reset', 'help', 'thanks', ...documentIntents)) ctx.continues = true;
  // (那按现在的情况，区里预算160万够吗: a budget asked of, naming nothing else, however long, is weighed against the topic.)
  if (reading.budgetAsked === true && reading.items.length + reading.measures.length === 0 && reading.amounts.length === 0) ctx.continues = true;
  // 资助对象是谁？标准是多少？: who the topic's item is for and its money, naming no one.
  if (namesNothing && has(ctx, 'amount') && has(ctx, 'scope') && prev.focus.benefits.length > 0 && reading.self.length + reading.asked.length + reading.counterparties.length === 0) ctx.continues = true;
  // 那甲方那个国企去申请的话最多能拿多少: the other party pointed at, of a kind the topic's items are for, asked of the same case.
  if (reading.askedPointed === true && reading.asked.length > 0 && !askedElse && reading.self.length === 0 && reading.items.length + reading.measures.length === 0 && prev.focus.benefits.length > 0) ctx.continues = true;
  // 如果只算第一笔呢 after several figures: one of them, by its place, is about the topic.
  // (更正：第一家企业实际是11个项目: or of several applicants' counts.)
  if ((reading.ordinal !== undefined || reading.firstOf !== undefined) && (prev.amounts.length > 1 || (reading.ordinalApplicant === true && prev.counted.length > 1)) && reading.items.length + reading.measures.length === 0) ctx.continues = true;
  // (如果1200万那笔是明年才落地的呢: or by its figure, moved to a later year.)
  if (yearByYear(reading) && prev.amounts.length > 1 && reading.items.length + reading.measures.length === 0) ctx.continues = true;
  // 文件说要市场化运作，我们是事业单位性质的，还能申请吗: a point the topic's item leaves open, in its note's words, keeps the topic.
  if (namesNothing && prev.focus.benefits.some((id) => ctx.index.notesAsked(id, reading.text).length > 0)) ctx.continues = true;
  // 绩效评价优秀的话后面每年还有吗 after the platforms' support: a sibling's qualifiers said keep the topic, however long.
  if (namesNothing && prev.focus.benefits.some((id) => ctx.index.siblings(id).some((x) => x.qualifiers.some((q) => reading.text.includes(q))))) ctx.continues = true;
  // 这个是只要有成交就发吗: whether the topic's money comes without review, however long the question.
  if (namesNothing && has(ctx, 'automatic')) ctx.continues = true;
  // 那明年尾款80万也付清了，是不是总共能拿84万: the rest of the topic's contract paid stays on it, however long.
  if (reading.restPaid !== undefined && topical(prev)) ctx.continues = true;
  // (这些合同里有一家是安徽的企业，算不算 after an institution's yearly contracts: the other party of the figures the topic
  // speaks of, placed elsewhere, goes on with the topic — its place is what is asked.)
  if (reading.partnerOutside && topical(prev) && reading.mentioned.length > 0 && reading.items.length + reading.measures.length + reading.amounts.length === 0) ctx.continues = true;
  // 按政策有效期算，三年下来最多能拿多少: the most over years of the topic's items, however long the question.
  if (namesNothing && reading.yearCount !== undefined && has(ctx, 'maximum', 'total') && prev.focus.benefits.length > 0) ctx.continues = true;
  // 其中有一个项目单独申请了80万 after 5 landed projects: one of the topic's count, pointed at by 其中, is of the topic.
  if (namesNothing && prev.focus.benefits.some((id) => ctx.index.countFact(id)) && ctx.kb.vocabulary.grammar.partsOf.some((w) => w.length > 1 && reading.text.includes(w)) && findCounts(reading.text).length > 0) ctx.continues = true;
  // (同一家企业今年前面已经批了9个项目…这次这2个还能给多少: a sum already received of the topic's items, what is left asked.)
  // (Not 我们技术经理人已经领了30万: a person named asks of their own item.)
  if (reading.items.length + reading.measures.length === 0 && reading.received !== undefined && prev.focus.benefits.length > 0 && !reading.self.some((p) => ctx.kb.vocabulary.parties[p]?.person)) ctx.continues = true;
  // 最多能上浮到多少: how far the ceiling of the item just discussed may rise, however long the question.
  if (namesNothing && has(ctx, 'riseLimit') && prev.focus.benefits.length > 0) ctx.continues = true;
  // 所以一个平台在这条下面最多能拿1500万对吧: a sum quoted of the topic's items is a question of their total.
  if (namesNothing && (reading.quoted?.length ?? 0) > 0 && prev.focus.benefits.length > 1) {
    ctx.continues = true;
    if (!has(ctx, 'total')) reading.intents.push('total');
  }
  // 那这家企业这个平台的认定支持最多能拿到多少: a message pointing back at the topic (这个平台) with no figure and no
  // item named is about it.
  const pointing = ctx.kb.vocabulary.grammar.pointingBack.some((w) => reading.text.includes(w));
  if (pointing && reading.items.length === 0 && reading.measures.length === 0 && reading.amounts.length === 0) ctx.continues = true;
  // 如果认定之后连续三年都评了优秀，加上认定的钱一共最多多少: a total asked naming nothing new is the topic's total.
  if (namesNothing && has(ctx, 'total')) ctx.continues = true;
  // 需要什么条件？ while a question is pending: the topic's conditions, not retrieval's best clause.
  if (namesNothing && has(ctx, 'conditions') && reading.text.length <= 16) ctx.continues = true;
  // 上限呢？ / 比例是多少 while a question is pending: the topic's ceiling or rate again, with the question still waiting.
  if (namesNothing && pending && has(ctx, 'maximum', 'rate') && reading.text.length <= 16) ctx.continues = true;
  // 你说的“一定比例”具体是多少？按10%算是不是30万: a rate quoted of the topic, naming nothing else, however long.
  // (乙企业问能不能按1:2给: the asker's kind said beside it names nothing else either.)
  const kindOnly = reading.items.length === 0 && reading.measures.length === 0 && Object.keys(reading.facts).every((f) => ctx.index.partyFact(f));
  // (那我们这只基金具体是按30%还是50% after the fund's tolerance: so is one of a provision the topic describes.)
  if ((namesNothing || kindOnly) && has(ctx, 'rate') && (reading.quotedPercents?.length ?? 0) > 0 && (prev.focus.benefits.length > 0 || prev.focus.described.length > 0)) ctx.continues = true;
  // 绩效奖励有没有计算比例，比如按服务收入的多少: the topic's rate asked, naming nothing new, however long.
  if (namesNothing && has(ctx, 'rate') && prev.focus.benefits.length > 0) ctx.continues = true;
  // 是每个合同单独算封顶，还是一个人一年总共封顶50万: what the topic's ceiling counts, however long the question.
  if (namesNothing && has(ctx, 'reach')) ctx.continues = true;
};

const documentIntents: IntentId[] = ['issuer', 'issueDate', 'measureCount', 'validity', 'interpretation', 'scope', 'scopeList', 'individuals', 'registration', 'thresholds', 'guide', 'list', 'amountList', 'departments', 'combination', 'addressees', 'noAmountList', 'rateList', 'largest', 'smallest', 'adjustment', 'renewal', 'localRules'];
const documentTopics: [IntentId, DocumentTopic][] = [
  ['addressees', 'addressees'],
  ['noAmountList', 'noAmountList'],
  ['rateList', 'rateList'],
  ['largest', 'largest'],
  ['smallest', 'smallest'],
  ['issuer', 'issuer'],
  ['issueDate', 'issueDate'],
  ['measureCount', 'measureCount'],
  ['validity', 'validity'],
  ['adjustment', 'adjustment'],
  ['renewal', 'renewal'],
  ['localRules', 'localRules'],
  ['interpretation', 'interpretation'],
  ['scope', 'scope'],
  ['scopeList', 'scope'],
  ['individuals', 'individuals'],
  ['registration', 'registration'],
  ['thresholds', 'thresholds'],
  ['guide', 'guide'],
  ['list', 'list'],
  ['amountList', 'list'],
];

/** 给学校还是课题组 / 那这笔钱能不能奖励给团队: whether a person or group is named beside money that may go to an institution. */
/** Whether a text names a kind of party by one of its words (学校 of the university). */
const partyNamedIn = (kb: KnowledgeBase, party: string, text: string): boolean => (kb.vocabulary.parties[party]?.words ?? []).some((w) => text.includes(w));

const personNamedIn = (kb: KnowledgeBase, r: Reading): boolean =>
  [...r.asked, ...r.self, ...r.counterparties].some((p) => kb.vocabulary.parties[p]?.person) || Object.values(kb.vocabulary.parties).some((p) => p.person && p.words.some((w) => r.text.includes(w))) || kb.vocabulary.grammar.insiders.some((w) => r.text.includes(w));

/** Whom the items' money goes to, with how it is shared inside the unit when a person is named beside one that is not for people. */
const recipientOf = (ctx: Ctx, benefits: string[]): Part => ({ kind: 'recipient', benefits, internal: personNamedIn(ctx.kb, ctx.reading) && benefits.some((id) => !ctx.index.forPeople.has(ctx.index.benefits.get(id)!.benefit.beneficiary)) });

/** Whether two things are asked in clauses apart (资助给谁，最高多少 — not 资助给谁, whose 资助 is no second question). */
const askedInClauses = (text: string, a: readonly [number, number][], b: readonly [number, number][]): boolean => a.some(([i]) => b.some(([j]) => clauseAt(text, i)[0] !== clauseAt(text, j)[0]));

/** Whether a message names an item or a measure. */
const aboutItemNamed = (r: Reading) => r.items.length > 0 || r.measures.length > 0;
/** Questions about the document that, asked beside an item named, are that item's (申报指南 of 中试平台). */
const ITEM_SHADOWS = new Set<DocumentTopic>(['guide', 'list', 'largest', 'smallest', 'individuals', 'registration', 'renewal']);

/**
 * 去年5000万，今年3000万 / 如果今年反而比去年少了呢: this year's total is not above last year's, so the benefits
 * computed on the year's increase have nothing to compute on; said, not asked for.
 */
const noIncrease: Handler = (ctx) => {
  const n = ctx.reading.noIncrease;
  const benefits = noIncreaseItems(ctx);
  if (!n || benefits.length === 0) return;
  mergeFacts(ctx);
  delete ctx.next.facts[n.fact];
  if (n.past) ctx.next.yearBefore = { fact: n.fact, yuan: n.past, ...(n.current ? { current: n.current } : {}), ...(n.years ? { year: n.years[1] } : {}) };
  ctx.next.focus = { benefits, checks: [], described: [], measures: measuresOf(ctx.index, benefits) };
  ctx.next.pending = null;
  ctx.parts.push({ kind: 'noIncrease', benefits, ...(n.past ? { past: n.past } : {}), ...(n.current ? { current: n.current } : {}), ...(n.years ? { years: n.years } : {}) });
  if (has(ctx, 'recipient')) ctx.parts.push(recipientOf(ctx, benefits));
  return 'stop';
};

/** The items computed on the year's increase that a message saying there is none is about: those named, else the topic's, else all. */
function noIncreaseItems(ctx: Ctx): string[] {
  const n = ctx.reading.noIncrease;
  if (!n) return [];
  const onIt = (ids: string[]) => ids.filter((id) => ctx.index.baseFact(id) === n.fact);
  const named = onIt(ctx.reading.items);
  const discussed = onIt(ctx.prev.focus.benefits);
  return named.length > 0 ? named : discussed.length > 0 ? discussed : onIt([...ctx.index.benefits.keys()]);
}

/** Whether the message ends asking after what it names (那第十二条呢, 那常州的企业来申报呢). */
const asksAfter = (ctx: Ctx): boolean => ctx.kb.vocabulary.grammar.whatAbout.some((w) => ctx.reading.text.replace(/[\s\p{P}]+$/u, '').endsWith(w));

/**
 * 这个文件一共几条措施？哪几条里写了最高1000万: how many measures, asked in a sentence of its own with no sum, no word of
 * which and no list's own words, beside a list of items asked after it.
 */
const countAskedApart = (ctx: Ctx): boolean =>
  sentencesOf(ctx.reading.text).some((x) => phraseFinds(ctx.kb, 'measureCount', x).length > 0 && findAmounts(x).length === 0 && !ctx.kb.vocabulary.grammar.clausesAsked.some((w) => x.includes(w)) && !LIST_INTENTS.some((i) => phraseFinds(ctx.kb, i, x).length > 0));

/** The document's lists of items (哪些是按比例算的, 哪些没写金额). */
const LISTS = new Set<DocumentTopic>(['list', 'rateList', 'noAmountList', 'largest', 'smallest']);
/** The intents asking those lists: a count asked in the same sentence (没有金额的有几条) counts their items. */
const LIST_INTENTS = documentTopics.filter(([, topic]) => LISTS.has(topic)).map(([intent]) => intent);

/** What a message may ask, beside naming a kind, to ask a kind's list again (那高校能拿哪些呢): nothing else. */
const LIST_OTHER_INTENTS = new Set<IntentId>(['list', 'amount', 'maximum', 'each', 'followUp']);

/**
 * Whether the departments are asked in a sentence where the interpretation is not, by more than the bare question of
 * which (grammar whichDepartments: 哪个部门, 谁负责), with no figure said: 申请这两项具体找哪个部门？…谁来解释 asks who
 * carries them out; 谁来解释？具体是哪个部门 asks the interpreter again.
 */
function departmentsApart(ctx: Ctx): boolean {
  const text = ctx.reading.text;
  const bare = ctx.kb.vocabulary.grammar.whichDepartments;
  const interpreting = new Set(phraseFinds(ctx.kb, 'interpretation', text).map(([a]) => sentenceAt(text, a)[0]));
  return ctx.reading.amounts.length === 0 && phraseFinds(ctx.kb, 'departments', text).some(([a, b]) => !bare.includes(text.slice(a, b)) && !interpreting.has(sentenceAt(text, a)[0]));
}

/** Questions about the document itself: who issued it, when, how many measures, which department … */
const documentQuestions: Handler = (ctx) => {
  const r = ctx.reading;
  // (听说只要在无锡注册公司就直接给1000万，对吗 after the teams' support: a claim that the topic's ceiling is given outright
  // is about that item, not where one registers.)
  const topicCaps = ctx.prev.focus.benefits.map((id) => yuanToFen(ctx.index.benefits.get(id)!.benefit.cap.yuan));
  if (has(ctx, 'automatic') && (r.quoted ?? []).some((q) => topicCaps.includes(yuanStringToFen(q)!)) && r.items.length + r.measures.length === 0) return;
  // (如果区里那个是对首台套产品的奖励，和场景应用不是同类政策呢: another policy not of the same kind is no longer weighed
  // against the topic's item.)
  if (has(ctx, 'combination') && ctx.kb.vocabulary.grammar.notSameKind.some((w) => r.text.includes(w))) for (const f of COMBINATION_FACTS) if (r.facts[f] === undefined) delete ctx.next.facts[f];
  const aboutItem = r.items.length > 0 || Object.keys(r.facts).some((f) => !ctx.index.kindFact(f));
  // (对江阴的企业和高校适用吗: whether the measures apply to kinds of party named is still the document's scope.)
  // (医疗卫生机构和技术转移机构也适用这个政策吗: an item named only by a kind the measures list as applying to is that kind.)
  const appliesTo = ctx.kb.document.appliesTo;
  const byKindOnly = (id: string) => (ctx.index.item(id)?.names ?? []).filter((n) => r.text.includes(n)).every((n) => appliesTo.some((k) => k.includes(n) || n.includes(k)));
  const itemNamed = r.items.some((id) => !byKindOnly(id));
  // (资助对象是谁？标准是多少？ after the scene item's measure: who the topic's item is for, and its money, naming no one.)
  const ofTopic = has(ctx, 'amount') && ctx.prev.focus.benefits.length > 0 && r.measures.length === 0 && r.self.length + r.asked.length + r.counterparties.length === 0 && Object.keys(r.facts).length === 0;
  // 我是南京一所高校的老师，成果想在无锡转化落地，能享受吗: an asker from elsewhere asking the scope, with no item or figure, asks the scope.
  // (江阴的企业能享受吗 / 我们是上海的企业，能申请吗, with no topic: a place asked of, naming nothing, asks the scope too.)
  // (我们其实是苏州的公司…能申请吗 / 公司如果注册在苏州，只在无锡设个实验室行不行, after a topic: from elsewhere, the
  // scope is the question whatever was discussed.)
  // (如果这个经理人是常州人…呢: so is a what-if of someone from elsewhere.)
  // (那常州的企业来申报呢: so is one asked after by 呢.)
  const placeAsked = (r.inside.length > 0 || r.askerOutside !== undefined) && (has(ctx, 'conditions') || (r.askerOutside !== undefined && (has(ctx, 'followUp') || asksAfter(ctx)))) && r.items.length + r.measures.length + r.amounts.length === 0 && Object.keys(r.facts).every((f) => ctx.index.kindFact(f) || ctx.index.partyFact(f)) && ((!topical(ctx.prev) && ctx.prev.focus.described.length === 0) || r.askerOutside !== undefined);
  // (Of a kind inside Wuxi, that kind's items, after the place; from elsewhere, the scope with the place left open.)
  const kindAsked = r.asked[0] ?? r.self[0];
  // (有家企业没在无锡注册，能申请吗: where one is registered is asked, not what a kind in Wuxi gets.)
  // (外地高校在无锡设立的研究院能享受吗: the kind set up in Wuxi by one elsewhere asks the scope, its founder's place open.)
  if (placeAsked && r.askerOutside === undefined && kindAsked && !has(ctx, 'scope', 'registration') && !r.founder) {
    // (这个措施从什么时候开始执行？有效期到什么时候？江阴的企业能不能享受: the document's questions asked beside it too.)
    for (const [intent, topic] of documentTopics) if (intent !== 'scope' && intent !== 'scopeList' && has(ctx, intent) && !ctx.parts.some((p) => p.kind === 'document' && p.topic === topic)) ctx.parts.push({ kind: 'document', topic });
    ctx.parts.push({ kind: 'vague', party: kindAsked });
    ctx.next.pending = null;
    return 'stop';
  }
  if (placeAsked && !has(ctx, 'scope')) r.intents.push('scope');
  const fromElsewhere = r.askerOutside !== undefined && has(ctx, 'scope') && !itemNamed && r.amounts.length === 0;
  // (如果合作方是民办非企业单位性质的研究院，这条对它也适用吗 after an item: the partner pointed at the item answered.)
  const partnerOfTopic = topical(ctx.prev) && r.counterparties.length > 0 && r.self.length + r.asked.length === 0 && ctx.kb.vocabulary.grammar.pointingAtItem.some((w) => !ctx.kb.vocabulary.grammar.wholeDocument.includes(w) && r.text.includes(w));
  const scopeOfItem = !fromElsewhere && (itemNamed || ofTopic || partnerOfTopic || Object.keys(r.facts).some((f) => !ctx.index.kindFact(f) && !ctx.index.partyFact(f)));
  // A date asked about (那2028年8月呢) is a question of whether the measures are in force on it.
  if (r.dateAsked && !has(ctx, 'validity')) ctx.parts.push({ kind: 'document', topic: 'validity' });
  // (这个项目是2025年8月开始实施的，能适用这个政策吗: so is the day of an event of the case no fact names.)
  eventDateSaid(ctx);
  // 2025年8月签的技术合同能不能算, with no topic: that date against the validity, said plainly.
  const eventDates = Object.entries(r.facts).filter(([f, d]) => typeof d === 'string' && ctx.index.dateFact(f));
  // 有企业8月份签的技术合同，能按这个政策申报吗: who did it (the asker's kind) is no topic of its own either.
  // (我们2024年完成的一个成果转化项目: nor a count of one, a thing said, not counted.)
  const otherFacts = Object.keys(r.facts).filter((f) => !ctx.index.dateFact(f) && !ctx.index.kindFact(f) && !(ctx.index.figureFacts.has(f) && r.facts[f] === 1));
  const undated = r.undatedMonths ?? [];
  // (我们科室2025年6月签的专利许可合同，能按这个政策申报吗: or a date before the measures took effect, whatever item is named,
  // no topic before it.)
  const beforeInForce = eventDates.some(([, d]) => againstValidity(String(d), ctx.kb.document.validity) === 'before');
  if (eventDates.length + undated.length > 0 && otherFacts.length === 0 && r.amounts.length === 0 && (!aboutItemNamed(r) || beforeInForce) && !topical(ctx.prev)) {
    const validitySaid = ctx.parts.some((p) => p.kind === 'document' && p.topic === 'validity');
    // (这个文件哪天印发、哪天开始实施？2025年8月签的…能算吗: who issued it and when, asked beside, first.)
    for (const topic of ['issuer', 'issueDate'] as const) if (has(ctx, topic) && !ctx.parts.some((p) => p.kind === 'document' && p.topic === topic)) ctx.parts.unshift({ kind: 'document', topic });
    // (Asked outright — 政策什么时候到期 — the validity is said even when said before.)
    if (!validitySaid && (has(ctx, 'validity') || !ctx.prev.said.includes('validity'))) ctx.parts.push({ kind: 'document', topic: 'validity' });
    datesSaid(ctx);
    ctx.next.pending = null;
    return 'stop';
  }
  // A kind's list of items, asked with nothing more of the case said than who it is (not 国有企业成果转化…, a state-owned
  // firm; not 那如果是高校牵头呢, who leads):
  const onlyWho = r.items.length + r.measures.length + r.amounts.length === 0 && Object.keys(r.facts).every((f) => ctx.index.partyFact(f) || ctx.index.kindFact(f));
  // - 我们是高校，有没有资金支持, nothing discussed yet and no partner named: whether that kind has money, not the
  //   measures without money (没有资金支持 stands inside 有没有资金支持);
  const kindAsking = r.self[0] ?? r.asked[0];
  const whetherMoney = onlyWho && kindAsking !== undefined && r.counterparties.length === 0 && has(ctx, 'noAmountList') && !topical(ctx.prev) && ctx.prev.focus.described.length === 0 && ctx.kb.vocabulary.grammar.whetherMoney.some((w) => r.text.includes(w));
  // - 那研究所呢 / 那给高校院所的补贴呢 right after the enterprise's list: the same list, of the kind named now.
  const kindNow = r.asked[0] ?? r.self[0] ?? r.counterparties[0];
  const listedOther = onlyWho && r.departments.length === 0 && ctx.prev.listedParty !== null && kindNow !== undefined && kindNow !== ctx.prev.listedParty && (has(ctx, 'list') || asksAfter(ctx)) && r.intents.every((i) => LIST_OTHER_INTENTS.has(i));
  if (whetherMoney || listedOther) {
    ctx.parts.push({ kind: 'vague', party: whetherMoney ? kindAsking! : kindNow! });
    if (!whetherMoney) ctx.next.facts = { ...ctx.prev.facts };
    ctx.next.pending = null;
    return 'stop';
  }
  // 这个措施里写“最高1000万”的有哪几条: the items whose ceiling is the sum quoted; 那写“最高500万”的呢 right after, another.
  const listAgain = ctx.prev.listedByCap && r.amounts.length === 0 && Object.keys(r.facts).length === 0;
  if ((has(ctx, 'measureCount', 'list') || listAgain) && r.items.length === 0 && r.measures.length === 0 && (r.quoted?.length ?? 0) > 0) {
    // (这些500万和1000万的事项里，哪些是跟绩效评价结果挂钩的: narrowed to those whose sentence has the word.)
    // (Only asked which, in the word's clause, the word not denied: not 我们单位绩效一直很好, 认定标准在哪里看, 跟绩效有关系吗,
    // 哪些不需要绩效评价 — nor two words at once, 要认定的是哪几个，要评审的又是哪几个.)
    const { listBy, listByWhich } = ctx.kb.vocabulary.grammar;
    const asksWhich = (at: number) => { const [from, to] = clauseAt(r.text, at); return listByWhich.some((w) => r.text.slice(from, to).includes(w)) && !isNegated(r.text, at); };
    const byWords = listBy.filter((w) => findWord(r.text, w).some(([a]) => asksWhich(a)));
    const by = byWords.length === 1 && listBy.filter((w) => r.text.includes(w)).length === 1 ? byWords[0] : undefined;
    if (countAskedApart(ctx)) ctx.parts.push({ kind: 'document', topic: 'measureCount' });
    ctx.parts.push({ kind: 'byCap', fens: r.quoted!.map((q) => yuanStringToFen(q)!), ...(by ? { by } : {}) });
    ctx.next.pending = null;
    return 'stop';
  }
  // 哪些条目是按1:1联动配套的 / 哪些是按30%补的: the items whose rate is the share quoted.
  // (Items read from the share itself — 哪些是按30%补的 names the contract subsidy by its 30% — are among them.)
  // (Not asked of someone: 如果按30%算的话，我们企业还能申请哪些补贴 is the asker's list.)
  if (has(ctx, 'measureCount', 'list') && r.measures.length + r.amounts.length === 0 && r.quotedPercents?.length === 1 && r.items.every((id) => ctx.index.ofRate(r.quotedPercents![0]!).includes(id)) && !r.quoted?.length && r.self.length + r.asked.length === 0) {
    ctx.parts.push({ kind: 'byRate', percent: r.quotedPercents[0]! });
    ctx.next.pending = null;
    return 'stop';
  }
  // 医院属于政策里说的科研事业单位吗: whether a kind belongs to a group the text lists, in the words that list it.
  if (r.category) {
    ctx.parts.push({ kind: 'category', ...r.category });
    if (!aboutItem && (r.questions ?? 1) <= 1) {
      ctx.next.pending = null;
      return 'stop';
    }
  }
  // (个人能直接申报吗，比如技术经理人个人: items for people named as the example are the individuals answer's own.)
  const people = Object.entries(ctx.kb.vocabulary.parties).filter(([, party]) => party.person).map(([p]) => p);
  const itemsForPeople = r.items.every((id) => people.some((p) => ctx.index.partyServes(p, id)));
  // 一个没有单位的个人发明人，能申请这个政策里的产学研合作补助吗: an item named whose money goes to no kind of person.
  const namedBenefits = r.items.filter((id) => ctx.index.benefits.has(id));
  if (has(ctx, 'individuals') && namedBenefits.length > 0 && r.amounts.length === 0 && namedBenefits.every((id) => !people.some((p) => ctx.index.partyServes(p, id)))) {
    ctx.parts.push({ kind: 'individualsOf', benefits: namedBenefits });
    ctx.next.focus = { benefits: namedBenefits, checks: [], described: [], measures: measuresOf(ctx.index, namedBenefits) };
    ctx.next.pending = null;
    return 'stop';
  }
  // (这个政策对技术经理人有哪些支持: items named only by the words naming a kind are that kind's list — the kind whose
  // words name them, whoever speaks: 我是高校技术转移中心的，…对技术经理人…有哪些支持.)
  // (Not items named only by words with gaps, none said whole: 联合体的成员单位在人才方面还有什么支持 names the talent consortium.)
  const namedBy = (p: string) => r.items.length > 0 && r.items.every((id) => { const said = (ctx.index.item(id)?.names ?? []).filter((n) => r.text.includes(n)); return said.length > 0 && said.every((n) => (ctx.kb.vocabulary.parties[p]?.words ?? []).some((k) => k.includes(n) || n.includes(k))); });
  const listedKind = [...r.asked, ...r.self, ...Object.keys(ctx.kb.vocabulary.parties)].find(namedBy);
  const byPartyOnly = listedKind !== undefined;
  for (const [intent, topic] of documentTopics) {
    // 申报指南 / 适用范围 asked about a named item is that item's question, not the document's.
    // 适用对象有哪些？技术转移机构能申报吗: the list asked for is the document's, whatever kind is named beside it.
    const forPeople = topic === 'individuals' && itemsForPeople;
    // (先使用后付费是面向哪些企业: the list asked of an item named is the item's.)
    // (能拿多少经费？什么时候申报？: the guide asked in a question of its own, beside the item's money, is the document's.)
    // (第七条有哪些奖励: the list asked of a measure named is that measure's.)
    const ofMeasure = topic === 'list' && r.measures.length > 0 && r.items.length === 0 && !byPartyOnly;
    // (技术转移机构适用这个政策吗？外地注册的企业呢: registration asked in a question of its own, too.)
    const ownQuestion = (topic === 'guide' || topic === 'registration') && (r.questions ?? 1) > 1;
    const shadowed = (ITEM_SHADOWS.has(topic) && aboutItem && !(topic === 'list' && byPartyOnly) && !ownQuestion) || ofMeasure;
    // (…对技术经理人的培养和激励有哪些支持: the list's words inside the explaining ones, of a kind, no measure named.)
    if (topic === 'list' && byPartyOnly && r.measures.length === 0 && !has(ctx, 'list') && has(ctx, 'explain') && (ctx.kb.vocabulary.intents.list?.phrases ?? []).some((w) => !w.includes('…') && r.text.includes(w))) r.intents.push('list');
    if ((shadowed || (topic === 'scope' && intent === 'scope' && scopeOfItem) || (topic === 'scope' && intent === 'scopeList' && itemNamed)) && !forPeople) continue;
    if (ctx.parts.some((p) => p.kind === 'document' && p.topic === topic)) continue;
    // (有没有注册资本之类的门槛 after the start-up grant: the item's own note answers it.)
    if (topic === 'thresholds' && [...r.items, ...ctx.prev.focus.benefits, ...ctx.prev.focus.described].some((id) => ctx.index.notesAsked(id, r.text).length > 0)) continue;
    // (如果是获奖三年以后才开始投资，还能申请吗 after the award item: a point the topic's item leaves open, in its note's
    // words, with no date asked — the item's window, not the policy's validity.)
    // (这个“两年内”是从什么时候开始算？这笔资助和…揭榜类项目资助能一起拿吗: or in a sentence of its own, naming no item —
    // not 政策有效期从什么时候起算 / 政策什么时候截止？现在申请还来得及吗, where the policy named is what is asked.)
    if (topic === 'validity' && r.dateAsked === undefined && r.yearAsked === undefined && ctx.prev.focus.benefits.length > 0) {
      const windowAsked = (x: string) => ctx.prev.focus.benefits.some((id) => ctx.index.notesAsked(id, x).length > 0);
      const { wholeDocument, policyPeriod } = ctx.kb.vocabulary.grammar;
      // (The policy named in a sentence asking the validity — 政策什么时候截止？现在申请还来得及吗 — not 政策支持 in another.)
      const namesItem = (x: string) => r.items.some((id) => ctx.index.namedIn(id, x));
      // (Not 揭榜类项目什么时候实施: an item's own timing.)
      const asking = sentencesOf(r.text).filter((x) => phraseFinds(ctx.kb, 'validity', x).length > 0 && !namesItem(x));
      const ofPolicy = asking.some((x) => [...wholeDocument, ...policyPeriod].some((w) => x.includes(w)));
      const apart = r.items.length + r.measures.length > 0 && !ofPolicy ? asking : [];
      const windowApart = apart.some(windowAsked);
      if ((r.items.length + r.measures.length === 0 && windowAsked(r.text)) || windowApart) {
        // (Named items being the rest of the turn, the point is said here, first.)
        const noted = windowApart ? ctx.prev.focus.benefits.map((id) => ({ id, notes: ctx.index.notesAsked(id, apart.join('')) })).filter((f) => f.notes.length > 0) : [];
        if (noted.length > 0) ctx.parts.push(openPointOf(noted, null));
        continue;
      }
    }
    // 按政策有效期算，三年下来最多能拿多少 after an item: the validity is the span of a total of the topic, not asked.
    // (一家企业在有效期内每年都跟高校签一个200万的技术合同，三年一共最多: a figure worked out over the years, the same.)
    // (一个中试服务平台在政策有效期内最多可能拿到多少钱: so is the validity named as the span, with an item.)
    if (topic === 'validity' && r.yearCount !== undefined && has(ctx, 'amount', 'maximum', 'total') && ((topical(ctx.prev) && r.items.length + r.measures.length === 0) || r.amounts.length > 0 || r.validitySpan === true)) continue;
    // (这两项是第几条、哪些部门负责 of items named: which measure they are in, not how many there are.)
    const whichOfItems = r.items.length > 0 && ctx.kb.vocabulary.grammar.whichMeasure.some((w) => r.text.includes(w));
    if (topic === 'measureCount' && (whichOfItems || r.measures.length > 0 || (has(ctx, 'noAmountList', 'rateList', 'largest', 'smallest', 'amountList') && !countAskedApart(ctx)) || r.departments.length > 0)) continue;
    // (哪些条款写了具体比例，哪些只写了上限没写比例: the rates' list names the ceilings of the rest too; 这12条里有明确计算比例的
    // 奖补有哪些 asks the rates' list alone — not 写了明确金额上限或比例的, both lists.)
    if (topic === 'list' && (has(ctx, 'noAmountList', 'largest', 'smallest') || (has(ctx, 'rateList') && (ctx.kb.vocabulary.grammar.ratelessAsked.some((w) => r.text.includes(w)) || !has(ctx, 'amount', 'maximum', 'amountList'))))) continue;
    // (第八条里单项上限最高是多少: the largest of a measure named is that measure's, which its description gives.)
    if ((topic === 'largest' || topic === 'smallest') && r.measures.length > 0) continue;
    // (Nor the lowest of a rate or a threshold — 比例最低的一项, 门槛最低的一项: the lowest said right after words of a rate or
    // of conditions — which the lowest ceiling does not answer; 封顶最低的是哪一项？有什么条件 asks both.)
    if (topic === 'smallest') {
      const ofOther = [...phraseFinds(ctx.kb, 'rate', r.text), ...phraseFinds(ctx.kb, 'conditions', r.text), ...phraseFinds(ctx.kb, 'thresholds', r.text)];
      if (phraseFinds(ctx.kb, 'smallest', r.text).every(([a]) => ofOther.some(([c, d]) => c < a && a <= d))) continue;
    }
    // 明年还能申报吗: whether the year is in force, not who may apply.
    // (医院属于科研事业单位吗 alone is the group's question; 我们医院能用这个政策吗？算科研事业单位吗 asks both.)
    if (topic === 'scope' && (r.yearAsked !== undefined || (r.category && (r.questions ?? 1) <= 1))) continue;
    // 高校能享受哪些支持: the list of one kind of party is its own benefits.
    // (除了平台，我们机构…还有别的奖励吗 after the asker said what it is: the asker's, said in the first person.)
    // (想梳理一下…明确写了金额上限的有哪些: two intents of the one list answer it once.)
    if (topic === 'list' && ctx.parts.some((p) => p.kind === 'vague' || (p.kind === 'document' && p.topic === 'list'))) continue;
    const party = (topic === 'list' ? listedKind : undefined) ?? r.asked[0] ?? r.self[0] ?? (r.speaker ? ctx.prev.parties.self[0] : undefined);
    if (topic === 'list' && party && has(ctx, intent)) {
      ctx.parts.push({ kind: 'vague', party });
      // (The kind's items named by its own words are in the list: none of them is asked on its own.)
      if (byPartyOnly && r.amounts.length === 0) {
        ctx.next.pending = null;
        return 'stop';
      }
    }
    else if (has(ctx, intent)) ctx.parts.push({ kind: 'document', topic });
    if (topic === 'scope' && fromElsewhere && has(ctx, intent)) {
      ctx.parts.push({ kind: 'askerOutside', place: r.askerOutside!, scope: true });
      // (我们是上海的高校团队…也能申请吗？归哪个部门管 after an item: the departments of the topic's measures, asked beside.)
      if (has(ctx, 'departments') && topical(ctx.prev)) for (const measure of ctx.prev.focus.measures) ctx.parts.push({ kind: 'measureDepartments', measure });
      // (Asking no money, retrieval's clauses would answer another question.)
      if (!has(ctx, 'amount', 'rate')) {
        // (外地企业在无锡设的分公司，也能申请吗？另外去哪里申报: the document's later questions asked beside, after it.)
        for (const [later, laterTopic] of documentTopics.slice(documentTopics.findIndex(([i]) => i === 'registration') + 1)) if (laterTopic !== 'list' && has(ctx, later) && !ctx.parts.some((p) => p.kind === 'document' && p.topic === laterTopic)) ctx.parts.push({ kind: 'document', topic: laterTopic });
        ctx.next.pending = null;
        return 'stop';
      }
    }
    // (The items for people are listed in the answer: nothing of one of them is asked for.)
    if (forPeople && aboutItem && has(ctx, intent) && r.amounts.length === 0) {
      ctx.next.pending = null;
      return 'stop';
    }
  }
  // 市里这些奖补区里要不要配套: whose budget, asked of the measures as a whole (of an item, the item's answer says it).
  if (has(ctx, 'funder') && !aboutItem && !topical(ctx.prev)) ctx.parts.push({ kind: 'document', topic: 'funder' });
  // 能叠加吗 about a named item, with no other award's figure to compare: the rule itself first, then the item.
  // 明年还能再拿绩效奖励吗 of a reward given each year: another year's award, not the same one twice.
  const yearly = [...r.items, ...ctx.prev.focus.benefits].some((id) => ctx.index.benefits.get(id)?.benefit.cap.per === 'per_year');
  // (那连续两年都拿的话，市里最多一共给多少: years counted, not two items.)
  // (省里平台上用了创新券，市里再1:1联动，会不会算重复享受: a named item's own note on what counts as twice answers
  // it, where every word of combining the message holds is the note's.)
  const combining = phraseFinds(ctx.kb, 'combination', r.text);
  const noteWords = (r.items.length > 0 ? r.items : focusItems(ctx.prev)).flatMap((id) => ctx.index.noteFinds(id, r.text).flatMap((o) => o.words.flatMap((w) => findWord(r.text, w))));
  const combiningNoted = combining.length > 0 && combining.every(([a, b]) => noteWords.some(([c, d]) => c < b && a < d));
  // (如果绩效评价优秀，每年还能再拿多少 after the platform's support: 还能再拿 asks for the topic's reward qualified so, not
  // whether two policies combine.)
  const siblingAsked = yearlySiblingSaid(ctx);
  // (那按这个原则，这家企业…最终最多能拿多少 / 那企业最终能拿多少？能不能两边都拿 after another policy's sum weighed: the sum
  // the rule gives, worked out again; not 如果区里那个是对首台套产品的奖励，和场景应用不是同类政策呢, another kind of policy.)
  // (Not 这个“从优、就高、不重复”原则是针对所有条款，还是只针对奖补: what the rule applies to, where every sentence asking of
  // money asks that, or no one is asked of — 那企业最终能拿多少？这个不重复原则针对所有条款吗 still asks the enterprise's sum.)
  const scopeOnly = () => r.asked.length === 0 || sentencesOf(r.text).filter((x) => phraseFinds(ctx.kb, 'amount', x).length > 0).every((x) => ctx.kb.vocabulary.grammar.ruleScope.some((w) => x.includes(w)));
  const weighedBefore = (has(ctx, 'maximum') || (has(ctx, 'amount') && !ctx.kb.vocabulary.grammar.notSameKind.some((w) => r.text.includes(w)))) && topical(ctx.prev) && COMBINATION_FACTS.some((f) => ctx.prev.facts[f] !== undefined) && !(ctx.kb.vocabulary.grammar.ruleScope.some((w) => r.text.includes(w)) && scopeOnly());
  // (区里给30万，市里按这份政策算出来是45万…能两边都拿吗, no item named or discussed: the two sums said are weighed by the rule.)
  const theirs = r.facts.otherPolicyAmountYuan;
  // (Not a top-up asked — 区里已经给了20万，市里还能补差额10万吗 — which is no sum of this policy's whole.)
  // (Nor beside a figure of this policy's case — 签了100万技术合同，区里已经给了20万，市里还能再给10万吗 — worked out instead.)
  const ownFigure = r.amounts.some((a) => !COMBINATION_FACTS.includes(a.fact));
  const weighed = !topical(ctx.prev) && r.items.length + r.measures.length === 0 && r.quoted?.length === 1 && r.topUpAsked === undefined && !ownFigure && typeof theirs === 'string' ? { ours: r.quoted[0]!, theirs } : undefined;
  // (区里已经给了20万，市里还能补差额10万吗 with nothing named or discussed: the rule, no sum of this policy's to weigh.)
  // (一家企业同一个项目区里已经给了20万同类补助，市里这条还能再拿吗: or another policy's sum alone, no figure of this policy's
  // case mentioned, whether this one's may be had too.)
  const toppedUpAlone = (r.topUpAsked !== undefined || (typeof theirs === 'string' && (r.quoted?.length ?? 0) === 0 && r.mentioned.every((f) => COMBINATION_FACTS.includes(f)))) && !topical(ctx.prev) && r.items.length + r.measures.length === 0 && !ownFigure;
  // (两份都算的话一共多少 after two contracts of the topic: a total of its figures, not two policies combined.)
  const bases = new Set(ctx.index.baseFacts(ctx.prev.focus.benefits));
  const figuresTotalled = has(ctx, 'total') && topical(ctx.prev) && r.items.length + r.measures.length + r.amounts.length === 0 && ctx.prev.amounts.filter((a) => bases.has(a.fact)).length > 1 && !COMBINATION_FACTS.some((f) => r.facts[f] !== undefined);
  // (省平台上用了8.6万元科技创新券，无锡这边还能再给多少: an item matching what another level gave, with its figure, asks
  // the match — the text's own linkage, not two policies combined.)
  // (Not with another policy named beside: …区里也有创新券补贴，市里的和区里的能一起拿吗.)
  // (去年拿了省里的开放共享绩效奖励30万，市里还能给多少: or, no item named, figures all of what a matching item is worked out on.)
  const matchingNamed = r.items.length > 0 ? r.items.every((id) => ctx.index.benefits.get(id)?.benefit.rate?.kind === 'match') : r.amounts.every((a) => ctx.index.matchBase(a.fact));
  // (The higher level the match is of — 省里 — is no other policy named beside; one of the city's own levels is.)
  const linkage = matchingNamed && r.amounts.length > 0 && !COMBINATION_FACTS.some((f) => r.facts[f] !== undefined) && !localPolicyNamed(ctx.kb, r.text);
  // (那市里的绩效奖励呢…跟认定的钱能一起拿吗 after the platform's support weighed against a county's: the yearly reward
  // and the support given on recognition are what is combined, whatever was weighed before.)
  const withOnce = siblingAsked && r.onceSaid === true;
  if (has(ctx, 'combination') && !linkage && !figuresTotalled && !combiningNoted && (!siblingAsked || withOnce) && (!weighedBefore || withOnce) && !(yearly && r.laterYears) && r.yearCount === undefined && (!aboutItem || weighed || toppedUpAlone || !COMBINATION_FACTS.some((f) => r.facts[f] !== undefined))) ctx.parts.push({ kind: 'document', topic: 'combination', ...(weighed ? { weighed } : {}) });
  // (第四条里面有没有要求区政府负责: whether the department is among the measure's, yes or no; 那第十二条呢 right after
  // asks it of that measure.)
  // (Asked after by what ends it — 呢 — or as a what-if, with nothing else asked: not 第六条的原文.)
  // (这个补助找区科技局报还是市科技局报 after an item, or 产学研补助找…: departments offered as where to apply ask the
  // departments of the topic or the item, and who leads — not every measure they are named in, nor whether one is among them.)
  // (Not 钱是市科技局还是财政局出: who pays.)
  const whereToApply = r.departments.length > 0 && !has(ctx, 'funder') && (topical(ctx.prev) || r.items.length + r.measures.length > 0) && leadAsked(ctx.kb, r);
  // (国有企业那条呢 after 科创金融那条不用各区政府负责吗: the kind a measure is named by states nothing of the case.)
  const factsSaid = r.measures.length > 0 && asksAfter(ctx) ? [] : Object.keys(r.facts);
  const askedAgain = ctx.prev.departmentAsked !== null && (asksAfter(ctx) || has(ctx, 'followUp')) && r.intents.every((i) => i === 'followUp') && r.departments.length === 0 && factsSaid.length + r.amounts.length === 0;
  const departmentsOf = r.departments.length > 0 && has(ctx, 'departments') ? r.departments : askedAgain ? [ctx.prev.departmentAsked!] : [];
  // (那国有企业赋予科研人员职务成果所有权改革那一条呢？里面有没有区政府的责任: or of the measure of an item named.)
  // (第二条里职称这块人社局要配合什么: or, where a department's tasks are asked, of the measure named, where the items named
  // are its own.)
  const itemMeasures = (r.measures.length === 0 || r.tasksAsked === true) && r.items.length > 0 && has(ctx, 'departments') ? measuresOf(ctx.index, r.items) : [];
  // (这一条是哪些部门负责的？市国联集团也在里面吗 after an item: of the topic's measure.)
  // (Only where the pointer's own clause asks which departments — 这一条是哪些部门负责的 — not 除了这条，市教育局还负责哪些条,
  // 这条也是它负责吗 nor 刚才第一个问的那条，市教育局负责吗.)
  // (Or asked yes or no in that clause, nothing else asked: 这两条市教育局都负责吗.)
  const { whichDepartments, questionMarks, questionWords, measurePointers } = ctx.kb.vocabulary.grammar;
  // (这条市教育局负责吗？怎么申请: the clause's own words; not 这条也是它负责吗 after 市科技局负责哪些, no department in it.)
  const yesOrNo = (clause: string) => phraseFinds(ctx.kb, 'departments', clause).length > 0 && questionMarks.some((w) => clause.includes(w)) && !questionWords.some((w) => clause.includes(w)) && departmentsOf.some((d) => [d, ...(ctx.kb.vocabulary.departmentAliases[d] ?? [])].some((w) => clause.includes(w)));
  // (那这条，市卫健委负责吗: a pointer standing alone in its clause asks in the next one.)
  // (那这条呢，市工业和信息化局负责吗: or holding only a particle.)
  const particles = [...questionMarks, ...ctx.kb.vocabulary.grammar.whatAbout, ...ctx.kb.vocabulary.grammar.pointerParticles];
  const clauseAfter = (a: number, b: number) => { const end = clauseAt(r.text, a)[1]; const own = r.text.slice(b, end); const bare = withoutWords(own, particles); return bareLength(bare) > 0 || end + 1 >= r.text.length ? own : r.text.slice(end + 1, clauseAt(r.text, end + 1)[1]); };
  // (这一条除了我们工信局，还有哪些部门负责: a department set aside in the pointer's clause asks in the next one, too.)
  const besides = ctx.kb.vocabulary.grammar.departmentBesides;
  const withNext = (a: number, own: string) => { const end = clauseAt(r.text, a)[1]; return besides.some((w) => own.includes(w)) && end + 1 < r.text.length ? own + r.text.slice(end + 1, clauseAt(r.text, end + 1)[1]) : own; };
  const pointerClauses = measurePointers.flatMap((w) => findWord(r.text, w).map(([a, b]) => withNext(a, clauseAfter(a, b))));
  const pointsWhich = pointerClauses.some((clause) => whichDepartments.some((d) => clause.includes(d)));
  const pointsAtDepartments = () => pointsWhich || pointerClauses.some(yesOrNo);
  // (这些事卫健委管不管？刚才这两条的责任部门分别是哪些 after two items' measures: both of them — only where the pointer's own
  // clause asks which, not 这条卫健委负责吗？还有这两项分别能拿多少.)
  const pointedMeasures = (r.both === true || has(ctx, 'each')) && pointsWhich ? [...new Set([...measuresOf(ctx.index, ctx.prev.earlier), ...ctx.prev.focus.measures])] : ctx.prev.focus.measures;
  const pointed = departmentsOf.length > 0 && r.measures.length + r.items.length === 0 && focusItems(ctx.prev).length > 0 && pointsAtDepartments() ? pointedMeasures : [];
  const ofMeasures = r.items.length === 0 ? (r.measures.length > 0 ? r.measures : pointed) : itemMeasures.length === 1 && r.measures.every((m) => itemMeasures.includes(m)) ? itemMeasures : [];
  // (那这两笔加起来最多就是600万对吧？这两项是哪些部门负责 after two items: their total, asked in a sentence of its own, too.)
  // (要是项目投入涨到800万呢，还是按20%？另外这一条是哪些部门负责 after an item: so is a what-if of the topic's figure.)
  const apart = (x: string) => phraseFinds(ctx.kb, 'departments', x).length === 0;
  const totalToo = has(ctx, 'total') && has(ctx, 'departments') && topical(ctx.prev) && (ctx.prev.focus.benefits.length > 1 || (r.both === true && ctx.prev.earlier.some((id) => ctx.index.benefits.has(id)))) && r.items.length + r.measures.length === 0 && sentencesOf(r.text).some((x) => phraseFinds(ctx.kb, 'total', x).length > 0 && apart(x));
  const figureToo = has(ctx, 'followUp') && has(ctx, 'departments') && topical(ctx.prev) && r.items.length + r.measures.length === 0 && r.amounts.some((a) => ctx.index.baseFacts(ctx.prev.focus.benefits).includes(a.fact) && sentencesOf(r.text).some((x) => x.includes(a.raw) && apart(x)));
  // (那我们作为技术提供方能直接拿这笔钱吗？顺便问下这条是哪些部门负责的 after an item: so is a condition of the topic said
  // anew in a sentence of its own.)
  const conditionToo = has(ctx, 'departments') && topical(ctx.prev) && r.items.length + r.measures.length === 0 && Object.keys(r.facts).some((f) => ctx.index.conditionFacts(ctx.prev.focus.benefits).includes(f) && r.facts[f] !== ctx.prev.facts[f]) && sentencesOf(r.text).some(apart);
  // (我是人社局的，职称绿色通道这块文件具体怎么规定的？我们要负责哪些: the item's rule, asked in a sentence of its own, too.)
  // (职称这块人社局要配合什么: so are the items a department's tasks are asked of.)
  const ruleToo = has(ctx, 'departments') && r.items.length > 0 && (sentencesOf(r.text).some((x) => apart(x) && (phraseFinds(ctx.kb, 'regulated', x).length > 0 || phraseFinds(ctx.kb, 'explain', x).length > 0)) || (r.tasksAsked === true && r.departments.length > 0));
  if (departmentsOf.length > 0 && ofMeasures.length > 0 && !whereToApply) {
    // (The rule first, told as the text gives it: the asker is a department, no applicant. An item with money — 揭榜类项目
    // 具体怎么规定的？我们负责哪些 — is its card, worked out after.)
    const describedOnly = r.items.every((id) => ctx.index.provisions.has(id));
    if (ruleToo && describedOnly) {
      for (const id of r.items) ctx.parts.push({ kind: 'provision', id, quoted: true });
      ctx.next.focus = { benefits: [], checks: [], described: [...r.items], measures: measuresOf(ctx.index, r.items) };
    }
    for (const department of departmentsOf) ctx.parts.push({ kind: 'department', department, exclude: false, of: ofMeasures });
    ctx.next.pending = null;
    // (The topic's figure or total asked apart goes on to be worked out.)
    return totalToo || figureToo || conditionToo || (ruleToo && !describedOnly) ? undefined : 'stop';
  }
  // (钱是市财政局还是区财政局出 after an item: departments named, or offered as a choice, beside who pays ask who pays the
  // topic's money — not each department's measures.)
  if (r.departments.length > 0 && has(ctx, 'funder') && (!has(ctx, 'departments') || leadAsked(ctx.kb, r)) && topical(ctx.prev) && ctx.prev.focus.benefits.length > 0 && !aboutItem) {
    ctx.parts.push(unstatedOfTopic(ctx.prev, 'funder'));
    ctx.next.pending = null;
    return 'stop';
  }
  // (这项补助由哪些部门负责？企业…是不是每年都能申请 after an item: its ceiling's reach is worked out with it, after.)
  const reachToo = (has(ctx, 'reach') && topical(ctx.prev) && ctx.prev.focus.benefits.length > 0 && r.items.length === 0) || totalToo || figureToo || conditionToo;
  // (第三条有没有列市科技局: words of leaving out inside a yes-or-no pair ask whether it is listed, leave nothing out.)
  const exclude = has(ctx, 'exclusion') && phraseFinds(ctx.kb, 'exclusion', r.text).some(([a]) => !inYesNoPair(r.text, a));
  // (我在市科技局，…这12条里封顶最高的是哪几项: a department that only says where the speaker works, beside a list of the
  // document's items, asks nothing of its own.)
  const onlySpeaks = r.departmentsSpeak === true && !has(ctx, 'departments') && r.tasksAsked !== true && ctx.parts.some((p) => p.kind === 'document' && LISTS.has(p.topic));
  // (刚才这三条里，哪条没有写各市（县）区政府的责任: of the measures said last, as many as said, not the whole document.)
  const among = exclude ? saidMeasuresPointed(ctx) : undefined;
  if (r.departments.length > 0 && !aboutItem && !whereToApply && !onlySpeaks) for (const department of r.departments) ctx.parts.push({ kind: 'department', department, exclude, ...(among ? { among } : {}) });
  // 中试平台有什么支持，找哪个部门 / …会纳入负责人考核吗？还有哪些部门管这块？: an item asked about as well is
  // answered by the topic, with its departments.
  // (具体解释哪个部门负责 asks who interprets the measures, not who carries out the one discussed.)
  // (申请这两项具体找哪个部门？政策条文有疑问谁来解释: unless the departments are asked in a sentence of their own.)
  else if ((has(ctx, 'departments') || whereToApply) && (!has(ctx, 'interpretation') || departmentsApart(ctx)) && !asksAboutItemToo(ctx)) {
    // 这条归哪个部门管 / 青年科学家支撑计划归哪个部门: the measures named or of the items named, else the conversation's.
    const ofItems = r.items.map((id) => ctx.index.benefits.get(id)?.measure ?? ctx.index.provisions.get(id)?.measure).filter((m): m is number => m !== undefined);
    // (这两条分别是哪些部门负责 after 先使用后付费, then the platform's support: each of the topics asked, the earlier one's too.)
    const earlierToo = (r.both === true || has(ctx, 'each')) ? measuresOf(ctx.index, ctx.prev.earlier) : [];
    // (场景应用和科创金融这两条分别由哪些部门负责: a measure named by its heading and one by its item, both.)
    // (Not 我们在申请揭榜类项目，第九条由哪些部门负责: an item said as background beside a measure asked of.)
    // (揭榜类项目和第九条是哪些部门负责: or the item named in the clause the departments are asked in.)
    // (揭榜类项目和第九条，哪些部门负责: in the sentence, where no one speaks of their own — 我们在申请揭榜类项目，第九条… is.)
    const askedClauses = phraseFinds(ctx.kb, 'departments', r.text).map(([a]) => r.text.slice(...(r.speaker ? clauseAt(r.text, a) : sentenceAt(r.text, a))));
    const itemAsked = r.items.some((id) => askedClauses.some((c) => ctx.index.namedIn(id, c)));
    const both = r.both === true || has(ctx, 'each') || itemAsked;
    // (这一条的负责部门有哪些？和第三条国企那条的部门有什么不同 after the angel fund: the topic's measure pointed at, first.)
    const topicToo = r.topicMeasurePointed === true && focusItems(ctx.prev).length > 0 ? ctx.prev.focus.measures : [];
    const measures = [...new Set(r.measures.length > 0 ? [...topicToo, ...(both ? ofItems : []), ...r.measures] : ofItems.length > 0 ? ofItems : [...earlierToo, ...ctx.prev.focus.measures])];
    // 场景创新中心由哪个单位负责: what the item's text leaves open about who runs it, before the measure's departments.
    // (“经认定符合条件”，认定办法在哪里，哪些部门负责这条: or the topic's items, when the message names none.)
    const noted = (r.items.length > 0 ? r.items : focusItems(ctx.prev)).map((id) => ({ id, notes: ctx.index.notesAsked(id, r.text) })).filter((f) => f.notes.length > 0);
    // (措施一里说要组建什么联盟、建立什么机制？由哪些部门负责: a measure named alone, asked of in a sentence of its own too, is
    // described — with its departments. Not 第四条为什么没有我们, which the text gives no reason for, nor 跟第二条有什么不同
    // beside a second measure or one pointed at (国企那条), whose departments are compared, nor what the topic's notes or the
    // standards asked answer (绩效奖励怎么评, 认定办法在哪里).)
    const describedToo = r.items.length === 0 && topicToo.length === 0 && r.measures.length === 1 && noted.length === 0 && !has(ctx, 'criteria') && !ctx.kb.vocabulary.grammar.measurePointers.some((w) => r.text.includes(w)) && sentencesOf(r.text).some((x) => apart(x) && questionWords.some((w) => x.includes(w)) && !ctx.kb.vocabulary.grammar.whyNotListed.some((w) => findWord(x, w).length > 0));
    if (describedToo) return;
    if (noted.length > 0) ctx.parts.push(openPointOf(noted, null));
    // (Not twice: 我们企业去申请还是江南大学去申请？找哪个部门 has them beside whom the money goes to.)
    for (const measure of measures) if (!ctx.parts.some((p) => p.kind === 'measureDepartments' && p.measure === measure)) ctx.parts.push({ kind: 'measureDepartments', measure });
    // (这两项是哪些部门负责？具体评选标准是什么 after two items: the standard the text does not set, of those pointed at;
    // not where the items' own notes speak of it.)
    // (Not 按什么标准给 of items with a rate — 30%, 1∶1 — which the card says.)
    const unrated = (ids: readonly string[]) => ids.filter((id) => { const rate = ctx.index.benefits.get(id)?.benefit.rate; return rate === undefined || rate.kind === 'unspecified'; });
    const standardOf = unrated(r.both ? [...new Set([...ctx.prev.earlier.filter((id) => ctx.index.benefits.has(id)), ...ctx.prev.focus.benefits])] : ctx.prev.focus.benefits);
    if (noted.length === 0 && has(ctx, 'criteria') && topical(ctx.prev) && standardOf.length > 0 && ctx.parts.some((p) => p.kind === 'measureDepartments' || p.kind === 'department')) ctx.parts.push(unstatedOfTopic(ctx.prev, 'criteria', standardOf));
    if (measures.length > 0 && !reachToo) {
      // (第九条…牵头和责任单位有哪些？ then 资助对象是谁？标准是多少？: the measure named stays the topic.)
      if (r.measures.length > 0) ctx.next.focus = { benefits: r.items.filter((id) => ctx.index.benefits.has(id)), checks: [], described: [], measures: r.measures };
      ctx.next.pending = null;
      return 'stop';
    }
  }
  // (两项都拿的话最高多少 after two items: whether both may be had, then their most if they may — the topic's sum.)
  const bothMost = has(ctx, 'combination') && has(ctx, 'amount', 'maximum') && r.both === true && topical(ctx.prev) && ctx.prev.earlier.some((id) => ctx.index.benefits.has(id));
  // (这个措施适用于哪些主体？像校友会这种校友组织能不能享受什么支持: a party asked of in a question of its own, beside whom
  // the measures apply to, has its items said after — unless its list is given already.)
  const scopeFinds = (x: string) => phraseFinds(ctx.kb, 'scope', x).length + phraseFinds(ctx.kb, 'scopeList', x).length;
  const partyToo = r.asked.length > 0 && (r.questions ?? 1) > 1 && has(ctx, 'scope', 'scopeList') && !ctx.parts.some((p) => p.kind === 'vague') && sentencesOf(r.text).some((x) => scopeFinds(x) === 0 && r.asked.some((p) => partyNamedIn(ctx.kb, p, x)));
  if (ctx.parts.some((p) => p.kind === 'document' || p.kind === 'department' || p.kind === 'measureDepartments' || p.kind === 'vague') && !aboutItem && r.measures.length === 0 && !bothMost && !reachToo && !partyToo) {
    // (这个钱是市里出还是区里出？什么时候可以申报 after an item: who pays the topic's items, first, beside the document's answer.)
    if (has(ctx, 'funder') && topical(ctx.prev) && ctx.prev.focus.benefits.length > 0 && !ctx.parts.some((p) => p.kind === 'document' && p.topic === 'funder')) ctx.parts.unshift(unstatedOfTopic(ctx.prev, 'funder'));
    // (两个都建的话能同时拿吗？另外认定的具体条件是什么 after two items: the conditions asked in a question of their own are
    // the topic's items' points the text leaves open, after whether both may be had.)
    if (has(ctx, 'conditions') && (r.questions ?? 0) > 1 && topical(ctx.prev) && ctx.parts.some((p) => p.kind === 'document' && p.topic === 'combination')) {
      const apart = sentencesOf(r.text).filter((x) => phraseFinds(ctx.kb, 'combination', x).length === 0 && phraseFinds(ctx.kb, 'conditions', x).length > 0).join('');
      const ids = [...new Set([...(r.both ? ctx.prev.earlier.filter((id) => ctx.index.benefits.has(id)) : []), ...focusItems(ctx.prev)])];
      const noted = apart.length > 0 ? ids.map((id) => ({ id, notes: ctx.index.notesAsked(id, apart) })).filter((f) => f.notes.length > 0) : [];
      if (noted.length > 0) ctx.parts.push(openPointOf(noted, null));
    }
    ctx.next.pending = null;
    return 'stop';
  }
};

/**
 * 改成概念验证中心，其余不变 / 要是我们建的是概念验证中心不是中试平台，三年都优秀总共最多多少 after the pilot platform's items
 * totalled: one body's items named in place of another's of the same measure, with the rest kept or the total asked
 * again — each topic item becomes the named body's item with the same qualifiers. Undefined unless every one has its like.
 */
function swappedBody(ctx: Ctx, named: readonly string[]): { items: string[]; pairs: [string, string][] } | undefined {
  const { reading: r, prev, index } = ctx;
  if (named.length === 0 || prev.focus.benefits.length === 0 || named.some((id) => prev.focus.benefits.includes(id))) return;
  // (不对，我们其实是概念验证中心，不是中试平台，那认定和三年绩效奖励分别最多多少 after the pilot's total: each asked again is the
  // total's items again.)
  // (Not 如果同时还建中试平台呢 / 两个认定的钱加起来: one more body, beside the topic's — a correction's 另外 asks apart.)
  // (Nor 概念验证中心我们也在建: no word of changing the case.)
  // (不好意思我说错了，我们建的其实是概念验证中心，麻烦重新算一下: a correction asking the money again asks the total again —
  // not one asking a year's, 每年最多拿多少, nor one item's by its own words, 它的绩效奖励最高多少.)
  const qualifierSaid = named.some((id) => (index.benefits.get(id)?.benefit.qualifiers ?? []).some((q) => r.text.includes(q)));
  const askedAgain = has(ctx, 'total') || (has(ctx, 'each') && has(ctx, 'maximum', 'amount')) || (has(ctx, 'correction') && has(ctx, 'amount', 'maximum') && !r.laterYears && !has(ctx, 'reach') && !qualifierSaid);
  if ((has(ctx, 'also') && !has(ctx, 'correction')) || r.both === true || (r.restKept !== true && !(prev.lastTotal !== null && askedAgain && has(ctx, 'correction', 'followUp')))) return;
  // (Not 如果我们建的是概念验证中心，但只认定没评上优秀: what is said of the new one is its case, not the last one's —
  // unless it only holds what the swap keeps: 也是两年优秀.)
  if (Object.entries(r.facts).some(([f, value]) => !index.partyFact(f) && value !== true)) return;
  const family = new Set([named[0]!, ...index.siblings(named[0]!).map((x) => x.id)].filter((id) => index.benefits.has(id)));
  if (!named.every((id) => family.has(id))) return;
  const qualifiers = (id: string) => JSON.stringify([...(index.benefits.get(id)?.benefit.qualifiers ?? [])].sort());
  const measure = (id: string) => index.item(id)?.measure;
  const pairs: [string, string][] = [];
  for (const id of prev.focus.benefits) {
    if (measure(id) !== measure(named[0]!) || family.has(id)) return;
    const like = [...family].find((x) => qualifiers(x) === qualifiers(id));
    if (!like) return;
    pairs.push([id, like]);
  }
  return { items: [...new Set([...named, ...pairs.map(([, x]) => x)])], pairs };
}

/**
 * Whether the message says the qualifiers of a yearly sibling of the topic's items (绩效奖励 after the platform's support);
 * with `beyondReach`, one besides the words asking the reach (not 每年 of 医院每年都能拿吗).
 */
function yearlySiblingSaid(ctx: Ctx, beyondReach = false): boolean {
  const reachWords = beyondReach ? phraseFinds(ctx.kb, 'reach', ctx.reading.text).map(([a, b]) => ctx.reading.text.slice(a, b)) : [];
  const said = (q: string) => ctx.reading.text.includes(q) && !reachWords.some((w) => w.includes(q));
  return ctx.prev.focus.benefits.some((id) => ctx.index.siblings(id).some((x) => x.id !== id && ctx.index.benefits.get(x.id)?.benefit.cap.per === 'per_year' && x.qualifiers.some(said)));
}

/** An item named and asked about beside its departments: its content, amount or conditions, or a question of its own. */
function asksAboutItemToo(ctx: Ctx): boolean {
  // (我们学校有一批存量专利，能拿去质押融资吗？这块是哪些部门负责: or a sentence of its own before the departments'.)
  // (Not 我们建了一个中试平台。请问找哪个部门: a sentence stating, with no question of its own.)
  const { questionMarks, questionWords } = ctx.kb.vocabulary.grammar;
  const departmentWords = ctx.kb.vocabulary.intents.departments?.phrases ?? [];
  const asksApart = sentencesOf(ctx.reading.text).some((x) => bareLength(x) > 0 && !departmentWords.some((w) => x.includes(w)) && [...questionMarks, ...questionWords].some((w) => x.includes(w)));
  // (两个加一起最多多少？找哪个部门 after two items: the topic's total, then its departments.)
  // (Not with a third question of the document's — 什么时候申报, 能同时拿吗 — answered there, the departments beside it.)
  const topicTotal = ctx.reading.items.length === 0 && has(ctx, 'total') && has(ctx, 'amount', 'maximum') && topical(ctx.prev) && ctx.prev.focus.benefits.length > 1 && !has(ctx, ...documentIntents.filter((i) => i !== 'departments'));
  // (它也能申请这项奖励吗？这条是哪个部门负责 with a fact of the topic's said: whether it may, worked out, then the departments.)
  const topicChecked = ctx.reading.items.length === 0 && has(ctx, 'conditions') && topical(ctx.prev) && ctx.prev.focus.benefits.length > 0 && Object.keys(ctx.reading.facts).some((f) => !ctx.index.partyFact(f)) && asksApart;
  // (我们跟上海的企业签的合同也算吗？另外这个资助找哪个部门 after the platform's support: a partner from elsewhere asked of
  // the topic, worked out, then the departments.)
  const partnerAsked = ctx.reading.partnerOutside !== undefined && ctx.reading.items.length === 0 && topical(ctx.prev) && ctx.prev.focus.benefits.length > 0 && asksApart;
  return topicTotal || topicChecked || partnerAsked || (ctx.reading.items.length > 0 && (has(ctx, 'explain', 'amount', 'maximum', 'conditions', 'rate') || (ctx.reading.questions ?? 0) > 1 || (ctx.reading.interrogative === true && asksApart)));
}

/** 第六条说的是什么: describe each measure named, unless the message computes on it. */
/**
 * 那我们这只基金具体是按30%还是50% after the fund's tolerance (20%—50%): percentages asked of a provision the topic
 * describes with a range, naming nothing else, are weighed against that range.
 */
const boundAsked: Handler = (ctx) => {
  const { reading: r, prev, index } = ctx;
  if (!has(ctx, 'rate', 'criteria') || (r.quotedPercents?.length ?? 0) === 0 || r.items.length + r.measures.length + r.amounts.length > 0) return;
  const percentsOf = (p: Provision) => (p.numbers ?? []).filter((n) => n.unit === 'percent').map((n) => Number(n.value));
  let ranged = prev.focus.described.filter((id) => ctx.kb.measures.some((m) => m.provisions.some((p) => p.id === id && percentsOf(p).length > 0)));
  // (基金存续期…, then 那我们这支基金具体适用20%还是50%: of the topic's measure, the one provision whose bounds are those said.)
  if (ranged.length === 0) {
    const said = r.quotedPercents!.map(Number);
    ranged = ctx.kb.measures.filter((m) => prev.focus.measures.includes(m.number)).flatMap((m) => m.provisions.filter((p) => said.every((x) => percentsOf(p).includes(x))).map((p) => p.id));
  }
  if (ranged.length !== 1) return;
  ctx.parts.push({ kind: 'provision', id: ranged[0]! });
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  return 'stop';
};

const namedMeasures: Handler = (ctx) => {
  const r = ctx.reading;
  // 第十三条讲什么: the document has no such measure; say so, and how many it has.
  if (r.measures.length === 0 && r.items.length === 0 && (r.absentMeasures?.length ?? 0) > 0) {
    for (const measure of r.absentMeasures!) ctx.parts.push({ kind: 'absentMeasure', measure });
    ctx.next.pending = null;
    return 'stop';
  }
  if (r.measures.length === 0 || r.items.length > 0 || ctx.continues) return;
  // 我们企业，第六条讲什么: the asker's own kind is who asks, not a figure to compute on.
  const ownKind = new Set(r.self.flatMap((p) => Object.keys(ctx.kb.vocabulary.parties[p]?.asSelf ?? {})));
  const computes = Object.keys(r.facts).some((f) => !ownKind.has(f) && (ctx.index.conditionFacts([...ctx.index.benefits.keys()]).includes(f) || [...ctx.index.benefits.keys()].some((id) => ctx.index.baseFact(id) === f)));
  if (computes) return;
  // 一家企业的同一份技术合同，市里按第六条可以补60万，区里同类政策可以补80万，应该怎么给: another policy's sum weighed
  // against the one item of the measure named whose figure the message names (技术合同) is about that item.
  if (COMBINATION_FACTS.some((f) => r.facts[f] !== undefined)) {
    const ofMeasure = ctx.index.benefitsOf(r.measures).filter((id) => r.mentioned.includes(ctx.index.baseFact(id) ?? ''));
    if (ofMeasure.length === 1) {
      ctx.ofMeasure = ofMeasure;
      return;
    }
  }
  if (!ctx.parts.some((p) => p.kind === 'measureDepartments')) for (const measure of r.measures) ctx.parts.push({ kind: 'measure', measure });
  // (第四条讲的是什么, then 这条是哪些部门负责的: the measure described is the one pointed at next — no item of it discussed.)
  if (ctx.parts.some((p) => p.kind === 'measure')) ctx.next.focus = { benefits: [], checks: [], described: [], measures: [...r.measures] };
  // 第六条和第十三条: the one the document has is described, and the other said to be missing.
  for (const measure of r.absentMeasures ?? []) ctx.parts.push({ kind: 'absentMeasure', measure });
  ctx.next.pending = null;
  return 'stop';
};

/** The topic of this message: items named, benefits whose figures are stated, or retrieval's best clauses. */
const topic: Handler = (ctx) => {
  const { reading: r, index, prev, kb } = ctx;
  // 合同实际成交250万，两边各自最多能拿多少: each of the conversation's two parties is asked about.
  // (Not two items: 那如果再建一个概念验证中心呢，两个都建能都拿吗，各是多少 names the second platform.)
  if (r.asked.length === 0 && r.items.length === 0 && has(ctx, 'each') && r.both && prev.parties.self.length > 0 && prev.parties.counterparties.length > 0) {
    r.asked = [...new Set([...prev.parties.self, ...prev.parties.counterparties])];
  }
  const perspective = perspectiveOf(ctx);
  // 是不是公司注册下来就能拿1000万 after the team's support: of the items sharing the ceiling, the one discussed.
  const current = [...prev.focus.benefits, ...prev.focus.checks];
  const byCeiling = r.byCeiling ?? [];
  // 落地5个能拿500万吗 after the alumni body's reward (最高100万): a sum hoped for that no item of the topic has as its
  // ceiling is weighed against the topic's ceiling, not the name of every item that has it.
  const hopedOfTopic = byCeiling.length > 0 && !byCeiling.some((id) => current.includes(id)) && prev.focus.benefits.length > 0 && r.items.every((id) => byCeiling.includes(id));
  if (hopedOfTopic) {
    ctx.parts.push({ kind: 'hoped', fen: yuanToFen(index.benefits.get(byCeiling[0]!)!.benefit.cap.yuan) });
    ctx.continues = true;
  }
  // 我们预算要两千万，能批吗 after the team's support: one sum said beside the topic, no fact of it, weighed against its
  // ceiling when above it.
  // (我们团队估算需要1500万，能给到1500万吗: one sum said twice is one sum.)
  // (注册资本5000万 is no sum hoped for either.)
  const said = [...new Set([...(r.quoted ?? []), ...unclaimedSums(r)])];
  const ceilings = prev.focus.benefits.map((id) => yuanToFen(index.benefits.get(id)!.benefit.cap.yuan));
  // (两个加起来最多600万对吧: a total of two asked is their sum, not one ceiling hoped past.)
  // (Not a budget asked whether it is enough: 这块预算只有100万，够不够 is weighed against the total.)
  // (项目总投资大概2000万，能按投资比例拿得更多吗: a figure said as another fact's, an investment, is no sum hoped for.)
  const ofOtherFact = r.mentioned.some((f) => !(f in r.facts));
  // (王某那3500万里面有1000万的项目还没落地转化: nor a part said of the topic's figure.)
  if (!hopedOfTopic && r.partOf === undefined && !has(ctx, 'total') && !r.both && r.budget === undefined && !ofOtherFact && said.length === 1 && r.amounts.length === 0 && r.items.length === 0 && ceilings.length === 1 && yuanStringToFen(said[0]!)! > ceilings[0]! && topical(prev) && (r.interrogative === true || (r.questions ?? 0) > 0)) {
    ctx.parts.push({ kind: 'hoped', fen: yuanStringToFen(said[0]!)! });
    ctx.continues = true;
  }
  // (那就按最高100万算，能确定拿到吗 after the scene grant: the topic's one ceiling said back, naming nothing, is of the topic.)
  if (!ctx.continues && r.items.length + r.measures.length + r.amounts.length === 0 && said.length === 1 && ceilings.length === 1 && yuanStringToFen(said[0]!) === ceilings[0] && topical(prev)) ctx.continues = true;
  let named = hopedOfTopic ? [] : byCeiling.some((id) => current.includes(id)) ? r.items.filter((id) => !byCeiling.includes(id) || current.includes(id)) : [...r.items, ...(ctx.ofMeasure ?? [])];
  // (第五条创新联合体那几项，单项最高额度全加起来是多少: every item of the one measure named, where those named are of it and
  // every name of its items said is one they all share — not 第五条生态型创新联合体那几项, nor 第八条中试服务平台那几项.)
  const allAsked = r.measures.length === 1 && named.length > 0 && kb.vocabulary.grammar.allOfMeasure.some((w) => findWord(r.text, w).length > 0) && named.every((id) => index.benefits.has(id) && index.item(id)?.measure === r.measures[0]);
  const ofMeasure = allAsked ? index.benefitsOf(r.measures) : [];
  const namesSaid = [...new Set(ofMeasure.flatMap((id) => index.item(id)?.names ?? []))].filter((n) => findWord(r.text, n).length > 0);
  if (namesSaid.length > 0 && namesSaid.every((n) => ofMeasure.every((id) => (index.item(id)?.names ?? []).includes(n)))) named = ofMeasure;
  // (这笔合同能算进我们第七条的年度新增吗？…去年…800万，今年…1100万 after 第6条's contract: a measure named apart from
  // the topic's, with the figure of one of its items, is that item.)
  if (named.length === 0 && r.measures.length > 0 && r.measures.every((m) => !prev.focus.measures.includes(m))) {
    named = index.benefitsOf(r.measures).filter((id) => r.facts[index.baseFact(id) ?? ''] !== undefined);
    // (那这所高校因为这份合同，能不能也按第七条拿资助 after the enterprise's contract: so is one for the party named.)
    // (Not with no topic: 我们公司…签了合同，能拿第六条补助吗 is read by its facts, not as every item of the measure.)
    if (named.length === 0 && prev.focus.benefits.length > 0) named = index.benefitsOf(r.measures).filter((id) => perspectiveServes(ctx, r.pointed ? [r.pointed] : perspective, id));
    // (我们第七条: the asker's own, not the party asked about before — 企业那边能拿多少 of 第6条.)
    if (named.length > 0 && r.asked.length === 0) ctx.next.parties.asked = [];
  }
  // (如果这所高校同时是第六条里企业产学研合作的对方…高校这边还能按第七条拿吗: items named only as another party's, beside a
  // measure named with items for the party asked about, are that party's items of the measure.)
  const askedParty = r.pointed ?? (r.asked.length === 1 ? r.asked[0] : undefined);
  const namedMeasures = new Set(named.map((id) => index.item(id)?.measure));
  const partyItems = askedParty && r.measures.length > 0 && named.length > 0 && named.every((id) => index.benefits.has(id) && !index.partyServes(askedParty, id)) ? index.benefitsOf(r.measures.filter((m) => !namedMeasures.has(m))).filter((id) => index.partyServes(askedParty, id)) : [];
  // (…企业这边按第六条能拿多少 after a contract said: those whose base is said, not every one of the measure's.)
  const withBase = partyItems.filter((id) => { const base = index.baseFact(id) ?? ''; return r.facts[base] !== undefined || prev.facts[base] !== undefined; });
  if (partyItems.length > 0) named = withBase.length > 0 ? withBase : partyItems;
  // (加上刚才的创新券，总预算需要多少 after four firms' vouchers worked out one by one: the topic's item named back with no
  // figure of its own is what it came to then, an earlier item of the total — not worked out again on their figures summed.)
  const workedOneByOne = (id: string) => { const base = index.baseFact(id); return base !== undefined && prev.amounts.filter((a) => a.own && a.fact === base).length > 1 && r.amounts.every((a) => a.fact !== base); };
  if (has(ctx, 'total') && r.amounts.length > 0) named = named.filter((id) => !(prev.focus.benefits.includes(id) && prev.lastResults.some((x) => x.benefit === id) && workedOneByOne(id)));
  // (是不是所有技术经理人都能按这个比例拿奖补？优秀的技术转移人才能不能进“太湖人才计划” after the managers' award: whether
  // every one has the topic's money, asked apart from another item with none, is the topic's too.)
  if (has(ctx, 'automatic') && r.askedMany && (r.questions ?? 0) > 1 && named.length > 0 && named.every((id) => !index.benefits.has(id)) && prev.focus.benefits.length > 0) named = [...prev.focus.benefits, ...named];
  // 如果对接的是市级重点实验室呢 on the leading enterprise's reward: an item named only by words that state a condition
  // of the topic (市级重点实验室, which denies the high-level platform) is not asked about.
  // (…不在省级以上开发区里，它也对接了一个省重点实验室项目，能拿吗 after the leading enterprise's reward, said of an
  // enterprise: items for no kind of the asker's, named by the topic's condition words, are not asked about either.)
  const statesTopic = index.conditionFacts(current).some((f) => r.facts[f] !== undefined);
  // (我们有个配套供应商…不在任何开发区里，他们也跟省重点实验室合作落地了项目，能申请这个奖励吗: pointing back at the
  // topic's item, the condition words said name no other.)
  const pointsBackAt = kb.vocabulary.grammar.pointingBack.some((w) => r.text.includes(w)) && topical(prev);
  const forOthersOnly = (r.self.length > 0 || pointsBackAt) && statesTopic && named.every((id) => !index.benefits.has(id) || !perspectiveServes(ctx, perspective, id));
  if (((ctx.continues && (has(ctx, 'followUp', 'correction') || bareLength(r.text) <= 16)) || forOthersOnly) && named.some((id) => !current.includes(id))) {
    const saying = index.conditionFacts(current).filter((f) => r.facts[f] !== undefined).flatMap((f) => wordsOfFact(kb.vocabulary, f)).filter((w) => r.text.includes(w));
    // (我们公司能不能也申请第七条那个按成交额10%的资助: an item of a measure named by its number is asked.)
    named = named.filter((id) => current.includes(id) || r.measures.includes(index.item(id)?.measure ?? 0) || (index.item(id)?.names ?? []).some((n) => r.text.includes(n) && !saying.some((w) => w.includes(n))));
  }
  // (企业对接的那个省级技术创新中心在南京…这样符合吗 after the leading enterprise's reward and the platform's: of the topic's
  // items, one named only by words stating another's condition is that other's.)
  // (对接的国家重点实验室在北京，不在无锡，算不算 after the leading enterprise's reward alone: so is an item named apart
  // from the topic only by its condition's words, no measure named, the asker not saying what it is.)
  const askedWhether = has(ctx, 'conditions') || ((r.questions ?? 0) > 0 && !has(ctx, 'amount', 'rate', 'total', 'maximum'));
  // (Not an item asked of a party it is for: 那建有省级重点实验室的研究所…也能申请吗 asks the institute's own.)
  const ofItsParty = () => named.some((id) => Object.entries(kb.vocabulary.parties).some(([p, def]) => index.partyServes(p, id) && !current.some((c) => index.partyServes(p, c)) && def.words.some((w) => !w.includes('…') && r.text.includes(w))));
  if (named.length > 0 && askedWhether && (named.every((id) => current.includes(id)) ? current.length > 1 : r.measures.length + r.self.length === 0 && !ofItsParty())) {
    const stating = current.filter((id) => !named.includes(id) && index.conditionFacts([id]).some((f) => r.facts[f] !== undefined));
    const saying = index.conditionFacts(stating).filter((f) => r.facts[f] !== undefined).flatMap((f) => wordsOfFact(kb.vocabulary, f)).filter((w) => r.text.includes(w));
    // (Not 另外我想带着团队…创办一家科技公司，市里最多能给多少资助 after the job-title track: an item named by no name said
    // whole — 带…团队…创办 — is named by no condition's words either.)
    const byCondition = (id: string) => { const said = (index.item(id)?.names ?? []).filter((n) => r.text.includes(n)); return said.length > 0 && said.every((n) => saying.some((w) => w.includes(n))); };
    if (stating.length > 0 && named.every(byCondition)) named = stating;
  }
  // 另外还有一笔3000万的专利许可合同也是我促成的，两笔加起来能拿多少 after the manager's reward: a provision named in the
  // clause of one more of the topic's figures says what kind of deal the figure is, not what is asked.
  const bases = index.baseFacts(prev.focus.benefits);
  const added = ctx.continues && has(ctx, 'also', 'total') && r.measures.length === 0 ? r.amounts.filter((a) => bases.includes(a.fact)) : [];
  if (added.length > 0) {
    const clauses = clauseIndex(r.text);
    const figureClauses = new Set(added.map((a) => clauses[r.text.indexOf(a.raw)]));
    const describesFigure = (id: string) => index.provisions.has(id) && (index.item(id)?.names ?? []).every((n) => findWord(r.text, n).every(([s]) => figureClauses.has(clauses[s])));
    named = named.filter((id) => !describesFigure(id));
  }
  // 那之后评上绩效优秀呢: an item named like the current one but qualified by what this message says.
  // Not for a sum quoted of them all (所以一个平台最多能拿1500万对吧): that is about every item of the topic.
  // (之后两个平台绩效都是优秀，那一年能拿多少, naming nothing after both platforms: each one's, the earlier one's too.)
  const namesNothing = r.items.length + r.measures.length === 0 && topical(prev);
  // (分别多少 after two items, one after the other: each one's, the earlier one's too.)
  const both = r.both === true || (has(ctx, 'each') && namesNothing);
  // (如果明年绩效评价为优秀，还能拿多少？另外我们还想建一个概念验证中心，认定后最多能拿多少 after the pilot platform: a
  // question of its own before any item is named, with the qualifiers of a sibling of the topic's item, asks of that
  // sibling too.)
  // (两个平台分别能拿多少绩效奖励？中试平台打算放在江阴 after both platforms' supports: so does the one question of both,
  // when the item is named after it only in passing, in a sentence asking nothing; the item so named is not asked.)
  const firstNamed = named.length > 0 && topical(prev) ? Math.min(...named.flatMap((id) => (index.item(id)?.names ?? []).map((n) => r.text.indexOf(n)).filter((at) => at >= 0))) : -1;
  // (Only a question of both: 如果绩效评价为优秀，能拿多少？我问的是中试平台 names the one asked.)
  const inPassing = r.both === true && (r.questions ?? 0) === 1 && firstNamed >= 0 && Number.isFinite(firstNamed) && sentencesOf(r.text.slice(firstNamed)).every((x) => !kb.vocabulary.grammar.questionMarks.some((m) => x.includes(m)));
  if (named.length > 0 && topical(prev) && ((r.questions ?? 0) > 1 || inPassing)) {
    // (Only before a name said whole: items named by words with gaps have no place to be before.)
    const passing = inPassing ? [...named] : [];
    for (const [from, to] of questionsBefore(r.text, firstNamed, kb.vocabulary.grammar.questionMarks)) {
      const sentence = r.text.slice(from, to);
      for (const id of prev.focus.benefits) for (const sib of index.siblings(id)) if (sib.qualifiers.some((q) => sentence.includes(q)) && !named.includes(sib.id)) named.unshift(sib.id);
    }
    if (passing.length > 0 && named.length > passing.length) named = named.filter((id) => !passing.includes(id));
  }
  // (绩效评价结果是良好，不是优秀，每年的绩效奖励还有吗 after the centre's support: several of a sibling's own qualifiers
  // said, with nothing named, ask of that sibling.)
  const ofSibling = namesNothing && prev.focus.benefits.some((id) => index.siblings(id).some((x) => x.qualifiers.filter((q) => r.text.includes(q)).length >= QUALIFIERS_SAID));
  // (如果评上优秀，绩效奖励是每年200万，还是总共200万 after the centre's support: sums said to ask the reach name no item.)
  if (named.length === 0 && (ctx.continues || has(ctx, 'followUp') || (namesNothing && both) || ofSibling) && (!r.quoted?.length || has(ctx, 'reach'))) {
    // (认定后给多少，评上优秀每年再给多少: two questions, one of each.)
    const twoAsked = (r.questions ?? 0) > 1 || kb.vocabulary.grammar.questionWords.reduce((n, w) => n + r.text.split(w).length - 1, 0) > 1;
    for (const id of [...prev.focus.benefits, ...prev.focus.checks, ...(both && namesNothing ? prev.earlier : [])]) {
      // 区里的比赛算不算: a message stating one of the current item's conditions, or using its own qualifiers, stays on it.
      const current = index.benefits.get(id)?.benefit ?? index.provisions.get(id)?.provision;
      // (认定支持加绩效奖励，今年合计预算要多少 after the excellence rewards, the recognitions before them: with a total
      // asked, a sibling's own noun's head — 支持 of 资金支持 — said beside the item's qualifiers adds that sibling too.)
      const itsTitle = index.item(id)?.title ?? '';
      const headSaid = (x: { title: string }) => { const head = ownNoun(x.title, itsTitle).slice(-2); return head.length === 2 && r.text.includes(head) && !itsTitle.includes(head); };
      const besides = has(ctx, 'total') && current?.qualifiers.some((q) => r.text.includes(q)) ? index.siblings(id).filter((x) => x.qualifiers.length === 0 && headSaid(x) && prev.earlier.includes(x.id)) : [];
      if (besides.length > 0) {
        for (const x of [...besides.map((b) => b.id), id]) if (!named.includes(x)) named.push(x);
        continue;
      }
      if (current?.qualifiers.some((q) => r.text.includes(q)) || index.conditionFacts([id]).some((f) => r.facts[f] !== undefined)) continue;
      const next = index.siblings(id).filter((sibling) => sibling.qualifiers.some((q) => r.text.includes(q)) && !named.includes(sibling.id));
      named.push(...next.map((sibling) => sibling.id));
      // (三年都评优秀的话，总共最多多少 after the concept centre's support: a first total counts the item it follows from
      // too; after a total of supports, 三年绩效奖励一共 is of the rewards.)
      // (如果三年里有一年良好，其余两年优秀，那总共最多多少 after a total of the support and the rewards: the total asked
      // again of a case changed still counts both.)
      const totalAgain = has(ctx, 'total') && prev.lastTotal !== null && next.every((s) => prev.focus.benefits.includes(s.id));
      // (一年绩效奖励最多合计多少 after both platforms' supports: the siblings' own noun said, not the item's, asks of them alone.)
      const title = index.item(id)?.title ?? '';
      const siblingsOnly = next.every((s) => { const noun = ownNoun(s.title, title); return noun.length > 1 && r.text.includes(noun); }) && !r.text.includes(ownNoun(title, next[0]?.title ?? ''));
      if (next.length > 0 && !siblingsOnly && ((has(ctx, 'total') && prev.lastTotal === null) || totalAgain || twoAsked) && index.benefits.has(id) && !named.includes(id)) named.push(id);
    }
    // (那这两个钱是一次性的还是每年都有 after the trading platform, then the service bodies' reward: both are asked of.)
    // (两项都拿的话最高多少: so are both, asked how much if had together.)
    // (这些奖励和经费是按什么比例或公式算的: so are both, asked how each is worked out.)
    if (r.both === true && namesNothing && (has(ctx, 'reach', 'rate') || (has(ctx, 'combination') && has(ctx, 'amount', 'maximum'))) && named.length === 0) named.push(...new Set([...prev.earlier, ...prev.focus.benefits].filter((id) => index.benefits.has(id))));
  }
  if (named.length === 0 && topical(prev) && !r.quoted?.length) named.push(...index.namedAfter(current, r.text));
  // (如果接续支持改成500万，合计1500万，对吗 after the platform's two supports: a total claimed, one of them named with its
  // sum, is of both.)
  if (has(ctx, 'total') && !has(ctx, 'each') && (r.quoted?.length ?? 0) > 1 && named.length > 0 && named.every((id) => prev.focus.benefits.includes(id)) && prev.focus.benefits.length > named.length) named = [...prev.focus.benefits];
  // 建完了还有后续支持吗 after the ecological platform's two items: the one given after the other is asked.
  if (named.length === 0 && topical(prev) && kb.vocabulary.grammar.afterCompletion.some((w) => r.text.includes(w))) {
    named.push(...prev.focus.benefits.filter((id) => index.followsOn(id, prev.focus.benefits)));
  }
  // (更正一下，今年新认定的中试服务平台是2个不是3个，总预算改为多少 after a total of several items: the total is still of
  // them all, one count corrected.)
  // (更正：中试平台只有1家评为优秀。合计调整为多少 after the rewards' total with the supports at recognition: the items of the
  // earlier turn that total counted are still in it.)
  // (如果改成3个任务型，生态型不变呢 after a total, then a question of the platform alone: of the items that total counted too.)
  if (r.countsCorrected && prev.lastTotal?.counts && named.length > 0 && named.every((id) => prev.focus.benefits.includes(id) || prev.lastTotal?.counts?.[id] !== undefined)) {
    const totalled = Object.keys(prev.lastTotal.counts).filter((id) => index.benefits.has(id) && prev.earlier.includes(id) && !prev.focus.benefits.includes(id));
    named = [...prev.focus.benefits, ...totalled];
    // (等一下我说错了，是2个中试平台和3个概念验证中心 after their total: the total, again, with the counts corrected.)
    if (named.length > 1 && !has(ctx, 'total')) r.intents.push('total');
  }
  // (改成概念验证中心，其余不变 after the pilot platform's support and its reward for two excellent years: one body named
  // in place of another of the measure, each of that one's items becomes the named body's like item, counted as it was.)
  const swapped = swappedBody(ctx, named);
  if (swapped) {
    named = swapped.items;
    for (const [from, to] of swapped.pairs) { const n = prev.lastTotal?.counts?.[from]; if (n !== undefined && r.itemCounts?.[to] === undefined) (r.itemCounts ??= {})[to] = n; }
    // (换成概念验证中心，不过只有两年优秀: the years said now, else the last total's.)
    if (r.yearCount === undefined && r.quotedYears?.length === 1) r.yearCount = Number(r.quotedYears[0]);
    if (r.yearCount === undefined && prev.lastTotal?.years !== undefined) r.yearCount = prev.lastTotal.years;
    if (named.length > 1 && !has(ctx, 'total')) r.intents.push('total');
    // (…总共多少？另外绩效是良好的话有没有奖励: 另外 opens another question, adds no item to the swapped ones.)
    r.intents = r.intents.filter((i) => i !== 'also');
  }
  // (如果绩效优秀的是2个中试平台和1个概念验证中心呢？其余不变 after a total: the items named are counted anew, the rest of
  // that total kept as it was counted.)
  const restKept = !swapped && prev.lastTotal !== null && named.length > 0 && prev.focus.benefits.length > 0 && r.restKept === true;
  if (restKept) {
    for (const [id, n] of Object.entries(prev.lastTotal?.counts ?? {})) if (!named.includes(id) && r.itemCounts?.[id] === undefined && prev.focus.benefits.includes(id)) (r.itemCounts ??= {})[id] = n;
    named = [...new Set([...named, ...prev.focus.benefits])];
    if (!has(ctx, 'total')) r.intents.push('total');
  }
  // (等一下我说错了，是2个中试平台和3个概念验证中心 after the rewards of the platforms counted before: the bodies counted
  // anew are those the rewards asked last were counted by — each reward is counted as its platforms now, beside them.)
  const countsOf = prev.lastTotal?.counts;
  // (Not 更正：绩效优秀的是两个中试平台 after the supports: the rewards, qualified, are named — not the bodies.)
  if (has(ctx, 'correction') && r.itemCounts && countsOf && named.length > 0 && named.every((id) => !prev.focus.benefits.includes(id) && r.itemCounts?.[id] !== undefined && index.benefits.get(id)?.benefit.qualifiers.length === 0)) {
    const bodyOf = (id: string) => named.find((x) => index.siblings(id).some((s) => s.id === x));
    const kin = prev.focus.benefits.filter((id) => countsOf[id] !== undefined && bodyOf(id) !== undefined);
    for (const id of kin) r.itemCounts[id] = r.itemCounts[bodyOf(id)!]!;
    if (kin.length > 0) {
      named = [...named, ...kin];
      if (!has(ctx, 'total')) r.intents.push('total');
    }
  }
  // (第一份更正一下：…其实是江苏省科学技术奖三等奖…合计最高变成多少 after the total of two items: one of them corrected,
  // the total is still of both.)
  if (has(ctx, 'correction') && has(ctx, 'total') && prev.lastTotal !== null && named.length > 0 && named.every((id) => prev.focus.benefits.includes(id)) && prev.focus.benefits.length > named.length) named = [...prev.focus.benefits];
  // (创新券能用来买检验检测服务吗？在别的平台上用的券算不算 after the voucher's match: a provision of the topic's measure
  // named beside a condition of the topic's item stated — not who applies — asks of both.)
  if (named.length > 0 && named.every((id) => index.provisions.has(id)) && topical(prev)) {
    const ofMeasures = new Set(named.map((id) => index.item(id)?.measure));
    for (const id of prev.focus.benefits) if (!named.includes(id) && ofMeasures.has(index.item(id)?.measure) && index.conditionFacts([id]).some((f) => r.facts[f] !== undefined && !index.partyFact(f))) named.push(id);
  }
  const benefits = named.filter((id) => index.benefits.has(id));
  // 我们是…龙头企业，跟一个国家重点实验室对接: with the asker named, benefits named for another kind of party give
  // way to those named for the asker (the laboratory describes the partner, not the topic).
  // (还建了个认定的概念验证中心: a platform the asker builds is its own, in a total of its items.)
  const buildsIt = (id: string) => perspective.some((p) => kb.vocabulary.parties[p]?.sumsWith.includes(index.benefits.get(id)?.benefit.beneficiary ?? ''));
  // (问两个事：一是概念验证中心…，二是高校团队…: items asked in questions of their own are each answered.)
  const askedApart = kb.vocabulary.grammar.numberedQuestions.filter((w) => r.text.includes(w)).length > 1 && r.items.length > 1;
  if (r.self.length > 0 && !askedApart && benefits.some((id) => perspectiveServes(ctx, perspective, id))) {
    for (const id of [...benefits]) if (!perspectiveServes(ctx, perspective, id) && !buildsIt(id) && r.asked.length === 0) benefits.splice(benefits.indexOf(id), 1);
  }
  const provisions = named.filter((id) => index.provisions.has(id));

  /** A figure read as another party's yearly one (the enterprise's contract as the school's new contracts this year), said so. */
  let readBack: string | null = null;
  // A benefit whose base the message states is in play: the asker's own always (its conditions are asked next);
  // another party's only when the message states a condition of that party's own (学校有重点实验室 for the
  // school, 经理人评上优秀 for the manager). The asker's own kind (我们学校 → research side) is no such statement.
  {
    const serves = perspective.length > 0 ? new Set(perspective.flatMap((p) => kb.vocabulary.parties[p]?.serves ?? [])) : null;
    const ownKind = new Set(r.self.flatMap((p) => (kb.vocabulary.parties[p]?.person ? [] : Object.keys(kb.vocabulary.parties[p]?.asSelf ?? {}))));
    const own = serves ? index.factsServing(serves) : new Set<string>();
    // 公司的一位技术经纪人今年促成一笔技术交易，成交1800万: a deal brokered, with no partner named, is no contract of
    // the asker's own; items on the asker's contract with a partner are not in play.
    const brokered = r.counterparties.length === 0 && kb.vocabulary.grammar.brokering.some((w) => r.text.includes(w));
    const personParties = Object.values(kb.vocabulary.parties).filter((p) => p.person);
    const servedByPerson = (beneficiary: string) => personParties.some((p) => p.serves.includes(beneficiary));
    const personNamed = (beneficiary: string) => personParties.some((p) => p.serves.includes(beneficiary) && p.words.some((w) => findWord(r.text, w).length > 0));
    const partnerWords = r.counterparties.flatMap((p) => kb.vocabulary.parties[p]?.words ?? []);
    const contractSaid = (x: string) => kb.vocabulary.grammar.contractNouns.some((w) => x.includes(w)) && partnerWords.some((w) => findWord(x, w).length > 0);
    const contractApart = r.speaker !== 'person' && partnerWords.length > 0 && !kb.vocabulary.grammar.personally.some((w) => r.text.includes(w));
    for (const [id, { benefit }] of index.benefits) {
      const base = index.baseFact(id);
      if (!base || r.facts[base] === undefined || benefits.includes(id) || (brokered && index.needsPartner(id))) continue;
      // 如果成交额是三千万呢: a figure of the topic said again, naming no one, keeps to the topic's benefits.
      if (ctx.continues && has(ctx, 'followUp', 'correction') && r.self.length + r.counterparties.length + r.asked.length === 0 && topical(prev) && !prev.focus.benefits.includes(id)) continue;
      const stated = index.conditionFacts([id]).filter((f) => r.facts[f] !== undefined && !ownKind.has(f));
      // (揭榜类攻关项目，总投入2000万: a figure said of an item named that takes no figure — its size — puts no other item
      // reckoned on such a figure in play, when nothing said is of that item's conditions.)
      // (Not a person's own, asked on their deal: 我是驻校技术经理人，促成…签了500万…我个人能拿多少.)
      const speakersOwn = r.speaker === 'person' && r.self.some((p) => kb.vocabulary.parties[p]?.person && kb.vocabulary.parties[p]!.serves.includes(benefit.beneficiary) && (r.asked.length === 0 || r.asked.includes(p)));
      // (先用后付费许可给小企业的…能拿到资助吗？今年跟企业签的技术合同比去年多了200万: a contract with a partner, in a
      // sentence of its own naming none of the items named, is not said of them — unlike 揭榜类项目…我们跟高校合作，总投入2000万,
      // the project's size, and unlike a person asking for themselves.)
      const apart = contractApart && (!servedByPerson(benefit.beneficiary) || personNamed(benefit.beneficiary)) && r.amounts.some((a) => a.fact === base && sentencesOf(r.text).some((x) => x.includes(a.raw) && contractSaid(x) && named.every((n) => (index.item(n)?.names ?? []).every((w) => findWord(x, w).length === 0))));
      if (named.length > 0 && named.every((n) => !index.baseFact(n)) && stated.length === 0 && !speakersOwn && !apart) continue;
      // (A person's benefit needs the person named: 龙头企业…落地了2个成果项目 says nothing of a technology manager.)
      const othersStated = stated.some((f) => !own.has(f)) && (!servedByPerson(benefit.beneficiary) || personNamed(benefit.beneficiary));
      if (serves ? serves.has(benefit.beneficiary) || othersStated : stated.length > 0 || index.conditionFacts([id]).length === 0 || benefits.length === 0) benefits.push(id);
    }
    // 我在学校技术转移中心做技术经纪人…合同1200来万: a person asking, whose own benefit the figures put in play, is
    // not asking for the institution named as their workplace.
    // 我是江南大学的技术经理人…800万: nor the institution's own benefit on the same figures (第7条's yearly contracts).
    // 如果是3000万的单子呢: a follow-up that names no one is the person's who asked before.
    const speakers = r.self.length > 0 ? r.self : ctx.continues || has(ctx, 'followUp') ? prev.parties.self : [];
    const personServes = new Set(speakers.filter((p) => kb.vocabulary.parties[p]?.person).flatMap((p) => kb.vocabulary.parties[p]!.serves));
    const forPerson = (id: string) => personServes.has(index.benefits.get(id)!.benefit.beneficiary);
    const personSpeaks = r.speaker === 'person' || (!r.speaker && r.self.length === 0 && personServes.size > 0);
    // (我能拿多少: a person asking for themselves asks of no one else.)
    if (personSpeaks && r.asked.every((p) => r.self.includes(p)) && benefits.some(forPerson)) {
      const figured = benefits.some((id) => !named.includes(id) && forPerson(id));
      // (更正一下：成交额其实是3000万，创新券实际用了15万 after the manager's award and the company's vouchers: an item of
      // the topic named again is still asked.)
      const ofTopic = (id: string) => named.includes(id) && prev.focus.benefits.includes(id);
      for (const id of [...benefits]) if (!forPerson(id) && !ofTopic(id) && (named.includes(id) ? figured : true)) benefits.splice(benefits.indexOf(id), 1);
    }
    // Whose benefits were asked about (学校能拿多少): only theirs.
    if (serves && r.asked.length > 0) for (const id of [...benefits]) if (!serves.has(index.benefits.get(id)!.benefit.beneficiary) && !named.includes(id)) benefits.splice(benefits.indexOf(id), 1);
    // 我是高校老师，跟企业签了60万合同，我个人能拿到钱吗: none of the asker's own benefits works on the figures given —
    // what there is for them, not another party's benefit (the university's, the enterprise's) as if it were theirs.
    if (serves && r.asked.length > 0 && r.speaker === 'person' && benefits.length === 0 && named.length === 0 && !topical(prev) && r.amounts.length > 0) {
      const othersOnFigures = [...index.benefits.keys()].filter((id) => r.facts[index.baseFact(id) ?? ''] !== undefined);
      ctx.parts.push({ kind: 'vague', party: r.asked[0]!, othersOnFigures });
      ctx.next.pending = null;
      return 'stop';
    }
    // 我个人能从这个政策拿到钱吗 after the enterprise's subsidy on a teacher's contract: the person's own items, and the
    // topic's said to be the others'.
    const person = prev.parties.self.find((p) => kb.vocabulary.parties[p]?.person);
    const personally = kb.vocabulary.grammar.personally.some((w) => r.text.includes(w));
    if (person && personally && has(ctx, 'amount') && named.length === 0 && r.amounts.length === 0 && r.asked.length === 0 && topical(prev) && prev.focus.benefits.length > 0 && prev.focus.benefits.every((id) => !index.partyServes(person, id))) {
      ctx.parts.push({ kind: 'vague', party: person, othersOnFigures: prev.focus.benefits });
      ctx.next.focus = prev.focus;
      ctx.next.pending = null;
      return 'stop';
    }
    // 那学校能拿什么: another party asked about after a topic — its own benefits on the figures already given.
    // 合同金额1200万，那学校大概能拿多少？我们企业自己能拿多少: each party asked that none of the benefits found serves
    // gets its own on the same figures (the school's yearly new contracts are the enterprise's contract).
    // (他的团队不是无锡本地高校的，也能申请吗 after the teams' startup support: the topic's own party asks about the topic.)
    const lacking = r.asked.filter((p) => !benefits.some((id) => index.partyServes(p, id)) && !(benefits.length === 0 && r.amounts.length === 0 && prev.focus.benefits.length > 0 && prev.focus.benefits.every((id) => index.partyServes(p, id))));
    if (serves && lacking.length > 0 && named.length === 0 && topical(prev)) {
      const base = { ...prev.facts, ...r.facts };
      // (江南大学那边…有没有钱拿 after contracts with it and with a company: the figures said with that party only.)
      // (那学校能拿多少 after 如果第一单是200万，第二单是30万呢: with no party said of them, all the figures together.)
      const ofParty = (p: string, from: string) => {
        const all = prev.amounts.filter((a) => a.fact === from);
        const own = all.filter((a) => a.party === p);
        const counted = own.length > 0 ? own : all.filter((a) => a.party === null);
        return all.length > 1 && counted.length > 0 && r.facts[from] === undefined ? fenToYuanString(counted.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n)) : base[from];
      };
      const known = { ...base, ...Object.assign({}, ...lacking.map((p) => Object.fromEntries(Object.entries(kb.vocabulary.parties[p]?.readsAs ?? {}).filter(([from, to]) => base[from] !== undefined && base[to] === undefined).map(([from, to]) => [to, ofParty(p, from)])))) };
      // 那药企那边能拿什么 after a hospital's yearly new contracts with it: the asker's figure read back as the partner's contracts.
      // (那些企业能不能也拿: many of them, each on its own contract — the asker's yearly total is no one's contract.)
      if (!r.askedMany) for (const p of prev.parties.self) for (const [from, to] of Object.entries(kb.vocabulary.parties[p]?.readsAs ?? {})) if (prev.facts[to] !== undefined && known[from] === undefined && !r.asked.includes(p)) known[from] = prev.facts[to];
      const before = benefits.length;
      const lackingServes = new Set(lacking.flatMap((p) => kb.vocabulary.parties[p]?.serves ?? []));
      // (那这家新型研发机构自己能不能也按这份合同申请 after the enterprise's contract, its sum not yet said: the party's own
      // items on such a contract, as its kind reads one, the figure still to be given.)
      // (许可出去以后学校能拿到什么奖励吗 after the pay-after-use licence: or a contract named, its sum not said.)
      const topicBases = new Set([...index.baseFacts(prev.focus.benefits), ...r.mentioned]);
      const readFromTopic = new Set(lacking.flatMap((p) => Object.entries(kb.vocabulary.parties[p]?.readsAs ?? {}).filter(([from]) => topicBases.has(from) && base[from] === undefined).map(([, to]) => to)));
      for (const [id, { benefit }] of index.benefits) if (lackingServes.has(benefit.beneficiary) && (known[index.baseFact(id) ?? ''] !== undefined || readFromTopic.has(index.baseFact(id) ?? '')) && !benefits.includes(id)) benefits.push(id);
      if (benefits.length > before) {
        const derived = Object.entries(known).filter(([f]) => prev.facts[f] === undefined && r.facts[f] === undefined);
        Object.assign(r.facts, Object.fromEntries(derived));
        readBack = derived.map(([f]) => f).find((f) => lacking.some((p) => Object.values(kb.vocabulary.parties[p]?.readsAs ?? {}).includes(f))) ?? null;
        if (before === 0) ctx.continues = false;
      } else if (before === 0 && !Object.keys(r.facts).some((f) => !ownKind.has(f))) {
        // 那研究人员能拿什么: none of theirs works on those figures — what there is for them, not the topic again.
        ctx.parts.push({ kind: 'vague', party: r.asked[0]! });
        ctx.next.pending = null;
        return 'stop';
      }
    }
  }
  // (对方研究所有省级重点实验室，他们那边能拿多少？就按这一笔算 after the enterprise's 120万 contract: the party asked, told to
  // reckon on that contract alone, has it as its kind reads one — its yearly new contracts — said so beside the answer.)
  if (r.asked.length === 1 && kb.vocabulary.grammar.onThisOne.some((w) => r.text.includes(w))) {
    for (const [from, to] of Object.entries(kb.vocabulary.parties[r.asked[0]!]?.readsAs ?? {})) {
      if (prev.facts[from] === undefined || r.facts[to] !== undefined || prev.facts[to] !== undefined || !benefits.some((id) => index.baseFact(id) === to)) continue;
      r.facts[to] = prev.facts[from]!;
      readBack = to;
    }
  }
  // (如果这份合同实际只成交了300万呢，企业和学校分别最多多少 after the school's share reckoned on that contract: a what-if of
  // the contract asked of each party is each one's figure, as its kind reads one — the school's yearly new contracts too.)
  if (r.asked.length > 1 && has(ctx, 'each') && has(ctx, 'followUp', 'correction')) {
    for (const p of r.asked) for (const [from, to] of Object.entries(kb.vocabulary.parties[p]?.readsAs ?? {})) {
      if (r.facts[from] === undefined || r.facts[to] !== undefined || prev.facts[to] === undefined || !benefits.some((id) => index.baseFact(id) === to)) continue;
      // (Not a yearly sum said of its own: 今年跟企业新增的技术合同一共2000万，其中…这份是500万.)
      if (prev.facts[from] !== undefined && prev.facts[from] !== prev.facts[to]) continue;
      r.facts[to] = r.facts[from]!;
      readBack = to;
    }
  }
  // 学校说他们能拿市里的资助，那我们企业这边能拿什么: a party asked whose benefit none found serves gets its own on the
  // figure the message names (技术转让合同), still to be given.
  // (那跟我们合作的企业签了技术合同，企业能拿补助吗？医院自己能拿吗: the hospital's own on such contracts — its yearly
  // new ones, as its kind reads a contract.)
  // (医院用专利作价入股形成的股份，以后要转让需要国资部门审批吗: not beside a support named when no money is asked — 转让
  // there is of the shares, no contract.)
  const moneyOrNothingNamed = named.length === 0 || has(ctx, 'amount', 'maximum', 'rate');
  // (一家民营企业…能申请第七条按年度新增技术合同成交额10%的那个资助吗: not where the item asked is one of the measure named
  // by its number — whether the party may have that one is asked. A second question may ask of the party's own: 这个补助是发给
  // 我们公司还是发给江南大学？我们公司能不能也申请第七条那个…)
  const ofMeasureNamed = (r.questions ?? 0) <= 1 && named.length > 0 && r.measures.length > 0 && named.every((id) => r.measures.includes(index.item(id)?.measure ?? 0));
  for (const p of moneyOrNothingNamed && !ofMeasureNamed ? r.asked : []) {
    const serving = (id: string) => index.partyServes(p, id);
    if (benefits.some(serving)) continue;
    const readsAs = kb.vocabulary.parties[p]?.readsAs ?? {};
    // (医院和企业分别能拿到什么支持 with the contract's 150万: or the figure it gives.)
    const said = [...r.mentioned, ...r.amounts.filter((a) => !a.past).map((a) => a.fact)];
    const figures = new Set([...said, ...said.flatMap((f) => (readsAs[f] ? [readsAs[f]] : []))]);
    for (const [id] of index.benefits) if (serving(id) && figures.has(index.baseFact(id) ?? '') && !benefits.includes(id)) benefits.push(id);
  }
  // 我…算是驻校的技术经理人。我们这种有奖励吗: one person asking for money, none of whose own benefits is in play,
  // asks about their own (the manager's award), not the benefits of the workplace named.
  const people = r.self.filter((p) => kb.vocabulary.parties[p]?.person);
  if (people.length > 0 && people.length === r.self.length && r.asked.length === 0 && has(ctx, 'amount') && !benefits.some((id) => perspectiveServes(ctx, perspective, id))) {
    const own = [...index.benefits.keys()].filter((id) => index.baseFact(id) && perspectiveServes(ctx, perspective, id));
    if (own.length > 0) benefits.splice(0, benefits.length, ...own);
  }
  // 如果是200万呢 after a contract and the manager's award on it: the topic's benefits on that figure are all worked out again.
  // (如果产学研合同额改成350万，其他不变呢 after the total of three: one of them named with its new figure is the same case.)
  const oneOfTotal = prev.lastTotal !== null && named.length > 0 && named.every((id) => prev.focus.benefits.includes(id)) && r.amounts.length > 0;
  if (has(ctx, 'followUp', 'correction') && (named.length === 0 || oneOfTotal)) {
    const moved = movedWith(ctx);
    for (const id of prev.focus.benefits) if (!benefits.includes(id) && (r.facts[index.baseFact(id) ?? ''] ?? moved[index.baseFact(id) ?? '']) !== undefined) benefits.push(id);
    // 如果第①项成交额改成五百万呢 after the total of two items: both again, and their total.
    if (prev.lastTotal !== null && benefits.length > 0 && benefits.every((id) => prev.focus.benefits.includes(id))) {
      for (const id of prev.focus.benefits) if (!benefits.includes(id)) benefits.push(id);
      if (!has(ctx, 'total')) r.intents.push('total');
    }
  }
  // The asker's own benefits first, then the other parties' (the order of the knowledge base otherwise).
  benefits.sort((a, b) => Number(!perspectiveServes(ctx, perspective, a)) - Number(!perspectiveServes(ctx, perspective, b)));
  // 评职称时经济效益能算吗: a provision described by name and a check of the same measure named by a shared word
  // (职称): the message is about the described one, unless it states a fact of the check's own.
  // (职称评审上对科研人员有什么要求: the requirements asked, with no words of the described one's own, are both's.)
  const describedMeasures = new Set(provisions.filter((id) => !index.checkable(id)).map((id) => index.provisions.get(id)!.measure));
  const qualifiedMeasures = new Set(provisions.filter((id) => !index.checkable(id) && index.provisions.get(id)!.provision.qualifiers.some((q) => r.text.includes(q))).map((id) => index.provisions.get(id)!.measure));
  // (…有没有依据？另外给科研人员股权激励可以吗: another question of the same measure, joined by 另外, asks both.)
  // (这个措施对科研人员评职称有哪些具体改变: or everything it says of them.)
  const changesAsked = kb.vocabulary.grammar.changesAsked.some((w) => r.text.includes(w));
  const bothAsked = (m: number) => (has(ctx, 'conditions') || changesAsked || (has(ctx, 'also') && (r.questions ?? 0) + Number(r.interrogative === true) > 0)) && !qualifiedMeasures.has(m);
  // (学校的专利要先转让到我个人名下吗？公司能不能先用后付费: or one named in a question of its own, naming none described.)
  const describable = provisions.filter((id) => !index.checkable(id));
  const ownQuestion = (id: string) => (r.questions ?? 0) > 1 && sentencesOf(r.text).some((x) => index.namedIn(id, x) && !describable.some((d) => index.namedIn(d, x)));
  const checks = provisions.filter((id) => index.checkable(id) && (!describedMeasures.has(index.provisions.get(id)!.measure) || bothAsked(index.provisions.get(id)!.measure) || ownQuestion(id) || index.ownFacts(id).some((f) => r.facts[f] !== undefined)));
  // Facts only a check asks about (a contest's level and result) put it in play — unless the message is about
  // a benefit and only mentions them in passing (我们是国企，和江南大学签了300万).
  // A check named is the question: another one the same facts settle is not asked about (我们是国企…改革试点).
  const checkNamed = checks.length > 0;
  // (Not a share of people: 我们是国企，科研人员持股比例能到多少 asks the state enterprises' incentives.)
  // (比例是多少？江南大学的老师问的: people said in a clause apart from the share are not whose share it is.)
  const rateClauses = clauseStarts(r.text, phraseFinds(kb, 'rate', r.text));
  const peopleSaid = Object.values(kb.vocabulary.parties).some((p) => p.person && p.words.some((w) => findWord(r.text, w).some(([a]) => rateClauses.has(clauseAt(r.text, a)[0]))));
  const shareOfTopic = named.length === 0 && benefits.length === 0 && prev.focus.benefits.length > 0 && has(ctx, 'rate') && !has(ctx, 'amount', 'maximum') && !peopleSaid;
  const notedMeasures = new Set(named.filter((id) => index.noteFinds(id, r.text).length > 0).map((id) => index.item(id)!.measure));
  for (const [id] of index.provisions) {
    // (如果这家企业不是龙头企业，只是一般的中小企业呢: a message staying on the topic brings no check of another item.)
    if (!index.checkable(id) || checks.includes(id) || checkNamed || (ctx.continues && topical(prev))) continue;
    // (那景区是国企，由景区来申请的话按多少比例给 after the scene grant: a share asked, naming nothing, is the topic's items' —
    // not of a check that gives no money. 我们是国企，能拿多少 still asks what there is for state enterprises.)
    if (shareOfTopic && index.provisions.get(id)!.provision.noAmount) continue;
    // Beside an item named, only a check the message settles in full joins it: no question about a topic not asked.
    const own = index.ownFacts(id);
    // (…促成600万的合同已落地；另外我在市创新创业大赛获奖，是主要完成人: beside benefits, a check whose own facts the
    // message states, none of them the asker's kind — not 我们是国企 said in passing — is asked about too.)
    if (benefits.length > 0) {
      const kindFacts = new Set(r.self.flatMap((p) => Object.keys(kb.vocabulary.parties[p]?.asSelf ?? {})));
      const conditions = index.conditionFacts([id]);
      if (own.length > 1 && conditions.every((f) => r.facts[f] !== undefined) && own.every((f) => !kindFacts.has(f))) checks.push(id);
      continue;
    }
    // (在一家民营医院工作: a fact said only in the negative — not state-owned — asks about no item for state enterprises.)
    const saidOwn = own.filter((f) => r.facts[f] !== undefined);
    if (named.length === 0 && saidOwn.length > 0 && saidOwn.every((f) => r.facts[f] === false)) continue;
    // (区属国企的基金也适用这条吗 of the fund's term: nor, beside an item named whose note the message asks, a check of
    // another measure — 国企 said of the fund.)
    if (notedMeasures.size > 0 && !notedMeasures.has(index.provisions.get(id)!.measure)) continue;
    // (国企开放应用场景…我们要做些什么: nor, beside supports described that the message names, addressed to no kind, a check
    // of another measure settled only by what the asker is — a fact of the asker alone, 国企 — unlike 我是市属国企…职务成果
    // 所有权, whose item for public research units has the state enterprises' own.)
    const measure = index.provisions.get(id)!.measure;
    const byKindAlone = named.every((n) => index.provisions.has(n) && !index.checkable(n) && index.item(n)!.measure !== measure && (index.provisions.get(n)!.provision.for ?? []).length === 0) && own.every((f) => kb.vocabulary.facts[f]?.askerOnly === true);
    if (named.length > 0 ? index.conditionFacts([id]).every((f) => r.facts[f] !== undefined) && !byKindAlone : saidOwn.length > 0) checks.push(id);
  }
  // (我们是市属国有企业，想搞职务科技成果赋权改革，这个措施对国企有哪些支持: the supports listed of a check named are all
  // of its measure's that the same facts settle.)
  const listWords = (kb.vocabulary.intents.list?.phrases ?? []).filter((w) => !w.includes('…'));
  if (checkNamed && r.self.length > 0 && listWords.some((w) => r.text.includes(w))) {
    const measures = new Set(checks.map((id) => index.provisions.get(id)!.measure));
    for (const [id, { measure }] of index.provisions) {
      if (measures.has(measure) && index.checkable(id) && !checks.includes(id) && index.conditionFacts([id]).every((f) => r.facts[f] !== undefined)) checks.push(id);
    }
  }
  let described = describable;
  // 我们是市属国企，想搞职务科技成果赋权改革: beside an item for the asker's kind, one the text addresses to another
  // kind (第4条's 科研事业单位) gives way.
  // (政策有没有规定赋权以后科研人员最多能持有多大比例, the state enterprise asking known before: so does the asker's kind
  // known from the conversation, of two items named alike.)
  if (r.self.length > 0 || (ctx.prev.parties.self.length > 0 && provisions.length > 1)) {
    // (赋权给医生的比例最高能到多少 after 我们是三甲公立医院: the one given to is no asker; the hospital still asks.)
    const asker = r.self.length === 0 ? ctx.prev.parties.self : [];
    // (我们研究院和一家市属国企合作，国企那边的科研人员能不能分到成果的所有权: the side named with 那边 is whose items are asked.)
    // (Not 学校那边同意了，我们企业的科研人员…: the asker's own words after it say whose they are.)
    const selfAfter = (at: number) => r.self.some((p) => (kb.vocabulary.parties[p]?.words ?? []).some((w) => r.text.indexOf(w, at) >= 0));
    const side = r.counterparties.filter((p) => followedBy(r.text, kb.vocabulary.parties[p]?.words ?? [], kb.vocabulary.grammar.otherSide).some(([, end]) => !selfAfter(end)));
    const serves = new Set((side.length > 0 ? side : [...perspective, ...asker]).flatMap((p) => kb.vocabulary.parties[p]?.serves ?? []));
    // (…投资平台想买一所高校成果作价入股以后持有的股份…高校那边处置这部分股份要不要按国有资产保值增值来考核: not one
    // named in a sentence pointing at the side of a party of the kind it is for, the asker not naming itself.)
    const kindNamedWith = (id: string) => { const kinds = index.provisions.get(id)!.provision.for ?? []; return !selfAfter(0) && sentencesOf(r.text).some((x) => index.namedIn(id, x) && Object.values(kb.vocabulary.parties).some((p) => kinds.some((b) => p.serves.includes(b)) && followedBy(x, p.words, kb.vocabulary.grammar.otherSide).length > 0)); };
    const forOthers = (id: string) => (index.provisions.get(id)!.provision.for?.every((b) => !serves.has(b)) ?? false) && !kindNamedWith(id);
    if (benefits.length + checks.length > 0 || described.some((id) => !forOthers(id))) described = described.filter((id) => !forOthers(id));
    // (我们学校想给科研人员职务成果所有权: so does a check addressed to another kind — the state enterprises' pilot —
    // beside an item for the asker's.)
    const ownChecks = checks.filter((id) => !forOthers(id));
    if (ownChecks.length < checks.length && benefits.length + ownChecks.length + described.length > 0) checks.splice(0, checks.length, ...ownChecks);
  }

  if (shareOfTopic && benefits.length + checks.length + described.length === 0) benefits.push(...prev.focus.benefits);
  // (场景征集聚焦哪些领域？资助给谁，最高多少 after the scene grant: a support described in one question, whom money goes
  // to and how much asked in another that names nothing, is of the topic's items of the same measure, worked out beside
  // it — unlike 青年科学家支撑计划…每人能给多少钱 or 青年科学家支撑计划是什么？资助给谁, asked of the support itself.)
  let moneyApart = false;
  if (benefits.length === 0 && described.length > 0 && (r.questions ?? 0) > 1) {
    const measures = new Set(described.map((id) => index.item(id)?.measure));
    const topics = prev.focus.benefits.filter((id) => measures.has(index.item(id)?.measure));
    moneyApart = topics.length > 0 && sentencesOf(r.text).some((x) => !described.some((id) => index.namedIn(id, x)) && askedInClauses(x, phraseFinds(kb, 'recipient', x), (['amount', 'maximum'] as const).flatMap((i) => phraseFinds(kb, i, x))));
    if (moneyApart) benefits.push(...topics);
  }
  let found = benefits.length > 0 || checks.length > 0 || described.length > 0;
  // 我们公司跟江南大学签了个技术合同，能拿多少: no figure, but its kind names the asker's benefit on it.
  // (那我们企业作为委托方跟高校签的技术合同呢: or a party's such figure asked of with no word of what is asked — unlike
  // 线上线下相结合的技术交易怎么开展, of no one's.)
  const askedOfAlone = r.intents.length === 0 && r.self.length + r.counterparties.length > 0 && ((r.questions ?? 0) > 0 || r.interrogative === true);
  if (!found && !ctx.continues && r.mentioned.length > 0 && (has(ctx, 'amount', 'conditions', 'rate') || askedOfAlone)) {
    for (const [id] of index.benefits) if (r.mentioned.includes(index.baseFact(id) ?? '') && perspectiveServes(ctx, perspective, id)) benefits.push(id);
    found = benefits.length > 0;
  }
  // 能给多少钱 after 青年科学家支撑计划: a short follow-up on support with no amount is answered about that support again;
  // one pointing back at it (这种方式市里有补贴吗) before retrieval is asked, the others when it finds nothing.
  const onDescribed = !found && named.length === 0 && prev.focus.described.length > 0 && !topical(prev) && r.text.length <= 16 && Object.keys(r.facts).length === 0;
  // (卖股份收回来的钱，政府还另外给补贴吗 after provisions that state no money: money besides them is asked of them.)
  const besidesDescribed = !found && named.length === 0 && has(ctx, 'also') && has(ctx, 'amount') && prev.focus.benefits.length === 0 && prev.focus.described.length > 0 && Object.keys(r.facts).length + r.amounts.length + r.self.length + r.asked.length === 0;
  if ((onDescribed && kb.vocabulary.grammar.pointingBack.some((w) => r.text.includes(w))) || besidesDescribed) {
    for (const id of prev.focus.described) ctx.parts.push({ kind: 'provision', id });
    ctx.next.focus = prev.focus;
    ctx.next.pending = null;
    return 'stop';
  }
  // 我们技术转移机构为企业和高校牵线，有奖励吗: money asked, nothing named, by an asker whose kind has only one or two
  // items of its own — those items, not retrieval's clauses on the words of its work.
  if (!found && !ctx.continues && has(ctx, 'amount') && r.self.length > 0 && r.asked.length === 0 && r.mentioned.length === 0) {
    const own = [...index.benefits.keys()].filter((id) => perspectiveServes(ctx, perspective, id));
    if (own.length > 0 && own.length <= FEW_OWN_ITEMS) {
      benefits.push(...own);
      found = true;
    }
  }
  // Nothing named: retrieval's best clauses, for a question about amounts, conditions or content.
  if (!found && !ctx.continues && (has(ctx, 'amount', 'conditions', 'explain', 'rate') || r.self.length > 0)) {
    if (!ctx.search) return searchFirst(ctx);
    // Asked for money (多少 / 比例), the benefits of the best clauses come before the support that states none.
    const wantsMoney = has(ctx, 'amount', 'rate');
    const candidates = ctx.search.cited ? [...ctx.search.items].sort((a, b) => (wantsMoney ? Number(!index.benefits.has(a)) - Number(!index.benefits.has(b)) : 0)) : [];
    let firstMeasure: number | undefined;
    for (const id of candidates) {
      // A runner-up from another measure is another topic, not asked about — unless it is a benefit for the
      // asker named in the message (我们学校…学校能拿奖励吗: the school's own benefit of another measure).
      const measure = index.benefits.get(id)?.measure ?? index.provisions.get(id)?.measure;
      const askersOwn = index.benefits.has(id) && r.self.length > 0 && perspectiveServes(ctx, perspective, id);
      if (firstMeasure !== undefined && measure !== firstMeasure && !askersOwn) continue;
      const before = benefits.length + checks.length + described.length;
      if (index.benefits.has(id) && perspectiveServes(ctx, perspective, id)) benefits.push(id);
      else if (index.provisions.has(id) && !index.checkable(id)) described.push(id);
      // A check only as retrieval's best: as a runner-up it would only bring a question about a topic not asked.
      else if (index.provisions.has(id) && benefits.length + checks.length + described.length === 0) checks.push(id);
      if (benefits.length + checks.length + described.length > before) firstMeasure ??= measure;
      if (benefits.length + checks.length + described.length >= 2) break;
    }
    found = benefits.length > 0 || checks.length > 0 || described.length > 0;
  }

  // 跟“先投后股”是一回事吗 after 拨投结合: a way the text names, set beside the one just described.
  const comparedWith = has(ctx, 'compare') && described.length === 1 && benefits.length + checks.length === 0 ? prev.focus.described.find((id) => id !== described[0]) : undefined;
  for (const id of new Set(described)) ctx.parts.push({ kind: 'provision', id, ...(comparedWith ? { comparedWith } : {}), ...(moneyApart ? { moneyApart } : {}) });
  // (直接申报是不是就等于直接评上了？成果转化业绩在职称评审里占多大比重 after the fast track: a question of its own that
  // names no item, in the words of a note of the topic's item, is that note's point, before the item the other names.)
  const newlyNamed = [...benefits, ...checks, ...described];
  const topicBefore = focusItems(prev).filter((id) => !newlyNamed.includes(id));
  if (topicBefore.length > 0 && newlyNamed.length > 0 && (r.questions ?? 0) > 1) {
    const namingNone = sentencesOf(r.text).filter((x) => !r.items.some((id) => index.namedIn(id, x))).join('');
    // (Not a note said already: 这个“两年内”是从什么时候开始算 has it.)
    const said = new Set(ctx.parts.flatMap((p) => (p.kind === 'openPoint' ? p.notes : [])));
    const noted = namingNone.length > 0 ? topicBefore.map((id) => ({ id, notes: index.notesAsked(id, namingNone).filter((n) => !said.has(n)) })).filter((f) => f.notes.length > 0) : [];
    if (noted.length > 0) ctx.parts.unshift(openPointOf(noted, null));
  }
  // 这个上限和企业用创新券那条一样吗 from a university: an item compared that is not the asker's and has no figure of
  // its own is set beside the asker's, not worked out for it (nor asked about).
  // (Only for an asker who said who it is: 财政局的…对比一下 compares both, each worked out.)
  if (has(ctx, 'compare') && perspective.length > 0 && r.self.length + prev.parties.self.length > 0) {
    const besideOnly = benefits.filter((id) => !perspectiveServes(ctx, perspective, id) && r.facts[index.baseFact(id) ?? ''] === undefined);
    if (besideOnly.length > 0 && besideOnly.length < benefits.length) {
      for (const id of besideOnly) benefits.splice(benefits.indexOf(id), 1);
      ctx.parts.push({ kind: 'compareWith', benefits: besideOnly });
    }
  }
  const computes = benefits.length > 0 || checks.length > 0;
  // 如果它还被认定建了一个中试服务平台呢, after the total of several items: the item added joins them, and the total is
  // given again over all of them (on the figures kept).
  // (Not another claim checked: 还有人说揭榜类项目是按项目投入的30%给，最高500万，对吗 after a claimed total.)
  const claimChecked = kb.vocabulary.grammar.claimAsked.some((w) => r.text.includes(w));
  // (…“沿途下蛋”项目今年落地了2项，那三项合计上限是多少 after a total of two: a total of as many items as the earlier and
  // the new together.)
  const together = prev.focus.benefits.length + benefits.length;
  const countsAll = has(ctx, 'total') && findCounts(r.text).some((c) => c.count === together && c.count > benefits.length);
  // (另外有去年认定的1家中试平台和2家概念验证中心今年绩效评价优秀，绩效奖励上限合计多少 after this year's supports: of
  // platforms of a year before, the items' own noun said, not their siblings', asks a total of these alone.)
  const titleOf = (id: string) => index.item(id)?.title ?? '';
  const yearBefore = Object.entries(kb.vocabulary.grammar.relativeYears).some(([w, offset]) => offset < 0 && r.text.includes(w));
  const ownOnly = (id: string) => { const sibling = prev.focus.benefits.find((p) => index.siblings(id).some((x) => x.id === p)); return sibling !== undefined && r.text.includes(ownNoun(titleOf(id), titleOf(sibling))) && !r.text.includes(ownNoun(titleOf(sibling), titleOf(id))); };
  // (…绩效奖励最多还要加多少？今年总预算最多多少: unless a total of this year is asked as well.)
  const totalWords = kb.vocabulary.intents.total?.phrases ?? [];
  // (Of this year right before the total: 今年总预算, not 今年绩效评价优秀，绩效奖励上限合计.)
  // (今年这块总预算最高多少: or in the total word's clause before it.)
  const thisYearTotal = Object.entries(kb.vocabulary.grammar.relativeYears).some(([w, offset]) => offset === 0 && totalWords.some((x) => {
    const at = r.text.indexOf(x);
    return at >= 0 && r.text.slice(clauseAt(r.text, at)[0], at).includes(w);
  }));
  // (…绩效奖励上限再加多少？总共多少: or a total asked in a short question of its own, after what is added.)
  const saidSentences = sentencesOf(r.text).filter((x) => bareLength(x) > 0);
  const totalApart = saidSentences.length > 1 && saidSentences.some((x) => bareLength(x) <= TOTAL_APART_MAX && totalWords.some((w) => x.includes(w)));
  // (再加上它和无锡学院签的技术合同…的产学研合作补助，累计多少 after one item worked out: a running total is begun, over
  // that item and one of another measure added; items of one measure are summed apart.)
  const measureOf = (id: string) => index.benefits.get(id)?.measure;
  // (Not a total of several applicants' own figures said now: 另外区里一家企业…用了创新券8万元，另一家用了12万元…两家…合计多少
  // after a manager's reward is the two firms' sum.)
  // (…新建一个…科技成果交易平台，能支持多少？和上一项加起来最多多少 after the service body's reward: or the item before pointed
  // at, of the same measure too.)
  // (Only in a clause asking the total: not 我们上一个周期拿过别的补助, nor 前面那个不算.)
  let earlierSaid: boolean | undefined;
  const earlierPointed = () => (earlierSaid ??= kb.vocabulary.grammar.earlierItem.some((w) => findWord(r.text, w).some(([a]) => { const [s, e] = clauseAt(r.text, a); return phraseFinds(kb, 'total', r.text.slice(s, e)).length > 0; })));
  const runningTotal = prev.lastTotal === null && prev.focus.benefits.length === 1 && has(ctx, 'total') && (has(ctx, 'also') || earlierPointed()) && !claimChecked && !totalOfOwnFigures(kb, index, r) && named.length > 0 && benefits.length > 0 && benefits.every((id) => !prev.focus.benefits.includes(id) && (measureOf(id) !== measureOf(prev.focus.benefits[0]!) || earlierPointed())) && prev.lastResults.some((x) => x.benefit === prev.focus.benefits[0]);
  // (如果两家…都是优秀，加上绩效奖励，第一年一共最多多少 after 概念验证中心和中试服务平台…分别给多少: or items each answered
  // before, no total said, a total asked with words of adding, none of them named, of their measure — not 加上创新券，一共
  // after the platforms, whose figure is still to come.)
  const eachBefore = prev.lastTotal === null && has(ctx, 'total') && has(ctx, 'also') && prev.focus.benefits.length > 1 && prev.focus.benefits.every((id) => prev.lastResults.some((x) => x.benefit === id) && !(index.item(id)?.names ?? []).some((n) => r.text.includes(n))) && benefits.every((id) => prev.focus.benefits.some((p) => measureOf(p) === measureOf(id)));
  const joinsTotal = runningTotal || (prev.lastTotal !== null || eachBefore) && (has(ctx, 'also') || countsAll) && !claimChecked && named.length > 0 && prev.focus.benefits.length > 1 && benefits.every((id) => !prev.focus.benefits.includes(id)) && !(yearBefore && benefits.every(ownOnly) && !thisYearTotal && !totalApart);
  // (如果那个生态型平台完成建设任务后…，加上接续支持呢 after a total of three items: items of that total added again are
  // the total again, over all of them.)
  // (生态型那个平台完成建设任务后…还要再预留多少？总共多少 after a total of three items: the total asked with words of
  // adding, too.)
  // (生态型那个建成后…接续支持最多再给多少？累计一共多少 after a total of three items: or with words of giving more.)
  const givenMore = has(ctx, 'total') && topUpWordsOf(kb.vocabulary).some((w) => r.text.includes(w));
  // (Not where the words adding join the items named to each other: 生态型那个，建设经费加上后面的接续支持，合计 after three
  // items is the total of those two.)
  const nameAt = (id: string) => (index.item(id)?.names ?? []).flatMap((n) => findWord(r.text, n).map(([a]) => a));
  // (Only with the total asked in words of its own — 合计 — not 如果那个生态型平台…，加上接续支持呢 after a total.)
  const joinsNamed = () => {
    if (named.length < 2) return false;
    const alsoFinds = phraseFinds(kb, 'also', r.text);
    const totalSaid = phraseFinds(kb, 'total', r.text).some(([a, b]) => !alsoFinds.some(([c, d]) => a < d && c < b));
    return totalSaid && alsoFinds.some(([a]) => named.some((id) => nameAt(id).some((x) => x < a)) && named.some((id) => nameAt(id).some((x) => x > a)));
  };
  const addedAgain = prev.lastTotal !== null && (has(ctx, 'also') || givenMore) && (has(ctx, 'followUp') || has(ctx, 'total')) && named.length > 0 && named.every((id) => prev.focus.benefits.includes(id)) && prev.focus.benefits.length > named.length && !joinsNamed();
  // (他们说完成建设后还有接续支持，所以总共申报了1600万 after the construction support: a total of an item given after
  // the topic's one counts that one too.)
  const follows = has(ctx, 'total') && named.length > 0 && named.every((id) => index.followsOn(id, prev.focus.benefits));
  // (如果是三等奖也可以吗？另外…场景里做示范应用…这个能补多少 after the award item: a condition of the topic supposed anew
  // in a sentence of its own, beside another item named, is worked out too.)
  const topicConditions = has(ctx, 'followUp') && named.length > 0 ? index.conditionFacts(prev.focus.benefits) : [];
  const supposedApart = topicConditions.length > 0 && named.every((id) => !prev.focus.benefits.includes(id)) && Object.keys(r.facts).some((f) => topicConditions.includes(f) && !index.conditionFacts(named).includes(f) && r.facts[f] !== prev.facts[f]) && sentencesOf(r.text).some((x) => phraseFinds(kb, 'followUp', x).length > 0 && named.every((id) => !index.namedIn(id, x)));
  if (follows || supposedApart) benefits.unshift(...prev.focus.benefits.filter((id) => !benefits.includes(id)));
  if (addedAgain) {
    benefits.splice(0, benefits.length, ...prev.focus.benefits);
    if (!has(ctx, 'total')) r.intents.push('total');
  }
  // (其中一个生态型平台已完成建设任务…接续支持最多再加多少？总计多少 after 3 task projects and 2 platforms: the reading kept
  // the last total's counts, so the total is over its items too, with the one added.)
  const countsKept = has(ctx, 'total') && !joinsTotal && !addedAgain && prev.lastTotal?.counts !== undefined && Object.keys(prev.lastTotal.counts).length > 1 && Object.entries(prev.lastTotal.counts).every(([id, n]) => r.itemCounts?.[id] === n) && named.some((id) => prev.focus.benefits.includes(id));
  if (countsKept) benefits.unshift(...prev.focus.benefits.filter((id) => !benefits.includes(id)));
  // (如果这些平台绩效评价都是优秀，每年的绩效奖励最多还要多少 after 3个中试平台和2个概念验证中心: each item worked out now
  // of the bodies counted is counted as they were — the excellence reward as many times as the platforms of its name.)
  if (r.allCountedPointed && prev.lastTotal?.counts && !joinsTotal && !addedAgain) {
    const counted = prev.lastTotal.counts;
    for (const id of benefits) {
      const n = counted[id] ?? Object.entries(counted).find(([x]) => x !== id && index.siblings(id).some((s) => s.id === x))?.[1];
      if (n !== undefined) (r.itemCounts ??= {})[id] = n;
    }
    // (明年这3家…绩效奖励又要多少: what all of them get is asked, their sum.)
    if (r.itemCounts && benefits.length > 1 && !has(ctx, 'total')) r.intents.push('total');
  }
  if (joinsTotal) {
    benefits.unshift(...prev.focus.benefits);
    if (!has(ctx, 'total')) r.intents.push('total');
  }
  // (With the years that total counted: 三年都评优秀…总共, then 如果同时还建中试平台呢; 加上认定时的支持，合计最高多少 after
  // 连续三年绩效评价都是优秀…一共 — what is added to a total over years keeps its years.)
  if ((joinsTotal || (has(ctx, 'also') && has(ctx, 'total'))) && r.yearCount === undefined && prev.lastTotal?.years !== undefined) r.yearCount = prev.lastTotal.years;
  // (研究院今年与企业新增合同额是3500万，企业这份合同额是200万，两边分别最多能拿多少 after the institution's item: a party
  // asked whose item the topic lacks and the figures bring joins it.)
  const askedAnew = r.asked.some((p) => !prev.focus.benefits.some((id) => index.partyServes(p, id)) && benefits.some((id) => index.partyServes(p, id) && r.facts[index.baseFact(id) ?? ''] !== undefined));
  if (computes && !(ctx.continues && sameTopic(prev, benefits, checks) === false && !has(ctx, 'followUp', 'correction') && named.length === 0 && !askedAnew)) {
    const newTopic = !ctx.continues || named.length > 0 || has(ctx, 'followUp') || askedAnew;
    if (newTopic && !sameTopic(prev, benefits, checks)) {
      // A new topic starts from what this message says; only a figure it computes on carries over.
      const bases = new Set(benefits.map((id) => index.baseFact(id)).filter(Boolean) as string[]);
      // (那对我们领导的考核会有什么变化 after 我们是市属国企: with the same asker and no partner named, what was said of
      // the asker that the new items test — not who is who, which is read anew — stays.)
      const sameAsker = r.counterparties.length === 0 && r.self.every((p) => prev.parties.self.includes(p));
      const tested = new Set(index.conditionFacts([...benefits, ...checks]));
      // (Nor who is who when the message names no party: 后面付许可费120万…能按技术合同申请30%的补助吗 after 江南大学一个专利
      // keeps the university as the partner.)
      // (企业能不能区里市里两头都拿 after the contract subsidy: the applicant the items are for, asked about, is no new party.)
      const applicantAsked = (p: string) => benefits.some((id) => index.partyServes(p, id)) && !prev.parties.counterparties.includes(p);
      // (我们公司能不能也申请第七条那个…资助 after 我们公司…和江南大学签: the same asker named again names no new party.)
      const namesNoParty = r.self.filter((p) => !prev.parties.self.includes(p)).length + r.counterparties.length + r.asked.filter((p) => !applicantAsked(p) && !prev.parties.self.includes(p)).length === 0;
      // (Nor what the asker's own kind says of it, which the partner's kind does not undo: 我们医院…, then
      // 我们想把一项专利许可给一家小微企业 — the hospital licenses.)
      const ownKind = new Set(r.self.length > 0 ? [] : prev.parties.self.flatMap((p) => Object.keys(kb.vocabulary.parties[p]?.asSelf ?? {})));
      const fromPartner = new Set(r.counterparties.flatMap((p) => Object.keys(kb.vocabulary.parties[p]?.asCounterparty ?? {})));
      const askerKind = (f: string) => tested.has(f) && ownKind.has(f) && (r.facts[f] === undefined || fromPartner.has(f));
      const keep = ctx.continues || has(ctx, 'followUp') || joinsTotal ? prev.facts : Object.fromEntries(Object.entries(prev.facts).filter(([f]) => askerKind(f) || ((bases.has(f) || (sameAsker && tested.has(f) && (namesNoParty || !index.partyFact(f)))) && r.facts[f] === undefined)));
      // (如果它明年又落地15个项目，两年“沿途下蛋”这项奖励… after the leading firm's award, then an open call: an earlier topic
      // named again of the same body — pointed back at, or no one said at all (如果明年又落地了9个，两年沿途下蛋奖励合计) —
      // naming no party, goes on from what was said of it then, where this message and the topic in between say nothing
      // else; not of 我们的子公司, 我同事, 乙公司 or 他们, whose case is their own.)
      const resumed = named.filter((id) => prev.earlier.includes(id) && !prev.focus.benefits.includes(id));
      const noOneSaid = () => [...kb.vocabulary.firstPerson, ...kb.vocabulary.grammar.otherParty].every((w) => !r.text.includes(w));
      const sameBody = (kb.vocabulary.grammar.sameBody.some((w) => r.text.includes(w)) || noOneSaid()) && r.applicant === undefined && r.self.length + r.asked.length + r.counterparties.length === 0;
      const before = resumed.length > 0 && sameBody ? [...prev.applicantResults].reverse().find((a) => a.facts !== undefined && a.results.some((x) => resumed.includes(x.benefit)))?.facts : undefined;
      const again = Object.fromEntries(Object.entries(before ?? {}).filter(([f]) => tested.has(f) && !bases.has(f) && r.facts[f] === undefined && keep[f] === undefined));
      ctx.next.facts = { ...again, ...keep };
      // (那药企能拿多少 after the hospital's contract with it: the figure carried over keeps its place among the contracts,
      // its partner now the asker — 药企同一年还跟另一所大学签了300万，两份加起来 adds to it.)
      const flipped = r.asked.length > 0 && r.asked.every((p) => prev.parties.counterparties.includes(p));
      const carried = prev.amounts.filter((a) => keep[a.fact] === a.yuan);
      ctx.next.amounts = ctx.continues || joinsTotal ? prev.amounts : carried.map((a) => ({ ...a, party: flipped && a.party !== null && r.asked.includes(a.party) ? (prev.parties.self[0] ?? null) : a.party }));
      ctx.next.yearBefore = ctx.continues ? prev.yearBefore : null;
      ctx.next.skipped = [];
      // (The earlier topic's items with money, and those it described: 青年科学家支撑计划, then 1000万那个可以跟它一起拿吗.)
      // (After a total over both, 之后…两个平台绩效都是优秀: the items that total was over stay earlier too.)
      // (Nor when the new items are the earlier ones' next — 概念验证中心 then its excellence reward: the one before stays.)
      const next = benefits.some((id) => prev.focus.benefits.some((p) => index.siblings(p).some((sib) => sib.id === id)));
      // (这几项加起来最多多少 with a third item asked: the asker's own earlier items are in it, not only the last one.)
      const allAsked = has(ctx, 'total') && kb.vocabulary.grammar.allWorkedOut.some((w) => r.text.includes(w));
      const totalled = prev.lastTotal !== null || next ? prev.earlier : allAsked ? ownEarlier(ctx) : [];
      if (prev.focus.benefits.length + prev.focus.described.length > 0) ctx.next.earlier = [...new Set([...prev.focus.benefits, ...prev.focus.described, ...totalled])];
      ctx.next.focus = { benefits, checks, described, measures: measuresOf(index, [...benefits, ...checks, ...described]) };
    }
  }
  if (!computes && ctx.continues && topical(prev)) ctx.next.focus = prev.focus;
  if (!computes && described.length > 0) {
    // (The items just discussed stay earlier, as they do before a topic with money: 联合体成员能一起申报人才计划吗 after
    // the task project, then 我们作为成员单位能分到多少钱 is the project's open point.)
    // (这两方面的内容分别是哪些部门负责 after 国企赋权 then the fund's rules: a topic of another measure's provisions alone
    // stays earlier too.)
    const otherMeasure = prev.focus.measures.some((m) => !measuresOf(index, described).includes(m));
    if ((prev.focus.benefits.length > 0 || (otherMeasure && prev.focus.checks.length + prev.focus.described.length > 0)) && !described.every((id) => prev.focus.described.includes(id))) ctx.next.earlier = [...new Set([...prev.focus.benefits, ...prev.focus.checks, ...prev.focus.described])];
    ctx.next.focus = { benefits: [], checks: [], described, measures: measuresOf(index, described) };
  }
  // 能给多少钱 after 青年科学家支撑计划: a short follow-up on support with no amount is answered about that support again.
  // (这些有没有具体的补贴金额: pointing back at them, even where retrieval finds another measure's subsidy.)
  // (Not another party asked of: 那医院自己能拿什么 after a doctor's question.)
  const pointsBack = kb.vocabulary.grammar.demonstratives.some((w) => r.text.startsWith(w)) && r.asked.length === 0;
  if ((!found || pointsBack) && named.length === 0 && prev.focus.described.length > 0 && !topical(prev) && r.text.length <= 16 && Object.keys(r.facts).length === 0) {
    for (const id of prev.focus.described) ctx.parts.push({ kind: 'provision', id });
    ctx.next.focus = prev.focus;
    ctx.next.pending = null;
    return 'stop';
  }
  mergeFacts(ctx);
  // 能直接评高工吗: a check for researchers is about a researcher unless the message says who else; the answer says so.
  for (const id of ctx.next.focus.checks) {
    for (const c of index.provisions.get(id)?.provision.conditions ?? []) {
      if (!c.fact || !c.oneOf || ctx.next.facts[c.fact] !== undefined || !index.personFact(c.fact)) continue;
      // 我不是科研人员: a role the message denies is not assumed; it is asked.
      const roleWords = ctx.kb.vocabulary.facts[c.fact]?.values?.[c.oneOf[0]!] ?? [];
      if (roleWords.some((w) => findWord(r.text, w).some(([start]) => isNegated(r.text, start)))) continue;
      ctx.next.facts[c.fact] = c.oneOf[0]!;
      ctx.parts.push({ kind: 'assumedRole', fact: c.fact, value: c.oneOf[0]! });
    }
  }
  if (topical(ctx.next) && (computes || ctx.continues)) {
    ctx.parts.push({ kind: 'compute', benefits: ctx.next.focus.benefits, checks: ctx.next.focus.checks, total: has(ctx, 'total') });
    // Said only beside a benefit computed on the yearly amount (not beside the enterprise's subsidy on the same contracts).
    // (医院这边…能不能也申请第七条 after 企业那边签了50万: an item new to the topic worked out on a figure read then as yearly.)
    const carried = ctx.next.focus.benefits.map((id) => index.baseFact(id)).find((f, i) => f && !prev.focus.benefits.includes(ctx.next.focus.benefits[i]!) && r.facts[f] === undefined && ctx.next.amounts.some((a) => a.assumed && a.fact === f));
    const yearly = r.assumedYearly ?? r.increase?.fact ?? r.yearlySeries?.fact ?? readBack ?? carried ?? null;
    if (yearly && ctx.next.focus.benefits.some((id) => index.baseFact(id) === yearly)) ctx.parts.push({ kind: 'assumedYearly', fact: yearly });
    if (r.askerOutside) ctx.parts.push({ kind: 'askerOutside', place: r.askerOutside });
    // (这个平台在江阴，不在市区，算不算: a county of Wuxi's own said of the case, going on with it, is said to be in scope.)
    // (中试平台在宜兴，概念验证中心在江阴，有影响吗: so is one said of the topic's items named again.)
    // (如果宜兴本级是1:1而且不封顶呢: not where the place names another policy's level, weighed under 从优、就高.)
    // (有一半其实是在本市一个区级平台上用的: nor where the place is said of a condition the message denies.)
    else if (r.inside.length > 0 && !COMBINATION_FACTS.some((f) => r.facts[f] !== undefined) && !ctx.parts.some((p) => p.kind === 'halfLeftOut' || p.kind === 'countLeftOut') && deniedConditions(ctx, false).length === 0 && (ctx.continues || (topical(ctx.prev) && r.items.every((id) => ctx.prev.focus.benefits.includes(id))))) ctx.parts.push({ kind: 'inside' });
    // 合作的是外地高校算不算: only where an item answered wants a partner of that kind.
    if (r.partnerOutside && index.wantsPartner([...ctx.next.focus.benefits, ...ctx.next.focus.checks], r.partnerOutside.party)) ctx.parts.push({ kind: 'partnerOutside', place: r.partnerOutside.place });
    // (合同的企业有一家在安徽 of an institute's yearly contracts: the other party of the figures, whose place the text leaves open.)
    // (Unless an item's own note says it: 跟外省企业签的 has measure 7's.)
    else if (r.partnerOutside && ctx.next.focus.benefits.length > 0 && !ctx.next.parties.self.includes(r.partnerOutside.party) && ctx.next.focus.benefits.every((id) => index.notesAsked(id, r.text).length === 0)) ctx.parts.push({ kind: 'partnerOutside', place: r.partnerOutside.place, party: r.partnerOutside.party });
    // …具体怎么弄，找哪个部门: the departments of the measures answered, asked in the same message.
    if (has(ctx, 'departments') && !departmentsSaid(ctx)) for (const measure of departmentsAsked(ctx)) ctx.parts.push({ kind: 'measureDepartments', measure });
    // (…无锡市能联动给多少？另外这个对企业也适用吗: whom the items named go to, asked in a question of its own beside the sum.)
    const namedHere = r.items.filter((id) => index.benefits.has(id) && ctx.next.focus.benefits.includes(id));
    if (has(ctx, 'scope') && (r.questions ?? 0) > 1 && namedHere.length > 0 && r.asked.length + r.self.length + r.counterparties.length > 0 && !ctx.parts.some((p) => p.kind === 'recipient')) ctx.parts.push({ kind: 'recipient', benefits: namedHere, internal: false });
    datesSaid(ctx);
    return 'stop';
  }
  if (found) {
    if (has(ctx, 'departments') && !departmentsSaid(ctx)) for (const measure of departmentsAsked(ctx)) ctx.parts.push({ kind: 'measureDepartments', measure });
    ctx.next.pending = null;
    return 'stop';
  }
};

/**
 * 如果第二家是在别的平台上用的呢 / 第一份合同的对方是民营医院: a message naming one of several figures of the topic by its
 * place, and stating no figure, states the topic's conditions of that one alone.
 */
function ofOneAmount(ctx: Ctx): { fact: string; n: number; facts: StatedFacts } | null {
  const r = ctx.reading;
  if (r.amounts.length > 0) return null;
  const bases = new Set(ctx.index.baseFacts(ctx.next.focus.benefits));
  const kinds = [...new Set(ctx.next.amounts.filter((a) => bases.has(a.fact)).map((a) => a.fact))];
  if (kinds.length !== 1) return null;
  const fact = kinds[0]!;
  const same = ctx.next.amounts.filter((a) => a.fact === fact);
  // (如果丙没评上优秀呢 after 甲…乙…丙…'s figures: the one whose label alone the message says.)
  const labelled = same.filter((a) => a.label !== undefined && r.text.includes(a.label));
  if (r.ordinal === undefined && r.refersTo?.length !== 1 && labelled.length !== 1) return null;
  // (其中500万那家: the place of the figure pointed at, when one figure has it.)
  const n = r.ordinal ?? onlyPlace(same, (a) => a.yuan === r.refersTo?.[0]) ?? same.indexOf(labelled[0]!) + 1;
  if (same.length < 2 || n < 1 || n > same.length) return null;
  const tested = new Set(ctx.index.conditionFacts(ctx.next.focus.benefits));
  const facts = Object.fromEntries(Object.entries(r.facts).filter(([f]) => tested.has(f) && !bases.has(f)));
  return Object.keys(facts).length > 0 ? { fact, n, facts } : null;
}

/** The amounts with the facts said of the n-th of one kind (ofOneAmount) joined to its own. */
function withFactsOfOne(amounts: StatedAmount[], one: { fact: string; n: number; facts: StatedFacts }): StatedAmount[] {
  let seen = 0;
  return amounts.map((a) => (a.fact === one.fact && ++seen === one.n ? { ...a, facts: { ...a.facts, ...one.facts } } : a));
}

/** The facts of this message join the conversation's; a new figure of a kind replaces the old one. */
function mergeFacts(ctx: Ctx) {
  const r = ctx.reading;
  // 我们是医院…先给企业用 then 对方是大型企业可以吗: the other party's kind does not undo what the asker said it is.
  const parties = ctx.kb.vocabulary.parties;
  const ownKind = r.self.length > 0 ? new Set<string>() : new Set(ctx.prev.parties.self.flatMap((p) => Object.keys(parties[p]?.asSelf ?? {})));
  // (那如果这家企业的合同实际成交额是800万呢 after an enterprise's contract with a university: the one pointed back at is the
  // applicant already said, no partner of its kind.)
  // (Not the partner of one of several contracts pointed at: 如果那个300万的合同对方其实是一家民营技术服务公司…那企业能拿多少.)
  if (r.pointed !== undefined && r.counterparties.length === 1 && r.counterparties[0] === r.pointed && r.self.length === 0 && ctx.prev.parties.self.includes(r.pointed) && !ctx.prev.parties.counterparties.includes(r.pointed) && !oneOfSeveralPointed(ctx)) {
    for (const f of Object.keys(parties[r.pointed]?.asCounterparty ?? {})) delete r.facts[f];
    r.counterparties = [];
  }
  const fromPartner = new Set(r.counterparties.flatMap((p) => Object.keys(parties[p]?.asCounterparty ?? {})));
  // 如果这家研究院是民营企业性质的呢 after the institute itself asked: the asker pointed at, said to be no public unit,
  // is an applicant of the default kind; nothing is said of a partner.
  const askerPointed = r.pointed !== undefined && ctx.prev.parties.self.includes(r.pointed) && r.counterparties.length === 0 && r.self.length === 0;
  // (如果乙研究院其实是民营企业性质的，不是事业单位呢: so is a lettered applicant named alone.)
  const letteredAlone = r.applicant !== undefined && r.self.length + r.counterparties.length + r.asked.length === 0;
  if ((askerPointed || letteredAlone) && ctx.kb.vocabulary.grammar.notPublicUnit.some((w) => r.text.includes(w))) {
    for (const p of Object.values(parties)) for (const f of Object.keys(p.asCounterparty)) delete r.facts[f];
    Object.assign(r.facts, parties[ctx.kb.vocabulary.defaultAsker]?.asSelf ?? {});
    ctx.next.parties.self = [ctx.kb.vocabulary.defaultAsker];
  }
  // 那个研究所其实是民营的研发公司，不是事业单位: the figures said with the partner pointed at are no longer that kind's,
  // when this message says otherwise of what that kind states.
  const pointedKind = r.pointed ? parties[r.pointed]?.asCounterparty ?? {} : {};
  const undone = r.amounts.length === 0 && Object.entries(pointedKind).some(([f, v]) => r.facts[f] !== undefined && r.facts[f] !== v);
  if (undone) ctx.next.amounts = ctx.next.amounts.map((a) => (a.party === r.pointed ? { ...a, party: null } : a));
  // (核实发现第一家的3万元是在其他平台用的 after five firms' vouchers: the one's own figure said again with its place
  // names it; it is no new figure.)
  // (Not 第二位的1800万里有300万…: with a part of it said, which takes that part out of it.)
  const again = r.ordinal !== undefined && r.amounts.length === 1 && findAmounts(r.text).length === 1 ? r.amounts[0]! : undefined;
  const ofItsFact = again ? ctx.next.amounts.filter((a) => a.fact === again.fact) : [];
  if (again && ofItsFact.length >= 2 && ofItsFact[r.ordinal! - 1]?.yuan === again.yuan) {
    r.amounts = [];
    delete r.facts[again.fact];
  }
  // 如果第二家是在别的平台上用的呢, after three applicants' figures: what is said of one of them is that one's alone.
  const one = ofOneAmount(ctx);
  for (const [fact, value] of Object.entries(r.facts)) if (!(ownKind.has(fact) && fromPartner.has(fact) && ctx.prev.facts[fact] !== undefined) && !(one && fact in one.facts)) ctx.next.facts[fact] = value;
  Object.assign(ctx.next.facts, movedWith(ctx));
  // (中试服务平台绩效评价为良好 beside 概念验证中心…优秀: each item's own; said again of all, no longer.)
  for (const facts of Object.values(ctx.next.itemFacts)) for (const f of Object.keys(r.facts)) delete facts[f];
  for (const [id, facts] of Object.entries(r.itemFacts ?? {})) {
    ctx.next.itemFacts[id] = { ...ctx.next.itemFacts[id], ...facts };
    for (const f of Object.keys(facts)) delete ctx.next.facts[f];
  }
  if (r.self.length > 0) ctx.next.parties.self = r.self;
  if (r.counterparties.length > 0) ctx.next.parties.counterparties = r.counterparties;
  // (哦不对，那个合同其实是跟一家做软件的民营公司签的，不是江南大学 after 260万 with the university: the partner corrected, no
  // figure said, is the one figure's partner now — a contract added later is not counted as the university's.)
  const only = ctx.next.amounts.length === 1 ? ctx.next.amounts[0]! : undefined;
  if (only && has(ctx, 'correction') && r.amounts.length === 0 && r.counterparties.length === 1 && only.party !== null && only.party !== r.counterparties[0]) ctx.next.amounts = [{ ...only, party: r.counterparties[0]! }];
  // 我们研究院跟一家企业一起揭了…的榜 / 我们是三甲医院… then 企业…能拿多少: when every benefit in focus is the other
  // party's (named or asked about), not the asker's, the asker is that benefit's partner and the other its applicant.
  const selves = ctx.next.parties.self;
  const others = [...new Set([...ctx.next.parties.counterparties, ...r.asked])].filter((p) => !selves.includes(p));
  const focusBenefits = ctx.next.focus.benefits;
  const serves = (p: string, id: string) => ctx.index.partyServes(p, id);
  // (Not when the asker asks for itself: 我个人能拿30%吗 is the teacher's question.)
  const asksForItself = r.asked.some((p) => selves.includes(p));
  if (!asksForItself && r.self.length + r.counterparties.length + r.asked.length > 0 && selves.length > 0 && others.length > 0 && focusBenefits.length > 0 && focusBenefits.every((id) => others.some((p) => serves(p, id)) && !selves.some((p) => serves(p, id)))) {
    // (What this message says outright stays: 合同对方是一家民营研究机构，不是事业单位 is no university partner. What it
    // says only by naming the other party, as the partner, is what this reverses.)
    const unsaid = (facts: Record<string, unknown>) => Object.fromEntries(Object.entries(facts).filter(([f]) => r.facts[f] === undefined || fromPartner.has(f)));
    for (const p of others) Object.assign(ctx.next.facts, unsaid(parties[p]?.asSelf ?? {}));
    for (const p of selves) Object.assign(ctx.next.facts, unsaid(parties[p]?.asCounterparty ?? {}));
  }
  // 我们能牵头组建任务型创新联合体吗 from a new R&D institution said before: words said of an asker of none of the kinds they are for deny the fact.
  const askers = ctx.next.parties.self;
  for (const [id, f] of Object.entries(ctx.kb.vocabulary.facts)) {
    if (!f.ofAsker || r.facts[id] !== undefined || askers.length === 0 || askers.some((p) => f.ofAsker!.for.includes(p))) continue;
    if (f.ofAsker.words.some((w) => r.text.includes(w))) ctx.next.facts[id] = false;
  }
  partOfCountLeftOut(ctx);
  const partTaken = partOfAmountLeftOut(ctx);
  ctx.next.parties.asked = r.asked.length > 0 ? r.asked : ctx.continues ? ctx.next.parties.asked : [];
  ctx.next.skipped = ctx.next.skipped.filter((f) => r.facts[f] === undefined);
  // 如果是第三完成人呢: what the text does not settle undoes what was said of it, and is not asked (the item's note says why).
  for (const f of r.unsettled ?? []) {
    delete ctx.next.facts[f];
    if (!ctx.next.skipped.includes(f)) ctx.next.skipped.push(f);
  }
  // (第二位的1800万里有300万最后没有实际成交: the figure is already taken down by its part left out; nothing else of
  // the figures changes.)
  if (partTaken) return;
  const stated = new Set(r.amounts.map((a) => a.fact));
  // (去年促成了一笔1800万的…能拿多少, then 另一笔900万…两笔加起来: a figure put in the past that is the case's own fact, with no
  // figure of this time beside it and no increase read, is the case's figure as any other; a deal added joins it.)
  // (三位技术经理人去年分别促成了600万、1500万、4000万: or the several own figures the fact sums, each its own.)
  const pastOf = (f: string) => r.amounts.filter((b) => b.past && b.fact === f);
  const summedPast = (a: StatedAmount) => a.own === true && pastOf(a.fact).length > 1 && fenToYuanString(pastOf(a.fact).reduce((sum, b) => sum + yuanStringToFen(b.yuan)!, 0n)) === r.facts[a.fact];
  const pastOwn = r.increase === undefined ? r.amounts.filter((a) => a.past && (r.facts[a.fact] === a.yuan || summedPast(a)) && !r.amounts.some((b) => !b.past && b.fact === a.fact)) : [];
  const current = r.amounts.filter((a) => !a.past || pastOwn.includes(a));
  // 还有一单200万 / 另外和中科院签了100万: one more of the same kind joins the earlier ones.
  // 如果第二单是200万呢 after one contract: the place after the last earlier figure is one more of them.
  const nextInPlace = r.ordinal !== undefined && r.amounts.length === 1 && r.ordinal === ctx.prev.amounts.filter((a) => a.fact === r.amounts[0]!.fact).length + 1;
  // (如果省里给了80万呢？另外，如果省里没给…: 另外 opening another question adds no figure; the what-if replaces.)
  const alsoWords = ctx.kb.vocabulary.intents.also?.phrases ?? [];
  // (还有我们要是拆成两个250万的合同: a contract split instead, in the sentence that adds, replaces the one before.)
  const instead = ctx.kb.vocabulary.grammar.instead;
  const alsoSentences = r.amounts.length > 0 ? sentencesOf(r.text).filter((x) => alsoWords.some((w) => x.includes(w)) && !instead.some((w) => x.includes(w))) : [];
  const addedFigure = r.amounts.length === 0 || r.amounts.some((a) => alsoSentences.some((x) => x.includes(a.raw)));
  // (其实实际成交的只有1200万，另外的还没成交: a figure said to be all there is replaces; it adds to nothing.)
  // (今年加上这笔一共是1100万: nor does a total said to count the one before, with its own figure right after — or said to be
  // it: 今年加上这笔是380万.)
  const totalWords = ctx.kb.vocabulary.intents.total?.phrases ?? [];
  const includingThis = ctx.kb.vocabulary.grammar.includingThis.some((w) => {
    const at = r.text.indexOf(w);
    if (at < 0) return false;
    const rest = r.text.slice(at + w.length, clauseAt(r.text, at)[1]);
    return [...totalWords, ...ctx.kb.vocabulary.grammar.roleIs].some((t) => rest.startsWith(t)) && r.amounts.some((a) => a.raw !== '' && !a.past && rest.includes(a.raw));
  });
  // (另外就按最初那800万的合同… after 如果合同额是3000万呢: the figure said first, said again, is the case; it adds to none.)
  const { onlyAmount, firstAgain } = ctx.kb.vocabulary.grammar;
  const onlyFigure = r.amounts.some((a) => a.raw !== '' && [...onlyAmount, ...firstAgain].some((w) => r.text.includes(w + a.raw))) || includingThis;
  // (那420万里有200万…另外220万: the parts of a figure said before replace it; 另外 adds nothing.)
  // (另外我们中心的一位技术经理人促成了一笔2000万…他个人能拿多少 after the school's contracts: a deal a person asked about
  // brokered is that person's, added to none of the asker's.)
  const people = ctx.kb.vocabulary.parties;
  const personsDeal = ctx.kb.vocabulary.grammar.brokering.some((w) => r.text.includes(w)) && r.asked.some((p) => people[p]?.person) && !ctx.prev.parties.self.some((p) => people[p]?.person);
  // (如果明年我再促成一笔3000万的呢 after this year's deals: of an item capped each year, a figure of a later year, no total
  // asked, is that year's own case; it joins none of this year's.)
  const laterYearsOwn = r.laterYears === true && !totalWords.some((w) => r.text.includes(w)) && ctx.prev.focus.benefits.some(ctx.index.yearly);
  // (如果今年又促成一笔3000万的呢 after last year's deal: so is this year's after only past ones.)
  const pastBefore = ctx.prev.amounts.filter((a) => stated.has(a.fact));
  const thisYearOwn = !laterYearsOwn && pastBefore.length > 0 && pastBefore.every((a) => a.past) && current.every((a) => !a.past) && !totalWords.some((w) => r.text.includes(w)) && ctx.prev.focus.benefits.some(ctx.index.yearly) && thisYearWords(ctx.kb.vocabulary).some((w) => r.text.includes(w));
  // (那要是两单呢，一单1800万，另一单1500万 after 1800万: the earlier figures all said again, with more, are the list anew.)
  const earlierOfKind = current.length > 0 ? ctx.prev.amounts.filter((a) => a.fact === current[0]!.fact) : [];
  // (A what-if, not 另外还有两单 or 又…签了两份…总共 — one of them the same sum as an earlier deal's — which add.)
  const saidAgainWithMore = has(ctx, 'followUp') && !has(ctx, 'total') && earlierOfKind.length > 0 && current.length > earlierOfKind.length && current.every((a) => a.fact === current[0]!.fact) && earlierOfKind.every((e) => current.filter((a) => a.yuan === e.yuan).length >= earlierOfKind.filter((x) => x.yuan === e.yuan).length);
  const adding = ((has(ctx, 'also') && (addedFigure || r.restPaid !== undefined)) || nextInPlace) && ctx.continues && !onlyFigure && r.partsOf === undefined && !personsDeal && !laterYearsOwn && !thisYearOwn && !saidAgainWithMore;
  // The earlier figures keep the partner they were given with (对方是江南大学) when a figure with another joins them.
  // (那跟它签合同的企业能不能申请…260万 after an institution's case, then 同一家企业另外还跟江南大学签了150万: where the
  // other party was the one asked about, applying, the partner of its contract is the case's own party.)
  const { self: selfBefore, counterparties: partnersBefore, asked: askedBefore } = ctx.prev.parties;
  const flipped = partnersBefore.length > 0 && partnersBefore.every((p) => askedBefore.includes(p));
  const earlierPartners = flipped ? selfBefore.filter((p) => !askedBefore.includes(p)) : partnersBefore;
  // (Not when the partner was said of one of them: 如果第二单是和一家公司签的呢 leaves the first's unknown.)
  const partnerOfOne = ctx.prev.amounts.some((a) => a.party !== null && stated.has(a.fact));
  if (adding && earlierPartners.length === 1 && !partnerOfOne) for (const a of ctx.next.amounts) if (!a.party && stated.has(a.fact)) a.party = earlierPartners[0]!;
  // 如果第二单是3200万呢 / 如果第二份是和一家公司签的呢: the earlier figure in that place changes, the others stay.
  // (如果那家医院是民营医院呢 after contracts with a university and a hospital: the hospital's is that figure.)
  // (还有个情况，合同写的500万但学校那边实际只收到了200万 after that 500万: the same contract, its amount actually
  // transacted — it replaces that one and adds nothing.)
  // (A那个其实合同上写的是150万，只是实际到账120万 after A's 120万 among three: that one said again; all stay.)
  // (甲大学又提出应该按全年合同总额8000万的10%算，给800万 after 甲's increase of 3000万: a year's whole total said of the one
  // named, whose increase is known, is no increase; what it claims is weighed on the increase. Like asOfApplicant, this
  // changes the reading: a debt noted.)
  const known = r.applicant !== undefined && ctx.prev.amounts.length === 1 && ctx.prev.amounts[0]!.label === r.applicant ? ctx.prev.amounts[0]! : undefined;
  const total = known ? current.filter((a) => a.fact === known.fact) : [];
  if (known && total.length === 1 && r.assumedYearly === known.fact && yuanStringToFen(total[0]!.yuan)! > yuanStringToFen(known.yuan)! && ctx.kb.vocabulary.grammar.yearTotal.some((w) => r.text.includes(w))) {
    ctx.next.amounts = ctx.prev.amounts.map((a) => ({ ...a }));
    for (const a of current) if (ctx.prev.facts[a.fact] === undefined) delete ctx.next.facts[a.fact];
    ctx.next.facts[known.fact] = known.yuan;
    r.assumedYearly = null;
    if (r.quoted?.length === 1) ctx.parts.push({ kind: 'onYearTotal', fact: known.fact, total: total[0]!.yuan, quoted: r.quoted[0]! });
    return;
  }
  const restated = (r.writtenAs ?? []).length > 0 && current.length === 1 && ctx.prev.amounts.some((a) => a.yuan === current[0]!.yuan && a.fact === current[0]!.fact);
  if (restated) {
    ctx.next.amounts = ctx.prev.amounts.map((a) => ({ ...a }));
    ctx.next.facts[current[0]!.fact] = ctx.prev.facts[current[0]!.fact]!;
    return;
  }
  const written = (r.writtenAs ?? []).find((y) => ctx.prev.amounts.some((a) => a.yuan === y && stated.has(a.fact)));
  if (written && current.length === 1 && r.ordinal === undefined) {
    const actual = current[0]!;
    ctx.next.amounts = ctx.next.amounts.map((a) => (a.yuan === written && a.fact === actual.fact ? { ...a, yuan: actual.yuan, raw: actual.raw, party: actual.party ?? a.party } : a));
    const all = ctx.next.amounts.filter((a) => a.fact === actual.fact);
    ctx.next.facts[actual.fact] = fenToYuanString(all.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n));
    return;
  }
  // (如果只算前两个合同呢 after three contracts: those figures alone, the rest left out.)
  if (r.firstOf !== undefined && ctx.continues && !adding && r.amounts.length === 0 && ctx.kb.vocabulary.grammar.onlyThis.some((w) => r.text.includes(w))) {
    const kinds = [...new Set(ctx.prev.amounts.map((a) => a.fact))];
    const earlier = kinds.length === 1 ? ctx.prev.amounts.filter((a) => a.fact === kinds[0]) : [];
    if (earlier.length > r.firstOf) {
      const kept = earlier.slice(0, r.firstOf);
      ctx.next.amounts = kept;
      ctx.next.facts[kinds[0]!] = fenToYuanString(kept.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n));
      return;
    }
  }
  const partnerFigure = partnerFigurePointed(ctx);
  const place = r.ordinal ?? pointedPlace(ctx, partnerFigure);
  // (A partner's figure pointed at continues the case: 后来跟研究所那份合同增补到了260万.)
  if (place && (ctx.continues || partnerFigure !== undefined) && !adding && ordinalChange(ctx, place)) {
    if (one) ctx.next.amounts = withFactsOfOne(ctx.next.amounts, one);
    return;
  }
  if (ctx.continues && !adding && droppedFigure(ctx)) return;
  // 甲大学新增的合同里有300万是跟外省企业签的 after 甲's 2500万: a part of the case's one figure, said to ask about it, is
  // in that figure already; the figure stays.
  const whole = current.length === 1 ? ctx.prev.amounts.filter((a) => a.fact === current[0]!.fact) : [];
  const partSaid = whole.length === 1 && ctx.kb.vocabulary.grammar.partHas.some((w) => r.text.includes(w + current[0]!.raw)) && yuanStringToFen(current[0]!.yuan)! < yuanStringToFen(whole[0]!.yuan)!;
  if (partSaid) {
    ctx.next.facts[whole[0]!.fact] = whole[0]!.yuan;
    return;
  }
  // (说错了，那份合同是450万。另外…还签了一份200万 after 280万: a correction's own figure, outside the sentence that adds,
  // replaces the earlier ones of its fact and keeps their partner; the added one joins it.)
  // (Only of one earlier figure: 说错了，江南大学那份是120万 after two contracts points at one of them, the other stays.)
  const corrected = adding && has(ctx, 'correction') ? new Set(current.filter((a) => !alsoSentences.some((x) => x.includes(a.raw)) && ctx.prev.amounts.filter((b) => b.fact === a.fact).length === 1).map((a) => a.fact)) : new Set<string>();
  const correctedPartners = new Set(ctx.prev.amounts.filter((a) => corrected.has(a.fact)).map((a) => a.party));
  // (把400万拆成两份合同、各200万 after 400万 with 江南大学: the parts of a figure split keep its partner.)
  const split = r.partsOf !== undefined ? ctx.prev.amounts.find((a) => a.yuan === r.partsOf && stated.has(a.fact)) : undefined;
  const splitPartner = split ? split.party ?? (ctx.prev.parties.counterparties.length === 1 ? ctx.prev.parties.counterparties[0]! : null) : null;
  const partyOf = (a: StatedAmount) => a.party ?? (split?.fact === a.fact ? splitPartner : corrected.has(a.fact) && correctedPartners.size === 1 && !alsoSentences.some((x) => x.includes(a.raw)) ? [...correctedPartners][0]! : null);
  // (如果省里给的是80万呢？另外…还用了4万元创新券 after 30万: only figures of the sentence that adds add; the what-if's replaces.)
  const alsoFacts = new Set(current.filter((a) => alsoSentences.some((x) => x.includes(a.raw))).map((a) => a.fact));
  // (今年又促成了一笔900万的，今年能拿多少 / 另一笔900万的许可合同单独算 after 去年促成了一笔1800万的: this year asked of, in a
  // clause with no figure, or a deal asked alone, joins none put in the past — not 再加上今年签的80万，两笔一起呢, this year
  // said of the figure.)
  const thisYearAsked = () => thisYearWords(ctx.kb.vocabulary).some((w) => findWord(r.text, w).some(([at]) => { const [s, e] = clauseAt(r.text, at); return !r.amounts.some((a) => a.raw !== '' && r.text.slice(s, e).includes(a.raw)); }));
  const apartFromPast = () => ctx.kb.vocabulary.grammar.onlyThis.some((w) => r.text.includes(w)) || thisYearAsked();
  const kept = (a: StatedAmount) => !stated.has(a.fact) || (adding && !corrected.has(a.fact) && !(a.past && apartFromPast()) && (alsoFacts.size === 0 || alsoFacts.has(a.fact) || !current.some((c) => c.fact === a.fact)));
  // (不对，实际是两笔：1800万那笔再加一笔800万 after 1800万 and then 要是成交额是3000万呢: the figure pointed at, which the
  // what-if had replaced, is the case's again, and the one added joins it.)
  const backTo = r.refersTo?.length === 1 && current.length === 1 && ctx.prev.amounts.every((a) => a.yuan !== r.refersTo![0]) ? ctx.prev.amounts.filter((a) => a.fact === current[0]!.fact) : [];
  const replaced = adding && backTo.length === 1 ? backTo[0]! : undefined;
  ctx.next.amounts = [...ctx.next.amounts.filter(kept).map((a) => (replaced && a.fact === replaced.fact && a.yuan === replaced.yuan ? { ...a, yuan: r.refersTo![0]!, raw: '' } : a)), ...current.map((a): StatedAmount => ({ ...a, party: partyOf(a) }))];
  if (one) ctx.next.amounts = withFactsOfOne(ctx.next.amounts, one);
  // (后来又用了8万，前后一共14万 after 6万: a figure said after a word of totalling that is the others' sum is their total,
  // no figure of its own.)
  const totalPhrases = current.length > 0 ? (ctx.kb.vocabulary.intents.total?.phrases ?? []).filter((w) => !w.includes('…')) : [];
  // (Not one in a clause adding a deal — 又签了一份合计300万的合同, 同事的公司也签了一共300万 — which is its own.)
  const addingWords = current.length > 0 ? alsoWords.filter((w) => !w.includes('…')) : [];
  const sumSaid = current.find((a) => { const at = r.text.indexOf(a.raw); const lead = at > 0 ? r.text.slice(clauseAt(r.text, at)[0], at) : ''; const others = ctx.next.amounts.filter((b) => b !== a && b.fact === a.fact && b.raw !== a.raw); return a.raw !== '' && totalPhrases.some((w) => lead.includes(w)) && !addingWords.some((w) => lead.includes(w)) && others.length > 1 && others.reduce((sum, b) => sum + yuanStringToFen(b.yuan)!, 0n) === yuanStringToFen(a.yuan); });
  if (sumSaid) ctx.next.amounts = ctx.next.amounts.filter((a) => !(a.fact === sumSaid.fact && a.raw === sumSaid.raw));
  // Last year's total stays beside the increase worked out from it, for this year's figure said again; another figure of that fact drops it.
  // (With the years named — 2025年4200万，2024年2800万, then 2026年 — the year of this year's total, for the next.)
  const years = [...new Set(r.yearsSaid ?? [])].sort();
  const year = years.length === 2 ? years[1] : years.length === 1 && ctx.prev.yearBefore?.year !== undefined ? years[0] : undefined;
  const lastStep = r.yearlySeries?.steps.at(-1);
  // (2025年1亿元，2026年1.3亿元，2027年1.8亿元: of a series, its last year over the one before, for a year after said next.)
  if (lastStep) ctx.next.yearBefore = { fact: r.yearlySeries!.fact, yuan: lastStep.past, current: lastStep.current, year: lastStep.year };
  else if (r.increase) ctx.next.yearBefore = { fact: r.increase.fact, yuan: r.increase.past, current: r.increase.current, ...(year ? { year } : {}) };
  else if (ctx.next.yearBefore && stated.has(ctx.next.yearBefore.fact)) ctx.next.yearBefore = null;
  if (adding) {
    // (另外我们还跟一家民营的研究院（…不是事业单位）签了150万合同: what this message says of the partner, against what
    // the earlier contracts' partner was, is the new contract's own.)
    const tested = new Set(ctx.index.conditionFacts(ctx.next.focus.benefits));
    const own = Object.fromEntries(Object.entries(r.facts).filter(([f, value]) => tested.has(f) && !stated.has(f) && ctx.prev.facts[f] !== undefined && ctx.prev.facts[f] !== value));
    // (The rest of the earlier contract paid — 尾款50万 — is that contract's, with its partner.)
    const added = ctx.next.amounts.slice(-current.length);
    const rest = added.filter((a) => r.restPaid !== undefined && a.raw === r.restPaid);
    const partners = new Set(ctx.prev.amounts.filter((a) => rest.some((x) => x.fact === a.fact)).map((a) => a.party));
    if (partners.size === 1) for (const a of rest) a.party = [...partners][0]!;
    // (还有一家D企业是在其他平台上用的 after A、B、C: with no earlier figure kept — another applicant — they are the case's.)
    if (Object.keys(own).length > 0 && current.length > 0 && ctx.next.amounts.length > added.length) {
      for (const a of added) if (!rest.includes(a)) a.facts = { ...a.facts, ...own };
      for (const f of Object.keys(own)) ctx.next.facts[f] = ctx.prev.facts[f]!;
    }
    for (const fact of stated) {
      const all = ctx.next.amounts.filter((a) => a.fact === fact);
      if (all.length > 1) ctx.next.facts[fact] = fenToYuanString(all.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n));
    }
  }
  // 不好意思说错了，合同额是210万 after the institute's yearly figure was read from the contract: a figure read from
  // another follows it when that one is said anew.
  for (const p of Object.values(parties)) {
    for (const [from, to] of Object.entries(p.readsAs)) {
      const before = ctx.prev.facts[from];
      const now = r.facts[from];
      if (now === undefined || before === undefined || now === before || r.facts[to] !== undefined || ctx.prev.facts[to] !== before) continue;
      ctx.next.facts[to] = now;
      ctx.next.amounts = ctx.next.amounts.map((a) => (a.fact === to && a.yuan === before ? { ...a, yuan: String(now) } : a));
      // (那如果明年再签一笔2000万呢 after 一笔1800万，一笔1200万 read as the year's new contracts: where the figures it was read
      // from are now one, so is it.)
      const readFrom = ctx.next.amounts.filter((a) => a.fact === from);
      const read = ctx.next.amounts.filter((a) => a.fact === to);
      const kept = read.find((x) => x.yuan === String(now)) ?? read[0];
      if (readFrom.length <= 1 && read.length > 1) ctx.next.amounts = ctx.next.amounts.filter((a) => a.fact !== to || a === kept).map((a) => (a === kept ? { ...a, yuan: String(now) } : a));
    }
  }
  // (如果区里的政策是按40%补助、不设上限呢 after 区里给了60万: the other policy said anew by its rate replaces the sum said
  // before, and by a sum, the rate.)
  if (r.facts.otherPolicyRatePercent !== undefined && r.facts.otherPolicyAmountYuan === undefined) delete ctx.next.facts.otherPolicyAmountYuan;
  if (r.facts.otherPolicyAmountYuan !== undefined && r.facts.otherPolicyRatePercent === undefined) {
    delete ctx.next.facts.otherPolicyRatePercent;
    if (r.facts.otherPolicyCapYuan === undefined) delete ctx.next.facts.otherPolicyCapYuan;
  }
  // Another policy's award (区里按20%、最高200万) is for the asker's own item being computed.
  if (COMBINATION_FACTS.some((f) => r.facts[f] !== undefined)) {
    const computable = ctx.next.focus.benefits.filter((id) => ctx.index.baseFact(id));
    const perspective = perspectiveOf(ctx);
    // (如果区里对那份技术合同已经按20%给了40万 after the contract, the vouchers and the sharing reward: the one item whose
    // figure the message names without a value is the one.)
    const saidOf = computable.filter((id) => r.mentioned.includes(ctx.index.baseFact(id) ?? ''));
    const item = (saidOf.length === 1 ? saidOf[0] : undefined) ?? computable.find((id) => perspectiveServes(ctx, perspective, id)) ?? computable[0];
    if (item) ctx.next.facts.otherPolicyBenefit = item;
    // (我们区里也有类似的奖励，每项给80万 after 12 landed projects: another policy's sum said per item is that many times it,
    // weighed against this item's.)
    const perItem = item ? ctx.index.benefits.get(item)?.benefit.perItem : undefined;
    const count = perItem ? ctx.next.facts[perItem.fact] : undefined;
    const theirs = r.facts.otherPolicyAmountYuan;
    // (Not when the reading has spread it already: 落地转化了2个项目，区里…已经每项奖了30万元 is 60万, said as two.)
    const others = r.amounts.filter((a) => a.fact === OTHER_POLICY.amount);
    const perProject = typeof count === 'number' && count > 1 ? count : 0;
    const copies = others.filter((a) => others.filter((b) => b.yuan === a.yuan && b.raw === a.raw).length === perProject);
    const evenly = perProject > 0 && copies.length === perProject;
    // (区里每项分别奖了30万和20万: one figure for each project is spread too.)
    const listed = perProject > 0 && others.length === perProject && ctx.kb.vocabulary.grammar.respectively.some((w) => r.text.includes(w));
    // (区里一共奖了60万，每项30万: the whole said beside the sum per project, spread, is the same money — said once.)
    const sumOfCopies = evenly ? yuanStringToFen(copies[0]!.yuan)! * BigInt(perProject) : undefined;
    if (sumOfCopies !== undefined && others.length === perProject + 1 && others.some((a) => !copies.includes(a) && yuanStringToFen(a.yuan) === sumOfCopies)) ctx.next.facts.otherPolicyAmountYuan = fenToYuanString(sumOfCopies);
    if (typeof theirs === 'string' && perProject > 0 && !evenly && !listed && ctx.kb.vocabulary.grammar.perEachItem.some((w) => r.text.includes(w))) {
      ctx.next.facts.otherPolicyAmountYuan = fenToYuanString(yuanStringToFen(theirs)! * BigInt(perProject));
    }
  }
}

/**
 * The measures whose departments are asked beside an item: of several named, those in the sentences asking (第三条的
 * 责任单位是哪些？另外第十二条说的容亏率是多少 — the third's), else the measures answered.
 */
function departmentsAsked(ctx: Ctx): number[] {
  return ctx.reading.departmentsOf ?? ctx.next.focus.measures;
}

/** The one figure said of one partner pointed at by a demonstrative right after its word (跟研究所那份合同…260万). */
function partnerFigurePointed(ctx: Ctx): StatedAmount | undefined {
  const r = ctx.reading;
  const said = r.amounts.length === 1 && r.counterparties.length === 1 ? r.amounts[0]! : undefined;
  const words = said?.party ? ctx.kb.vocabulary.parties[said.party]?.words ?? [] : [];
  return words.some((w) => findWord(r.text, w).some(([, b]) => ctx.kb.vocabulary.grammar.demonstratives.some((d) => r.text.startsWith(d, b)))) ? said : undefined;
}

/**
 * The place among the earlier figures of the one whose partner is of the kind pointed at, if only one is;
 * `partnerFigure` is the figure said of a partner pointed at (partnerFigurePointed), if any.
 */
function pointedPlace(ctx: Ctx, partnerFigure: StatedAmount | undefined): number | undefined {
  const r = ctx.reading;
  // (1600万那笔目前实际只到账400万 after three deals: the one figure pointed at takes the one said.)
  if (r.refersTo?.length === 1 && r.amounts.length === 1) {
    const earlier = ctx.prev.amounts.filter((a) => a.fact === r.amounts[0]!.fact);
    return earlier.length > 1 ? onlyPlace(earlier, (a) => a.yuan === r.refersTo![0]) : undefined;
  }
  // (后来跟研究所那份合同增补到了260万 after 东南大学150万 and 研究所120万: a figure said of a partner pointed at — a
  // demonstrative right after its word — changes the one figure of that partner.)
  if (partnerFigure) {
    const earlier = ctx.prev.amounts.filter((a) => a.fact === partnerFigure.fact);
    return earlier.length > 1 ? onlyPlace(earlier, (a) => a.party === partnerFigure.party) : undefined;
  }
  // (如果那个300万的合同对方其实是一家民营企业 after 120万 and 300万: the figure pointed at takes the partner said.)
  const one = r.amounts.length === 0 && r.counterparties.length === 1 ? oneOfSeveralPointed(ctx) : undefined;
  if (one) return ctx.prev.amounts.filter((a) => a.fact === one.fact).indexOf(one) + 1;
  if (!r.pointed || r.amounts.length > 0 || r.counterparties.length !== 1 || r.counterparties[0] === r.pointed) return undefined;
  const kinds = [...new Set(ctx.prev.amounts.map((a) => a.fact))];
  if (kinds.length !== 1) return undefined;
  const earlier = ctx.prev.amounts.filter((a) => a.fact === kinds[0]);
  return earlier.length > 1 ? onlyPlace(earlier, (a) => a.party === r.pointed) : undefined;
}

/** The earlier figure a message points back at (那个300万的合同…) as one of several of its kind, held once; else undefined. */
function oneOfSeveralPointed(ctx: Ctx): StatedAmount | undefined {
  const said = ctx.reading.refersTo;
  if (said?.length !== 1) return undefined;
  const held = ctx.prev.amounts.filter((a) => a.yuan === said[0]);
  return held.length === 1 && ctx.prev.amounts.some((a) => a !== held[0] && a.fact === held[0]!.fact) ? held[0] : undefined;
}

/** The place (from 1) of the one figure among several that `match` holds of, if exactly one. */
function onlyPlace(amounts: readonly StatedAmount[], match: (a: StatedAmount) => boolean): number | undefined {
  const places = amounts.flatMap((a, i) => (match(a) ? [i + 1] : []));
  return places.length === 1 ? places[0] : undefined;
}

/** Changes the n-th of several earlier figures of one kind (its value or its partner); false when there is none such. */
function ordinalChange(ctx: Ctx, n: number): boolean {
  const r = ctx.reading;
  const kinds = [...new Set(ctx.prev.amounts.map((a) => a.fact))];
  // (如果第二单是和一家公司签的呢 after two contracts and a voucher: the one kind with a figure in that place.)
  const placed = kinds.filter((k) => ctx.prev.amounts.filter((a) => a.fact === k).length >= Math.max(n, 2));
  const fact = kinds.length === 1 ? kinds[0]! : (r.amounts[0]?.fact ?? (placed.length === 1 ? placed[0]! : null));
  const earlier = ctx.prev.amounts.filter((a) => a.fact === fact);
  if (!fact || earlier.length < 2 || n > earlier.length || r.amounts.length > 1) return false;
  const partners = ctx.prev.parties.counterparties;
  const amounts = earlier.map((a) => ({ ...a, party: a.party ?? (partners.length === 1 ? partners[0]! : null) }));
  const target = amounts[n - 1]!;
  // 如果只算第一笔呢: that figure alone, the others left out.
  if (r.amounts.length === 0 && ctx.kb.vocabulary.grammar.onlyThis.some((w) => r.text.includes(w))) {
    ctx.next.amounts = [...ctx.prev.amounts.filter((a) => a.fact !== fact), target];
    ctx.next.facts[fact] = target.yuan;
    return true;
  }
  if (r.amounts[0]) {
    target.yuan = r.amounts[0].yuan;
    target.raw = r.amounts[0].raw;
  }
  if (r.counterparties.length === 1) target.party = r.counterparties[0]!;
  ctx.next.amounts = [...ctx.prev.amounts.filter((a) => a.fact !== fact), ...amounts];
  for (const a of r.amounts) if (a.fact !== fact) delete ctx.next.facts[a.fact];
  ctx.next.facts[fact] = fenToYuanString(amounts.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n));
  // The partner named is that figure's, not the conversation's: the others keep theirs.
  const partnerSet = Object.assign({}, ...r.counterparties.map((p) => ctx.kb.vocabulary.parties[p]?.asCounterparty ?? {})) as Record<string, unknown>;
  for (const f of Object.keys(partnerSet)) {
    if (ctx.prev.facts[f] !== undefined) ctx.next.facts[f] = ctx.prev.facts[f]!;
    else delete ctx.next.facts[f];
  }
  ctx.next.parties.counterparties = [...new Set(amounts.map((a) => a.party).filter((p): p is string => p !== null))];
  return true;
}

/** The conditions of the topic's items this message says are not met; with `heldBefore`, only those met until now. */
function deniedConditions(ctx: Ctx, heldBefore: boolean): string[] {
  const conditions = ctx.index.conditionFacts([...ctx.prev.focus.benefits, ...ctx.prev.focus.checks]);
  return Object.keys(ctx.reading.facts).filter((f) => ctx.reading.facts[f] === false && conditions.includes(f) && (!heldBefore || ctx.prev.facts[f] === true));
}

/**
 * 如果其中2个项目对接的只是一家普通企业的实验室呢 after 7 landed projects: a part of the topic's count said to fail one of
 * its conditions is left out of the count; the rest keep the condition as it was.
 */
function partOfCountLeftOut(ctx: Ctx): void {
  const r = ctx.reading;
  // (C公司的11个里有1个是跟自己企业内部实验室合作的 after three lettered applicants' counts: that one's count less the part.)
  const one = r.applicant !== undefined ? ctx.prev.counted.find((c) => c.label === r.applicant) : undefined;
  // (刚才搞错了，是8个，其中有2个… after 6: the whole corrected with no word of what it counts is the topic's count — not
  // 我们对接的实验室一共有4个，其中1个是市级的, a count of something else.)
  const fact = ctx.prev.focus.benefits.flatMap((id) => ctx.index.countFact(id) ?? []).find((f) => (typeof r.facts[f] === 'number' || (r.facts[f] === undefined && r.countPart?.whole !== undefined && has(ctx, 'correction'))) && typeof ctx.prev.facts[f] === 'number');
  let part: number, whole: number, keep: (rest: number) => void;
  if (one && r.countPart && (r.countPart.whole ?? one.value) === one.value) {
    part = r.countPart.part;
    whole = one.value;
    keep = (rest) => { ctx.next.counted = ctx.prev.counted.map((c) => (c.label === one.label ? { ...c, value: rest } : { ...c })); };
  } else if (!one && fact && r.countPart?.whole !== undefined && (r.countPart.whole === r.facts[fact] || r.facts[fact] === undefined)) {
    // (更正一下，实际落地了12个项目，其中有2个对接的是无锡市级重点实验室 after 3: the whole said anew with its part.)
    part = r.countPart.part;
    whole = r.countPart.whole;
    keep = (rest) => { ctx.next.facts[fact] = rest; };
  } else if (fact && typeof r.facts[fact] === 'number' && ctx.continues && ctx.kb.vocabulary.grammar.partsOf.some((w) => w.length > 1 && r.text.includes(w))) {
    part = r.facts[fact] as number;
    whole = ctx.prev.facts[fact] as number;
    keep = (rest) => { ctx.next.facts[fact] = rest; };
  } else return;
  // (乙企业有两个项目对接的是市级重点实验室，不是国家或省级的 after three lettered counts, no platform said: a part of
  // one's count said to fail a condition not said before sets the rest apart as meeting it.)
  // (刚才搞错了，是8个，其中有2个对接的是市级重点实验室 after 6 with the platform still to confirm: so does a part of the
  // whole said anew.)
  const unsaidBefore = (one && r.countPart) || r.countPart?.whole !== undefined ? deniedConditions(ctx, false).filter((f) => ctx.prev.facts[f] === undefined) : [];
  const denied = [...deniedConditions(ctx, true), ...unsaidBefore];
  // (如果甲企业其中2个项目最后没有实现落地转化呢: a part said not landed is no part of a count of what landed.)
  const voided = ctx.kb.vocabulary.grammar.notLanded.some((w) => r.text.includes(w));
  // (乙企业其中4项是2025年8月落地的，要不要剔除: a part done before the measures took effect is left out, as the text reads.)
  const early = r.countPart?.date !== undefined && againstValidity(r.countPart.date, ctx.kb.document.validity) === 'before' ? r.countPart.date : undefined;
  if (part >= whole || (denied.length === 0 && !voided && early === undefined)) return;
  keep(whole - part);
  for (const f of denied) ctx.next.facts[f] = true;
  ctx.parts.push({ kind: 'countLeftOut', part, rest: whole - part, conditions: denied, ...(voided && denied.length === 0 ? { voided: true as const } : {}), ...(early !== undefined && denied.length === 0 && !voided ? { before: early } : {}) });
}

/** Sums said that state no fact, less those of the asker's own circumstances (注册资本100万 is no part and no sum hoped for). */
const unclaimedSums = (r: Reading): string[] => (r.unclaimed ?? []).filter((y) => !(r.ownFigures ?? []).some((f) => f.yuan === y));

/** A part said of a figure (X的合同里有800万 / 李某的3000万里有1000万): the one part read, if one. */
const partSaidOf = (r: Reading): string | undefined => { const sums = unclaimedSums(r); return r.partOf ?? (sums.length === 1 ? sums[0] : undefined); };

/**
 * C企业其实有一半的券是在外省的平台上用的 after C's 9.8万: half of the case's one figure said to fail one of the topic's
 * conditions is left out; the other half is worked out, keeping the condition as it was. Whether a part was taken.
 */
function partOfAmountLeftOut(ctx: Ctx): boolean {
  const r = ctx.reading;
  const half = ctx.kb.vocabulary.grammar.half.some((w) => r.text.includes(w));
  // (第二位的1800万里有300万最后没有实际成交: a part said not transacted is no part of the figure, whatever holds of it.)
  const voided = ctx.kb.vocabulary.grammar.notTransacted.some((w) => r.text.includes(w));
  // (第二个人那2600万里有1000万的合同其实还没落地转化: so is a part said inside the figure said again.)
  const partSaid = partSaidOf(r);
  if (!half && partSaid === undefined) return false;
  // (说错了，一共拿了60万，其中20万是市级的奖励 after 40万: a part of a whole said now, not of the figure held.)
  const partFen = partSaid !== undefined ? yuanStringToFen(partSaid) : null;
  if (partFen !== null && r.amounts.length === 0 && r.partOf === undefined && (r.quoted ?? []).some((q) => (yuanStringToFen(q) ?? 0n) > partFen)) return false;
  // (丙单位…其中有100万的合同是和另一所高校签的，不是和企业签的 after 第7条's figures: a part said with the words of a
  // note that leaves it out is not counted, the note said beside.)
  const noted = partSaid !== undefined && ctx.index.noteLeavesOut(ctx.prev.focus.benefits, r.text);
  const bases = new Set(ctx.index.baseFacts(ctx.prev.focus.benefits));
  const all = ctx.next.amounts.filter((a) => bases.has(a.fact));
  // (…那丙和总数要怎么调整: of several lettered ones kept for a total, the one named.)
  const lettered = r.applicant !== undefined && all.length > 1 ? all.filter((a) => a.own && a.label === r.applicant) : [];
  // (其中用20万的那家…有一半其实是在…区级平台上用的 after four firms' vouchers: the one its figure said again names.)
  // (第二个人那2600万里有1000万…: or pointed at, 那, with its part said inside it.)
  const again = r.amounts.length === 1 ? r.amounts[0]! : r.amounts.length === 0 && r.refersTo?.length === 1 ? { fact: undefined, yuan: r.refersTo[0]! } : undefined;
  const saidAgain = lettered.length === 0 && again ? all.filter((a) => a.own && (again.fact === undefined || a.fact === again.fact) && a.yuan === again.yuan) : [];
  const one = lettered.length === 1 ? lettered : saidAgain.length === 1 ? saidAgain : [];
  // (我说错了，实际一共用了18万，其中5万是在别的平台上用的: or the whole said in this message, its part inside it in the
  // same sentence — the whole is the figure split.)
  const wholeNow = one.length === 0 && r.amounts.length === 1 && bases.has(r.amounts[0]!.fact) && r.partOf === undefined && partSaid !== undefined && (r.unclaimed ?? []).includes(partSaid);
  const figures = wholeNow ? [r.amounts[0]!] : one.length === 1 ? one : all;
  if (figures.length !== 1) return false;
  // (丙的12万里其实有一半… after four lettered firms: the figure said again with its letter points at that one's.)
  // (我说错了，实际一共用了18万，其中5万是在别的平台上用的: or the whole said in this message, its part inside it.)
  const pointsAt = (r.applicant !== undefined && r.amounts.length === 1 && r.amounts[0]!.yuan === figures[0]!.yuan) || one.length === 1 || wholeNow;
  if (!(ctx.continues && r.amounts.length === 0) && !pointsAt) return false;
  // (…有200万是跟一家民营企业签的 after a contract with a university: a kind said of the part that the topic's condition
  // held before, another kind now, fails it too.)
  const conditions = ctx.index.conditionFacts(ctx.prev.focus.benefits);
  const otherKind = Object.keys(r.facts).filter((f) => conditions.includes(f) && typeof r.facts[f] === 'string' && typeof ctx.prev.facts[f] === 'string' && r.facts[f] !== ctx.prev.facts[f]);
  // (王某那3500万里面有1000万的项目还没落地转化 while whether they landed was still asked: a part said to fail a condition
  // not yet known of the whole fails it alone; of the rest it stays unknown.)
  const unknownBefore = partSaid !== undefined ? Object.keys(r.facts).filter((f) => r.facts[f] === false && conditions.includes(f) && ctx.prev.facts[f] === undefined) : [];
  const denied = [...deniedConditions(ctx, true), ...unknownBefore, ...otherKind];
  const whole = yuanStringToFen(figures[0]!.yuan)!;
  // (X的合同里有800万是和民营企业签的: a part said by its figure, less than the whole.)
  const part = half ? (whole % 2n === 0n ? whole / 2n : null) : yuanStringToFen(partSaid!)!;
  if ((denied.length === 0 && !voided && !noted) || part === null || part >= whole) return false;
  const rest = fenToYuanString(whole - part);
  ctx.next.amounts = ctx.next.amounts.map((a) => (a === figures[0] ? { ...a, yuan: rest } : a));
  // (The whole said now is read as its rest, as the figure said: like the part said again below, this changes the reading.)
  if (wholeNow) {
    r.amounts = [{ ...r.amounts[0]!, yuan: rest }];
    r.facts[figures[0]!.fact] = rest;
  }
  ctx.next.facts[figures[0]!.fact] = one.length === 1 ? fenToYuanString(ctx.next.amounts.filter((a) => a.fact === figures[0]!.fact).reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n)) : rest;
  for (const f of denied) {
    if (ctx.prev.facts[f] === undefined) delete ctx.next.facts[f];
    else ctx.next.facts[f] = ctx.prev.facts[f]!;
  }
  // (The figure said again only named that one: it is no new figure of the case. Like asOfApplicant, this changes the
  // reading: a debt noted.)
  if (saidAgain.length === 1 && r.amounts.length === 1) {
    delete r.facts[r.amounts[0]!.fact];
    r.amounts = [];
  }
  ctx.parts.push({ kind: 'halfLeftOut', whole: figures[0]!.yuan, rest, conditions: denied, ...(half ? {} : { part: fenToYuanString(part) }), ...(voided && denied.length === 0 ? { voided: true } : {}), ...(noted && !voided && denied.length === 0 ? { noted: true } : {}) });
  return true;
}

/**
 * 改一下，800万那笔最后没落地: an earlier figure named again, with a condition of the topic denied, is that contract left
 * out; the others keep the condition as it was.
 */
function droppedFigure(ctx: Ctx): boolean {
  const r = ctx.reading;
  // (其中500万那个合同是2025年7月签的，还能算进去吗: a figure pointed at, not said as one, and dated before the
  // measures came into force — the text's start — is left out too, the others worked out without it.)
  const pointedAt = r.amounts.length === 0 && r.refersTo?.length === 1 ? ctx.prev.amounts.find((a) => a.yuan === r.refersTo![0]) : undefined;
  const said = r.amounts.length === 1 ? r.amounts[0]! : pointedAt ?? null;
  const earlier = said ? ctx.prev.amounts.filter((a) => a.fact === said.fact) : [];
  const target = earlier.find((a) => a.yuan === said!.yuan);
  const early = Object.keys(r.facts).filter((f) => { const d = r.facts[f]; return ctx.index.dateFact(f) && typeof d === 'string' && againstValidity(d, ctx.kb.document.validity) === 'before'; });
  const denied = [...deniedConditions(ctx, false), ...(pointedAt ? early : [])];
  if (!said || !target || earlier.length < 2 || denied.length === 0) return false;
  if (pointedAt) ctx.leftOut = target.raw;
  const kept = earlier.filter((a) => a !== target);
  // (4000万那个合同只是签了，还没有落地转化 after two managers' own figures: that one is still one of them, left out by
  // the condition said of it alone, not dropped unsaid.)
  if (target.own) {
    const its = Object.fromEntries(denied.filter((f) => r.facts[f] !== undefined).map((f) => [f, r.facts[f]!]));
    ctx.next.amounts = ctx.prev.amounts.map((a) => (a === target ? { ...a, facts: { ...a.facts, ...its } } : { ...a }));
  } else {
    ctx.next.amounts = [...ctx.prev.amounts.filter((a) => a.fact !== said.fact), ...kept.map((a) => ({ ...a }))];
    ctx.next.facts[said.fact] = fenToYuanString(kept.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n));
  }
  for (const f of denied) {
    if (ctx.prev.facts[f] !== undefined) ctx.next.facts[f] = ctx.prev.facts[f]!;
    else delete ctx.next.facts[f];
  }
  return true;
}

/**
 * 我们是企业，不是事业单位，这条也适用吧 / 我们是国企，没有社会资本参与，能申请吗: asked of the topic just answered, with
 * no new item or figure, whether its benefits are for the kind of party the asker says it is (or asks about).
 */
const appliesTo: Handler = (ctx) => {
  const out = appliesToParty(ctx);
  // (企业2025年8月签订的技术合同，能按这个政策申报吗 after an item: a date said is weighed against the measures' term too, first.)
  if (out === 'stop' && Object.keys(ctx.reading.facts).some((f) => ctx.index.dateFact(f))) {
    const at = ctx.parts.length;
    datesSaid(ctx);
    ctx.parts.unshift(...ctx.parts.splice(at));
  }
  return out;
};

const appliesToParty: Handler = (ctx) => {
  const { reading: r, prev, index } = ctx;
  // (医院算科研事业单位吗 after the enterprise's contract with a hospital: whether a kind belongs to a group, not to whom the item is given.)
  if (r.category) return;
  // (如果C公司不符合这一条，那只算A和B两家，合计是多少: the total of the applicants named is asked.)
  if ((r.applicants?.length ?? 0) > 1 && has(ctx, 'total')) return;
  // (A企业又补报了两个项目，都符合条件，现在两家合计多少 after lettered counts: so is the total of those counted.)
  if (r.applicant !== undefined && has(ctx, 'total') && ctx.next.counted.length > 1) return;
  // (这个奖补是所有技术经理人都能拿吗: whether every one of a kind has it is whether it comes without selection.)
  if (r.askedMany && has(ctx, 'automatic')) return;
  // (企业问我们区里要不要按一比一再配套: who pays, not whom the item is for.)
  if (has(ctx, 'funder')) return;
  // (企业开放仪器也能拿吗: a kind named alone, read as the other party, is the one asked about.)
  // (Only as the message's subject, opening it: 领办一家已有的企业 names what is led, not who asks.)
  const only = r.asked.length + r.self.length === 0 && r.counterparties.length === 1 ? r.counterparties[0]! : undefined;
  // (那民营医院能不能也这样做: after a demonstrative opening it, too; 如果是企业自己办的研发中心…能适用这一条吗: or a word of
  // supposing, with 是.)
  // (Not of a kind the topic's conditions test as its partner: 如果是新型研发机构呢，能拿吗 after the contract subsidy is a
  // partner supposed.)
  const partnerTested = only !== undefined && Object.keys(ctx.kb.vocabulary.parties[only]?.asCounterparty ?? {}).some((f) => index.conditionFacts(prev.focus.benefits).includes(f));
  const supposing = partnerTested ? [] : (ctx.kb.vocabulary.intents.followUp?.phrases ?? []).flatMap((w) => ctx.kb.vocabulary.grammar.roleIs.map((is) => w + is));
  const opening = [...ctx.kb.vocabulary.grammar.demonstratives, ...supposing].filter((d) => r.text.startsWith(d)).map((d) => d.length);
  const lone = only && ctx.kb.vocabulary.parties[only]?.words.some((w) => [0, ...opening].some((at) => r.text.startsWith(w, at))) ? only : undefined;
  // (我是在一家民营技术转移机构工作的…可以吗 of the manager's reward: a person speaking is who asks, the workplace beside.)
  // (我在一家民营技术转移机构上班，能申请吗 after 我是技术经理人: or the person said before, the workplace only named now.)
  const isPerson = (p: string) => ctx.kb.vocabulary.parties[p]?.person === true;
  const person = r.speaker === 'person' ? r.self.find(isPerson) ?? (r.self.length > 0 && r.asked.length === 0 ? prev.parties.self.find(isPerson) : undefined) : undefined;
  const party = r.asked[0] ?? person ?? r.self[0] ?? lone;
  // (企业…是不是每年都能申请 of an item for enterprises: the ceiling's reach; 高校每年都能申请这个补助吗, of a kind it is not
  // for, still whom it is for.)
  // (企业每年都能申请绩效奖励吗 after the pilot platform's support: the reach of its yearly sibling, said by its qualifiers.)
  if (has(ctx, 'reach') && party !== undefined && prev.focus.benefits.length > 0 && (prev.focus.benefits.every((id) => index.partyServes(party, id)) || yearlySiblingSaid(ctx, true))) return;
  const onTopic = r.items.every((id) => prev.focus.benefits.includes(id)) && r.measures.every((m) => prev.focus.measures.includes(m));
  // (兄弟公司…不在省级开发区，它也能申请这个吗 states a condition of the topic: that is judged, not whom the item is for.)
  const conditions = new Set(index.conditionFacts(prev.focus.benefits));
  // (企业自己单独揭榜，不联合高校: a partner's fact said in words, with no partner named, is judged too.)
  const saidInWords = (f: string) => r.counterparties.length === 0 && !r.self.some((p) => f in (ctx.kb.vocabulary.parties[p]?.asSelf ?? {}));
  // (只有个校级工程中心，能申请这个吗: a condition said in words the text does not settle is the question too.)
  // (如果乙学院其实没有任何重点实验室…这类平台，还能申报吗 after 甲's and 乙's figures: so is one held of a lettered applicant
  // named, which the reading has given over to that applicant's own facts.)
  // (核实发现丙企业不在省级以上开发区…那丙还能拿吗 after lettered counts: or one counted.)
  const letterFacts = r.applicant !== undefined ? ctx.next.amounts.find((a) => a.label === r.applicant)?.facts ?? ctx.next.counted.find((c) => c.label === r.applicant)?.facts ?? {} : {};
  const letterSaid = Object.keys(letterFacts).some((f) => conditions.has(f) && !index.partyFact(f));
  const judged = letterSaid || Object.keys(r.facts).some((f) => conditions.has(f) && (!index.partyFact(f) || saidInWords(f))) || (r.unsettled ?? []).some((f) => conditions.has(f));
  // (我们是外地高校的团队，也可以吗 is a question of place, answered as such.)
  const place = r.askerOutside || r.partnerOutside || r.inside.length > 0;
  // 那卖系统给我们的那家初创公司能不能也申请这个: another party pointed at, said to fail a condition of the topic, is told
  // no — and what was said of it stays its own, not the asker's.
  const failed = Object.keys(r.facts).filter((f) => conditions.has(f) && r.facts[f] === false);
  if (r.askedPointed && failed.length > 0 && !place && prev.focus.benefits.length > 0 && r.amounts.length === 0 && onTopic) {
    ctx.parts.push({ kind: 'appliesTo', party: r.asked[0]!, benefits: prev.focus.benefits.filter((id) => index.benefits.has(id)), failed });
    ctx.next.focus = prev.focus;
    ctx.next.pending = prev.pending;
    departmentsBeside(ctx, prev.focus.benefits);
    return 'stop';
  }
  // 那民营医院能不能也这样做 after 第4条's items for public research units: whether they are addressed to that kind.
  const addressed = prev.focus.described.filter((id) => (index.provisions.get(id)?.provision.for ?? []).length > 0);
  const ofDescribed = r.items.every((id) => prev.focus.described.includes(id)) && r.measures.every((m) => prev.focus.measures.includes(m));
  if (party && has(ctx, 'scope', 'conditions') && !judged && !place && prev.focus.benefits.length === 0 && addressed.length > 0 && r.amounts.length === 0 && ofDescribed && (r.counterparties.length === 0 || lone)) {
    const said = ctx.kb.vocabulary.parties[party]?.words.filter((w) => r.text.includes(w)).sort((a, b) => b.length - a.length)[0];
    ctx.parts.push({ kind: 'appliesTo', party, benefits: [], provisions: addressed, ...(said ? { said } : {}) });
    ctx.next.focus = prev.focus;
    ctx.next.pending = null;
    departmentsBeside(ctx, addressed);
    return 'stop';
  }
  // (医院属于这个政策的适用范围吗 after measure 10's reward: the measures' scope, not the item's.)
  const ofDocument = has(ctx, 'scope') && r.items.length + r.measures.length === 0 && ctx.kb.vocabulary.grammar.wholeDocument.some((w) => r.text.includes(w));
  // (甲企业其中一个项目单独申报了80万奖励，可以吗: a sum applied for is weighed, not whom the item is for.)
  // (国家大学科技园也可以申请吗？如果校友会和科技园两家都拿，一共最多多少: how much the bodies counted get is worked out.)
  const counted = Object.keys(r.itemCounts ?? {}).some((id) => prev.focus.benefits.includes(id)) && has(ctx, 'total', 'maximum');
  // (那这笔合同医院自己能按这一条拿补助吗 after the enterprise's subsidy: another kind asked of the item pointed back at.)
  const pointingAt = r.asked.length > 0 && r.items.length + r.measures.length === 0 && ctx.kb.vocabulary.grammar.pointingAtItem.some((w) => r.text.includes(w));
  const ofItPointed = has(ctx, 'amount') && pointingAt;
  const topicBenefits = prev.focus.benefits.filter((id) => index.benefits.has(id));
  const forParty = (ids: readonly string[]) => ids.filter((id) => party !== undefined && index.benefits.has(id) && index.partyServes(party, id));
  // (我们有个合作方是企业性质的研发公司，也建了市级工程技术研究中心，它能按这条申请吗 after 第7条: the item pointed at is for
  // none of that kind, whatever else is said of it.)
  if (party && pointingAt && topicBenefits.length > 0 && forParty(topicBenefits).length === 0 && has(ctx, 'scope', 'conditions') && r.amounts.length === 0 && !place) {
    ctx.parts.push({ kind: 'appliesTo', party, benefits: topicBenefits });
    ctx.next.focus = prev.focus;
    ctx.next.pending = null;
    departmentsBeside(ctx, topicBenefits);
    return 'stop';
  }
  // (跟我们合作的研究所也能申吗 after 第11条's reward: the partner named is the one asked about.)
  const askedPartner = r.counterparties.every((p) => r.asked.includes(p));
  // (一个企业一年有15个项目都符合条件，最多能拿多少 after the landed projects: the topic's count said is worked out.)
  // (Not of a kind the items are for none of: 研究所落地了3个项目，也能申请吗 is whom the reward is for.)
  const topicFigure = prev.focus.benefits.some((id) => r.facts[index.baseFact(id) ?? ''] !== undefined && party !== undefined && index.partyServes(party, id));
  if (!party || ofDocument || counted || !(has(ctx, 'scope', 'conditions') || ofItPointed) || judged || place || prev.focus.benefits.length === 0 || r.amounts.length > 0 || topicFigure || (r.quoted?.length ?? 0) > 0 || !onTopic || (r.counterparties.length > 0 && !lone && !askedPartner)) return;
  // (我们学校的校友会也能申请奖励吗 after the service reward, then the trading platform: an earlier item of the topic's
  // measures for that kind, when the topic's are for none, is the one asked of.)
  const earlier = forParty(prev.earlier).filter((id) => prev.focus.measures.includes(index.benefits.get(id)!.measure));
  const asked = forParty(topicBenefits).length === 0 && earlier.length > 0 ? earlier : topicBenefits;
  const said = ctx.kb.vocabulary.parties[party]?.words.filter((w) => r.text.includes(w)).sort((a, b) => b.length - a.length)[0];
  // (医院自己这边能拿吗 after the enterprise's subsidy on a contract with a hospital: the item not for it, and its own on
  // such contracts as its kind reads one — its yearly new contracts.)
  const readsAs = ctx.kb.vocabulary.parties[party]?.readsAs ?? {};
  const topicBases = new Set(asked.flatMap((id) => index.baseFact(id) ?? []).flatMap((f) => (readsAs[f] ? [readsAs[f]] : [])));
  const instead = forParty(asked).length > 0 ? [] : [...index.benefits.keys()].filter((id) => index.partyServes(party, id) && topicBases.has(index.baseFact(id) ?? ''));
  ctx.parts.push({ kind: 'appliesTo', party, benefits: asked, ...(said ? { said } : {}), ...(instead.length > 0 ? { instead } : {}) });
  ctx.next.focus = asked === earlier ? { ...prev.focus, benefits: earlier } : prev.focus;
  ctx.next.pending = null;
  departmentsBeside(ctx, asked);
  return 'stop';
};

/**
 * 合同签多少能拿满100万 / 要签多少才能拿到最高: the base at which the rate of the items named (or of the topic) reaches
 * the ceiling; the figure said is the ceiling hoped for, not a fact.
 */
const toCap: Handler = (ctx) => {
  const { reading: r, prev, index } = ctx;
  if (!has(ctx, 'toCap')) return;
  // (An item whose share the text leaves open is answered too: no base can be said to reach its ceiling.)
  const withRate = (id: string) => index.benefits.get(id)?.benefit.rate !== undefined;
  // (投入3百万能拿满100万吗 after the scene project: the topic's item of that ceiling, not every item that has it.)
  const ofTopic = prev.focus.benefits.filter((id) => (r.byCeiling ?? []).includes(id));
  const benefits = (ofTopic.length > 0 ? ofTopic : r.items.length > 0 ? r.items : prev.focus.benefits).filter(withRate);
  if (benefits.length === 0) return;
  // (甲说按10%就应该拿满200万，对不对: one sum within the ceiling said due, of an item whose rate is at most so much: the
  // sum at the top of the rate is the most, not what is due — worked out on the base of the one it is said of.)
  // (学校说应该按1.2亿的10%算，拿满500万，对不对 after 8000万 then 1.2亿: this year's whole total said again, a claim on it.)
  const yb = prev.yearBefore;
  const saidNow = r.amounts.filter((a) => !a.past);
  const onTotal = r.quoted?.length === 1 && saidNow.length === 1 && yb?.current !== undefined && saidNow[0]!.fact === yb.fact && saidNow[0]!.yuan === yb.current && ctx.kb.vocabulary.grammar.claimAsked.some((w) => r.text.includes(w));
  if (onTotal && prev.focus.benefits.length > 0) {
    ctx.parts.push({ kind: 'onYearTotal', fact: yb!.fact, total: yb!.current!, quoted: r.quoted![0]! });
    ctx.parts.push({ kind: 'compute', benefits: prev.focus.benefits, checks: [], total: false });
    ctx.next.pending = null;
    return 'stop';
  }
  const said = r.quoted?.length === 1 && r.amounts.length === 0 ? yuanStringToFen(r.quoted[0]!)! : null;
  // (…不超过10%、最高500万，年度新增至少多少才可能拿满: the ceiling quoted with the base asked is the base, not a sum hoped.)
  const baseAsked = has(ctx, 'amount');
  const upTo = benefits.filter((id) => { const b = index.benefits.get(id)!.benefit; return b.rate?.kind === 'up_to' && said !== null && (said < yuanToFen(b.cap.yuan) || (said === yuanToFen(b.cap.yuan) && !baseAsked)); });
  if (upTo.length === 1 && said !== null) {
    const fact = index.baseFact(upTo[0]!);
    const ofFact = prev.amounts.filter((a) => a.fact === fact && (r.applicant === undefined || a.label === r.applicant));
    const base = ofFact.length === 1 ? yuanStringToFen(ofFact[0]!.yuan)! : fact && typeof prev.facts[fact] === 'string' && ofFact.length === 0 && r.applicant === undefined ? yuanStringToFen(prev.facts[fact] as string)! : null;
    ctx.parts.push({ kind: 'upToHoped', benefit: upTo[0]!, said, base });
    ctx.next.pending = null;
    return 'stop';
  }
  ctx.parts.push({ kind: 'toCap', benefits });
  if (r.items.length > 0) ctx.next.focus = { benefits, checks: [], described: [], measures: measuresOf(index, benefits) };
  ctx.next.pending = null;
  return 'stop';
};

/** The longest question (characters, no punctuation) that asks only what two turns come to (这两家一共市里要出多少 is 11). */
const SUM_TURNS_MAX = 14;
/** The longest question (characters, no punctuation) that asks only what applicants worked out one by one come to (那这两家合计按最高标准要准备多少预算 is 18). */
const SUM_APPLICANTS_MAX = 20;
/** The same, naming them by place (第一家按上限核定的话，第一家和获奖企业这家合计多少 is 23). */
const SUM_PLACED_MAX = 24;
/** Most items of an asker's own kind answered when it asks for money naming none (more are listed instead). */
const FEW_OWN_ITEMS = 2;
/**
 * A公司… then B公司… then C公司…不符合 then 这三家合计应该核定多少 (张某…, 李某…, 王某… then 三个人合计): a total of
 * as many applicants as the message counts, worked out one by one in earlier turns, with no new figure — the last
 * that many, each as its own turn came to (0 where it was not eligible).
 */
const sumApplicants: Handler = (ctx) => {
  const { reading: r, prev } = ctx;
  if (!has(ctx, 'total') || r.amounts.length > 0 || r.items.length > 0 || r.measures.length > 0 || bareLength(r.text) > (r.places ? SUM_PLACED_MAX : SUM_APPLICANTS_MAX)) return;
  const part = firstItemsSummed(r, prev.applicantResults) ?? applicantsSummed(ctx.kb, ctx.index, r, prev.applicantResults);
  if (!part) return;
  ctx.parts.push(part);
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  // (这两个加起来最多多少？向哪个部门申请: the departments of what is summed, asked beside.)
  departmentsBeside(ctx, part.applicants.flatMap((a) => a.results.map((x) => x.benefit)));
  return 'stop';
};

/**
 * 前两项的合计是多少 after a contract and a voucher, then a scene project: the first so many items worked out, in the
 * order they were, as each came to — when there were more of them.
 */
function firstItemsSummed(r: Reading, entries: SessionState['applicantResults']): Extract<Part, { kind: 'sumApplicants' }> | undefined {
  const n = r.firstItems;
  const results = entries.flatMap((a) => a.results);
  if (n === undefined || results.length <= n) return undefined;
  const counted = findCounts(r.text).find((c) => c.count === n)?.raw;
  return { kind: 'sumApplicants', applicants: [{ results: results.slice(0, n) }], ...(counted ? { counted } : {}), later: [] };
}

/**
 * The total of applicants worked out one by one that a message asks for, as many as it counts (三家合计) or all of them
 * (这几家一共), or none when it asks no such total.
 */
export function applicantsSummed(kb: KnowledgeBase, index: ItemIndex, r: Reading, entries: SessionState['applicantResults']): Extract<Part, { kind: 'sumApplicants' }> | undefined {
  // (第一家和获奖企业这家合计多少: those named by place, and the last one pointed at.)
  if (r.places && r.places.every((n) => n <= entries.length)) {
    const picked = [...new Set(r.places.map((n) => (n === 0 ? entries.length - 1 : n - 1)))].sort((a, b) => a - b);
    if (picked.length > 1) return { kind: 'sumApplicants', applicants: picked.map((i) => entries[i]!), later: [], places: picked.map((i) => i + 1) };
  }
  const counts = findCounts(r.text.replaceAll('个人', '位'));
  // (这几家一共核定多少: all of them, as many as were worked out.)
  const all = kb.vocabulary.grammar.allWorkedOut.find((w) => r.text.includes(w));
  // (不对，技术合同其实是350万…前两项的合计: the first items named are no count of applicants.)
  if (counts.length > 1 || (counts.length === 0 && !all) || r.firstItems !== undefined) return undefined;
  const n = counts[0]?.count ?? entries.length;
  if (n < 2 || entries.length < n) return undefined;
  // (那这两家本次合计 after a platform's construction support and its follow-on support: what is given only after
  // another item of the same applicant is not this round's.)
  const thisRound = kb.vocabulary.grammar.thisRound.some((w) => r.text.includes(w));
  const later = (id: string, of: SessionState['applicantResults'][number]) => thisRound && index.followsOn(id, of.results.map((x) => x.benefit));
  const last = entries.slice(-n);
  const applicants = last.map((a) => ({ ...a, results: a.results.filter((x) => !later(x.benefit, a)) }));
  const left = [...new Set(last.flatMap((a) => a.results.filter((x) => later(x.benefit, a)).map((x) => x.benefit)))];
  return { kind: 'sumApplicants', applicants, ...(counts[0] ? { counted: counts[0].raw } : {}), later: left };
}

/**
 * 第二家企业说它另外还有3万是在外省平台上用的券，这部分能算进去吗 after two firms' vouchers: one more figure of an
 * applicant pointed at by its place, said to fail a condition the topic's items held, is not counted — the figures said
 * before stand and are worked out again, the one left out said first.
 */
const addedLeftOut: Handler = (ctx) => {
  const { reading: r, prev, index } = ctx;
  const bases = index.baseFacts(prev.focus.benefits);
  const own = prev.amounts.filter((a) => a.own && bases.includes(a.fact));
  const n = r.ordinal;
  if (n === undefined || own.length < 2 || n > own.length || r.amounts.length !== 1 || !bases.includes(r.amounts[0]!.fact) || !has(ctx, 'also')) return;
  const denied = deniedConditions(ctx, true);
  if (denied.length === 0) return;
  ctx.parts.push({ kind: 'addedLeftOut', yuan: r.amounts[0]!.yuan, conditions: denied });
  ctx.parts.push({ kind: 'compute', benefits: [...prev.focus.benefits], checks: [...prev.focus.checks], total: false });
  ctx.next.amounts = prev.amounts.map(withOwnFacts);
  ctx.next.facts = { ...prev.facts };
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  return 'stop';
};

/**
 * 刚才这三条 / 这几条: the measures said last, pointed back at — as many as counted, or all said — where at least two were
 * said; else undefined.
 */
function saidMeasuresPointed(ctx: Ctx): number[] | undefined {
  const { reading: r, prev } = ctx;
  if (prev.measuresSaid.length < 2 || r.measures.length + r.items.length > 0 || !ctx.kb.vocabulary.grammar.saidMeasuresPointed.some((w) => r.text.includes(w))) return undefined;
  const count = findCounts(r.text).find((c) => c.counter === '条')?.count;
  return count !== undefined && count >= 2 && count <= prev.measuresSaid.length ? prev.measuresSaid.slice(-count) : [...prev.measuresSaid];
}

/**
 * 第八条和第十二条都有的部门是哪个, or 这两条都有的部门是哪个 after 第八条… then 第十二条…: the departments both measures list
 * (those named, or the last two said), beside each one's list.
 */
const sharedDepartments: Handler = (ctx) => {
  const { reading: r, prev } = ctx;
  if (!ctx.kb.vocabulary.grammar.sharedDepartments.some((w) => r.text.includes(w))) return;
  // (概念验证那条和科创金融那条都有的部门: the measures of items named too; one named alone is no pair.)
  const named = [...new Set([...r.measures, ...r.items.flatMap((id) => ctx.index.item(id)?.measure ?? [])])];
  const measures = named.length >= 2 ? named : named.length === 0 && prev.measuresSaid.length >= 2 ? prev.measuresSaid.slice(-2) : [];
  if (measures.length < 2) return;
  ctx.parts.push({ kind: 'sharedDepartments', measures: [...measures] });
  for (const measure of measures) ctx.parts.push({ kind: 'measureDepartments', measure });
  ctx.next.pending = null;
  return 'stop';
};

/**
 * 两年加起来一共能拿多少 after the last turn worked a topic out year by year (2026年度 1800万, 2027年度 1200万): those
 * years' sums added, as many years as asked — not the topic's item worked out again on all its figures, each year.
 */
const yearsSplit: Handler = (ctx) => {
  const { reading: r, prev } = ctx;
  const last = prev.lastResults;
  const years = new Set(last.map((x) => x.year));
  if (!has(ctx, 'total') || r.yearCount === undefined || r.yearCount !== years.size || years.size < 2 || last.some((x) => x.year === undefined || x.another)) return;
  if (r.amounts.length + r.measures.length > 0 || r.items.some((id) => !last.some((x) => x.benefit === id))) return;
  ctx.parts.push({ kind: 'yearsSummed', results: last.map((x) => ({ ...x })) });
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  return 'stop';
};

/**
 * 一家企业…创新券 then 另一家服务单位…绩效奖励 then 这两家一共市里要出多少 (or 2026年…8个 then 2027年…15个呢 then
 * 两年加起来): a total of two turns asked with no new figure — each turn's items, summed — when the two are other items,
 * other years or another applicant, not one figure revised.
 */
const sumTurns: Handler = (ctx) => {
  const { reading: r, prev, index } = ctx;
  if (!has(ctx, 'total')) return;
  const asks = (x: string) => ctx.kb.vocabulary.grammar.twoTurns.some((w) => x.includes(w)) && bareLength(x) <= SUM_TURNS_MAX;
  // (这两项加起来最多多少？另外我们机构的技术经理人…能拿奖补吗: a sentence of its own asking it, the other asked apart.)
  const totalWords = ctx.kb.vocabulary.intents.total?.phrases ?? [];
  const sentences = sentencesOf(r.text).filter((x) => bareLength(x) > 0);
  const own = sentences.length > 1 ? sentences.find((x) => asks(x) && totalWords.some((w) => x.includes(w)) && findAmounts(x).length === 0 && !r.items.some((id) => (index.item(id)?.names ?? []).some((n) => x.includes(n)))) : undefined;
  if (!own && (r.amounts.length > 0 || r.items.length > 0 || r.measures.length > 0)) return;
  // (那如果省里奖励是35万呢？这两项加起来最多多少 after a concept centre then the sharing reward on 80万: a what-if of the
  // last turn's figure, its total worked out with the turn.)
  if (own && r.amounts.length > 0 && r.intents.includes('followUp') && r.items.length === 0) return;
  const [before, last] = [prev.resultsBefore, prev.lastResults];
  if (before.length === 0 || last.length === 0) return;
  // (那2026和2027两个年度加起来最多能拿多少: the two turns' years named, however long the question.)
  const [y1, y2] = [before[0]!.year, last[0]!.year];
  const yearsNamed = y1 !== undefined && y2 !== undefined && y1 !== y2 && [y1, y2].every((y) => normalizeDigits(r.text).includes(y));
  // (Only a short question of the total: 两个都认定了，之后两年绩效都评优秀，加起来 says years to come, not two said.)
  if (!own && !asks(r.text) && !yearsNamed) return;
  // (省级奖励要是六十万 then 这两项加起来: a turn that only worked one of the earlier items out again on another figure
  // is a what-if of it, nothing to add to them.)
  const whatIf = last.every((l) => before.some((b) => b.benefit === l.benefit));
  const otherItems = !whatIf && before.some((b) => !last.some((l) => l.benefit === b.benefit));
  const otherYears = before[0]!.year !== undefined && last[0]!.year !== undefined && before[0]!.year !== last[0]!.year;
  if (!otherItems && !otherYears && !last[0]!.another) return;
  ctx.parts.push({ kind: 'sumTurns', turns: [before, last] });
  if (own) return;
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  departmentsBeside(ctx, [...before, ...last].map((x) => x.benefit));
  return 'stop';
};

/**
 * 两种情况市里分别给多少，差多少 after 省里给了30万 then 如果省里给的是60万呢: the one item's sums of the last two turns,
 * each, and what lies between them.
 */
const diffTurns: Handler = (ctx) => {
  const { reading: r, prev } = ctx;
  // (这批预算只有150万元，够不够？差多少: what a budget lacks, not the difference of two turns.)
  if (!r.difference || r.budgetAsked || r.amounts.length > 0 || r.items.length > 0 || r.measures.length > 0) return;
  const [before, last] = [prev.resultsBefore, prev.lastResults];
  if (before.length !== 1 || last.length !== 1 || before[0]!.benefit !== last[0]!.benefit) return;
  ctx.parts.push({ kind: 'diffTurns', benefit: last[0]!.benefit, before: before[0]!.yuan, last: last[0]!.yuan });
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  return 'stop';
};

/** An answer that fills nothing of the question asked: ask again rather than change the subject. */
const reask: Handler = (ctx) => {
  const { prev, reading: r } = ctx;
  // (如果只算第一笔呢: an earlier figure pointed at by its place is about the topic, not an answer left empty.)
  // (如果它今年反而比去年少了呢: this year's total said below last year's is no answer left empty, but no increase.)
  // (如果1200万那笔是明年才落地的呢: nor figures read year by year.)
  if (!prev.pending || ctx.continues || r.items.length > 0 || r.measures.length > 0 || r.asked.length > 0 || Object.keys(r.facts).length > 0 || r.ordinal !== undefined || r.noIncrease !== undefined || r.instances !== undefined) return;
  // 这个政策是谁发的 / 有效期到什么时候: a question about the document, not an answer; it is answered.
  if (has(ctx, ...documentIntents)) return;
  // (我那单其实是2024年做的，能申请吗: a year outside the validity asked about is a question of the validity too.)
  if (r.dateAsked) return;
  // 这些钱是市里出还是区里出 / 这笔资助要缴税吗: who pays, how it is taxed, are points of the topic the text leaves
  // open, answered as such (unstated).
  if (has(ctx, 'funder', 'tax')) return;
  // (这钱一次性打还是分几年给？: when money is paid is no point retrieval can find, however long the question.)
  const payment = has(ctx, 'payment');
  // (这两项有没有对应的补贴金额 after two items with no money: the two pointed back at, nothing to look up.)
  const earlierNoMoney = prev.earlier.filter((id) => ctx.index.provisions.has(id) && !focusItems(prev).includes(id));
  const bothBack = r.both === true && earlierNoMoney.length > 0;
  if (r.text.length > 10 && !payment && !bothBack) {
    if (!ctx.search) return searchFirst(ctx);
    if (ctx.search.cited) return;
  }
  ctx.next.focus = prev.focus;
  // 是一次性给还是分期？: a short question that names nothing the assistant knows is one the text does not answer
  // (a longer one was looked up, and retrieval found it is not about the policy).
  const noMoney = asksMoneyOfNoMoney(ctx, prev.focus);
  const open = (i: IntentId) => i === 'payment' || (i === 'amount' && noMoney);
  const notStated = (r.interrogative || has(ctx, 'payment')) && r.intents.every(open) && !ctx.search;
  const items = [...(bothBack ? earlierNoMoney.slice(-1) : []), ...prev.focus.checks, ...prev.focus.described];
  ctx.parts.push({ kind: 'reask', fact: prev.pending, ...(notStated ? (noMoney && has(ctx, 'amount') && items.length > 0 ? { noMoney: items } : { notStated: true }) : {}) });
  return 'stop';
};

/**
 * How many characters a message has beyond the words of asking: 老平台升级改造 in 老平台升级改造能不能申请, where
 * 需要什么条件 has none to speak of. Asking words are the intents' phrases, the question words and the first-person words.
 */
function beyondAsking(ctx: Ctx, intent: IntentId): number {
  const v = ctx.kb.vocabulary;
  const words = [...(v.intents[intent]?.phrases ?? []), ...v.grammar.questionWords, ...v.firstPerson].sort((a, b) => b.length - a.length);
  return withoutWords(ctx.reading.text.replace(edgePunctuation, ''), words).length;
}
/** Characters beyond the asking words from which a question about an item asks something of its own. */
const BEYOND_ASKING = 4;

/** Asking, while a question waits, what something costs or pays of items that state no money (先使用后付费: 要交多少钱) is asking what the text leaves open. */
const asksMoneyOfNoMoney = (ctx: Ctx, focus: SessionState['focus']) => has(ctx, 'amount') && focus.benefits.length === 0;

/**
 * 是一次性给还是分期？ after an answer: a short question on its topic that names nothing is one the text leaves open.
 * So is one asking whether the item covers something the message alone says (老平台升级改造能不能申请), or a
 * proportion of items that set none (能给到70%吗).
 */
/** 这是哪一条的规定 / 这个奖补依据是第几条: the measure of each item just answered, by number and heading. */
const whichMeasure: Handler = (ctx) => {
  const { prev, reading: r } = ctx;
  // (Not 刚才这三条里，哪条没有写各市（县）区政府的责任: which of them leaves a department out.)
  if (!ctx.kb.vocabulary.grammar.whichMeasure.some((w) => r.text.includes(w)) || r.items.length + r.measures.length + r.amounts.length > 0 || has(ctx, 'exclusion')) return;
  const ids = focusItems(prev);
  if (ids.length === 0) return;
  ctx.parts.push({ kind: 'whichMeasure', ids });
  // (这个补助是哪一条规定的？由哪些部门负责？: the measure's departments, asked beside it.)
  if (has(ctx, 'departments')) for (const measure of measuresOf(ctx.index, ids)) ctx.parts.push({ kind: 'measureDepartments', measure });
  return 'stop';
};

/**
 * 先用后付的付费期限和费率有没有具体规定: the point a message asks whether the text sets — the longer side of the asking
 * words — if it says more than the names of these items and no note of theirs answers it; else nothing.
 */
function pointAsked(ctx: Ctx, ids: readonly string[]): string | undefined {
  const text = ctx.reading.text.replace(edgePunctuation, '');
  const phrase = (ctx.kb.vocabulary.intents.regulated?.phrases ?? []).filter((p) => text.includes(p)).sort((a, b) => b.length - a.length)[0];
  // (政策有没有规定赋权以后科研人员最多能持有多大比例: the item's note on shares answers it.)
  if (phrase === undefined || ids.some((id) => ctx.index.notesAsked(id, text).length > 0)) return undefined;
  const at = text.indexOf(phrase);
  // (我是人社局的，职称绿色通道这块文件具体怎么规定的: an item named in the phrase's own clause with nothing more than
  // words pointing at the text asks its rule, no point the rule leaves open.)
  const names = ids.flatMap((id) => ctx.index.item(id)?.names ?? []).sort((a, b) => b.length - a.length);
  const withoutNames = (x: string) => names.reduce((s, n) => s.split(n).join(''), x);
  const ownClause = text.slice(clauseAt(text, at)[0], at);
  if (names.some((n) => ownClause.includes(n)) && bareLength(withoutWords(withoutNames(ownClause), ctx.kb.vocabulary.grammar.pointFiller)) < POINT_MIN) return undefined;
  const [before, after] = [text.slice(0, at), text.slice(at + phrase.length)].map((side) => side.replace(edgePunctuation, ''));
  const point = before!.length >= after!.length ? before! : after!;
  // (国资基金投成果转化项目，容亏率和存续期是怎么规定的: an item named in the point whose own sentence sets a figure — 20%—50%
  // 的容亏率, 最高至15年 — is what the text sets; its sentence answers.)
  if (ids.some((id) => { const it = ctx.index.item(id); return it !== undefined && ctx.index.provisions.has(id) && it.names.some((n) => point.includes(n)) && /\d/.test(it.quote); })) return undefined;
  return bareLength(withoutNames(point)) >= POINT_MIN ? point : undefined;
}
/** How many of a sibling's own qualifiers, said with nothing named, ask of it (良好…每年的绩效奖励). */
const QUALIFIERS_SAID = 2;
/** The most characters of a question of its own asking a total alone (总共多少). */
const TOTAL_APART_MAX = 6;
/** Characters beyond an item's names from which a point asked of it is its own (付费期限, not 的). */
const POINT_MIN = 2;

const unstated: Handler = (ctx) => {
  const { prev, reading: r } = ctx;
  // (先用后付的付费期限和费率有没有具体规定: a point of the item named, or else of the topic, that the text does not set.)
  const topicItems = focusItems(prev);
  const regulated = has(ctx, 'regulated') ? pointAsked(ctx, r.items.length > 0 ? r.items : topicItems) : undefined;
  const focus = regulated !== undefined && r.items.length > 0 ? r.items : topicItems;
  // (人才方面有没有支持 after the consortium's items names their talent consortium: no point left open.)
  if (r.items.length === 0 && ctx.index.namedAfter(focus, r.text).length > 0) return;
  // 是一次性给还是分期: when and how money is paid is such a point too.
  const payment = has(ctx, 'payment');
  // 评价标准是啥: by what standard, too (what is asked may also read as asking what something is).
  const criteria = has(ctx, 'criteria');
  const covers = has(ctx, 'conditions') && beyondAsking(ctx, 'conditions') >= BEYOND_ASKING;
  const funder = has(ctx, 'funder');
  // (这笔资助要缴税吗: how the money is taxed, its money word naming the topic's money, not asking an amount.)
  const tax = has(ctx, 'tax');
  // (还需要什么条件？补助到账后要交税吗: asked beside another question, the tax is said with the card that answers it.)
  if (tax && r.intents.some((i) => i !== 'tax' && i !== 'amount' && i !== 'payment' && i !== 'funder' && i !== 'criteria')) return;
  // 有没有比例上限 of items that state no money at all (横向结余经费入股): a ceiling or share the text does not set.
  // (Money asked alone, 能给多少钱, is answered by the items again: they say the text sets none.)
  const noMoney = prev.focus.benefits.length === 0 && has(ctx, 'maximum', 'rate');
  // (这些钱是市里出还是区里出，有比例吗 / 这些奖励区里需要配套吗: the share or the money asked beside who pays is the
  // split between them.)
  // (卖股份的收益，奖励给团队的比例政策里有规定吗 after provisions with no money: the point regulated is the share and
  // whom it rewards, not an item's money.)
  const describedOnly = regulated !== undefined && prev.focus.benefits.length === 0 && prev.focus.described.length > 0 && r.items.length === 0;
  // (比例是多少？钱谁出: a share asked in a question of its own, apart from who pays, is the item's rate.)
  const funderSentences = funder && has(ctx, 'rate') ? new Set(phraseFinds(ctx.kb, 'funder', r.text).map(([a]) => sentenceAt(r.text, a)[0])) : undefined;
  const rateApart = funderSentences !== undefined && phraseFinds(ctx.kb, 'rate', r.text).some(([a]) => !funderSentences.has(sentenceAt(r.text, a)[0]));
  const open = (i: IntentId) => i === 'payment' || i === 'criteria' || i === 'funder' || i === 'tax' || (tax && i === 'amount') || (regulated !== undefined && i === 'regulated') || (describedOnly && (i === 'amount' || i === 'recipient')) || (criteria && i === 'explain') || (covers && i === 'conditions') || (noMoney && (i === 'maximum' || i === 'rate' || i === 'amount')) || (funder && !rateApart && (i === 'rate' || i === 'amount' || i === 'conditions'));
  // 能给到70%吗 of items with no rate (a share of ownership): a proportion the text does not set.
  const share = (r.quotedPercents?.length ?? 0) > 0 && prev.focus.benefits.every((id) => !ctx.index.benefits.get(id)?.benefit.rate);
  // (Who pays is asked of the topic even while a question about it waits.)
  if ((prev.pending && !funder && !tax) || focus.length === 0 || !(r.interrogative || payment || criteria || funder || tax || share || describedOnly) || !r.intents.every(open)) return;
  // (企业问我们区里要不要按一比一再配套，这个措施里有这个要求吗: who pays is asked whoever is said to ask it.)
  const parties = funder || tax ? 0 : r.asked.length + r.self.length + r.counterparties.length;
  const named = (regulated !== undefined ? 0 : r.items.length) + r.measures.length + r.departments.length + parties + r.amounts.length + r.mentioned.length;
  const length = bareLength(r.text);
  // 为什么 / 是这样吗 are about the answer, not a point of the policy. 是直接给还是要评 offers alternatives, one of
  // which the item's own conditions may settle (经评审择优): the item is answered again.
  const offers = ctx.kb.vocabulary.grammar.alternatives.some((w) => r.text.includes(w));
  if (named > 0 || Object.keys(r.facts).some((f) => !((funder || tax) && ctx.index.partyFact(f))) || (length < UNSTATED_MIN && !tax) || length > (payment || funder || tax || regulated !== undefined ? UNSTATED_MAX_LONG : UNSTATED_MAX) || (offers && !payment && !criteria && !funder && !tax)) return;
  // 那个500万是一次性给还是每年给 after two items of a measure: the one whose ceiling is quoted, of the measures discussed
  // or the topic before.
  const quoted = new Set((r.quoted ?? []).map((q) => yuanStringToFen(q)));
  const measures = new Set([...prev.focus.measures, ...prev.earlier.map((id) => ctx.index.benefits.get(id)?.measure)]);
  const byCeiling = quoted.size === 0 ? [] : [...ctx.index.benefits].filter(([, { measure, benefit }]) => measures.has(measure) && quoted.has(yuanToFen(benefit.cap.yuan))).map(([id]) => id);
  // (这两个的绩效具体怎么评 after a concept centre then a trading platform: both, the earlier one too.)
  const items = byCeiling.length === 1 ? byCeiling : r.both ? [...new Set([...prev.earlier.filter((id) => ctx.index.benefits.has(id)), ...focus])] : focus;
  ctx.parts.push({ kind: 'unstated', items, ...(payment ? { payment } : {}), ...(criteria ? { criteria } : {}), ...(funder ? { funder } : {}), ...(tax ? { tax } : {}), ...(regulated !== undefined ? { regulated } : {}) });
  ctx.next.focus = prev.focus;
  return 'stop';
};

/** The date of an event no fact names (项目是2025年8月立项的), weighed against the validity once, whichever handler says it first. */
function eventDateSaid(ctx: Ctx): void {
  const date = ctx.reading.eventDate;
  if (date && !ctx.parts.some((p) => p.kind === 'eventDate' && p.fact === null)) ctx.parts.push({ kind: 'eventDate', fact: null, date });
}

/** The dates of events the message gives (合同是2025年8月签的, 10月才登记的), each against the validity. */
function datesSaid(ctx: Ctx): void {
  const r = ctx.reading;
  for (const [fact, date] of Object.entries(r.facts)) if (typeof date === 'string' && ctx.index.dateFact(fact)) ctx.parts.push({ kind: 'eventDate', fact, date, ...(ctx.leftOut ? { leftOut: ctx.leftOut } : {}) });
  for (const { fact, date } of r.laterDates ?? []) ctx.parts.push({ kind: 'eventDate', fact, date, second: true });
  eventDateSaid(ctx);
  if (r.appliedOn && r.doneIn) ctx.parts.push({ kind: 'appliedLate', done: r.doneIn, applied: r.appliedOn });
  for (const { fact, month } of r.undatedMonths ?? []) ctx.parts.push({ kind: 'undatedMonth', fact, month });
}

/**
 * 两年内从什么时候开始算 after the award, 按登记额还是到账额 after the manager's award: a point the item's text
 * leaves open, asked on its own (nothing new named or stated), is answered by the item's note on it; a question
 * waiting still waits.
 */
const openPoint: Handler = (ctx) => {
  const { prev, reading: r, index } = ctx;
  // (两个都拿可以吗？同一批成员单位: whether both may be had is the question, not a point one of them leaves open.)
  if (has(ctx, 'combination') && r.both === true) return;
  // (民营医院算不算科研事业单位 after the pilot platform: a kind asked whether it belongs to a group the text lists, naming
  // no item, is the group's question, not a point the topic leaves open.)
  if (r.category && r.items.length === 0) return;
  // (政策解释由谁负责？具体申报条件在哪里明确 after departments: who interprets the measures, asked naming no item, is the
  // document's question, its guide with it — not a point the topic's item leaves open.)
  if (has(ctx, 'interpretation') && r.items.length + r.measures.length === 0) return;
  // (第二笔要是明年才落地呢，两年各拿多少: figures read year by year are worked out — 各拿 asks each year's, not how people
  // sharing a deal share it.)
  if (yearByYear(r)) return;
  const focus = focusItems(prev);
  // (丙单位…其中有100万的合同是和另一所高校签的: a part said with the words of a note that leaves it out is taken out of
  // the figure, the note said beside — worked out, not only noted.)
  if (partSaidOf(r) !== undefined && index.noteLeavesOut(prev.focus.benefits, r.text)) return;
  // (创新券能不能用来买设备 after the voucher's subsidy: a benefit of the topic named again is nothing new; a check named
  // again — 那我能直接申报副高吗 — asks for its verdict.)
  // (医院是私立的呢 after 订单式研发, an item with nothing to compute: a party's kind said is what its note answers.)
  const computable = prev.focus.benefits.length + prev.focus.checks.length > 0;
  // (跟外省企业签的，也能算进去吗 after the platform's support: a partner named inside a note's own words — 外省企业 — is
  // that note's point, no new party.)
  // (4个揭榜类项目里有1个被认定为特别重大项目，可以上浮多少 after a budget of several items: of the topic's items named
  // again, those points only.)
  const namedAgain = r.items.filter((id) => focus.includes(id));
  const finds = (namedAgain.length > 0 && namedAgain.length < focus.length ? namedAgain : focus).map((id) => ({ id, notes: index.noteFinds(id, r.text) }));
  const noteFound = () => finds.some((f) => f.notes.length > 0);
  const noteWords = finds.flatMap((f) => f.notes.flatMap((n) => n.words));
  const inNote = (p: string) => (ctx.kb.vocabulary.parties[p]?.words ?? []).some((w) => noteWords.some((n) => n.includes(w)));
  // (其中有一笔合同签了，但企业那边还没开始实施转化 after the manager's award: the deal's other party, of an item that
  // tests no partner and is not for that party, is only where the point lies.)
  const partnerMatters = (p: string) => focus.some((id) => index.needsPartner(id) || index.partyServes(p, id));
  // (我们企业是第二完成单位，我们能申请吗 after the award's item: the one the topic's item is for, asking, is no new party.)
  // (这家企业是2022年获奖的…还算两年内吗 after the award's item: the one pointed back at, whom the item is for, is no new party.)
  const pointedBack = (p: string) => p === r.pointed && noteFound() && focus.some((id) => index.partyServes(p, id));
  const partiesNamed = r.asked.filter((p) => !inNote(p) && !(noteFound() && focus.some((id) => index.partyServes(p, id)))).length + r.counterparties.filter((p) => !inNote(p) && partnerMatters(p) && !pointedBack(p)).length;
  // (如果退出时亏了…学校的容亏率是多少 after the asset item: another item named only inside a note's own words — 容亏率 — is
  // that note's point too.)
  const itemInNote = (id: string) => { const said = (index.item(id)?.names ?? []).filter((n) => r.text.includes(n)); return !focus.includes(id) && said.length > 0 && said.every((n) => noteWords.some((w) => w.includes(n))); };
  const named = r.items.filter((id) => !(focus.includes(id) && index.benefits.has(id)) && !itemInNote(id)).length + r.measures.length + r.departments.length + (computable ? partiesNamed : 0) + r.amounts.length;
  // 需要什么条件？团队要占股多少？ asks for the item too: it is answered with its note beside it.
  // (有没有按专利件数给学校的奖励: who it would be for, said in passing, is no fact of a new topic.)
  const newFacts = Object.keys(r.facts).some((f) => !index.partyFact(f));
  let found = finds.filter((f) => f.notes.length > 0).map((f) => ({ id: f.id, notes: f.notes.map((n) => n.note) }));
  // (我们作为成员单位能分到多少钱 after the talent consortium, which came after the task project: a point an earlier
  // item of the same measure leaves open, when the current ones do not.)
  if (found.length === 0) found = prev.earlier.filter((id) => !focus.includes(id) && prev.focus.measures.includes(index.item(id)?.measure ?? -1)).map((id) => ({ id, notes: index.notesAsked(id, r.text) })).filter((f) => f.notes.length > 0);
  /** 每年都能申请吗 asked in a sentence holding none of the notes' words: the item's yearly reach is said beside them. */
  const reachApart = () => prev.focus.benefits.length > 0 && phraseFinds(ctx.kb, 'reach', r.text).some(([a]) => { const [from, to] = sentenceAt(r.text, a); return !noteWords.some((w) => findWord(r.text.slice(from, to), w).length > 0); });
  /** The points the topic's items leave open that the message asks, as a part. */
  const notesPart = (): Part => openPointOf(found, prev.pending);
  /** Those points are the answer; the topic stays. */
  const notesSaid = (): 'stop' => {
    ctx.parts.push(notesPart());
    // (医院这样做有没有资金补贴？这一条是哪些部门负责的: the departments asked beside, of the items' measures.)
    if (has(ctx, 'departments')) for (const measure of measuresOf(index, found.map((f) => f.id))) ctx.parts.push({ kind: 'measureDepartments', measure });
    // (这个成交额是按合同签订金额算还是按实际到账算？每年都能申请吗 while a figure is waited for: the yearly reach, asked apart.)
    if (reachApart()) ctx.parts.push({ kind: 'compute', benefits: prev.focus.benefits, checks: [], total: false });
    ctx.next.focus = prev.focus;
    return 'stop';
  };
  // (A point the note answers, asked as money — 有没有按专利件数给…的奖励 — is still that note's.)
  // (Not a total asked again: A公司合同写的是120万，但实际只成交了80万，那总数变成多少, A's figure taken as the case.)
  // (那医院能拿到什么奖励 after the enterprise's contract card and 订单式研发: what a party the topic's benefits are not for
  // may have is that party's question, not the note.)
  const notServed = prev.focus.benefits.length > 0 && [...r.self, ...r.asked].some((p) => !prev.focus.benefits.some((id) => index.partyServes(p, id)));
  // (对企业规模有没有要求 after the leading enterprises' reward: a threshold the item's note speaks of, nothing but a kind named.)
  if (found.length > 0 && has(ctx, 'thresholds') && !newFacts && named - (computable ? partiesNamed : 0) === 0) {
    return notesSaid();
  }
  // (那平台建好后要是绩效评价优秀，每年还有绩效奖励吗 after the trading platform's support: a rating none of the topic's items
  // tests — one only items given each year test — is no new case; the note on yearly rewards answers. Not a date, a kind
  // or a place said: 2025年8月签的，已经登记了 is worked out again beside the note.)
  const ratedOnly = () => {
    const tested = new Set([...index.conditionFacts(focus), ...index.reviewedFacts(focus)]);
    return Object.keys(r.facts).every((f) => index.partyFact(f) || (!tested.has(f) && index.ratingFacts.has(f)));
  };
  if (found.length > 0 && (!newFacts || ratedOnly()) && !notServed && r.items.filter((id) => !itemInNote(id)).length + r.measures.length + r.amounts.length === 0 && has(ctx, 'amount') && !has(ctx, 'conditions', 'rate', 'total')) {
    return notesSaid();
  }
  // (张某是驻校技术经理人，本身是高校在编人员，还能拿吗 after the manager's award: another item named only inside the
  // note's own words is the note's point, whatever else is asked.)
  // (这个奖的第一完成单位其实是合作的高校，我们企业是第二完成单位，我们能申请吗: so is whether the asker may apply, asked
  // with the note's words and nothing else new; 那让两个实验室分开各自申报，每个各拿500万行不行: or whether each may have a
  // sum, with them.)
  const onlyConditionAsked = has(ctx, 'conditions') && !has(ctx, 'amount', 'rate') && r.amounts.length === 0 && r.departments.length === 0 && !r.partnerOutside && !r.askerOutside && Object.keys(r.facts).every((f) => index.partyFact(f));
  const mayApply = onlyConditionAsked && r.items.length === 0 && (r.asked.length > 0 ? r.asked.every((p) => focus.some((id) => index.partyServes(p, id))) : has(ctx, 'each') && !has(ctx, 'automatic') && (r.quoted?.length ?? 0) > 0);
  // (概念验证中心一定要市场化运作吗？我们打算做成公司内部的一个部门，只给自己用 after the two platforms: a condition asked of
  // an item of the topic named again, in the note's words, is that note's point.)
  const askedOfTopic = onlyConditionAsked && !has(ctx, 'maximum', 'total') && r.items.length > 0 && r.items.every((id) => focus.includes(id)) && found.every((f) => r.items.includes(f.id));
  // (牵头的一定得是企业吗？我们高校自己牵头行不行 after an ecological consortium: the asker's own kind asking whether it may
  // do what a note speaks of — in words of the act, 自己牵头, not only the kind's own — is that note's point.)
  const selfWords = r.self.flatMap((p) => ctx.kb.vocabulary.parties[p]?.words ?? []);
  const actAsked = onlyConditionAsked && r.self.length > 0 && r.self.every((p) => !focus.some((id) => index.partyServes(p, id))) && r.items.length === 0 && noteWords.some((w) => !selfWords.some((x) => w.includes(x)));
  if (found.length > 0 && !newFacts && named === 0 && ((r.items.length > 0 && r.items.every(itemInNote)) || mayApply || askedOfTopic || actAsked)) {
    return notesSaid();
  }
  // (给科研人员的比例定70%可以吗 after 赋权: of items that give no money, a share, a sum or a may asked with a note's words
  // is that note's point — there is nothing to compute.)
  const moneyless = focus.every((id) => !index.benefits.has(id));
  if (found.length > 0 && moneyless && !newFacts && named === 0 && r.items.length === 0 && has(ctx, 'rate', 'amount', 'maximum', 'conditions')) {
    return notesSaid();
  }
  // (我一个在民营技术转移机构干的朋友，也能评吗: a fact none of the topic's items tests — 民营 — is no new question.)
  // (如果那个中试平台绩效评价只是良好呢 after its excellence reward: a review's result said is worked out again.)
  const tested = new Set([...index.conditionFacts(focus), ...index.reviewedFacts(focus), ...focus.flatMap((id) => index.baseFact(id) ?? [])]);
  const statesTested = Object.keys(r.facts).some((f) => tested.has(f));
  if (focus.length === 0 || named > 0 || statesTested || has(ctx, 'conditions', 'amount', 'rate', 'total')) return;
  if (found.length === 0) return;
  ctx.parts.push(notesPart());
  // (付费比例、免费用多久，文件里有规定吗？找哪个部门: the departments asked beside, of the items' measures.)
  if (has(ctx, 'departments')) for (const measure of measuresOf(index, found.map((f) => f.id))) ctx.parts.push({ kind: 'measureDepartments', measure });
  // (认定标准是什么？这个钱市里给还是区里给 after the concept centre: who pays the topic's items, asked beside.)
  // (这1000万是一次性拨付吗？需不需要企业配套投资 after the team's support: how it is paid, asked beside, too.)
  for (const point of ['funder', 'payment'] as const) if (has(ctx, point) && prev.focus.benefits.length > 0) ctx.parts.push(unstatedOfTopic(prev, point));
  // (建设期是多长？完成后的接续支持一定能拿到吗 / 资金拨给牵头企业还是成员单位？建了就给吗: whether the money comes without a
  // review, asked apart, is said by the items' own card beside the note.)
  // (这个成交额是按合同签订金额算还是按实际到账算？每年都能申请吗: so is whether it may be had each year.)
  const automaticApart = (has(ctx, 'automatic') && (r.questions ?? 0) > 1 && prev.focus.benefits.length > 0) || reachApart();
  const namedOfTopic = r.items.filter((id) => prev.focus.benefits.includes(id));
  if (automaticApart) ctx.parts.push({ kind: 'compute', benefits: namedOfTopic.length > 0 ? namedOfTopic : prev.focus.benefits, checks: [], total: false });
  // (这个合同是2025年8月签的，10月才登记的，能算吗: the registration's note, and the dates against the validity.)
  datesSaid(ctx);
  ctx.next.focus = prev.focus;
  return 'stop';
};

/**
 * 假设申报指南定的比例是20%，各给多少，合计多少 after three scene projects' investments: one percentage supposed, of the
 * topic's items whose text leaves the share open (按…的一定比例), is worked out on — each under its ceiling, said as
 * supposed. With no figure of its own the topic's are worked out again; with one, the turn goes on and takes it along.
 */
const assumedRate: Handler = (ctx) => {
  const { reading: r, prev, index } = ctx;
  if (r.quotedPercents?.length !== 1 || !has(ctx, 'followUp') || r.measures.length > 0 || r.items.some((id) => !prev.focus.benefits.includes(id))) return;
  const open = prev.focus.benefits.filter((id) => index.benefits.get(id)?.benefit.rate?.kind === 'unspecified');
  if (open.length === 0) return;
  ctx.assumedRates = Object.fromEntries(open.map((id) => [id, r.quotedPercents![0]!]));
  if (r.amounts.length > 0) return;
  ctx.next.focus = prev.focus;
  ctx.parts.push({ kind: 'compute', benefits: prev.focus.benefits, checks: [], total: has(ctx, 'total') });
  return 'stop';
};

/** 今年全市这12条措施的资金总盘子是多少: a total of the whole policy, whatever the topic — the text gives each item's ceiling, no total. */
const wholeTotal: Handler = (ctx) => {
  const r = ctx.reading;
  const g = ctx.kb.vocabulary.grammar;
  // (Not 这12条措施一共有几条, 所有措施里市科技局一共负责几条, 整个政策有效期一共几年: the money asked, and nothing of the document.)
  if (r.items.length > 0 || r.amounts.length > 0 || !g.wholePolicy.some((w) => r.text.includes(w)) || !g.budgetTotal.some((w) => r.text.includes(w)) || has(ctx, ...documentIntents)) return;
  ctx.parts.push({ kind: 'vague', party: r.self[0] ?? r.asked[0] ?? null });
  ctx.next.pending = null;
  return 'stop';
};

/** On topic, nothing to compute: what the best clauses say. */
const clauses: Handler = (ctx) => {
  if (ctx.parts.length > 0) return;
  if (!ctx.search) return searchFirst(ctx);
  if (!ctx.search.cited) return;
  if (has(ctx, 'amount') && ctx.reading.text.replace(/[\s，,。？?！!]/g, '').length <= 12 && ctx.search.items.length === 0) return;
  const measure = ctx.search.measures[0]!;
  ctx.parts.push({ kind: 'clauses', measure });
  ctx.next.pending = null;
  return 'stop';
};

/** 我们公司能拿多少钱: in scope but names no item; list the asker's items and ask which. */
const vague: Handler = (ctx) => {
  if (ctx.parts.length > 0 || !has(ctx, 'amount', 'list', 'conditions')) return;
  // (第七条还有哪个奖励是针对企业的 after another of its items: the measure named is described, not every measure's money.)
  if (ctx.reading.measures.length > 0 && ctx.reading.items.length === 0) {
    for (const measure of ctx.reading.measures) ctx.parts.push({ kind: 'measure', measure });
    ctx.next.pending = null;
    return 'stop';
  }
  ctx.parts.push({ kind: 'vague', party: ctx.reading.self[0] ?? ctx.reading.asked[0] ?? null });
  ctx.next.pending = null;
  return 'stop';
};

const outOfScope: Handler = (ctx) => {
  if (ctx.parts.some((p) => p.kind !== 'typo')) return;
  ctx.parts.push({ kind: 'outOfScope' });
  ctx.next.pending = null;
  return 'stop';
};

/** A handler that needs retrieval's clauses and has none yet: stop, and the turn is decided again with them. */
function searchFirst(ctx: Ctx): 'stop' {
  ctx.needsSearch = true;
  return 'stop';
}

/**
 * 这些钱有没有一个企业总额封顶 with nothing named, no two pointed at and no items of the topic to add up: the text sets
 * each item's ceiling, none over them together. (Over items worked out together, the total's answer says so beside them.)
 */
const overallCap: Handler = (ctx) => {
  const { reading: r, prev } = ctx;
  // (Not 这两项加起来有没有总额上限: items counted, pointed at, are worked out together, the note beside; nor 这个10万是每年的
  // 上限还是总的上限, a ceiling pointed at, whose reach the item's card says.)
  // (创新券联动奖补怎么算 | 有没有总额上限 / 开发区龙头企业…3个项目 | 这些钱有没有一个企业总额封顶: of the one item the
  // conversation has had, its own card is said after, with its ceiling — unless items were had before it, 这些钱 being
  // theirs too.)
  if (!ctx.kb.vocabulary.grammar.overallCap.some((w) => r.text.includes(w)) || r.items.length + r.measures.length + r.amounts.length + (r.quoted?.length ?? 0) > 0 || findCounts(r.text).some((c) => c.count > 1) || prev.focus.benefits.length > 1) return;
  ctx.parts.push({ kind: 'document', topic: 'overallCap' });
  const had = new Set([...prev.focus.benefits, ...prev.earlier].filter((id) => ctx.index.benefits.has(id)));
  if (prev.focus.benefits.length === 1 && had.size < 2) ctx.parts.push({ kind: 'compute', benefits: prev.focus.benefits, checks: prev.focus.checks, total: false });
  ctx.next.focus = prev.focus;
  ctx.next.pending = null;
  return 'stop';
};

/** The handlers of a turn, in order. */
export const handlers: [string, Handler][] = [
  ['reset', reset],
  ['refusedFigures', refusedFigures],
  ['ownFigures', ownFigures],
  ['nothingTransacted', nothingTransacted],
  ['elsewhere', elsewhere],
  ['smallTalk', smallTalk],
  ['wholeTotal', wholeTotal],
  ['typo', typo],
  ['recipient', recipient],
  ['continuation', continuation],
  ['addedLeftOut', addedLeftOut],
  ['openPoint', openPoint],
  ['appliesTo', appliesTo],
  ['toCap', toCap],
  ['sumApplicants', sumApplicants],
  ['yearsSplit', yearsSplit],
  ['sumTurns', sumTurns],
  ['diffTurns', diffTurns],
  ['reask', reask],
  ['whichMeasure', whichMeasure],
  ['sharedDepartments', sharedDepartments],
  ['unstated', unstated],
  ['noIncrease', noIncrease],
  ['assumedRate', assumedRate],
  ['overallCap', overallCap],
  ['documentQuestions', documentQuestions],
  ['boundAsked', boundAsked],
  ['namedMeasures', namedMeasures],
  ['topic', topic],
  ['clauses', clauses],
  ['vague', vague],
  ['outOfScope', outOfScope],
];

/** …牵头部门是哪个 beside whom an item is for: the departments of the measures of the items answered, unless already said. */
function departmentsBeside(ctx: Ctx, items: readonly string[]): void {
  if (has(ctx, 'departments') && !departmentsSaid(ctx)) for (const measure of measuresOf(ctx.index, [...items])) ctx.parts.push({ kind: 'measureDepartments', measure });
}

/** Whether the turn already says some measure's departments (its list, or whether one department is among them). */
const departmentsSaid = (ctx: Ctx): boolean => ctx.parts.some((p) => p.kind === 'measureDepartments' || (p.kind === 'department' && p.of !== undefined));

/** Whether a letter names an applicant the session has no figure of (还有丙公司 after 甲's and 乙's). */
export function letterIsNew(state: SessionState, applicant: string | undefined): boolean {
  return applicant !== undefined && ![...state.amounts, ...state.setAside].some((a) => a.label === applicant);
}

/**
 * Which of the applicants worked out one by one an ordinal points back at (复核发现第一家企业其实在区级工业集中区 after
 * two firms' turns), as its place in `applicantResults`: an earlier one, not the last, with no figures listed it could
 * point at instead (第二笔). With no ordinal, the one a corrected figure points back at (figureCorrectedOf).
 */
export function applicantPointed(state: SessionState, reading: Reading): number | undefined {
  const n = reading.ordinal;
  // (其实第二家合同只有300万，三家合计呢: with a figure of its own, named as one of the applicants — 第二家.)
  // (第一家企业如果是2022年获的奖 after another applicant's turn: applicants counted, the last one's own figure no place of them.)
  const ofTurns = reading.ordinalApplicant === true && !state.amounts.some((a) => a.own);
  if (n === undefined) return figureCorrectedOf(state, reading);
  if (reading.applicant !== undefined || (reading.amounts.length > 0 && reading.another !== true) || (state.amounts.length >= n && !ofTurns) || n >= state.applicantResults.length) return undefined;
  return n - 1;
}

/**
 * 不对，技术合同其实是350万 after a contract and a voucher, then a scene project of the same firm: a figure corrected that
 * the topic holds no fact for but an earlier turn's applicant does, naming no one, points back at that one (the latest
 * such, not the last).
 */
function figureCorrectedOf(state: SessionState, reading: Reading): number | undefined {
  if (!reading.intents.includes('correction') || reading.applicant !== undefined || reading.another === true || reading.amounts.length === 0) return undefined;
  const facts = [...new Set(reading.amounts.map((a) => a.fact))];
  if (facts.some((f) => state.facts[f] !== undefined)) return undefined;
  // (The last one too, where the topic narrowed to another of its items since — 不对，合同是400万 after the same firm's
  // platform — with no total asked, which would be over the items as the turn holds them.)
  const earlier = (reading.intents.includes('total') ? state.applicantResults.slice(0, -1) : state.applicantResults).map((e, i) => [e, i] as const).reverse();
  return earlier.find(([e]) => facts.every((f) => e.facts?.[f] !== undefined))?.[1];
}

/** One applicant's figure as this year's total's increase over last year's (labelled with both), 0 where there is none. */
function increaseOver(current: bigint, currentRaw: string, past: string, pastRaw: string): Pick<StatedAmount, 'yuan' | 'raw' | 'over'> {
  const fen = current - yuanStringToFen(past)!;
  return { yuan: fenToYuanString(fen > 0n ? fen : 0n), raw: `${currentRaw}−${pastRaw}`, over: past };
}

/**
 * The conversation so far as it stands for the applicant this message is about: all of it, or one lettered applicant's
 * own figure, or — for another applicant — none of the last one's figures.
 */
function asOfApplicant(kb: KnowledgeBase, index: ItemIndex, before: SessionState, reading: Reading): SessionState {
  // 企业A…合同写500万，实际到账只有260万 then 企业B的合同是跟上海交大签的: another applicant named apart brings none of
  // the last one's figures (amounts and counts); the topic, and what was said of the kinds, stay.
  // (另一个学院没有重点实验室…能申请这个吗: so does another of the same kind, said so.)
  // (还有丙公司…今年新增技术合同2000万 after 甲's and 乙's: a letter new to the lettered ones is another applicant too.)
  const newLetter = before.applicant === null && before.amounts.some((a) => a.own && a.label !== undefined) && letterIsNew(before, reading.applicant);
  // (再加一家丁企业，用了两万八 after 甲、乙、丙's vouchers: one more added to the lettered ones, with its figure, joins them —
  // their total asked again. Not a question of its own: 还有丙公司…能适用这一条吗 asks of it alone.)
  if (newLetter && reading.intents.includes('also') && reading.amounts.length > 0 && !reading.intents.includes('total') && reading.interrogative !== true && (reading.questions ?? 0) === 0 && before.amounts.filter((a) => a.own && a.label !== undefined).length > 1) reading.intents.push('total');
  const otherApplicant = (reading.applicant !== undefined && before.applicant !== null && reading.applicant !== before.applicant) || newLetter || (reading.another === true && (reading.ordinal === undefined || reading.ordinal > before.amounts.length));
  const figureFacts = otherApplicant ? index.figureFacts : null;
  // 乙企业同一年下半年又在省平台用了5万 after 甲、乙、丙's figures: the one named by its letter is the case, with its own
  // figure and what was said of it; the others are left.
  // (A企业那份合同是2025年8月20日签的 after B's figures were the case: A's, set aside then, is the case again.)
  const inSession = reading.applicant !== undefined ? before.amounts.filter((a) => a.label === reading.applicant) : [];
  const lettered = inSession.length > 0 || reading.applicant === undefined ? inSession : before.setAside.filter((a) => a.label === reading.applicant);
  const others = [...before.setAside, ...before.amounts].filter((a) => a.label !== undefined && a.label !== reading.applicant);
  /** What the message says of the one named, besides figures and what its kind said of itself already held. */
  const saidOfIt = (): StatedFacts => {
    const its = index.withoutFigures(reading.facts);
    for (const f of Object.keys(kb.vocabulary.parties[reading.self[0] ?? '']?.asSelf ?? {})) if (before.facts[f] === its[f]) delete its[f];
    return its;
  };
  /**
   * A kind named alone, with no word of a partner, made the one spoken of's own kind, not a partner's (its facts as
   * such, and — unless `factsOnly`, when one of several lettered ones is spoken of — the reading's asker).
   */
  const kindIsItsOwn = (factsOnly = false) => {
    if (reading.self.length + reading.asked.length > 0 || reading.counterparties.length !== 1 || kb.vocabulary.counterpartyMarkers.some((w) => reading.text.includes(w))) return;
    const kind = reading.counterparties[0]!;
    const party = kb.vocabulary.parties[kind];
    for (const f of Object.keys(party?.asCounterparty ?? {})) delete reading.facts[f];
    Object.assign(reading.facts, party?.asSelf ?? {});
    if (!factsOnly) reading.self = [kind];
    reading.counterparties = [];
  };
  // X和Y合计最多多少 after three lettered institutions: those named, each on its own; the others set aside.
  const named = reading.applicants ?? [];
  if (named.length > 1 && reading.amounts.length === 0) {
    // (One of them the case of the last turn, its figure no longer its own line: its own again.)
    const all = [...before.amounts, ...before.setAside].filter((a) => a.label !== undefined && !a.past);
    const these = all.filter((a) => named.includes(a.label!));
    if (these.length === named.length && new Set(these.map((a) => a.label)).size === named.length) return { ...before, amounts: these.map((a) => ({ ...a, own: true as const })), setAside: all.filter((a) => !named.includes(a.label!)).map((a) => ({ ...a })), applicant: null };
  }
  // 三家合计市里要拨多少 after A's own contracts were the case, the others set aside: all of them again, each on its own,
  // A's contracts summed as its one figure.
  const setAsideOwn = before.setAside.filter((a) => a.own && a.label !== undefined && a.label !== before.applicant);
  const current = before.amounts.filter((a) => !a.past && a.fact === setAsideOwn[0]?.fact);
  if (reading.intents.includes('total') && reading.applicant === undefined && reading.amounts.length === 0 && reading.items.length === 0 && before.applicant !== null && setAsideOwn.length > 0 && current.length > 0) {
    // (张三那笔其实只有800万落地了，另外400万还没落地, then 两人合计: a part said to fail what holds of the case is left out.)
    const holding = current.filter((a) => !Object.entries(a.facts ?? {}).some(([f, value]) => before.facts[f] !== undefined && before.facts[f] !== value));
    const fen = holding.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n);
    const mine = { fact: current[0]!.fact, yuan: fenToYuanString(fen), raw: holding.map((a) => a.raw).join('+'), party: current[0]!.party, past: false, own: true as const, label: before.applicant };
    const all = [mine, ...setAsideOwn.map((a) => ({ ...a }))].sort((a, b) => (a.label! < b.label! ? -1 : a.label! > b.label! ? 1 : 0));
    return { ...before, amounts: all, setAside: [], applicant: null };
  }
  const ownLettered = before.amounts.filter((a) => a.own && a.label !== undefined);
  // 丙的12万里其实有一半是在省外的平台用的，那丙和总数要怎么调整 after four lettered firms: the total asked of a letter's
  // figure said of again keeps all of them; the part left out is taken from that one's (partOfAmountLeftOut).
  // (核实发现D的券是在上海的平台上用的…合计改成多少 after four lettered firms: what is said of the one named is its own, the
  // others keeping what held of them. Like the changes below, this takes the reading's facts into the state: a debt noted.)
  // (丙单位…其中有100万的合同是和另一所高校签的…应该怎么调整 / 如果李某的3000万里有1000万的合同还没有转化落地呢: so
  // does a part said of one of them that is left out — a note leaves it out, or it fails a condition of the topic —
  // with no total asked.)
  // (李某的3000万里有1000万: the part said inside its figure said again.)
  const conditions = index.conditionFacts(before.focus.benefits);
  const partSaid = partSaidOf(reading);
  const partLeftOut = partSaid !== undefined && (index.noteLeavesOut(before.focus.benefits, reading.text) || Object.entries(reading.facts).some(([f, value]) => value === false && conditions.includes(f)));
  const itsFigure = reading.amounts.length === 1 && inSession.length === 1 && reading.amounts[0]!.yuan === inSession[0]!.yuan;
  if (partLeftOut && (reading.amounts.length === 0 || itsFigure) && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1) return before;
  // (丙补了材料，合作方其实是无锡一家公立医院，合同还是80万，现在合计多少: that one's own figure said again, with a total
  // asked, is no new figure.)
  // (Not 丙的12万里其实有一半是在省外的平台用的, its figure a whole a part is said of.)
  const wholeOfPart = (a: StatedAmount) => kb.vocabulary.grammar.partsOf.some((w) => reading.text.includes(a.raw + w));
  // (A那20万核实是区级奖励不是省级的: whatever fact its words read it as.)
  if (reading.intents.includes('total') && partSaid === undefined && !reading.amounts.some(wholeOfPart) && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1 && reading.amounts.length === 1 && reading.amounts[0]!.yuan === inSession[0]!.yuan && !reading.amounts[0]!.past) {
    delete reading.facts[reading.amounts[0]!.fact];
    reading.amounts = [];
  }
  // (如果C企业的合作方其实是一家市属公立医院呢 after three lettered firms: so does a what-if or a correction of one of them,
  // of the kind they were said to be, stating a condition of the topic — not 如果乙研究院其实是民营企业性质的, which makes
  // that one an applicant of its own.)
  const sameKind = reading.self.every((p) => before.parties.self.includes(p));
  // (如果乙其实是一家民营企业设立的研发公司，不是科研事业单位呢？合计多少: the kind said of the one named is its own.)
  if (inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1 && reading.amounts.length === 0) kindIsItsOwn(true);
  const whatIf = !reading.intents.includes('total') && sameKind && (reading.intents.includes('followUp') || reading.intents.includes('correction'));
  const itsFacts = index.withoutFigures(reading.facts);
  if ((reading.intents.includes('total') || (whatIf && Object.keys(itsFacts).some((f) => conditions.includes(f)))) && reading.amounts.length === 0 && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1) {
    const its = itsFacts;
    if (Object.keys(its).length === 0) return before;
    for (const f of Object.keys(its)) delete reading.facts[f];
    return { ...before, amounts: before.amounts.map((a) => (a === inSession[0] ? { ...a, facts: { ...a.facts, ...its } } : { ...a })) };
  }
  // 甲的去年数据更正为8000万元 after two lettered institutions' increases: that one's last year's total revised, the
  // increase taken anew over it, the others kept. (This year's is the one it was said with, read back from its figure —
  // with no increase, from the words it was said in. The reading's figure is taken into the state: a debt noted.)
  const pastSaid = reading.amounts.filter((a) => a.past);
  const overOne = inSession.length === 1 && inSession[0]!.own && inSession[0]!.over !== undefined && ownLettered.length > 1 ? inSession[0]! : undefined;
  if (overOne && pastSaid.length === 1 && pastSaid[0]!.fact === overOne.fact && reading.amounts.every((a) => a.past || a.raw === '')) {
    const [thisRaw] = overOne.raw.split('−');
    const current = yuanStringToFen(overOne.yuan)! > 0n ? yuanStringToFen(overOne.yuan)! + yuanStringToFen(overOne.over!)! : findAmounts(thisRaw!)[0]?.fen;
    if (current !== undefined) {
      reading.amounts = [];
      delete reading.facts[overOne.fact];
      delete reading.increase;
      delete reading.noIncrease;
      return { ...before, amounts: before.amounts.map((a) => (a === overOne ? { ...a, ...increaseOver(current, thisRaw!, pastSaid[0]!.yuan, pastSaid[0]!.raw) } : { ...a })) };
    }
  }
  // (甲的数据更正为今年9000万，去年3000万: both of that one's years said again, the increase taken anew.)
  const [thisSaid, pastOne] = [reading.amounts.filter((a) => !a.past), reading.amounts.filter((a) => a.past)];
  if (overOne && reading.amounts.length === 2 && thisSaid.length === 1 && pastOne.length === 1 && reading.amounts.every((a) => a.fact === overOne.fact && a.raw !== '')) {
    reading.amounts = [];
    delete reading.increase;
    delete reading.facts[overOne.fact];
    return { ...before, amounts: before.amounts.map((a) => (a === overOne ? { ...a, ...increaseOver(yuanStringToFen(thisSaid[0]!.yuan)!, thisSaid[0]!.raw, pastOne[0]!.yuan, pastOne[0]!.raw) } : { ...a })) };
  }
  // C企业合同签的是500万，但核实下来实际成交只有200万…合计变成多少 after three lettered firms: one letter's figure
  // revised with the total asked is that one's in place, the others kept — not that one alone. (The reading's figure is
  // taken into the state here, like the changes below: a debt noted.)
  // (更正一下：B公司的合同额核实后是350万 after three lettered firms: so is one corrected with no total asked.)
  // (乙企业核实后有4万是在外省平台用的，省平台只有8万，合计改成多少 after three lettered firms' vouchers: with a total asked, that one's
  // figure said again as its parts, each with what holds of it — not alike — is those parts in its place, the others kept.)
  const parts = reading.amounts.filter((a) => !a.past && a.fact === inSession[0]?.fact);
  const partsSum = parts.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n);
  if (reading.intents.includes('total') && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1 && parts.length > 1 && parts.length === reading.amounts.length && parts.every((a) => a.facts !== undefined) && new Set(parts.map((a) => JSON.stringify(a.facts))).size === parts.length && partsSum === yuanStringToFen(inSession[0]!.yuan) && inSession[0]!.over === undefined) {
    const whole = inSession[0]!;
    for (const f of [whole.fact, ...parts.flatMap((a) => Object.keys(a.facts!))]) delete reading.facts[f];
    reading.amounts = [];
    return { ...before, amounts: before.amounts.flatMap((a) => (a === whole ? parts.map((x) => ({ ...a, yuan: x.yuan, raw: x.raw, facts: { ...a.facts, ...x.facts } })) : [{ ...a }])) };
  }
  // (核查发现乙公司有3万是在外省平台用的，不在江苏省平台，调整后合计多少: or one part of it said to fail a condition that
  // held, the rest kept as it was.)
  const failing = Object.keys(reading.facts).filter((f) => reading.facts[f] === false && before.facts[f] === true && (inSession[0]?.facts?.[f] ?? true) === true);
  const onePart = parts.length === 1 && reading.amounts.length === 1 && failing.length > 0 && yuanStringToFen(parts[0]!.yuan)! < yuanStringToFen(inSession[0]!.yuan)! ? parts[0]! : undefined;
  // (Not one more: 乙企业又…还用了3万元创新券.)
  // (王某里面有一笔1000万的合同只签了还没落地，扣掉以后呢: or the part said taken out.)
  const restAsked = reading.intents.includes('total') || kb.vocabulary.grammar.deducted.some((w) => reading.text.includes(w));
  if (onePart && restAsked && !reading.intents.includes('also') && reading.another !== true && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1 && inSession[0]!.over === undefined) {
    const whole = inSession[0]!;
    const rest = fenToYuanString(yuanStringToFen(whole.yuan)! - yuanStringToFen(onePart.yuan)!);
    const its = Object.fromEntries(failing.map((f) => [f, false]));
    for (const f of [whole.fact, ...failing]) delete reading.facts[f];
    reading.amounts = [];
    return { ...before, amounts: before.amounts.flatMap((a) => (a === whole ? [{ ...a, yuan: rest, raw: `${a.raw}−${onePart.raw}` }, { ...a, yuan: onePart.yuan, raw: onePart.raw, facts: { ...a.facts, ...its } }] : [{ ...a }])) };
  }
  // (更正一下：甲的实际成交额是250万，乙实际成交额只有300万。重新算合计 after three lettered firms: so is each of several
  // letters' figures, the others kept.)
  const ownOf = (a: StatedAmount) => ownLettered.find((o) => o.label === a.label && o.fact === a.fact && o.over === undefined);
  const revisedMany = (reading.intents.includes('correction') || (reading.intents.includes('total') && !reading.intents.includes('also'))) && reading.another !== true && ownLettered.length > 1 && reading.amounts.length > 1 && reading.amounts.every((a) => !a.past && a.own && ownOf(a) !== undefined) && new Set(reading.amounts.map((a) => a.label)).size === reading.amounts.length;
  if (revisedMany) {
    const by = new Map(reading.amounts.map((a) => [ownOf(a)!, a]));
    for (const a of reading.amounts) delete reading.facts[a.fact];
    reading.amounts = [];
    return { ...before, amounts: before.amounts.map((a) => { const r = by.get(a); return r ? { ...a, yuan: r.yuan, raw: r.raw } : { ...a }; }) };
  }
  const revised = (reading.intents.includes('correction') || (reading.intents.includes('total') && !reading.intents.includes('also'))) && reading.another !== true && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1 && reading.amounts.filter((a) => !a.past).length === 1 ? reading.amounts.find((a) => !a.past && a.fact === inSession[0]!.fact) : undefined;
  if (revised) {
    reading.amounts = [];
    delete reading.facts[revised.fact];
    // (更正：Z医院今年是900万 after 去年500万、今年400万: this year's figure again, the increase over last year's taken anew.)
    const over = inSession[0]!.over;
    const overRaw = inSession[0]!.raw.split('−')[1]!;
    return { ...before, amounts: before.amounts.map((a) => (a === inSession[0] ? (over !== undefined ? { ...a, ...increaseOver(yuanStringToFen(revised.yuan)!, revised.raw, over, overRaw) } : { ...a, yuan: revised.yuan, raw: revised.raw }) : { ...a })) };
  }
  // 乙企业又…在另一个市级平台上还用了3万元创新券…合计有变化吗 after three lettered firms: one more figure of a letter
  // among them, with a total asked, is that one's too, the others kept. Said with what differs from what held of it, it
  // is a line of its own (worked out, or left out, as what is said of it makes it); otherwise it adds to that one's
  // figure, under its one ceiling. (Like the changes below, this takes the reading's figure into the state: a debt noted.)
  // (Not A公司其实还和无锡学院签了一份80万的合同，合起来A能拿多少: a total asked of the letter, named after it, is that one's.)
  const totalAt = Math.max(...(kb.vocabulary.intents.total?.phrases ?? []).map((w) => reading.text.lastIndexOf(w)));
  const ofTheLetter = reading.applicant !== undefined && reading.text.lastIndexOf(reading.applicant) > totalAt;
  const addedOne = !ofTheLetter && reading.intents.includes('also') && reading.intents.includes('total') && inSession.length === 1 && inSession[0]!.own && ownLettered.length > 1 && reading.amounts.length === 1 && !reading.amounts[0]!.past && reading.amounts[0]!.fact === inSession[0]!.fact ? reading.amounts[0]! : undefined;
  if (addedOne) {
    const mine = inSession[0]!;
    const its = saidOfIt();
    const held = { ...index.withoutFigures(before.facts), ...mine.facts };
    const differs = Object.entries(its).some(([f, value]) => held[f] !== value);
    reading.amounts = [];
    for (const f of [addedOne.fact, ...Object.keys(its)]) delete reading.facts[f];
    if (differs) return { ...before, amounts: before.amounts.flatMap((a) => (a === mine ? [{ ...a }, { ...addedOne, own: true as const, label: mine.label, facts: { ...mine.facts, ...its } }] : [{ ...a }])) };
    const fen = yuanStringToFen(mine.yuan)! + yuanStringToFen(addedOne.yuan)!;
    return { ...before, amounts: before.amounts.map((a) => (a === mine ? { ...a, yuan: fenToYuanString(fen), raw: `${a.raw}+${addedOne.raw}` } : { ...a })) };
  }
  // 还有个丙企业…不是省级以上开发区，落地2个项目…加上它合计多少 after 甲's and 乙's counts: a letter new to them, with its
  // count and a total asked, joins them with what is said of it alone. (Like the changes below, this takes the reading's
  // facts into the state: a debt noted.)
  const countFact = before.counted[0]?.fact;
  const newCount = countFact !== undefined ? reading.facts[countFact] : undefined;
  if (reading.applicant !== undefined && reading.intents.includes('total') && before.counted.length > 1 && typeof newCount === 'number' && !before.counted.some((c) => c.label === reading.applicant)) {
    const its = index.withoutFigures(reading.facts);
    for (const f of [countFact!, ...Object.keys(its)]) delete reading.facts[f];
    return { ...before, counted: [...before.counted.map((c) => ({ ...c })), { label: reading.applicant, fact: countFact!, value: newCount, ...(Object.keys(its).length > 0 ? { facts: its } : {}) }] };
  }
  // (C公司在市级开发区，不是省级的，能报吗 after A's and B's counts: a letter new to them, with no count of its own and no
  // total asked, is asked of alone — the topic's case without their counts.)
  if (reading.applicant !== undefined && before.counted.length > 1 && newCount === undefined && !reading.intents.includes('total') && reading.amounts.length === 0 && !before.counted.some((c) => c.label === reading.applicant)) {
    const facts = { ...before.facts };
    delete facts[countFact!];
    return { ...before, facts, counted: [] };
  }
  // 更正：B企业其实在一个区级产业园里…那合计是多少 after A's and B's counts: what is said of a letter counted, with no count
  // of its own, is that one's alone; the others keep theirs. (Like the change above, this takes the reading's facts into
  // the state: a debt noted.)
  // (更正：第一家企业实际是11个项目 after 一家…7个；另一家…4个: or one named by its place among them.)
  const byPlace = reading.applicant === undefined && reading.ordinalApplicant === true && reading.ordinal !== undefined ? before.counted[reading.ordinal - 1] : undefined;
  const countedLetter = before.counted.length > 1 ? (reading.applicant !== undefined ? before.counted.find((c) => c.label === reading.applicant) : byPlace) : undefined;
  // (更正一下，乙企业实际落地的是9个，合计多少 after 甲's 4 and 乙's 11: that one's count revised in place, the others
  // kept. The reading's count is taken into the state: a debt noted.)
  // (那如果第二家是11项呢 after three counts totalled: so is a what-if of one of them.)
  if (countedLetter && typeof newCount === 'number' && !reading.countPart && reading.amounts.length === 0 && (reading.intents.includes('total') || reading.intents.includes('correction') || reading.intents.includes('followUp'))) {
    delete reading.facts[countFact!];
    // (A count labelled by its own words — 9项 of 分别4项、9项和15项 — takes the new count into its label.)
    const relabel = (c: (typeof before.counted)[number]) => (c.label.startsWith(String(c.value)) && !/\d/.test(c.label.slice(String(c.value).length)) ? { label: `${newCount}${c.label.slice(String(c.value).length)}` } : {});
    return { ...before, counted: before.counted.map((c) => (c === countedLetter ? { ...c, value: newCount, ...relabel(c) } : { ...c })) };
  }
  // (Not a part of its count said — B企业里有2个项目对接的是市级重点实验室 — which partOfCountLeftOut takes out of it.)
  // (核实发现丙企业不在省级以上开发区…那丙还能拿吗: so is one asked whether it still qualifies.)
  if (countedLetter && newCount === undefined && !reading.countPart && reading.amounts.length === 0 && (reading.intents.includes('total') || reading.intents.includes('correction') || reading.intents.includes('conditions'))) {
    const its = saidOfIt();
    if (Object.keys(its).length > 0) {
      for (const f of Object.keys(its)) delete reading.facts[f];
      return { ...before, counted: before.counted.map((c) => (c === countedLetter ? { ...c, facts: { ...c.facts, ...its } } : { ...c })) };
    }
  }
  // 甲企业之前填错了，实际使用是4万，现在合计是多少 after 甲、乙、丙 set aside while 丁 was the case: that one's figure revised
  // in place and all of them the case again, each on its own. (The reading's figure is taken into the state, like the
  // change above: a debt noted.)
  const asideOwn = before.setAside.filter((a) => a.own && a.label !== undefined && !a.past);
  const mineAside = asideOwn.find((a) => a.label === reading.applicant);
  const revisedAside = reading.intents.includes('total') && reading.another !== true && mineAside !== undefined && asideOwn.length > 1 && reading.amounts.filter((a) => !a.past).length === 1 ? reading.amounts.find((a) => !a.past && a.fact === mineAside.fact) : undefined;
  if (revisedAside) {
    reading.amounts = [];
    delete reading.facts[revisedAside.fact];
    return { ...before, facts: index.withoutFigures(mineAside!.facts ?? before.facts), amounts: asideOwn.map((a) => (a === mineAside ? { ...a, yuan: revisedAside.yuan, raw: revisedAside.raw } : { ...a })), setAside: [], applicant: null };
  }
  // (另一家是民营企业自建的重点实验室 after a university's: another applicant of its own kind is not the last one's kind.
  // Named alone, with no word of a partner, that kind is the other applicant's, not a partner's.)
  if (figureFacts) kindIsItsOwn();
  // 又来了一家D企业…实际成交额60万…加上它四家合计多少 after A、B、C: a letter new to them, with its one figure and a total
  // asked, joins them, each on its own with what held of it (the one that was the case, what the case held).
  const earlierLettered = [...before.amounts.map((a) => (a.label === before.applicant ? { ...a, own: true as const, facts: { ...index.withoutFigures(before.facts), ...a.facts } } : a)), ...before.setAside].filter((a) => a.own && a.label !== undefined && !a.past);
  const fresh = reading.amounts.filter((a) => !a.past);
  if (otherApplicant && reading.applicant !== undefined && reading.intents.includes('total') && fresh.length === 1 && earlierLettered.length > 1 && earlierLettered.every((a) => a.fact === fresh[0]!.fact && a.label !== reading.applicant)) {
    const its = index.withoutFigures(reading.facts);
    // (再加一家Z医院…去年800万元，今年600万元，合计变不变 after X's and Y's increases: its increase over last year's said,
    // none here — it joins them with nothing to work out.)
    const past = reading.amounts.filter((a) => a.past && a.fact === fresh[0]!.fact);
    const over = past.length === 1 ? past[0]! : undefined;
    const joined = { ...fresh[0]!, own: true as const, label: reading.applicant, facts: its, ...(over ? increaseOver(yuanStringToFen(fresh[0]!.yuan)!, fresh[0]!.raw, over.yuan, over.raw) : {}) };
    reading.amounts = [];
    delete reading.increase;
    delete reading.noIncrease;
    for (const f of [fresh[0]!.fact, ...Object.keys(its)]) delete reading.facts[f];
    return { ...before, amounts: [...earlierLettered.map((a) => ({ ...a })), joined], setAside: [], applicant: null };
  }
  // 更正一下，B公司的合同实际成交额是300万 after A's, B's and C's turns one by one: the one named again goes on from what
  // its own turn held, not from the last one's.
  // (复核发现第一家企业… after two firms' turns: so does one pointed at by its place.)
  const pointed = applicantPointed(before, reading);
  const workedOut = reading.applicant !== undefined && lettered.length === 0 && otherApplicant ? before.applicantResults.find((a) => a.label === reading.applicant)?.facts : pointed !== undefined ? before.applicantResults[pointed]!.facts : undefined;
  // (第一家企业如果是2022年获的奖 after the scene project's turn: that one's own items are the topic again.)
  // (不对，合同是400万 after a contract, then the same firm's platform: of the last one's, narrowed since, the items of the
  // figures corrected.)
  const correctedOnly = pointed !== undefined && pointed === before.applicantResults.length - 1 && reading.ordinal === undefined;
  const corrected = new Set(reading.amounts.map((a) => a.fact));
  const itsItems = pointed !== undefined ? [...new Set(before.applicantResults[pointed]!.results.map((x) => x.benefit))].filter((id) => !correctedOnly || corrected.has(index.baseFact(id) ?? '')) : [];
  const focus = itsItems.length > 0 && itsItems.some((id) => !before.focus.benefits.includes(id)) ? { ...before.focus, benefits: itsItems, checks: [] } : before.focus;
  if (workedOut) return { ...before, focus, facts: { ...workedOut }, amounts: [], pending: null, missing: [], supposed: {}, yearBefore: null, lastTotal: null };
  const kindOfOther = figureFacts && reading.self.length > 0 ? new Set(before.parties.self.flatMap((p) => Object.keys(kb.vocabulary.parties[p]?.asSelf ?? {}))) : new Set<string>();
  return lettered.length === 1
    ? { ...before, facts: { ...before.facts, ...lettered[0]!.facts, [lettered[0]!.fact]: lettered[0]!.yuan }, amounts: lettered.map(({ own: _own, facts: _facts, ...a }) => a), setAside: others }
    : figureFacts
      ? {
          ...before,
          // (A企业说… after D's turn on another platform: what held of the ones set aside stays theirs.)
          setAside: others.map((a) => ({ ...a, facts: { ...index.withoutFigures(before.facts), ...a.facts } })),
          facts: Object.fromEntries(Object.entries(before.facts).filter(([f]) => !figureFacts.has(f) && !kindOfOther.has(f))),
          parties: kindOfOther.size > 0 ? { ...before.parties, self: [] } : before.parties,
          amounts: [], pending: null, missing: [], supposed: {}, yearBefore: null, lastTotal: null,
        }
      : before;
}

/** How many characters of an item's own title, at its end, name what it is (支持 of 资金支持, 奖励 of 绩效奖励). */
export const HEAD_NOUN = 2;

/** What a title says past the start it shares with another's, its bracketed qualifier left out (绩效奖励 of 概念验证中心绩效奖励（优秀） beside 概念验证中心资金支持). */
export function ownNoun(title: string, other: string): string {
  let i = 0;
  while (i < title.length && title[i] === other[i]) i++;
  return title.slice(i).replace(/（.*?）/g, '');
}

/**
 * 改一下，C是省里奖了54万，另外A那20万核实是区级奖励不是省级的，合计改成多少 after A's, B's and C's: each letter's stretch
 * taken as a message of its own about that one, with the whole message's question — when each is taken in full. Then
 * the message's figures and facts are theirs, not the case's. (Like asOfApplicant, this changes the reading.)
 */
function byLetter(kb: KnowledgeBase, index: ItemIndex, before: SessionState, reading: Reading): SessionState | undefined {
  if (!reading.byLetter) return undefined;
  const asked = reading.intents.filter((i) => i === 'total' || i === 'correction');
  let state = before;
  for (const part of reading.byLetter) {
    const r: Reading = { ...part, intents: [...new Set([...part.intents, ...asked])], facts: { ...part.facts }, amounts: [...part.amounts] };
    const next = asOfApplicant(kb, index, state, r);
    // (Facts left said as they already held — C是省里奖了 — are taken too.)
    const held = (f: string) => index.partyFact(f) || state.facts[f] === r.facts[f];
    if (next === state || r.amounts.length > 0 || !Object.keys(r.facts).every(held)) return undefined;
    state = next;
  }
  const said = new Set(reading.byLetter.flatMap((r) => [...Object.keys(r.facts), ...r.amounts.map((a) => a.fact)]));
  for (const f of said) delete reading.facts[f];
  reading.amounts = [];
  delete reading.applicant;
  delete reading.splitFacts;
  return state;
}

/** Decides a turn: the next state and the parts of the answer. */
export function decide(kb: KnowledgeBase, index: ItemIndex, before: SessionState, reading: Reading, search: SearchSummary | null): Decision {
  // 合同的企业有一家在安徽 from a research institute: a kind placed elsewhere, not said in the first person and not the
  // asker's kind, is the other party, not the asker. (Like asOfApplicant, this changes the reading: a debt noted.)
  const placedOther = [...reading.self, ...reading.counterparties].find((p) => !before.parties.self.includes(p));
  if (reading.askerOutside && reading.speaker === null && placedOther && before.parties.self.length > 0 && reading.self.every((p) => !before.parties.self.includes(p))) {
    const other = placedOther;
    for (const f of Object.keys(kb.vocabulary.parties[other]?.asSelf ?? {})) delete reading.facts[f];
    reading.partnerOutside = { place: reading.askerOutside, party: other };
    delete reading.askerOutside;
    reading.self = [];
  }
  const asked = byLetter(kb, index, before, reading) ?? asOfApplicant(kb, index, before, reading);
  // 那要是区级比赛获奖的呢 → 不符合, then 如果我是第三完成人呢: the what-if that failed is not where the asker is; what was
  // said before it is (unless this message says the fact again, or corrects it) — for every handler, which read the turn
  // before from prev.
  // (今天刚签了一个150万的 after 如果是2028年9月签的合同呢: a new deal's figure is of a deal of its own; neither the date
  // supposed of the earlier one nor the one said before it is this deal's.)
  const newDeal = reading.amounts.some((a) => !a.past) && (reading.another === true || kb.vocabulary.grammar.newDeal.some((w) => reading.text.includes(w)));
  const back = reading.intents.includes('correction') ? [] : Object.entries(asked.supposed).filter(([f]) => reading.facts[f] === undefined && !(reading.unsettled ?? []).includes(f));
  const factsBack = { ...asked.facts };
  for (const [f, value] of back) {
    if (newDeal && index.dateFact(f)) delete factsBack[f];
    else factsBack[f] = value;
  }
  const prev = back.length > 0 ? { ...asked, facts: factsBack } : asked;
  const ctx: Ctx = { kb, index, reading, search, needsSearch: false, prev, next: cloneSession(prev), parts: [], continues: false };
  if (reading.applicant !== undefined) ctx.next.applicant = reading.applicant;
  if (reading.letterNames) ctx.next.letterNames = { ...reading.letterNames };
  // 那我们作为技术提供方…, then 地铁公司那边这个项目投入800万，最多能拿多少: a condition the asker failed is the asker's,
  // not the other party's asked about with a figure of its own; it is left open for that party, and back next turn.
  // (那甲方那个国企去申请的话最多能拿多少: the other party pointed at, asked with no figure of its own, is asked of the same case.)
  const othersTurn = reading.askedPointed === true && reading.asked.length > 0 && reading.self.length === 0;
  const topicConditions = othersTurn ? new Set(index.conditionFacts(prev.focus.benefits)) : new Set<string>();
  const asidePut = othersTurn ? Object.entries(ctx.next.facts).filter(([f, value]) => value === false && reading.facts[f] === undefined && topicConditions.has(f) && !index.partyFact(f)) : [];
  for (const [f] of asidePut) delete ctx.next.facts[f];
  for (const [, handler] of handlers) if (handler(ctx) === 'stop') break;
  // (假设比例是20%，投入500万能拿多少: the share supposed goes with whatever the turn works out.)
  const supposing = ctx.parts.find((p): p is Extract<Part, { kind: 'compute' }> => p.kind === 'compute');
  // (有个中试平台认定时已经拿了区里300万: another policy's figure is weighed against the items it was said of, not the
  // excellence reward or another platform asked next.)
  if (COMBINATION_FACTS.some((f) => reading.facts[f] !== undefined)) ctx.next.otherPolicyOf = [...(supposing?.benefits ?? ctx.next.focus.benefits)];
  if (supposing && prev.lastTotal !== null) {
    supposing.totalBefore = true;
    if (prev.lastResults.length > 0) supposing.lastResults = prev.lastResults.map((x) => ({ ...x }));
  }
  // (这个跟企业用创新券的联动奖补比，哪个上限高: what the last turn came to, to weigh this one against.)
  else if (supposing && reading.difference === true && prev.lastResults.length > 0) supposing.lastResults = prev.lastResults.map((x) => ({ ...x }));
  // (其中两个项目每项只核定30万，其余按最高给，一共多少: the item paid per item worked out on the sums granted.)
  const perItemId = reading.grantedEach ? supposing?.benefits.find((id) => index.benefits.get(id)?.benefit.perItem) : undefined;
  if (perItemId !== undefined) ctx.parts.push({ kind: 'grantedEach', benefit: perItemId, fen: yuanStringToFen(reading.grantedEach!.yuan)!, ...(reading.grantedEach!.count !== undefined ? { count: reading.grantedEach!.count } : {}) });
  if (supposing && ctx.assumedRates) {
    supposing.assumedRates = ctx.assumedRates;
    ctx.next.supposedRates = { ...prev.supposedRates, ...ctx.assumedRates };
  }
  // 其中省级拿了60万的那家，区里已经就同一事项给了30万 after five units' own figures: another policy's sum said of the one
  // pointed at by its figure is that one's alone, not every unit's.
  const ownFigures = ctx.next.amounts.filter((a) => a.own);
  // (第三家同时还申请了区里的同类开放共享补贴80万: or by its place among them.)
  const byPlace = reading.ordinal !== undefined && reading.ordinal <= ownFigures.length && reading.applicant === undefined ? [ownFigures[reading.ordinal - 1]!] : [];
  const pointedOwn = reading.refersTo?.length === 1 && ownFigures.length > 1 ? ownFigures.filter((a) => a.yuan === reading.refersTo![0]) : ownFigures.length > 1 ? byPlace : [];
  // (Which item the other policy's sum is weighed against, otherPolicyBenefit, stays the session's: it names no applicant.)
  const otherPolicy = COMBINATION_FACTS.filter((f) => ctx.next.facts[f] !== undefined && reading.facts[f] !== undefined);
  if (pointedOwn.length === 1 && otherPolicy.length > 0) {
    const moved = Object.fromEntries(otherPolicy.map((f) => [f, ctx.next.facts[f]!]));
    for (const f of otherPolicy) delete ctx.next.facts[f];
    ctx.next.amounts = ctx.next.amounts.filter((a) => !otherPolicy.includes(a.fact)).map((a) => (a === pointedOwn[0] ? { ...a, facts: { ...a.facts, ...moved } } : a));
  }
  // (Y企业其中一项同时拿了区里的同类奖励60万，这项市里还给吗 after X's, Y's and Z's landed projects: another policy's sum said
  // of one project of a lettered applicant's count is weighed against that project's own most, not the applicant's whole
  // sum nor everyone's; the higher is had, so a project the other policy pays more for leaves the count.)
  const lettered = reading.applicant !== undefined && pointedOwn.length === 0 && reading.facts.otherPolicyAmountYuan !== undefined && ctx.kb.vocabulary.grammar.oneItem.some((w) => reading.text.includes(w)) ? ctx.next.counted.findIndex((c) => c.label === reading.applicant) : -1;
  const perItem = lettered >= 0 ? [...index.benefits.values()].find(({ benefit }) => benefit.perItem?.fact === ctx.next.counted[lettered]!.fact && ctx.next.focus.benefits.includes(benefit.id))?.benefit.perItem : undefined;
  if (perItem && supposing) {
    const entry = ctx.next.counted[lettered]!;
    const other = reading.facts.otherPolicyAmountYuan as string;
    const higher = yuanStringToFen(other)! > yuanToFen(perItem.capYuan);
    for (const f of COMBINATION_FACTS) if (reading.facts[f] !== undefined) delete ctx.next.facts[f];
    ctx.next.amounts = ctx.next.amounts.filter((a) => !COMBINATION_FACTS.includes(a.fact));
    const count = higher ? entry.value - 1 : entry.value;
    ctx.next.counted = ctx.next.counted.map((c, i) => (i === lettered ? { ...c, value: count } : c));
    ctx.parts.splice(ctx.parts.indexOf(supposing), 0, { kind: 'projectElsewhere', label: entry.label, other, each: String(perItem.capYuan), count, higher });
  }
  // (更正：第一家的实际投入是350万元 after 如果申报指南定的比例是10%: the share supposed of the topic's items still holds.)
  const stillSupposed = supposing && !ctx.assumedRates ? Object.entries(prev.supposedRates).filter(([id]) => supposing.benefits.includes(id) && prev.focus.benefits.includes(id)) : [];
  if (supposing && stillSupposed.length > 0) supposing.assumedRates = Object.fromEntries(stillSupposed);
  // (Said where the answer works the facts out again, and only of those still in it.)
  const restored = Object.fromEntries(back.filter(([f, before]) => ctx.next.facts[f] === before));
  const computing = ctx.parts.findIndex((p) => p.kind === 'compute');
  // (另外…揭榜类项目…按二等奖那个情况算，两项加起来 after 要是…三等奖呢: a total over the topic's item and one added, with
  // what was said before the what-if back, works that item out again on it — not at what the what-if came to.)
  const saidAgain = Object.entries(before.supposed).filter(([f, value]) => ctx.next.facts[f] === value).map(([f]) => f);
  // (Only beside one item named, and of an item whose figure the turn still holds: not 还是按二等奖算…揭榜类项目和中试平台，
  // 这两项加起来, nor 按高校那个情况算 after a contract whose figure the new topic let go.)
  const heldBase = (id: string) => { const base = index.baseFact(id); return !base || ctx.next.facts[base] !== undefined; };
  const again = computing >= 0 && has(ctx, 'total') && reading.both === true && reading.items.length <= 1 ? before.focus.benefits.filter((id) => heldBase(id) && index.conditionFacts([id]).some((f) => saidAgain.includes(f))) : [];
  const recomputed = ctx.parts[computing];
  if (recomputed?.kind === 'compute' && again.length > 0) recomputed.benefits = [...again.filter((id) => !recomputed.benefits.includes(id)), ...recomputed.benefits];
  if (computing >= 0 && Object.keys(restored).length > 0) ctx.parts.splice(computing, 0, { kind: 'backToSaid', facts: restored });
  // 另一位是一千五百万，两个人加起来 / 明年这家企业又落地了5个，两年加起来: one more of the same, its sum added to the last.
  const computes = ctx.parts.find((p): p is Extract<Part, { kind: 'compute' }> => p.kind === 'compute');
  const another = reading.another === true;
  // 总共加起来最多多少 after 建设经费 then 建完以后还有没有: a total asked naming nothing, when the topic narrowed to one of
  // the items of its measure discussed just before, is of them all (1000万 + 500万).
  if (computes && has(ctx, 'total') && !another && reading.items.length + reading.measures.length + reading.amounts.length === 0 && Object.keys(reading.facts).every((f) => index.partyFact(f))) {
    const measures = new Set(computes.benefits.map((id) => index.item(id)?.measure));
    const discussed = prev.earlier.filter((id) => index.benefits.has(id) && measures.has(index.item(id)?.measure) && !computes.benefits.includes(id));
    if (discussed.length > 0 && prev.earlier.some((id) => computes.benefits.includes(id))) {
      computes.benefits = [...discussed, ...computes.benefits];
      ctx.next.focus = { ...ctx.next.focus, benefits: computes.benefits };
    }
  }
  // (如果它明年又落地15个项目，两年“沿途下蛋”这项奖励合计 after the firm's award, then an open call: an item named again
  // adds to what it came to in the turn before the one in between, not to the other item.)
  const namedAgain = reading.items.length > 0 && reading.items.every((id) => computes?.benefits.includes(id)) && !prev.lastResults.some((x) => reading.items.includes(x.benefit));
  const earlierSame = [...prev.lastResults, ...(namedAgain ? prev.resultsBefore : [])].filter((x) => computes?.benefits.includes(x.benefit));
  // (另一家企业…创新券3.6万，补多少？两家合计多少 after one's sharing reward: the two turns' items, whatever they are.)
  const earlierAny = earlierSame.length > 0 ? earlierSame : prev.lastResults;
  // (乙公司今年又和另一所高校签了一个100万的合同，乙一共最多能拿多少 after 乙's 400万: the earlier figure is kept beside the
  // new one and summed into it, so the last turn's result is already in this one.)
  const earlierInside = ctx.next.amounts.length > 1 && ctx.next.amounts.some((a) => prev.amounts.some((p) => p.fact === a.fact && p.yuan === a.yuan));
  // (另外企业B还…用了15万元创新券，这部分能拿多少？三家所有奖补合计多少 after three units' sharing rewards: another item
  // added, with a total asked, is summed with what the last turn came to.)
  // (Not a what-if in place of it: 如果是生态型的平台呢…一共最多多少 is that one's own total.)
  const addedItem = has(ctx, 'also') && !has(ctx, 'followUp') && before.amounts.some((a) => a.own) && earlierSame.length === 0 && prev.lastResults.length > 0 && !reading.both;
  // (如果明年在省平台上用了15万…两年加起来 after this year's 8万; 要是2027年只促成了800万呢？两年一共 after 2026年's and
  // 2027年's: a figure of one year, with a total asked, is added to the other years' sums of the same items, the year it
  // is of left out.)
  // (Only where the years kept and this one are the years asked — 三年一共 after 2026 and 2027 — and each was worked out on
  // its figure, not a ceiling alone: a support given once, counted each year, is no year's sum.)
  // (2027和2028两年一共 after 2026, 2027 and 2028: the years named; 两年一共: the latest of them with this one; 四年一共
  // with three known: those known, each said.)
  const year = reading.figureYear;
  const measuresComputed = new Set(computes?.benefits.map((id) => index.item(id)?.measure));
  const keptAll = year !== undefined && computes ? prev.yearResults.filter((x) => measuresComputed.has(index.item(x.benefit)?.measure) && x.year !== year) : [];
  const known = [...new Set(keptAll.map((x) => x.year!))].sort();
  const digits = known.length > 0 ? normalizeDigits(reading.text) : '';
  const namedYears = known.filter((y) => digits.includes(y));
  const chosen = namedYears.length > 0 ? namedYears : reading.yearCount !== undefined && known.length >= reading.yearCount ? known.slice(-(reading.yearCount - 1)) : known;
  const kept = keptAll.filter((x) => chosen.includes(x.year!));
  const otherYears = kept.length > 0 && reading.yearCount !== undefined && reading.yearCount > 1 && !another ? kept : [];
  // (Not a total only of the figures each said — 另一家企业签了两份合同…各200万，最多补多少 — with none asked of the two.)
  // (Nor one over several applicants' own figures said now, 另一家 one of them, after another measure's item:
  // 另外区里一家企业…8万元，另一家用了12万元…两家…合计多少 after a manager's reward. After the same measure's — the vouchers
  // of three firms, then two units' sharing rewards — the bureau's running total goes on.)
  const ownManyApart = () => totalOfOwnFigures(ctx.kb, index, reading) && earlierAny.every((x) => !measuresComputed.has(index.item(x.benefit)?.measure));
  // (高校按第七条又能拿多少？三方加起来多少 after the firm's and the manager's: a total counting the parties of the last
  // turn's items and this one's together adds this one to what they came to, each for its own party.)
  const countedWithLast = has(ctx, 'total') && earlierSame.length === 0 && findCounts(reading.text).some((c) => computes !== undefined && c.counter === PARTY_COUNTER && c.count === prev.lastResults.length + computes.benefits.length && c.count > computes.benefits.length);
  if (computes && has(ctx, 'total') && otherYears.length > 0 && !earlierInside) ctx.parts.push({ kind: 'plusEarlier', results: otherYears, year });
  // (今年用了8万明年又用了7万 一共 after 用了6万呢: figures of several years said now, with a total asked, are their own total.)
  else if (computes && has(ctx, 'total') && (another || addedItem || countedWithLast) && earlierAny.length > 0 && !ownManyApart() && (reading.yearsOfFigures?.length ?? 0) < 2 && (!earlierInside || countedWithLast) && phraseFinds(ctx.kb, 'total', reading.text).length > 0) ctx.parts.push({ kind: 'plusEarlier', results: earlierAny });
  // A…4个，B…11个，C…2个: lettered counts are kept while their item is the topic and no count of it is said anew
  // (A说其中一个项目… is of the same case).
  const countsRead = reading.instances?.filter((i): i is typeof i & { value: number } => typeof i.value === 'number') ?? [];
  // (B企业…13项里有5项其实是去年落地的 after A、B、C: the lettered counts stay, B's this year's part in place of its whole;
  // 乙企业其中3个项目其实是去年落地的 takes the part from 乙's count kept.)
  const apart = reading.yearsApart;
  const letter = apart?.applicant !== undefined ? prev.counted.find((c) => c.label === apart.applicant) : undefined;
  const current = apart?.current ?? (letter && letter.value > apart!.part ? letter.value - apart!.part : undefined);
  if (apart) {
    if (current !== undefined) ctx.parts.push({ kind: 'countYearBefore', part: apart.part, rest: current, word: apart.word, offset: apart.offset });
    ctx.next.counted = letter && current !== undefined ? prev.counted.map((c) => (c === letter ? { ...c, value: current } : { ...c })) : [];
  } else if (countsRead.length > 1 && countsRead.length === reading.instances!.length) ctx.next.counted = countsRead.map((c) => ({ label: c.label, fact: c.fact, value: c.value, ...(c.facts ? { facts: { ...c.facts } } : {}) }));
  else if (ctx.next.counted.length > 0 && (reading.facts[ctx.next.counted[0]!.fact] !== undefined || !ctx.next.focus.benefits.some((id) => index.countFact(id) === ctx.next.counted[0]!.fact))) ctx.next.counted = [];
  // The total asked, for a later 同样情况呢.
  // (按这个政策最多能拿多少 of several items is answered with their sum too.)
  // (Not 能申请那个最高100万的奖励吗: a ceiling quoted names an item; no sum was asked.)
  // (So is 5个揭榜类项目最多能支持多少, one item summed over its count: 再加上3个任务型…总共 adds to those 5.)
  const [only, ...more] = ctx.next.focus.benefits;
  const summed = has(ctx, 'maximum') && !has(ctx, 'each') && (more.length > 0 ? (reading.quoted ?? []).length === 0 : only !== undefined && (reading.itemCounts?.[only] ?? 0) > 1);
  // (如果是概念验证中心，同样的情况呢 after 今年认定，明年绩效优秀，两年加起来: the rewards' later start is the same case too.)
  const topicIds = ctx.next.focus.benefits.flatMap((id) => [id, ...index.siblings(id).map((x) => x.id)]);
  const later = index.yearlyLater(reading.text, topicIds) ?? (reading.sameCase ? prev.lastTotal?.later : undefined);
  // (生态型的那个接续支持什么时候给 between a total and 如果改成3个任务型，生态型不变呢: a question of some of its items,
  // with no figure or count of its own, keeps the total for the next message.)
  const totalKept = prev.lastTotal !== null && reading.amounts.length === 0 && !reading.itemCounts && Object.keys(reading.facts).length === 0 && ctx.next.focus.benefits.length > 0 && ctx.next.focus.benefits.every((id) => prev.focus.benefits.includes(id)) && ctx.next.focus.benefits.length < prev.focus.benefits.length;
  ctx.next.lastTotal = has(ctx, 'total') || summed ? { ...(reading.yearCount !== undefined ? { years: reading.yearCount } : {}), ...(reading.itemCounts ? { counts: { ...reading.itemCounts } } : {}), ...(later !== undefined && later > 0 ? { later } : {}) } : totalKept ? prev.lastTotal : null;
  ctx.next.listedByCap = ctx.parts.some((p) => p.kind === 'byCap');
  // (其中哪些是按比例算的 between: a list of the document's items keeps the kind listed before.)
  const listedAgain = ctx.parts.length > 0 && ctx.parts.every((p) => p.kind === 'document' && LISTS.has(p.topic));
  ctx.next.listedParty = ctx.parts.flatMap((p) => (p.kind === 'vague' && p.party ? [p.party] : []))[0] ?? (listedAgain ? prev.listedParty : null);
  ctx.next.departmentAsked = ctx.parts.flatMap((p) => (p.kind === 'department' && p.of ? [p.department] : []))[0] ?? null;
  ctx.next.measureDepartmentsAsked = ctx.parts.some((p) => p.kind === 'measureDepartments');
  // (第十二条科创金融呢？区政府有没有责任 → 没有。第12条由…: a department asked of measures says their lists too.)
  const measuresSaid = ctx.parts.flatMap((p) => (p.kind === 'measure' || p.kind === 'measureDepartments' ? [p.measure] : p.kind === 'department' && p.of ? p.of : []));
  ctx.next.measuresSaid = measuresSaid.length > 0 ? [...prev.measuresSaid.filter((m) => !measuresSaid.includes(m)), ...new Set(measuresSaid)] : [...prev.measuresSaid];
  // 市里按第六条可以补60万，区里…80万, then 如果区里只能补40万呢: this policy's sum as worked out stays while only the other
  // policy's changes and the topic's own figure is not given.
  const weighing = COMBINATION_FACTS.some((f) => reading.facts[f] !== undefined);
  const topicFigure = ctx.next.focus.benefits.some((id) => ctx.next.facts[index.baseFact(id) ?? ''] !== undefined);
  // (企业问能不能两边都拿，合计130万: asking the rule of the two sums weighed keeps them.)
  const askedOfWeighed = !weighing && !topicFigure && has(ctx, 'combination') && reading.amounts.length === 0;
  // (如果第二位的成交额核减到2300万呢，合计多少，预算够吗: the budget said before, asked of again.)
  ctx.next.budget = reading.budget ?? prev.budget;
  ctx.next.weighedSum = askedOfWeighed ? prev.weighedSum : !weighing || topicFigure ? null : reading.quoted?.length === 1 ? reading.quoted[0]! : (reading.quoted?.length ?? 0) === 0 && ctx.continues ? prev.weighedSum : null;
  // 我们医院能用这个政策吗, then 我们想把一项专利许可给一家小微企业: who the asker is stays, whatever the turn answered.
  if (reading.self.length > 0 && ctx.next.parties.self.length === 0) {
    ctx.next.parties.self = reading.self;
    for (const p of reading.self) for (const [f, value] of Object.entries(kb.vocabulary.parties[p]?.asSelf ?? {})) ctx.next.facts[f] ??= value;
  }
  // (Set after the computation, when a condition fails on a fact this turn supposed.)
  ctx.next.supposed = Object.fromEntries(asidePut);
  if (reading.elsewhereToo && !ctx.needsSearch && !ctx.parts.some((p) => p.kind === 'outOfScope')) ctx.parts.push({ kind: 'elsewhereToo', place: reading.elsewhereToo });
  if (reading.outsideToo && !ctx.parts.some((p) => p.kind === 'outOfScope' || p.kind === 'otherProgramme')) ctx.parts.push({ kind: 'otherProgrammeToo', name: reading.outsideToo });
  return { state: ctx.next, parts: ctx.parts, needsSearch: ctx.needsSearch };
}

/**
 * 新增的成交额就是这400万 then 要是合同只有200万: the facts a what-if moves with the figure it changes — those the
 * vocabulary ties to it (movesWith) that the case had at the same figure and the message says nothing of.
 */
function movedWith(ctx: Ctx): StatedFacts {
  const r = ctx.reading;
  const out: StatedFacts = {};
  if (!has(ctx, 'followUp', 'correction')) return out;
  for (const [fact, v] of Object.entries(ctx.kb.vocabulary.facts)) {
    if (r.facts[fact] !== undefined || ctx.prev.facts[fact] === undefined) continue;
    const moved = v.movesWith.find((f) => r.facts[f] !== undefined && ctx.prev.facts[f] === ctx.prev.facts[fact] && r.facts[f] !== ctx.prev.facts[f]);
    if (moved) out[fact] = r.facts[moved]!;
  }
  return out;
}

/** A message's length without spaces and punctuation (认定之后每年还有钱吗，还是一次性的？ is 16). */
export const bareLength = (text: string) => text.replace(/[\s\p{P}]/gu, '').length;

/** Whose benefits the message is about: the parties asked about, else the asker, else the usual asker. */
function perspectiveOf(ctx: Ctx): string[] {
  const r = ctx.reading;
  // 我们…能拿多少？促成这单的技术经理人能拿多少？: two questions, the asker's own and another party's: both.
  // (Not …他个人能拿多少？如果合同是3000万呢？: the second question is another case of the first, asked of the same party —
  // unless that asks of each, 我们学校和他各能拿多少？如果合同是3000万呢.)
  if (r.asked.length > 0) return (r.questions ?? 0) > 1 && r.speaker && (!r.alternatives || r.intents.includes('each')) ? [...new Set([...r.asked, ...askerOf(ctx)])] : r.asked;
  return askerOf(ctx);
}

/** Who asks, as said or as the conversation knows it, else the usual asker unless that is the other party. */
function askerOf(ctx: Ctx): string[] {
  const r = ctx.reading;
  if (r.self.length > 0) return r.self;
  if (ctx.prev.parties.self.length > 0) return ctx.prev.parties.self;
  // The other party named is not the one asking (我们和一家企业签了合同 is not the enterprise's question).
  const usual = ctx.kb.vocabulary.defaultAsker;
  return r.counterparties.includes(usual) ? [] : [usual];
}

/**
 * The earlier items a total of 这几项 counts: each one the same applicant came to a sum of and may have itself — not one
 * given up for another (如果改成中试平台呢 starts another case), nor one the asker failed, nor another party's.
 */
function ownEarlier({ prev, index, kb }: Ctx): string[] {
  const hadSums = new Set((prev.applicantResults.at(-1)?.results ?? []).filter((x) => yuanStringToFen(x.yuan)! > 0n).map((x) => x.benefit));
  const beneficiary = (id: string) => index.benefits.get(id)?.benefit.beneficiary ?? '';
  // (An item no kind of party is served by — a platform's — is whoever runs it, the asker too.)
  const anyones = (id: string) => !Object.values(kb.vocabulary.parties).some((p) => p.serves.includes(beneficiary(id)));
  const asker = prev.parties.self;
  const itsOwn = (id: string) => asker.length === 0 || anyones(id) || asker.some((p) => index.partyServes(p, id) || (kb.vocabulary.parties[p]?.sumsWith ?? []).includes(beneficiary(id)));
  return prev.earlier.filter((id) => hadSums.has(id) && itsOwn(id));
}

function perspectiveServes(ctx: Ctx, perspective: string[], benefitId: string): boolean {
  if (perspective.length === 0) return true;
  const beneficiary = ctx.index.benefits.get(benefitId)?.benefit.beneficiary;
  return perspective.some((p) => ctx.kb.vocabulary.parties[p]?.serves.includes(beneficiary ?? ''));
}

function measuresOf(index: ItemIndex, ids: string[]): number[] {
  return [...new Set(ids.map((id) => index.benefits.get(id)?.measure ?? index.provisions.get(id)?.measure).filter((m): m is number => m !== undefined))];
}

function sameTopic(s: SessionState, benefits: string[], checks: string[]): boolean {
  return s.focus.benefits.join() === benefits.join() && s.focus.checks.join() === checks.join();
}

export type { StatedFacts };
