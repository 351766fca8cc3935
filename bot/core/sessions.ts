/**
 * The state a conversation keeps between turns, with its zod schema: a stored
 * state of another shape (an older version, a damaged row) is dropped, never
 * trusted.
 */
import { z } from 'zod';

const factValue = z.union([z.string(), z.number(), z.boolean()]);

/** What an item of a turn came to, in yuan, with the calendar year the turn's message said (2026年…8个项目). */
const turnResult = z.object({ benefit: z.string(), yuan: z.string(), year: z.string().optional(), /** The turn spoke of another applicant (另一个是600万). */ another: z.literal(true).optional(), /** Only the item's ceiling is known (最高100万, 一定比例). */ capOnly: z.literal(true).optional() }).strict();

/** One figure said, with the party named beside it. */
const statedAmount = z
  .object({
    fact: z.string(),
    yuan: z.string(),
    raw: z.string(),
    party: z.string().nullable(),
    past: z.boolean(),
    approximate: z.literal(true).optional(),
    own: z.literal(true).optional(),
    /** Facts said of this one alone (如果第二家是在别的平台上用的呢): over the conversation's, for it only. */
    facts: z.record(factValue).optional(),
    /** The letter naming whose own figure it is among several (乙企业用了12万). */
    label: z.string().optional(),
    /** Read as the yearly amount from a figure not said to be one (企业那边签了50万). */
    assumed: z.literal(true).optional(),
    /** Last year's total its figure is the increase over (X大学去年4000万、今年7000万), in yuan. */
    over: z.string().optional(),
    /** Said only to have fallen below last year's (丙医院今年比去年反而少了300万): no increase. */
    fell: z.literal(true).optional(),
  })
  .strict();

/** One of several lettered applicants' counts (A落地转化了4个，B落地了11个), with what was said of it alone. */
const countedApplicant = z.object({ label: z.string(), fact: z.string(), value: z.number().int(), facts: z.record(factValue).optional() }).strict();

export const sessionStateSchema = z
  .object({
    /** The facts of the current topic (amounts as decimal yuan strings). */
    facts: z.record(factValue),
    /** Every amount of the topic with the party named beside it (two contracts with two universities). */
    amounts: z.array(statedAmount),
    /** Who the asker is and who the other party is, as party ids of the vocabulary. */
    parties: z.object({ self: z.array(z.string()), counterparties: z.array(z.string()), asked: z.array(z.string()) }).strict(),
    /** What the conversation is about: benefits computed, checks run, items described (no amount), their measures. */
    focus: z.object({ benefits: z.array(z.string()), checks: z.array(z.string()), described: z.array(z.string()), measures: z.array(z.number().int()) }).strict(),
    /** The fact the assistant asked for last, filled by a bare answer. */
    pending: z.string().nullable(),
    /** Facts the user said they do not know: not asked again. */
    skipped: z.array(z.string()),
    /** Facts the focus still needed after the last turn. */
    missing: z.array(z.string()),
    /** Remarks said once in a conversation (the validity period, the application guide). */
    said: z.array(z.string()),
    /** Last year's total of a yearly amount given beside this year's (去年5000万，今年8000万): a new figure for this year is compared with it again. */
    yearBefore: z.object({ fact: z.string(), yuan: z.string(), /** This year's total beside it. */ current: z.string().optional(), /** The year of that total, where the asker named it (2025). */ year: z.string().optional() }).strict().nullable().default(null),
    /** The benefits of the topic before the current one (中试平台, then 概念验证中心呢, then 两个都能拿吗). */
    earlier: z.array(z.string()).default([]),
    /** The last question asked for a total, and the years it counted (三年加起来总共多少): 同样情况呢 asks it again. */
    lastTotal: z.object({
      years: z.number().int().positive().optional(),
      /** How many of each item it counted (2家概念验证中心). */
      counts: z.record(z.string(), z.number().int().positive()).optional(),
      /** How many years after the support given once the yearly rewards began (今年认定，明年绩效优秀: 1). */
      later: z.number().int().positive().optional(),
    }).strict().nullable().default(null),
    /** What the last turn's items came to, in yuan (另一位是一千五百万，两个人加起来 adds the next one to them). */
    lastResults: z.array(turnResult).default([]),
    /** The topic's items' sums, each of the year its figure was of, kept over turns (2026年 30万, then 2027年 50万): 三年一共 adds them. */
    yearResults: z.array(turnResult).default([]),
    /** What the turn before the last came to (一家企业…创新券 then 另一家…绩效奖励 then 这两家一共): two turns summed. */
    resultsBefore: z.array(turnResult).default([]),
    /** The last answer listed the items by their ceiling (写“最高1000万”的有哪几条): 那写“最高500万”的呢 asks the same of another. */
    listedByCap: z.boolean().default(false),
    /** The kind of party whose items the last answer listed (企业能拿哪些补贴): 那高校呢 asks the same of another kind. */
    listedParty: z.string().nullable().default(null),
    /** A digest of the last answer and of the message it answered: a new question is not given the same answer again. */
    lastAnswer: z.object({ answer: z.string(), message: z.string() }).strict().nullable().default(null),
    /** Facts a what-if of the last turn changed and a condition then failed on (要是区里的比赛获奖呢), with their values before: the next turn goes back to them. */
    supposed: z.record(factValue).default({}),
    /** The letter naming the applicant the figures are of (企业A), where one was named: another (企业B) starts its own. */
    applicant: z.string().nullable().default(null),
    /** The other lettered applicants' figures while one of them is the case (B企业…两份加起来, then A企业那份合同…). */
    setAside: z.array(statedAmount).default([]),
    /** Letters the conversation gave the names of items (甲是经认定的概念验证中心，乙是…中试服务平台): 甲说… is that item. */
    letterNames: z.record(z.string()).default({}),
    /** Several lettered applicants' counts of the topic (A…4个，B…11个，C…2个): a later message about one of them (A说其中一个项目…) is of the same case. */
    counted: z.array(countedApplicant).default([]),
    /** The applicants the last turns worked out one by one (A公司…, then B公司…, then C公司…), each with its letter or name where one was said and what its items came to (0 where it is not eligible): 这三家合计 sums them. */
    applicantResults: z.array(z.object({ label: z.string().optional(), /** Said to be another applicant (另一家, 第三家). */ another: z.literal(true).optional(), results: z.array(turnResult), /** The facts its turn was worked out on: a later turn naming it again (更正一下，B公司…) goes on from them. */ facts: z.record(factValue).optional() }).strict()).default([]),
    /** This policy's sum for the topic as the asker worked it out (市里按第六条可以补60万), weighed against another policy's: a new sum of the other (如果区里只能补40万呢) is weighed against it again. */
    weighedSum: z.string().nullable().default(null),
    /** A budget said with whether it is enough (这块预算只有100万，够不够), in yuan: 预算够吗 later weighs the new total against it. */
    budget: z.string().nullable().default(null),
    /** The total the last answer said, in yuan (合计…最高可获 1500万元): 两者差多少 after another total weighs the two. */
    totalSaid: z.string().nullable().default(null),
    /** A department asked of measures named (第四条有没有要求区政府负责): 那第十二条呢 asks it of another. */
    departmentAsked: z.string().nullable().default(null),
    /** The last turn gave the departments of a measure (场景应用那条的责任单位有哪些): 不对，我问的是第八条 asks them of another. */
    measureDepartmentsAsked: z.boolean().default(false),
    /** The measures whose text or departments the last turns gave, latest last (第八条…, then 第十二条呢): 这两条都有的部门 asks of them. */
    measuresSaid: z.array(z.number().int()).default([]),
    /** A percentage supposed for items whose share the text leaves open (假设申报指南定的比例是10%), by item: a later turn on them (更正：第一家的实际投入是350万) works out on it again. */
    supposedRates: z.record(z.string()).default({}),
    /** Facts said of one item alone (中试服务平台绩效评价为良好 beside 概念验证中心…优秀), by item: that item is judged on them. */
    itemFacts: z.record(z.record(factValue)).default({}),
    /** The items another policy's sum, rate or ceiling was said of (中试平台…已经拿了区里300万): only those are weighed against it. */
    otherPolicyOf: z.array(z.string()).default([]),
  })
  .strict();

export type SessionState = z.infer<typeof sessionStateSchema>;

export function emptySession(): SessionState {
  return { facts: {}, amounts: [], parties: { self: [], counterparties: [], asked: [] }, focus: { benefits: [], checks: [], described: [], measures: [] }, pending: null, skipped: [], missing: [], said: [], yearBefore: null, earlier: [], lastTotal: null, lastResults: [], yearResults: [], resultsBefore: [], listedByCap: false, listedParty: null, lastAnswer: null, supposed: {}, applicant: null, setAside: [], letterNames: {}, counted: [], weighedSum: null, applicantResults: [], budget: null, totalSaid: null, departmentAsked: null, measureDepartmentsAsked: false, measuresSaid: [], supposedRates: {}, itemFacts: {}, otherPolicyOf: [] };
}

/** A copy of one figure or count said, with its own facts copied too. */
export const withOwnFacts = <T extends { facts?: Record<string, unknown> }>(a: T): T => ({ ...a, ...(a.facts ? { facts: { ...a.facts } } : {}) });

/** A copy of a state that shares nothing with it (the state holds only strings, numbers, booleans and arrays of them). */
export function cloneSession(s: SessionState): SessionState {
  return {
    facts: { ...s.facts },
    amounts: s.amounts.map(withOwnFacts),
    parties: { self: [...s.parties.self], counterparties: [...s.parties.counterparties], asked: [...s.parties.asked] },
    focus: { benefits: [...s.focus.benefits], checks: [...s.focus.checks], described: [...s.focus.described], measures: [...s.focus.measures] },
    pending: s.pending,
    skipped: [...s.skipped],
    missing: [...s.missing],
    said: [...s.said],
    yearBefore: s.yearBefore && { ...s.yearBefore },
    earlier: [...s.earlier],
    lastTotal: s.lastTotal && { ...s.lastTotal, ...(s.lastTotal.counts ? { counts: { ...s.lastTotal.counts } } : {}) },
    lastResults: s.lastResults.map((r) => ({ ...r })),
    resultsBefore: s.resultsBefore.map((r) => ({ ...r })),
    yearResults: s.yearResults.map((r) => ({ ...r })),
    listedByCap: s.listedByCap,
    listedParty: s.listedParty,
    lastAnswer: s.lastAnswer && { ...s.lastAnswer },
    supposed: { ...s.supposed },
    applicant: s.applicant,
    setAside: s.setAside.map(withOwnFacts),
    letterNames: { ...s.letterNames },
    counted: s.counted.map(withOwnFacts),
    weighedSum: s.weighedSum,
    budget: s.budget,
    totalSaid: s.totalSaid,
    departmentAsked: s.departmentAsked,
    measureDepartmentsAsked: s.measureDepartmentsAsked,
    measuresSaid: [...s.measuresSaid],
    supposedRates: { ...s.supposedRates },
    otherPolicyOf: [...s.otherPolicyOf],
    itemFacts: Object.fromEntries(Object.entries(s.itemFacts).map(([id, facts]) => [id, { ...facts }])),
    applicantResults: s.applicantResults.map((a) => ({ ...a, results: a.results.map((r) => ({ ...r })), ...(a.facts ? { facts: { ...a.facts } } : {}) })),
  };
}

/** The stored state if it has the current shape, else undefined (a new conversation). */
export function parseSessionState(stored: unknown): SessionState | undefined {
  const r = sessionStateSchema.safeParse(stored);
  return r.success ? r.data : undefined;
}

/** Whether a state holds anything a later turn needs: an empty one is not stored. */
export function isEmptySession(s: SessionState): boolean {
  return s.focus.benefits.length === 0 && s.focus.checks.length === 0 && s.focus.described.length === 0 && s.focus.measures.length === 0 && s.pending === null && Object.keys(s.facts).length === 0 && s.said.length === 0 && !s.listedByCap && s.listedParty === null && s.departmentAsked === null && !s.measureDepartmentsAsked && s.parties.self.length === 0;
}
