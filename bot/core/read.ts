/**
 * Reading a message (no model): every intent, fact, party, item, measure,
 * department and place it states, as one typed value. The words come from
 * knowledge/vocabulary.yaml and the items' names in the measures; this file
 * holds only general machinery (figures, clauses, negation, who is speaking).
 */
import type { FactDef, IntentId, KnowledgeBase, Party } from '../../knowledge/index.ts';
import { fenToYuanString, yuanStringToFen, yuanToFen } from '../../eligibility/index.ts';
import { WAN_FEN, findAmounts, formatWan, findCounts, findDates, findMonths, findPercents, findUnitless, findYearCount, findYearTokens, findYears, normalizeAmountText, normalizeDigits, parseBareCount, type AmountMention } from './numbers.ts';
import { createTypoReader, type Correction } from './typos.ts';
import { CLAUSE_END, clauseAt, clauseIndex, contrasts, denies, endsClause, endsSentence, findWord, isAsked, isNegated, questionsBefore, relativeYearsIn, sentenceAt, sentenceSpans, sentencesOf, withoutWords, WordList, wordListUnlessLonger, wordsUnlessLonger, type Find } from './words.ts';

/** Raw fact values as the engine takes them (amounts as decimal yuan strings). */
export type StatedFacts = Record<string, string | number | boolean>;

export interface RefusedFigure {
  raw: string;
  reason: 'negative' | 'zero' | 'too_large' | 'currency';
}

/** One of several applicants: its label, the figure it is worked out on, and how many applicants it stands for. */
export interface Applicant {
  label: string;
  fact: string;
  value: number | string;
  weight?: number;
  /** The counter its weight was said with (10名×2000万: 名). */
  counter?: string;
  /** Facts said of this applicant alone (如果第二家是在别的平台上用的呢). */
  facts?: StatedFacts;
  /** The partner named beside its figure (C公司跟一家民营科技公司签了200万): that kind's facts are this one's. */
  party?: string | null;
  /** Its figure an increase over last year's that is none (去年500万、今年400万): nothing worked out, said so. */
  noIncrease?: true;
  /** The calendar year its figure is of, where each figure is one year's (2026年度 1500万). */
  year?: string;
}

/** One amount the message states, with the fact it was read as. */
export interface StatedAmount {
  fact: string;
  yuan: string;
  raw: string;
  /** The other party named in the same clause (two contracts with two universities). */
  party: string | null;
  /** Put in the past by its clause (去年签了200万). */
  past: boolean;
  /** Said as about that much (1200多万): computed on the round figure. */
  approximate?: true;
  /** One applicant's own figure among several applicants' (评了3个优秀技术经理人，分别1000万、2500万…): each worked out on its own. */
  own?: true;
  /** Facts said later of this one alone (如果第二家是在别的平台上用的呢). */
  facts?: StatedFacts;
  /** The letter naming whose own figure it is among several (乙企业用了12万): a later turn about 乙 finds it. */
  label?: string;
  /** A figure not said to be yearly read as the yearly amount (企业那边签了50万): an item worked out on it later says so. */
  assumed?: true;
  /**
   * Last year's total this one's figure is the increase over (X大学去年4000万、今年7000万): a later correction of this
   * year's (更正：Z医院今年是900万) is taken over it again. With no increase (今年400万 against 500万) the figure is 0.
   */
  over?: string;
  /** Said only to have fallen below last year's (丙医院今年比去年反而少了300万): no increase, its figure the fall. */
  fell?: true;
}

/** What a message states. */
export interface Reading {
  /** The message as read: typos corrected. */
  text: string;
  corrections: Correction[];
  intents: IntentId[];
  facts: StatedFacts;
  /** Every amount with its fact, in order. */
  amounts: StatedAmount[];
  /** Figure facts named without a figure (签了个技术合同, 能拿多少): the topic they are the base of, the amount still to ask. */
  mentioned: string[];
  /** Figures not used: negative, zero, implausible, another currency. */
  refused: RefusedFigure[];
  /** The kinds of party the asker is (我们公司 → enterprise; 我是江南大学的老师 → university and researcher). */
  self: string[];
  /** The kinds of the other party of a contract (和江南大学签的 → university). */
  counterparties: string[];
  /** The parties a question is about (学校能拿多少 → university), when it says so. */
  asked: string[];
  /** Benefits and provisions named (概念验证中心, 青年科学家). */
  items: string[];
  /** Measures named (第6条). */
  measures: number[];
  /** Measures named that the document does not have (第十三条): the answer says so. */
  absentMeasures?: number[];
  /** 这一条…和第三条…: a measure pointed at by a word standing alone (the topic's), beside measures named. */
  topicMeasurePointed?: true;
  /** An earlier figure referred to by its place (第二份 / 第二单 / 第一笔), 1-based. */
  ordinal?: number;
  /** 如果只算前两个合同呢: the first so many of the earlier figures (2 or more). */
  firstOf?: number;
  /** 前两项合计: the first so many items the message names, summed alone. */
  firstItems?: number;
  /** 在政策有效期内最多…: the years counted (yearCount) are the years the measures run. */
  validitySpan?: true;
  /** Earlier ones named by place together with the last one pointed at (第一家和获奖企业这家合计): the places, the last as 0. */
  places?: number[];
  /** A date the message asks about with no fact to hold it (2028年10月还能申请吗), as YYYY-MM-DD (a month: its first day). */
  dateAsked?: string;
  /** When what is applied for was done, as said (2028年上半年), beside a late application (appliedOn). */
  doneIn?: string;
  /** The date asked is a month's first day, the month said alone (今天是2026年12月). */
  monthAsked?: true;
  /** When one applies, said beside an event's date (2028年8月20日签的，9月份才去申报), as YYYY-MM or YYYY-MM-DD: the text says nothing of applying after the validity for what was done within it. */
  appliedOn?: string;
  /** A year alone asked about the validity, within it (明年还能申报吗 → 2027). */
  yearAsked?: number;
  /** 8月份签的技术合同: a month of an event with no year, each year it may be answered for. */
  undatedMonths?: { fact: string; month: number }[];
  /** 项目是2025年8月立项的: the date of an event of the case no fact names, weighed against the validity (YYYY-MM or YYYY-MM-DD). */
  eventDate?: string;
  /** 认定的钱 / 认定时的支持: the money given once, on recognition or construction, is said (grammar onceAsked). */
  onceSaid?: true;
  /** 合同签了500万，但实际只付了一半: the figure signed, halved for the amount actually transacted. */
  paidHalf?: { fact: string; signed: string };
  /** 那笔3000万里面有一份合同写的1800万，实际只付了900万: the whole said before, one part's figure signed and paid. */
  partPaid?: { fact: string; whole: string; signed: string; paid: string };
  /** 那些企业能不能也拿: many of the party asked about, each its own applicant (no one's total is theirs). */
  askedMany?: true;
  /** 那家初创公司能不能也申请这个: the party asked about is pointed at — another than the asker, though of its kind. */
  askedPointed?: true;
  /** 企业B的合同是跟上海交大签的: the letter naming the one applicant the message is about (a bureau checking several in turn). */
  applicant?: string;
  /** Several lettered applicants named together (X和Y合计): those of them the message is about. */
  applicants?: string[];
  /** 改一下，C是省里奖了54万，另外A那20万核实是区级奖励…: several letters, each opening its own stretch, each read apart. */
  byLetter?: Reading[];
  /** 那420万里有200万…另外220万: the figure said before that the message's figures are the parts of (they replace it, add nothing). */
  partsOf?: string;
  /** Facts said one way of one lettered applicant and the other way of another (甲认定…丙没通过认定): left open. */
  splitFacts?: { fact: string; met?: string[]; unmet?: string[] }[];
  /** C公司的11个里有1个…: a part of a count named as the whole it is in (no whole said: 乙企业其中3个). */
  countPart?: { whole?: number; part: number; /** 乙企业其中4项是2025年8月落地的: when the part was done, as said (YYYY-MM or YYYY-MM-DD). */ date?: string };
  /** 这13项里有5项其实是去年落地的: a count split over this year and one before, the instances each year's; this year's part. */
  yearsApart?: { applicant?: string; current?: number; part: number; word: string; offset: number };
  /** 甲是经认定的概念验证中心，乙是经认定的中试服务平台: letters given the names of items, for later messages. */
  letterNames?: Record<string, string>;
  /** 30万…如果省里给的是八十万呢: the instances are cases to weigh one against the other, not applicants to add up. */
  alternatives?: true;
  /** 一个应用单位同时有两个场景项目: the figures said are one applicant's several, not several applicants'. */
  oneApplicant?: true;
  /** 区里要承担哪些工作: what those responsible are to do is asked (the text gives no one's tasks). */
  tasksAsked?: true;
  /** 我在市科技局，…: every department named only says where the speaker works. */
  departmentsSpeak?: true;
  /** 第四条为什么没有我们, asked by no applicant's kind: why a unit is not among those responsible (the text gives no reason). */
  whyNotListed?: true;
  /** 已经立项的项目: support granted before the measures end is spoken of. */
  grantedBefore?: true;
  /** 政策到期了: the measures are said to have ended. */
  expired?: true;
  /** 合同写的500万但…实际只收到了200万: what the contract was written as, beside the amount actually transacted (in yuan). */
  writtenAs?: string[];
  /** 2个任务型创新联合体的联合攻关项目: how many of an item counted per project the message counts. */
  itemCounts?: Record<string, number>;
  /** A今年落地转化了4个，B落地了11个: a count each for several applicants named by letters, each worked out on its own. */
  instances?: Applicant[];
  /** 20个合同，每家企业一个，每个100万: the figure is each party's own, that many parties (each its own applicant). */
  perParty?: { party: string; count: number };
  /** 3个技术经纪人分别能拿多少 of one sum said: so many people of a kind sharing that sum, split as the text does not say. */
  sharedBy?: { party: string; count: number; raw: string };
  /** Items named only by a ceiling they share (就能拿1000万: the team's support and the ecological platform's). */
  byCeiling?: string[];
  /** 其中两个项目每项只核定30万: a sum granted for each of so many items (all of them when no count is said), in yuan. */
  grantedEach?: { yuan: string; count?: number };
  /** Sums quoted right after a word of totals (合计1000万), in yuan: sums claimed, no item's ceiling. */
  quotedTotals?: string[];
  /** 明年还能再拿吗 / 以后每年都有吗: a year after this one, or every year, is asked about. */
  laterYears?: true;
  /** 2028年8月签、10月才登记的: a month after a date of the message, in that date's year (YYYY-MM). */
  laterDates?: { fact: string; date: string }[];
  /** Departments named (卫健委 → 市卫生健康委). */
  departments: string[];
  /** 是不是要先被评上优秀技术经理人才行: yes-or-no facts whose words the message asks about rather than states. */
  conditionsAsked?: string[];
  /** 医院属于科研事业单位吗: whether the one kind named belongs to a group the text lists (vocabulary categories). */
  category?: { name: string; party: string; member: boolean; /** The text does not say what belongs to the group. */ open?: true; /** The text lists the kind beside the group, as a kind of its own. */ apart?: true };
  /** Of several measures named, those in the sentences that ask for departments (第三条的责任单位是哪些？另外第十二条…). */
  departmentsOf?: number[];
  /** A place outside Wuxi whose policy is asked about (苏州的政策). */
  elsewhere: string | null;
  /** Another place's policy asked about beside this one's (顺便问下苏州有没有类似的政策): said to be out of scope. */
  elsewhereToo?: string;
  /** Programmes outside this policy asked of in a sentence of their own beside its questions (研发费用加计扣除能按这个政策申请吗？另外…能补多少). */
  outsideToo?: string;
  /** A place outside Wuxi the asker says it is in (注册在苏州): answered with the caution that the text is Wuxi's. */
  askerOutside?: string;
  /** A party elsewhere that set up the one asked about in Wuxi (外地高校在无锡设立的研究院): the text sets no place for founders. */
  founder?: { place: string; party: string; kind: string };
  /** A place outside Wuxi a partner is said to be in, and the partner's kind (和上海交大签的, 合作的是外地高校): the text sets no place for partners. */
  partnerOutside?: { place: string; party: string };
  /** Places inside Wuxi named (江阴). */
  inside: string[];
  /** Another programme, not this policy, that the message asks about (高新技术企业认定). */
  outsideTopic: string | null;
  /** Sentences that end with a question mark (…考核吗？还有哪些部门管？ asks two). */
  questions?: number;
  /** A sum of the item already received this year, what is left under its yearly ceiling asked (今年已经拿了400万…还能拿多少), in yuan. */
  received?: string;
  /** A sum asked to be topped up (市里还能再补差额20万吗), in yuan; also among quoted. */
  topUpAsked?: string;
  /** Ceilings or sums of support quoted that no item has (所以最多能拿1500万对吧), in yuan. */
  quoted?: string[];
  /** 科技园能拿100万吗: the one figure is the ceiling of the item given only up to it, named, asked as what it gives. */
  ceilingAsked?: true;
  /** Sums applied for by lettered applicants, by letter (甲所…申请200万；乙校…申请700万). */
  quotedBy?: Record<string, string>;
  /** The one sum quoted, in a sentence apart from a total asked, and the items that sentence names (…项目申请了600万，对吗？…合计能拿多少). */
  quotedApart?: { yuan: string; items: string[] };
  /** Of quoted, the sums said as a rate's result (800万的20%是160万): worked out, not claimed as a ceiling. */
  worked?: string[];
  /** The one figure said as a part of the topic's (X的合同里有800万是…), in yuan: inside it, not added. */
  partOf?: string;
  /** 第一家 / 第二位: the place said counts applicants, not contracts. */
  ordinalApplicant?: true;
  /** Figures a word marks as no fact (我们预算要两千万): said, not computed on, in yuan. */
  unclaimed?: string[];
  /** A budget said with whether it is enough (这块预算只有100万，够不够): weighed against the answer's total. */
  budget?: string;
  /** Whether the budget said before is enough asked with no figure (预算够吗). */
  budgetAsked?: true;
  /**
   * The amount actually transacted said to be nothing (实际成交是0), with the figure signed but not transacted, in yuan,
   * if one is said (丙合同签了2000万但还没履行): an amount the text reckons on transactions gives nothing yet.
   */
  actualNothing?: { signed: string | null; fact?: string };
  /** Percentages no fact takes (能给到70%吗 of an item with no rate), as written without the sign. */
  quotedPercents?: string[];
  /** Spans of years said (延长到20年), as written without the unit. */
  quotedYears?: string[];
  /** The first sentence asks after the items it names (生态型的呢？): they are asked in place of the earlier topic's. */
  whatAbout?: true;
  /** Of quotedPercents and quotedYears, those said as open above (容亏率50%以上, 超过15年). */
  orMore?: { percent: string[]; years: string[] };
  /** The message speaks of one more applicant of the same kind (另一位, 另一个是600万, 明年…又). */
  another?: true;
  /** The message speaks of two or both (两个, 两者, 这俩): items, parties or applicants taken together. */
  both?: true;
  /** 八十万美元，折合人民币大概570万: a sum in another currency, and the same said in yuan, computed on. */
  converted?: { from: string; to: string };
  /** 注册资本5000万，去年营收3个多亿: figures a word of notFacts makes the asker's own circumstances, with that word. */
  ownFigures?: { raw: string; yuan: string; word: string }[];
  /** 差多少, 多给多少 (not 最多给多少): what lies between two sums is asked. */
  difference?: true;
  /** Figures said before, pointed at as one of several (其中500万那家): which one the message speaks of. */
  refersTo?: string[];
  /** A party of a kind said before, pointed at (如果那家医院是民营医院呢): one of the figures said with that kind of partner. */
  pointed?: string;
  /** Facts the message speaks to in words the text does not settle (第二完成人 of 主要完成人): not stated, and not asked. */
  unsettled?: string[];
  /** The calendar years the message writes (2026年…落地转化了8个项目), in order. */
  yearsSaid?: string[];
  /**
   * The one calendar year the message's figures are of: written (2027年只促成了800万) or said relative to the day
   * asked (明年在省平台上用了15万). A total over years adds the other years' sums to this one's.
   */
  figureYear?: string;
  /** The calendar year of each figure, in order, where each is said of its own year (今年…6万，明年…12万). */
  yearsOfFigures?: string[];
  /** The year an award was said to be won (2023年获得江苏省科学技术奖一等奖): a later year said is weighed against it. */
  wonYear?: string;
  /** 更正一下，…中试服务平台是2个不是3个: a count of the last total's items corrected, the others kept as counted. */
  countsCorrected?: true;
  /** 其余不变 / 其他…不变: what is not said again stays as it was. */
  restKept?: true;
  /** 如果这些平台… / 这3家 after a total of counted items: all of them pointed back at, with no count of an item said. */
  allCountedPointed?: true;
  /** How many years the message counts (连续三年都, 第二年、第三年): a yearly item's ceiling is counted that many times in a total. */
  yearCount?: number;
  /** 同样情况呢: the last total asked again, of every item of the family named (its support and its yearly reward). */
  sameCase?: true;
  /** 尾款80万也付清了: the figure (as written) that is the rest of the topic's contract paid, added to it. */
  restPaid?: string;
  /**
   * Facts said one way of one item named and the other way of another, each in its own clause (其中一家概念验证中心绩效评价
   * 为优秀，中试服务平台绩效评价为良好), by item: each item is judged on its own, and the message states none for all.
   */
  itemFacts?: Record<string, StatedFacts>;
  /**
   * Three years' totals or more of a yearly increase (2025年1亿元，2026年1.3亿元，2027年1.8亿元): each later year's
   * increase is its total less the year before's (steps, in order); the first year's needs the year before it.
   */
  yearlySeries?: { fact: string; first: string; steps: { year: string; current: string; past: string }[] };
  /** A year's increase worked out from last year's and this year's totals (去年3200万，今年4500万 → 1300万). */
  increase?: { fact: string; current: string; past: string };
  /** 去年5000万，今年3000万 / 如果今年反而比去年少了呢: this year's total is not above last year's, so there is no increase. */
  noIncrease?: { fact: string; past?: string; current?: string; /** The year below and the one it is below (2027, 2026). */ years?: [string, string] };
  /** The message asks something with a question word (多久, 还是, 怎么). */
  interrogative?: boolean;
  /** Who speaks: one person (我, 本人), an organisation (我们, 我司), or not said. */
  speaker: 'person' | 'organisation' | null;
  /** The message was exactly the label of an option offered. */
  option: boolean;
  /** The fact an amount was also read as (an institution's yearly new contracts) because an institution states it, with no 今年 said; else null. */
  assumedYearly: string | null;
}

export interface ReadContext {
  /** The fact the assistant asked for last: a bare answer fills it. */
  pending: string | null;
  /** The amount and count facts of the current topic, for a figure with no cue. */
  topicAmountFact: string | null;
  topicCountFact: string | null;
  /** The year of the day asked, for months said relative to it (去年8月); absent: such months stay without a year. */
  year?: number;
  /** Facts the current topic still needs: a short bare answer (省级, 高校) may fill any of them. */
  expected: readonly string[];
  /** Facts of the current topic a correction may change (改成市级). */
  topicFacts: readonly string[];
  /** Boolean facts the conversation holds a no for (还没被认定): words supposing them (认定之后) state yes. */
  deniedFacts?: readonly string[];
  /** The conversation already knows who is who, or waits for an answer: a lone party named is not the asker. */
  knownParties: boolean;
  /** The kinds the conversation knows the asker as (企业): the same kind named again bare is asked about, not a partner. */
  askers?: readonly string[];
  /** The items the conversation is about, computed or described (哪种项目按20%哪种按50% asks of one of them). */
  topicItems?: readonly string[];
  /** Last year's total of the topic's yearly amount, when the conversation was given one (去年5000万，今年8000万). */
  yearBefore?: { fact: string; yuan: string; current?: string; year?: string } | null;
  /** The topic's count as the conversation has it, of one applicant (5 landed projects). */
  topicCount?: number;
  /** Each lettered applicant's count of the topic, as the conversation has them (A 4, B 11). */
  letterCounts?: Readonly<Record<string, number>>;
  /** The topic's amount as the conversation has it (this year's 5000万 of an institution's yearly contracts). */
  topicAmount?: { fact: string; yuan: string } | null;
  /** The sums the session's amount facts and figures hold (省级奖励80万, 创新券4万): 按80万那种情况 points at one of them. */
  factSums?: readonly string[];
  /** Letters the conversation gave the names of items (甲 → 概念验证中心). */
  letterNames?: Readonly<Record<string, string>>;
  /** The last turn gave the departments of a measure: 不对，我问的是概念验证和中试那条 asks them of the one named. */
  departmentsAsked?: boolean;
  /** The last total asked and the years it counted: 同样情况呢 asks it again of what this message names. */
  lastTotal?: { years?: number; counts?: Record<string, number> } | null;
  /** The one amount fact of the topic said with several figures (two contracts beside a voucher): a figure of a place (第二单) is of it. */
  placedFact?: string | null;
  /** The placed fact's figures in the order said (1800万, then 1200万): 最后那笔 is the last of them, 第二笔…是明年的 moves one
   * of them to that year. */
  placedFigures?: readonly { yuan: string; raw: string; past: boolean }[];
  /** The last answer worked figures out year by year, some of another year than this: its figures are no longer all this year's. */
  yearsApart?: boolean;
  /** What the last turn's items came to, in yuan: 这300万是给谁 points at one of them, no figure of the case. */
  lastSums?: readonly string[];
  /** The applicants' own figures the conversation holds (20家, each 400万): 其中5家…200万，其余不变 keeps the rest's. */
  ownAmounts?: readonly { fact: string; yuan: string; raw: string }[];
}

export const emptyContext: ReadContext = { pending: null, topicAmountFact: null, topicCountFact: null, expected: [], topicFacts: [], knownParties: false };

/** Words asking what is still to be paid after another policy's sum, the difference's own among them (还能再给多少, 补差额). */
export function topUpWordsOf(v: KnowledgeBase['vocabulary']): string[] {
  return [...v.grammar.topUp, ...v.grammar.topUpDifference];
}

/** The words saying this year (今年, 当年, 本年度). */
export function thisYearWords(v: KnowledgeBase['vocabulary']): string[] {
  return [...Object.entries(v.grammar.relativeYears).filter(([, offset]) => offset === 0).map(([w]) => w), ...v.grammar.thisYear];
}

/** The words a fact is read from: its yes and no words and its values' (市级重点实验室 of the high-level platform). */
export function wordsOfFact(v: KnowledgeBase['vocabulary'], id: string): string[] {
  const w = v.facts[id];
  return w ? [...w.yes, ...w.no, ...Object.values(w.values ?? {}).flat()] : [];
}

/** The text with each span blanked out (positions kept): words there are not found. */
function maskSpans(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + '\u3000'.repeat(end - start) + out.slice(end);
  return out;
}

/**
 * The facts of another policy's award (区里给了30万, 区里按20%补, 区里的上限是150万): weighed under 从优、就高、不重复,
 * never a figure of this policy's items. Read here, weighed in decide and compose.
 */
export const OTHER_POLICY = { amount: 'otherPolicyAmountYuan', rate: 'otherPolicyRatePercent', cap: 'otherPolicyCapYuan' } as const;
/** Punctuation around a whole message that does not change what it says. */
export const edgePunctuation = /^[\s，,。.！!？?~～…]+|[\s，,。.！!？?~～…呀啊吧呢哈嘛]+$/g;

/** The fewest characters of a kind's word or label that name a measure by its heading (国有企业, not 企业). */
const KIND_HEADING_MIN = 4;
/** The most characters before a word of relation (有关的条款) read as words of a heading (跟人才有关的条款). */
const HEADING_WORDS_MAX = 6;

/** Yes and no to a question: general Chinese, not policy words. */
/** How far after the institution a person's word may stand and be the speaker (我是学校技转中心的技术经理人). */
const PERSON_OF_INSTITUTION = 8;
/** How many characters may stand between 的 and the party a clause serving the asker names (给我们供这套系统的科技公司). */
const SERVED_MODIFIER = 2;

/** How far before a figure a word of summing (加起来, 一共) says what the figure is (合同加起来1800万, 一共签了300万). */
const TOTAL_OF_FIGURE = 3;
/** Marks between things listed one after another (500万、实际到账420万). */
const LIST_MARKS = new Set(['、', '，', ',']);
/** How far after a figure a word of correcting may stand and replace it with the next one (300万，不对，是500万; 3,000,000元呢？不对，是…). */
const CORRECTION_REACH = 8;

/** How many clauses before a figure's, within its sentence, the words placing it under another policy (区里) reach. */
const PLACE_REACH = 2;
/** How far before a sum a word saying it was already received may end: right before it (已经拿了400万; not 已经拿了省级200万). */
const RECEIVED_REACH = 0;
/** How far before a figure (in characters) another policy's money may be named for the figure to be it (区里的创新券补贴5万). */
const PLACED_MONEY = 12;
/** How far a first person's description ending in 的 may reach to the kind it describes (我们是无锡一家建有省重点实验室的研究所). */
const DESCRIBED_REACH = 20;
/** How far before 的 and a percentage a word of rate may stand for the words between to be its base (按新增投资额的10%). */
const BASE_REACH = 11;

/** How far before a party a word of acting through it may stand (用子公司签合同: 子). */
const ACTING_REACH = 2;
/** How far after a place outside Wuxi a party's word may begin and still be placed there (上海交大, 南京的高校, 外地的一所高校). */
const PLACE_TO_PARTY = 3;
/** How far after such a place a party's word may begin when a part of the place and 的 stand between (南京江北新区的企业). */
const PLACE_PART_TO_PARTY = 6;
/** How far before the first of counts listed respectively its word may end (分别落地转化了4项、9项和15项). */
const RESPECTIVELY_REACH = 6;
/** How long the words between a rate and the sum it is said to give may be (按合同额10%可以给我们企业补500万). */
const RATE_TO_SUM = 12;
/** How far after a sum in another currency its sum in yuan may begin (八十万美元，折合人民币大概570万). */
const CONVERTED_REACH = 14;
/** How many characters of what it is for may stand between a verb of applying and the support's noun (申请产业化资助). */
const APPLIED_GAP = 6;
/** Characters of an item's title said between its name and its count (攻关项目) for the count to be of it. */
const TITLE_REST_MIN = 3;

/** How far after a day asked a word of applying may stand (2028年9月有企业来申报). */
const APPLY_REACH = 8;
/** How far a manner before a verb of receiving may reach (能按30%拿, 能按这个比例拿). */
const MANNER_REACH = 6;

const YES = ['是', '是的', '对', '对的', '有', '有的', '嗯', '嗯嗯', '好', '已经', '已', 'yes', 'y', '肯定', '当然', '没错', '对啊', '是啊', '有啊', '当然是'];
const NO = ['不是', '否', '没有', '没', '还没', '还没有', '无', 'no', 'n', '不', '不对', '未', '尚未', '没呢', '还没呢', '并不是'];

/** Items that share a name with each one (中试服务平台 for its support and its reward): the same bodies. */
/** The facts each benefit's and provision's conditions test, by item id (not those a review decides: decidedBy). */
export function factsTestedBy(kb: KnowledgeBase): Map<string, string[]> {
  return new Map(kb.measures.flatMap((m) => [...m.benefits, ...m.provisions]).map((it) => [it.id, (it.conditions ?? []).flatMap((c) => (c.fact && !c.decidedBy ? [c.fact] : []))]));
}

export function siblingsByName<T extends { id: string; names: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  return new Map(items.map((item) => [item.id, items.filter((o) => o.id !== item.id && o.names.some((n) => item.names.includes(n)))]));
}

export function createReader(kb: KnowledgeBase) {
  const v = kb.vocabulary;
  const factDefs = new Map(kb.facts.facts.map((f) => [f.id, f]));
  const intents = new WordList<IntentId>(Object.entries(v.intents).flatMap(([id, i]) => i.phrases.map((w) => [w, id as IntentId] as [string, IntentId])));
  const exactIntents = new Map<string, IntentId>(Object.entries(v.intents).flatMap(([id, i]) => i.exact.map((w) => [w.toLowerCase(), id as IntentId] as [string, IntentId])));
  const parties = new Map(Object.entries(v.parties));
  // (民办非企业性质的新型研发机构: a word holding a party's word that names no party is no party.)
  const partyWords = wordListUnlessLonger<string>([...parties].flatMap(([id, p]) => p.words.map((w) => [w, id] as [string, string])), v.grammar.notParties);
  /** Whom each benefit is for (its beneficiary kind). */
  const beneficiaryOf = new Map(kb.measures.flatMap((m) => m.benefits.map((b) => [b.id, b.beneficiary] as [string, string])));
  /** Words asking for money (补贴, 资金标准): what follows 给…的 when money is meant for a party. */
  const moneyWords = (v.intents.amount?.phrases ?? []).filter((w) => !w.includes('…'));
  /** Words after a figure that point at the one of several it names (500万那家, 80万那笔). */
  const pointers = v.grammar.demonstratives.flatMap((d) => v.grammar.ordinalCounters.map((c) => `${d}${c}`));
  /** Party words with no gap (医院, not 医院…民营), for the word right after a pointer. */
  const plainPartyWords = [...parties].flatMap(([id, p]) => p.words.filter((w) => !w.includes('…')).map((w) => [w, id] as [string, string]));
  const selfWords = new WordList<string>([...parties].flatMap(([id, p]) => p.self.map((w) => [w, id] as [string, string])));
  const firstPerson = wordsUnlessLonger(v.firstPerson, v.notFirstPerson);
  const notFirst = new WordList<true>(v.notFirstPerson.map((w) => [w, true]));
  // A longer word holding a marker (同一, 同时) is found instead of it, and introduces no one.
  const markers = new WordList<boolean | 'verb'>([...v.counterpartyMarkers.map((w): [string, boolean] => [w, true]), ...v.counterpartyMarkersWithVerb.map((w): [string, 'verb'] => [w, 'verb']), ...v.notCounterpartyMarkers.map((w): [string, boolean] => [w, false])]);
  const endWords = new WordList<true>(v.counterpartyEnds.map((w) => [w, true]));
  const inside = new WordList<string>(v.places.inside.map((w) => [w, w]));
  /** Where a setting up said right at `end` ends (高校|在无锡设立): a word of being at, a place in Wuxi, a word of setting up; else -1. */
  const setUpHereEnd = (text: string, end: number): number => {
    for (const at of v.places.partyAt) {
      if (!text.startsWith(at, end)) continue;
      const place = inside.findAll(text.slice(end + at.length)).find((f) => f.start === 0);
      const verb = place && v.places.founded.find((w) => text.startsWith(w, end + at.length + place.end));
      if (verb) return end + at.length + place!.end + verb.length;
    }
    return -1;
  };
  const outside = new WordList<string>(v.places.outside.map((w) => [w, w]));
  const policyWords = new WordList<true>(v.places.policyWords.map((w) => [w, true]));
  const sumsPointedAt = new WordList<true>(v.grammar.sumsPointedAt.map((w) => [w, true]));
  /**
   * The amounts of the text being read, found once: reading it asks for them many times.
   * (这两块钱是市里出还是区里出: not a few 块 pointed at — sums said before, no yuan.)
   */
  let amountsText: string | undefined;
  let amountsFound: readonly AmountMention[] = [];
  const amountsIn = (text: string): readonly AmountMention[] => {
    if (text !== amountsText) {
      amountsText = text;
      const pointed = sumsPointedAt.findAll(text);
      amountsFound = findAmounts(text).filter((a) => !pointed.some((f) => f.start < a.start && a.start < f.end));
    }
    return amountsFound;
  };
  // (江阴市里也有类似的产学研补贴: 市里 right after a county-level city is that city's own, not this policy's.)
  const thisPolicy = wordListUnlessLonger(v.places.thisPolicy.map((w): [string, true] => [w, true]), v.places.countyCities.flatMap((c) => v.places.thisPolicy.map((w) => c + w)));
  /** Whether a message names a fact's figure by its cue words (合同额, 创新券): the kind of figure, its value aside. */
  const cuedIn = (f: (typeof figureFacts)[number], text: string) => f.before.has(text) || f.after.some((w) => text.includes(w));
  const mentionsFact = (text: string, fact: string | undefined) => figureFacts.some((f) => f.id === fact && cuedIn(f, text));
  /** Whether a year is said as the one an award was won (2022年获得的…奖, 如果获奖是2023年的): not a day asked. */
  const wonInYear = (text: string, y: string, thisYear?: number) => {
    const digits = normalizeDigits(text);
    const at = digits.indexOf(`${y}年`);
    // (2022年1月获奖: a month, and a day, may come between.)
    // (The date reader only where a digit follows the year: most years said have none.)
    const afterYear = at + y.length + 1;
    const after = /\d/.test(digits[afterYear] ?? '') ? Math.max(afterYear, ...findDates(digits).filter((d) => d.start === at).map((d) => d.end)) : afterYear;
    // (2024年11月公布的: made known in a year gone by or this one; 2027年公布 is a day asked.)
    const announced = v.grammar.announcedAfterDate.some((w) => digits.startsWith(w, after)) && thisYear !== undefined && Number(y) <= thisYear;
    return at >= 0 && (v.grammar.wonAfterYear.some((w) => digits.startsWith(w, after)) || v.grammar.wonBeforeYear.some((w) => digits.slice(0, at).endsWith(w)) || announced);
  };
  /** Words that may open a what-if before a lettered applicant (如果, 那): 如果丙的项目…. */
  const leads = [...(v.intents.followUp?.phrases ?? []), ...v.grammar.demonstratives, ...v.grammar.letterLeads].filter((w) => !w.includes('…'));
  const topUpWords = topUpWordsOf(v);
  /** Words of correcting that may open a clause before a letter (不对，A是1500万). */
  const correctionLeads = (v.intents.correction?.phrases ?? []).filter((w) => !w.includes('…')).map((w) => w.replace(edgePunctuation, ''));
  const located = new WordList<true>(v.places.located.map((w) => [w, true]));
  const anotherWords = new WordList<true>(v.grammar.anotherOfSame.map((w) => [w, true]));
  // (Longer words holding one that count something else — 两个问题 — are found instead, and say nothing of both.)
  const bothWords = wordsUnlessLonger(v.grammar.both, v.grammar.notBoth);
  const differenceWords = wordsUnlessLonger([...v.grammar.difference, ...v.grammar.ceilingsWeighed], v.grammar.notDifference);
  // (结余经费能不能拿来投资: 拿 putting something to use asks nothing of receiving.)
  const whetherReceive = wordsUnlessLonger(v.grammar.whetherReceive, v.grammar.putToUse);
  // A figure's cue that holds a word of notFacts (实际付了 holds 付了) is the cue: the longer word wins.
  const notFacts = wordsUnlessLonger(v.notFacts, Object.values(v.facts).flatMap((f) => f.cues?.before ?? []).filter((c) => v.notFacts.some((n) => c !== n && c.includes(n))));
  const pastWords = wordsUnlessLonger(v.pastWords, v.notPastWords);
  /** Words asking how long is left (还剩多少天), not what a budget leaves: those no word of a budget's rest holds. */
  const timeAsked = v.grammar.remaining.filter((w) => !v.grammar.budgetRest.some((b) => b.includes(w)));
  /** The words asking for a total (一共, 合计), looked up once for every figure and sentence that needs them. */
  const totalPhrases = v.intents.total?.phrases ?? [];
  const questionWords = new WordList<true>(v.grammar.questionWords.map((w) => [w, true]));
  /** The question marks that end a sentence (？, ?), not the particles (吗): one per question asked. */
  const sentenceQuestionMarks = v.grammar.questionMarks.filter((m) => !/\p{Script=Han}/u.test(m));
  const departments = new WordList<string>(
    kb.measures.flatMap((m) => m.departments).flatMap((d) => [[d, d] as [string, string], ...(v.departmentAliases[d] ?? []).map((a) => [a, d] as [string, string])]),
  );
  const items = kb.measures.flatMap((m) => [...m.benefits, ...m.provisions].map((it) => ({ id: it.id, names: it.names, qualifiers: it.qualifiers, title: it.title })));
  const itemNames = new WordList<string>(items.flatMap((it) => it.names.map((n) => [n, it.id] as [string, string])));
  const ownNames = new WordList<string>(kb.measures.flatMap((m) => m.benefits.flatMap((b) => b.ownNames.map((n) => [n, b.id] as [string, string]))));
  /** Each fact's words without gaps (its yes and no words and its values'), worked out once. */
  const plainFactWords = new Map(Object.keys(v.facts).map((id) => [id, wordsOfFact(v, id).filter((w) => !w.includes('…'))]));
  /** The words of every enum fact's values, without gaps: what a count may be of (一个省级开发区). */
  const valueWords = Object.values(v.facts).flatMap((f) => Object.values(f.values ?? {}).flat()).filter((w) => !w.includes('…'));
  /** Benefits given only as a ceiling (per project, per platform): a count of them says how many ceilings. */
  const ceilingOnly = new Set(kb.measures.flatMap((m) => m.benefits.filter((b) => !b.base && !b.perItem).map((b) => b.id)));
  const itemById = new Map(items.map((it) => [it.id, it]));
  const measureOfItem = new Map(kb.measures.flatMap((m) => [...m.benefits, ...m.provisions].map((it) => [it.id, m.number] as const)));
  /** The facts each benefit's conditions test. */
  const conditionFactsOf = factsTestedBy(kb);
  const siblingsOf = siblingsByName(items);
  const partySetFacts = new Set([...parties.values()].flatMap((p) => [...Object.keys(p.asSelf), ...Object.keys(p.asCounterparty)]));
  /** Facts a partner's kind states (the other party a university): words of the asker's own never set them. */
  const partnerSideFacts = new Set([...parties.values()].flatMap((p) => Object.keys(p.asCounterparty)));
  const personFacts = new Set([...parties.values()].filter((p) => p.person).flatMap((p) => Object.keys(p.asSelf)));
  /** Benefits by the rate the text gives them (30% is the contract subsidy): a rate said names the item. */
  /** The percentages an item's text states (20, 50 of the loss tolerance's 20%—50%). */
  const percentsOf = new Map(kb.measures.flatMap((m) => m.provisions.map((p) => [p.id, (p.numbers ?? []).filter((n) => n.unit === 'percent').map((n) => n.value)] as const)));
  const percentItems = new Set([...percentsOf].filter(([, percents]) => percents.length > 0).map(([id]) => id));
  /** Validity words that ask about the validity only beside a year; the guide's words. */
  const withYear = new Set(v.grammar.validityWithYear);
  const guideWords = new Set(v.intents.guide?.phrases ?? []);
  /** The beneficiary kinds a person is (the technology manager's award). */
  const personBeneficiaries = new Set([...parties.values()].filter((p) => p.person).flatMap((p) => p.serves));
  /** The names of the groups of kinds the text lists (科研事业单位). */
  const categoryWords = new WordList<string>(Object.entries(v.categories).flatMap(([name, c]) => c.words.map((w) => [w, name] as [string, string])));
  /** The benefits whose rate the text leaves open (一定比例). */
  const unrated = new Set(kb.measures.flatMap((m) => m.benefits.filter((b) => b.rate?.kind === 'unspecified').map((b) => b.id)));
  // (对接的那个重点实验室所在的单位: a thing pointed at — 那个 — is not asked about; 是不是 / 算 ask.)
  const askingNoPointers = { ...v.grammar, asking: v.grammar.asking.filter((w) => !v.grammar.demonstratives.includes(w)) };
  /**
   * Whether a demonstrative (那, 这个 …) ends right before `at` in `text`: `counted` also takes one with 家 after it (那家);
   * `asking: false` leaves out those that are asking words too (那个, 这个).
   */
  const demonstrativeBefore = (text: string, at: number, { counted = false, asking = true } = {}): boolean =>
    v.grammar.demonstratives.some((w) => ((asking || !v.grammar.asking.includes(w)) && text.endsWith(w, at)) || (counted && text.endsWith(`${w}家`, at)));
  /** What a party serving the asker holds, by fact (ofServed: a supplier is no application unit). */
  const servedFacts = Object.entries(v.facts).flatMap(([id, f]): [string, boolean][] => (f.ofServed !== undefined ? [[id, f.ofServed]] : []));
  const byRate = kb.measures.flatMap((m) => m.benefits.flatMap((b) => (b.rate?.kind === 'exact' || b.rate?.kind === 'up_to' ? [{ id: b.id, measure: m.number, percent: b.rate.percent }] : [])));
  const outsideTopics = new WordList<string>(v.outsideTopics.map((w) => [w, w]));
  /** Benefits by their ceiling (那个1000万): a ceiling named as what one hopes to get names the item. */
  // 学校能拿 / 企业那边最多能拿 / 研究院按上限各能拿: right after a party word, a verb of receiving with the words that
  // may stand before it (the vocabulary's grammar.receiving), in order, each optional but the verb.
  const recv = v.grammar.receiving;
  /** Words as one group of a pattern, longest first. */
  const alternatives = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
  const optional = (words: readonly string[]) => `${alternatives(words)}?`;
  // (An adverb may stand after the modal too: 江南大学那边能不能也拿到钱.)
  const adverbs = `${alternatives(recv.adverbs)}*`;
  // (这家企业能按30%拿补助吗: a manner said before the verb, a few characters within the clause.)
  const manner = recv.manners.length > 0 ? `(?:${alternatives(recv.manners)}[^，,。；;？?！!]{1,${MANNER_REACH}}?)?` : '';
  // (Not 补签: a word opening with a verb that receives nothing.)
  const notVerb = recv.notVerbs.length > 0 ? `(?!${alternatives(recv.notVerbs)})` : '';
  const receive = new RegExp(`^${optional(recv.sides)}${optional(recv.limits)}${optional(recv.own)}${adverbs}${optional(recv.modals)}${adverbs}${manner}${notVerb}${alternatives(recv.verbs)}`);
  const sideAsked = new RegExp(`^${alternatives(recv.sides)}${alternatives(recv.sideEnds)}`);
  const partyPlaces = new WordList<true>(v.grammar.partyPlaces.map((w) => [w, true]));
  /** The calendar years the measures begin and end in (a year alone said of an event there is left to its month). */
  const [validityFirstYear, validityLastYear] = [Number(kb.document.validity.from.slice(0, 4)), Number(kb.document.validity.to.slice(0, 4))];
  /** How many years the measures run (2025-09-01 to 2028-08-31: 3), whole months counted. */
  const validityYears = (() => {
    const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
    return Math.round((month(kb.document.validity.to) - month(kb.document.validity.from) + 1) / 12);
  })();
  /** Items given only after another (接续支持 after 建设经费), with the one they follow. */
  const givenAfter = kb.measures.flatMap((m) => m.benefits.flatMap((b) => (b.after ? [[b.id, b.after] as const] : [])));
  const byCap = kb.measures.flatMap((m) => m.benefits.map((b) => ({ id: b.id, measure: m.number, fen: yuanToFen(b.cap.yuan) })));
  /** Benefits computed on an amount (the contract subsidy, the manager's award): naming one says what its figures are. */
  const amountBased = new Map(kb.measures.flatMap((m) => m.benefits.filter((b) => b.base && factDefs.get(b.base.fact)?.kind === 'amount').map((b) => [b.id, b.beneficiary] as const)));
  /** Items with no money (先使用后付费, 赋权): named beside a figure of the topic's, they may be the kind of deal it is. */
  const provisionIds = new Set(kb.measures.flatMap((m) => m.provisions.map((p) => p.id)));
  /** The words of a figure's clause before it (去年2000万，今年签到5000万，比去年多了 before 3000万). */
  const clauseLead = (text: string, at: number) => text.slice(clauseAt(text, at)[0], at);
  /** Whether a figure is said as an increase (比去年多了, 新增) in its clause before it. */
  const saidAsIncrease = (text: string, at: number) => { const lead = clauseLead(text, at); return v.grammar.increase.some((w) => lead.includes(w)); };
  /** The amount each such benefit computes on (the vouchers used for the voucher reward). */
  const amountBaseOf = new Map(kb.measures.flatMap((m) => m.benefits.filter((b) => amountBased.has(b.id)).map((b) => [b.id, b.base!.fact] as const)));
  /** The items with a ceiling for each year (年度评选, per year), and the amounts they are worked out on: each year's figure on its own. */
  const yearlyItems = new Set(kb.measures.flatMap((m) => m.benefits.filter((b) => amountBased.has(b.id) && b.cap.per.endsWith('per_year')).map((b) => b.id)));
  const yearlyBases = new Set([...yearlyItems].flatMap((id) => amountBaseOf.get(id) ?? []));
  const itemBases = new Set(amountBaseOf.values());
  const benefitById = new Map(kb.measures.flatMap((m) => m.benefits.map((b) => [b.id, b] as const)));
  /** Per measure, the qualifiers of its items with a ceiling each year (优秀, 绩效评价): the words that say a year's reward. */
  const yearlyQualifiers = new Map(kb.measures.map((m) => [m.number, m.benefits.flatMap((b) => (b.cap.per === 'per_year' ? b.qualifiers : []))]));
  const anyYearlyQualifier = [...yearlyQualifiers.values()].flat();
  /** The facts the yearly items with qualifiers test (a rating: 绩效评价为优秀). */
  const yearlyRatingFacts = new Set(kb.measures.flatMap((m) => m.benefits.filter((b) => b.cap.per === 'per_year' && b.qualifiers.length > 0).flatMap((b) => b.conditions.flatMap((c) => (c.fact ? [c.fact] : [])))));
  /** Words joining years listed, longest first, so each is taken out whole. */
  const yearLinks = [...v.grammar.yearLinks].sort((a, b) => b.length - a.length);
  /** Ratings below the top, longest first, so 没评上优秀 is taken out whole before the top rating is looked for. */
  const belowFirst = [...v.grammar.ratings.below].sort((a, b) => b.length - a.length);
  /** What may stand beside a measure named for its departments to be asked again, longest first (onlyMeasureNamed). */
  const besideMeasureAskedAgain = (({ askedAgain, measurePointers, whatAbout, pointerParticles, demonstratives, questionMarks }) => [...askedAgain, ...measurePointers, ...whatAbout, ...pointerParticles, ...demonstratives, ...questionMarks, ...(v.intents.correction?.phrases ?? [])])(v.grammar).filter((w) => !w.includes('…')).sort((a, b) => b.length - a.length);
  /** The count each benefit computes on (landed projects): a count beside another item named is not the topic's. */
  const countBaseOf = new Map(kb.measures.flatMap((m) => m.benefits.flatMap((b) => (b.perItem ? [[b.id, b.perItem.fact] as const] : b.base ? [[b.id, b.base.fact] as const] : []))));
  /** The measures whose items are reckoned on each figure fact (landedProjectCount → 7). */
  const measuresCounting = new Map<string, Set<number>>();
  for (const [id, fact] of countBaseOf) (measuresCounting.get(fact) ?? measuresCounting.set(fact, new Set()).get(fact)!).add(measureOfItem.get(id)!);
  /** People whose own benefit is computed on an amount (a technology manager): one speaking of figures speaks of that amount. */
  const amountPeople = new Set(Object.entries(v.parties).filter(([, p]) => p.person && [...amountBased.values()].some((beneficiary) => p.serves.includes(beneficiary))).map(([id]) => id));

  /** Amounts of an institution's contracts read as its yearly fact: totals, not said to be new. */
  const readAsTotal = new WeakSet<StatedAmount>();
  const increaseFacts = new Set(Object.entries(v.facts).filter(([, f]) => f.increaseOfTotals).map(([id]) => id));
  /** What a figure of one fact reads as for some kind of asker (a contract as an institution's yearly new contracts). */
  const anyReadsAs = new Map([...parties.values()].flatMap((p) => Object.entries(p.readsAs ?? {})));
  /** Figure facts in priority order (the order of vocabulary.yaml), with their cue lists. */
  const figureFacts = Object.entries(v.facts)
    .filter(([, f]) => f.cues)
    .map(([id, f]) => ({
      id,
      kind: factDefs.get(id)?.kind,
      before: new WordList<true>(f.cues!.before.map((w) => [w, true])),
      after: f.cues!.after,
      within: new WordList<true>(f.cues!.within.map((w) => [w, true])),
      hasWithin: f.cues!.within.length > 0,
      around: new WordList<true>(f.cues!.around.map((w) => [w, true])),
      hasPosition: f.cues!.before.length > 0 || f.cues!.after.length > 0,
    }));
  /** Enum and boolean facts with their words. */
  const wordFacts = Object.entries(v.facts)
    .filter(([, f]) => f.values || f.yes.length || f.no.length)
    .map(([id, f]) => ({
      id,
      values: f.values ? new WordList<string>(Object.entries(f.values).flatMap(([value, ws]) => ws.map((w) => [w, value] as [string, string]))) : null,
      yes: new WordList<boolean>([...f.yes.map((w) => [w, true] as [string, boolean]), ...f.no.map((w) => [w, false] as [string, boolean])]),
      notValues: new WordList<true>(f.notValues.map((w) => [w, true])),
      near: new WordList<true>(f.near.map((w) => [w, true])),
      hasNear: f.near.length > 0,
      nearAnywhere: f.nearScope === 'message',
      noNearOutside: new WordList<true>(f.noNearOutsidePlace.map((w) => [w, true])),
      askerOnly: f.askerOnly,
      unsettled: new WordList<true>(f.unsettled.map((w) => [w, true])),
      afterNo: new WordList<true>(f.afterNo.map((w) => [w, true])),
    }));
  const wordFactById = new Map(wordFacts.map((f) => [f.id, f]));
  /** 第二份 / 第二单 / 第一笔: an ordinal of the counters in the vocabulary (not 第六条, a measure). */
  const counters = [...v.grammar.ordinalCounters].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const ordinalRe = new RegExp(`第\\s*([一二两三四五六七八九十]|\\d{1,2})\\s*(?:${counters})`);
  /** 前两个合同 / 前两笔: the first so many of the counters (the vocabulary's grammar.firstOf before a count). */
  const firstOfCount = (countersAlt: string) => new RegExp(`(?:${v.grammar.firstOf.map(escapeRegExp).join('|')})\\s*([二两三四五六七八九十]|\\d{1,2})\\s*(?:${countersAlt})`);
  const firstOfRe = firstOfCount(counters);
  /** 措施一里说… / 措施9: a measure named by a word before its number (grammar.measureNamedBy), the number ending a word. */
  const measureNamedBy = v.grammar.measureNamedBy.length > 0 ? new RegExp(`${alternatives(v.grammar.measureNamedBy)}\\s*(\\d{1,2}(?!\\d)|[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十]))(?=${alternatives(v.grammar.measureNumberEnds)}|[^\\p{Script=Han}]|$)`, 'gu') : null;
  /** 第6条 / 第十三条 / 措施一: every measure named by its number, in text order. */
  const measureRefs = (text: string): RegExpMatchArray[] => [...text.matchAll(MEASURE_REF), ...(measureNamedBy ? text.matchAll(measureNamedBy) : [])].sort((a, b) => a.index! - b.index!);
  /** 前两项: the first so many items the message names (grammar.firstOf before a count of grammar.itemCounters). */
  const firstItemsRe = v.grammar.itemCounters.length > 0 ? firstOfCount(v.grammar.itemCounters.map(escapeRegExp).join('|')) : null;
  /** The count a match of either holds (第二份: 2, 前3笔: 3). */
  const countOf = (m: RegExpMatchArray | null) => (m ? (/\d/.test(m[1]!) ? Number(m[1]) : parseBareCount(m[1]!)) : null);
  /** A party word right after a verb of founding (开公司, 成立企业) is what is founded, not who speaks. */
  /** Words of hoping to receive right before a figure (the vocabulary's grammar.hoped), as one pattern. */
  const h = v.grammar.hoped;
  const hoped = new RegExp(`${alternatives(h.modals)}${alternatives(h.verbs)}${h.then.length > 0 ? `${alternatives(h.then)}?` : ''}$${h.pointedVerbs.length > 0 && h.pointers.length > 0 ? `|${alternatives(h.pointedVerbs)}${alternatives(h.pointers)}$` : ''}`);
  /** 能各拿 / 能分别拿 right before a figure: hoping each receives it, said only of an item named by its ceiling. */
  const eachHoped = h.eachVerbs.length > 0 ? new RegExp(`${alternatives(h.modals)}${alternatives(h.eachVerbs)}$`) : null;
  /** The single-character letters that name lettered applicants (A, 甲). */
  const singleLetters = v.grammar.instanceLabels.filter((l) => l.length === 1);
  /** The facts a partner's kind states (合作方为科研事业单位): the partner's words say them. */
  const partnerFacts = new Set(Object.values(v.parties).flatMap((p) => Object.keys(p.asCounterparty)));
  /** The facts the items reckoned on an amount test. */
  const testedByAmount = new Set(kb.measures.flatMap((m) => m.benefits).filter((b) => b.base && factDefs.get(b.base.fact)?.kind === 'amount').flatMap((b) => b.conditions.flatMap((c) => ('fact' in c && c.fact ? [c.fact] : []))));
  /** The facts the conditions of the items counted by each count fact test (landedProjectCount → isLeadingEnterprise …). */
  const testedByCount = new Map<string, Set<string>>();
  for (const b of kb.measures.flatMap((m) => m.benefits)) {
    if (!b.perItem) continue;
    const tested = testedByCount.get(b.perItem.fact) ?? new Set<string>();
    for (const c of b.conditions) if ('fact' in c && c.fact) tested.add(c.fact);
    testedByCount.set(b.perItem.fact, tested);
  }
  const foundedAt = (text: string, at: number) => v.grammar.foundingVerbs.some((w) => text.slice(Math.max(0, at - w.length), at) === w) && !v.grammar.notFounding.some((w) => text.slice(Math.max(0, at - w.length), at) === w);
  /** A company to be founded (创办公司), or the same word said again of it (…只要公司注册下来就能拿). */
  const founded = (text: string, at: number, word?: string) => {
    if (foundedAt(text, at)) return true;
    if (!word) return false;
    for (let i = text.indexOf(word); i >= 0 && i < at; i = text.indexOf(word, i + 1)) if (foundedAt(text, i)) return true;
    return false;
  };
  /** Every word that states a fact's value (龙头企业, 重点实验室): such a word naming an item may only describe a party. */
  const factWords = new Set(Object.values(v.facts).flatMap((f) => [...f.yes, ...Object.values(f.values ?? {}).flat()]));
  /** Option labels: the exact text of a button resolves to its value before any looser reading. */
  const optionLabels = new Map<string, Map<string, string | boolean>>();
  for (const def of kb.facts.facts) {
    if (def.kind === 'enum') optionLabels.set(def.id, new Map(Object.entries(def.values).map(([value, label]) => [label, value])));
    if (def.kind === 'boolean') optionLabels.set(def.id, new Map<string, boolean>([[v.yesNoOptions.yes, true], [v.yesNoOptions.no, false]]));
  }
  const maxFen = BigInt(kb.facts.limits.maxAmountYuan) * 100n;
  const slips = new WordList<string>(Object.entries(v.slips));
  const typos = createTypoReader([
    ...intents.words(),
    ...partyWords.words(),
    ...selfWords.words(),
    ...itemNames.words(),
    // (学校那边会不会也有一笔奖励: a stretch cutting into a verb of receiving — 有一笔 — is no slip for 又一笔.)
    ...recv.verbs,
    ...v.typoWords,
    ...kb.lexicon.words,
  ], v.grammar.alternatives);

  /** Enum or boolean value of a word fact in a text; null when the text states none. */
  function wordValue(f: (typeof wordFacts)[number], text: string, options: { ignoreNear?: boolean } = {}): string | boolean | null {
    // Most facts state nothing in most messages: find the fact's own words first, and the rest only when there are some.
    const found: readonly Find<string | boolean>[] = f.values ? f.values.findAll(text) : f.yes.findAll(text);
    // (江阴是县级市: a word held in a longer one that states nothing of the fact.)
    const held = found.length > 0 && f.notValues.size > 0 ? f.notValues.findAll(text) : [];
    const own = held.length > 0 ? found.filter((x) => !held.some((n) => n.start <= x.start && x.end <= n.end)) : found;
    if (own.length === 0 && f.noNearOutside.size === 0) return null;
    const clauses = clauseIndex(text);
    const nearFinds = f.hasNear && own.length > 0 ? f.near.findAll(text) : [];
    const nearClauses = new Set(nearFinds.map((n) => clauses[n.start]!));
    const inScope = (find: Find<unknown>) => options.ignoreNear || !f.hasNear || (f.nearAnywhere ? nearFinds.length > 0 : nearClauses.has(clauses[find.start]!));
    if (f.values) {
      const found = (own as Find<string>[]).filter((x) => inScope(x) && !isNegated(text, x.start));
      const values = [...new Set(found.map((x) => x.value))];
      if (values.length <= 1) return values[0] ?? null;
      // 一个国家科技进步二等奖，一个省科技进步三等奖: values said of different things, clause by clause, are not one
      // value; the fact stays unknown and is asked, rather than the last one judged. One clause (省级还是市级) keeps the last.
      const valueClauses = new Set(found.map((x) => clauses[x.start]));
      // (在一个区级产业园里，不在省级以上开发区: one value said, and one said by denying another, are one value — the one said.)
      const said = [...new Set(found.filter((x) => !denies(x.word)).map((x) => x.value))];
      if (values.length === 2 && said.length === 1 && found.every((x) => x.value === said[0] || denies(x.word))) return said[0]!;
      return valueClauses.size > 1 && !options.ignoreNear ? null : found[found.length - 1]!.value;
    }
    let result: boolean | null = null;
    let previous: { end: number; negated: boolean; value: boolean } | null = null;
    // (那要是用了15万呢？另外我们在别的平台用的券算不算: asked at the clause's end whether it counts, beside a figure of
    // the case said apart — the question, not the case. Alone, 对接的是市级重点实验室算不算 is judged.)
    let figuresAt: number[] | undefined;
    const countsAsked = (x: Find<boolean>) =>
      v.grammar.countsAsked.some((w) => {
        const at = text.indexOf(w, x.end);
        if (at < 0 || clauseAt(text, at)[0] > x.start) return false;
        figuresAt ??= amountsIn(text).map((a) => clauses[a.start]!);
        return figuresAt.some((c) => c !== clauses[at]);
      });
    // (那这个“应用单位”是指…: a word whose meaning is asked states nothing.)
    const defined = (x: Find<boolean>) => v.grammar.defining.some((w) => text.slice(x.end).replace(/^[”"’'」』]/, '').startsWith(w));
    // (我们公司的…机器人在地铁站做示范应用，应用单位是地铁公司: the fact's word said to be another party, no first person,
    // is that party's.)
    const ofAnother = (x: Find<boolean>) => x.value && v.grammar.roleIs.some((w) => {
      if (!text.startsWith(w, x.end)) return false;
      const after = text.slice(x.end + w.length, x.end + w.length + ROLE_REACH);
      const party = partyWords.findAll(after)[0];
      return party !== undefined && !/[\p{P}]/u.test(after.slice(0, party.start)) && firstPerson.findAll(after.slice(0, party.end)).length === 0;
    });
    // (如果应用单位是区里一家国有企业，项目实际投入80万: with no one speaking of themselves, the party said to hold the role
    // is the one asked about — it holds it (如果应用单位是医院，医院能拿多少: named again). Not where another kind of party or
    // another word of the fact is said: 应用单位是地铁公司，给它供货的初创企业能申请吗 asks of the supplier.)
    // (我在市文广旅游局，有个景区…应用单位是景区管理公司: a first person that only says which department asks is no one
    // speaking of themselves.)
    const ofSubject = (x: Find<boolean>) => !x.value && own.length === 1 && new Set(partyWords.findAll(text).map((p) => p.value)).size === 1 && firstPerson.findAll(text).every((p) => departmentSpeaks(text, p)) && v.grammar.roleIs.some((w) => {
      if (!x.word.endsWith(w)) return false;
      const after = text.slice(x.end, x.end + ROLE_REACH);
      const party = partyWords.findAll(after)[0];
      // (应用单位是企业还是个人: which kind holds it is asked, not said.)
      const clause = text.slice(x.end, clauseAt(text, x.end)[1]);
      return party !== undefined && !/[\p{P}]/u.test(after.slice(0, party.start)) && !v.grammar.alternatives.some((a) => clause.includes(a));
    });
    // (应用单位是企业还是个人: which kind holds the role is asked; the role's word states nothing of anyone.)
    const holderAsked = (x: Find<boolean>) => v.grammar.roleIs.some((w) => x.word.endsWith(w)) && v.grammar.alternatives.some((a) => text.slice(x.end, clauseAt(text, x.end)[1]).includes(a));
    for (const find of (own as Find<boolean>[]).filter((x) => inScope(x) && !isAsked(text, x.start, v.grammar) && !countsAsked(x) && !defined(x) && !ofAnother(x) && !holderAsked(x)).map((x) => (ofSubject(x) ? { ...x, value: true } : x))) {
      // 没有重点实验室和技术创新中心 / 没有重点实验室或者技术创新中心: a denial reaches over a list joined by 和 / 或 / 、.
      const joined: boolean = previous !== null && v.grammar.listJoiners.includes(text.slice(previous.end, find.start));
      // (不是龙头的中小企业: a word of the other value right after a denied one, 的 between, is what the denial describes —
      // not denied itself. Unlike 没实现转化落地, one value said twice.)
      const described: boolean = !joined && previous !== null && previous.negated && previous.value !== find.value && find.start - previous.end <= 1;
      const negated: boolean = joined ? previous!.negated : !described && isNegated(text, find.start);
      previous = { end: find.end, negated, value: find.value };
      const stated = negated ? !find.value : find.value;
      // One yes is enough: 一笔已经落地，另一笔还没 is landed.
      if (stated) return true;
      result = false;
    }
    // (我们平台的运营公司注册在上海: a place outside by 平台 denies the fact only where its near words say it is spoken of.)
    if (result === null && f.noNearOutside.size > 0 && (options.ignoreNear || !f.hasNear || f.near.findAll(text).length > 0)) {
      const outsideClauses = new Set(outside.findAll(text).map((o) => clauses[o.start]!));
      if (f.noNearOutside.findAll(text).some((x) => outsideClauses.has(clauses[x.start]!))) return false;
    }
    return result;
  }

  /** A bare answer to the question just asked (是 / 没有 / 省级 / 300万 / 3个). */
  function bareAnswer(fact: FactDef, text: string): string | number | boolean | null {
    const t = text.replace(edgePunctuation, '');
    const f = wordFactById.get(fact.id);
    if (fact.kind === 'boolean') {
      const lower = t.toLowerCase();
      const answers = v.facts[fact.id]?.answers;
      if (NO.includes(lower) || answers?.no.includes(t)) return false;
      if (YES.includes(lower) || answers?.yes.includes(t)) return true;
      // 是不是得先评上年度优秀技术经理人才行: a message opening with a question of its own asks; it answers nothing.
      if (v.grammar.askingByThemselves.some((w) => t.startsWith(w))) return null;
      // (With its question mark: 这个奖补是不是要先被评上优秀技术经理人才行？ asks, and answers nothing.)
      const stated = f ? wordValue(f, text.trim(), { ignoreNear: true }) : null;
      if (stated !== null) return stated;
      if (t.length <= 12 && /^(不是|没|未|否|无|还没|并非)/.test(t)) return false;
      // 是…: a yes, unless it asks (是不是一定要评上优秀才有; 是一次性给还是分期？).
      if (t.length <= 12 && /^(是|对|有|已|嗯|好)/.test(t) && !v.grammar.askingByThemselves.some((w) => t.startsWith(w)) && !v.grammar.questionWords.some((w) => t.includes(w))) return true;
      return null;
    }
    if (fact.kind === 'enum') {
      const value = f ? wordValue(f, t, { ignoreNear: true }) : null;
      if (value !== null) return value;
      // 在大赛中是否获奖？ — 是 / 没有: the values a yes and a no stand for.
      const lower = t.toLowerCase();
      const means = v.facts[fact.id];
      if (means?.yesMeans && YES.includes(lower)) return means.yesMeans;
      if (means?.noMeans && NO.includes(lower)) return means.noMeans;
      return null;
    }
    if (fact.kind === 'count') return parseBareCount(t);
    if (fact.kind === 'amount') {
      const bare = /^(\d+(?:\.\d{1,2})?)$/.exec(normalizeDigits(t));
      return bare && yuanStringToFen(bare[1]!)! > 0n ? bare[1]! : null;
    }
    return null;
  }

  /** Whether the clause from `clauseStart` lists figures respectively (分别100万、50万): the clause before says what they are. */
  const listsRespectively = (text: string, clauseStart: number) => clauseStart > 0 && v.grammar.respectively.some((w) => text.startsWith(w, clauseStart));

  /** What may stand between a counter and its figure (一笔是800万), and after the figure in its clause (一笔800万元): general grammar. */
  const COUNTER_LINKS = ['', '是', '为', '：', ':'];
  /** How far after a count of applicants their kind may stand (两家不同企业). */
  const COUNTED_KIND_GAP = 3;
  const UNIT_TAILS = ['', '元', '块'];

  /**
   * Where the clause that a list of deals is said of starts: the first before a run of clauses each of a counter and a
   * figure alone (今年和企业签了两笔技术合同，一笔1800万，一笔1200万) when it holds no figure itself; otherwise undefined.
   */
  function listHead(text: string, clauseStart: number): number | undefined {
    const counterAlone = (from: number) => {
      const counter = v.grammar.dealListed.find((w) => text.startsWith(w, from));
      const figure = counter === undefined ? undefined : amountsIn(text).find((a) => a.start >= from);
      return figure !== undefined && COUNTER_LINKS.includes(text.slice(from + counter!.length, figure.start)) && UNIT_TAILS.includes(text.slice(figure.end, clauseAt(text, from)[1]));
    };
    if (clauseStart === 0 || !counterAlone(clauseStart)) return undefined;
    let head = clauseAt(text, clauseStart - 1)[0];
    while (head > 0 && counterAlone(head)) head = clauseAt(text, head - 1)[0];
    const headEnd = clauseAt(text, head)[1];
    return counterAlone(head) || amountsIn(text).some((a) => a.start >= head && a.start < headEnd) ? undefined : head;
  }

  /** Whether a figure at [start, end) is said as open above (50%以上, 超过50%), not as itself. */
  const saysMore = (text: string, at: { start: number; end: number }) =>
    v.grammar.orMoreAfter.some((w) => text.startsWith(w, at.end)) || v.grammar.orMoreBefore.some((w) => text.slice(0, at.start).trimEnd().endsWith(w));

  /** Which fact a figure at [start, end) states, from the cue words around it in its clause. */
  function cueFor(text: string, start: number, end: number, kinds: FactDef['kind'][], topicFacts: readonly string[] = []): string | null {
    const [clauseStart, clauseEnd] = clauseAt(text, start);
    // 区里按40%补，最高200万: the words that place a clause (区里) reach into the clauses that follow it in its
    // sentence (我们区里也有个补助，按20%给，最高80万), up to PLACE_REACH of them.
    // Not into a clause that places itself under this policy (区里给了补贴，市里这个30%还能拿吗).
    let previousStart = clauseStart;
    // (Nor past a colon: 区里有两个技术经理人申报奖补：甲…800万，乙促成3500万 lists the case, under this policy.)
    for (let k = 0; k < PLACE_REACH && previousStart > 0 && thisPolicy.findAll(text.slice(previousStart, clauseEnd)).length === 0 && !endsSentence(text[previousStart - 1]) && !/[:：]/.test(text[previousStart - 1]!); k++) {
      previousStart = clauseAt(text, previousStart - 1)[0];
    }
    // (区里有企业把…: a place said of a party, not of another policy.)
    const placed = text.slice(previousStart, clauseEnd);
    // (Unless money follows at once: 区里的场景资助80万 is another policy's support of the scene.)
    const clause = maskSpans(placed, partyPlaces.findAll(placed).filter((f) => !policyWords.findAll(placed.slice(f.end, f.end + 2)).some((w) => w.start === 0)).map((f): [number, number] => [f.start, f.end]));
    // (签了两份技术合同，分别100万、50万: a clause listing figures respectively has the clause before it as its cue.)
    const listed = listsRespectively(text, clauseStart);
    // (在省平台上用了两次创新券，一笔6万，一笔8万: a clause of a counter and a figure alone has the clause the list is of
    // as its cue, unless that clause cues what the counter does — 签了两笔技术合同，一笔1800万 is a contract either way.)
    const head = listed ? undefined : listHead(text, clauseStart);
    const headText = head !== undefined ? text.slice(head, clauseAt(text, head)[1]) : '';
    const counted = head !== undefined ? text.slice(clauseStart, start) : '';
    const ofHead = head !== undefined && !figureFacts.some((f) => f.kind === 'amount' && f.before.has(counted) && f.before.has(headText));
    const before = listed ? text.slice(clauseAt(text, clauseStart - 1)[0], clauseStart - 1) : ofHead ? headText : text.slice(Math.max(clauseStart, start - 24), start);
    const after = text.slice(end, Math.min(clauseEnd, end + 12)).replace(/^[元块\s]+/, '');
    // (区里的产学研补助和市里这个30%的补助: a figure right after words placing it under this policy is this policy's.)
    const lead = text.slice(Math.max(clauseStart, start - 6), start);
    const ours = thisPolicy.findAll(lead).some((f) => lead.length - f.end <= 2);
    // (Nor one in a clause naming this policy and the other joined, 市里和区里的能叠加拿到八百万吗: a sum of both hoped for —
    // unlike 区里80万和市里100万, each with its own.)
    const whole = text.slice(clauseStart, clauseEnd);
    const ourFinds = thisPolicy.findAll(whole);
    const joined = (f: (typeof figureFacts)[number]) => f.within.findAll(whole).some((w) => ourFinds.some((o) => v.grammar.listJoiners.some((j) => whole.slice(w.end, o.start) === j || whole.slice(o.end, w.start) === j)));
    const candidates = figureFacts.filter((f) => f.kind && kinds.includes(f.kind) && (!f.hasWithin || (!ours && !joined(f) && f.within.has(clause))));
    // (又拿到省里80万绩效奖励: a figure inside words whose parts stand on either side of it.)
    const around = candidates.find((f) => f.around.findAll(whole).some((w) => clauseStart + w.start < start && clauseStart + w.end > end));
    if (around) return around.id;
    // (区里…给了我们50万技术合同补贴: what another policy placed in the clause gave, whatever it was for.)
    for (const f of candidates) if (f.hasWithin && !f.hasPosition && v.grammar.given.some((w) => before.endsWith(w))) return f.id;
    for (const f of candidates) if (f.after.some((w) => after.startsWith(w) || after.slice(0, 3).includes(w) && after.indexOf(w) <= 2)) return f.id;
    // (已经拿了区里的创新券补贴5万: another policy's money, named right before the figure, whatever it was for — its
    // ceiling if words of one say so: 其他政策最多给80万.)
    for (const f of candidates) if (f.hasWithin && f.hasPosition && f.before.has(before)) return f.id;
    for (const f of candidates) if (f.hasWithin && !f.hasPosition && f.within.findAll(before).some((w) => before.length - w.start <= PLACED_MONEY && policyWords.findAll(before.slice(w.start)).length > 0)) return f.id;
    // 4个对接高能级平台的成果项目落地转化: what a count counts may stand after a description ending in 的, in its clause.
    if (kinds.includes('count')) {
      const rest = text.slice(end, clauseEnd);
      for (const f of candidates) if (f.after.some((w) => { const i = rest.indexOf(w, 1); return i > 0 && rest[i - 1] === '的' && !/\d/.test(rest.slice(0, i)); })) return f.id;
    }
    // 2024年底和江南大学签了: a date's verb may come after the party it was done with, anywhere in its clause.
    if (kinds.includes('date')) {
      const rest = text.slice(end, clauseEnd);
      for (const f of candidates) if (f.after.some((w) => rest.includes(w))) return f.id;
    }
    // (场景应用项目…设备加改造一共投了三百二十万: words before cueing several facts (设备, 投了) cue the topic's own first.)
    // (省级绩效奖励是70万、创新券用了12万: after another figure in its clause, the words since that figure cue it, when
    // they hold a cue.)
    let cuedBefore = candidates.filter((f) => f.before.has(before));
    if (cuedBefore.length > 0) {
      const lastFigure = Math.max(clauseStart, ...amountsIn(text).filter((a) => a.end <= start && a.start >= clauseStart).map((a) => a.end));
      // (用了12万创新券、作为应用单位做了一个场景应用项目投入300万: the words right after the figure before are that one's
      // cue, not this one's.)
      const since = text.slice(lastFigure, start);
      const thatCue = lastFigure > clauseStart ? figureFacts.flatMap((f) => f.kind === 'amount' ? f.after.filter((w) => since.startsWith(w)) : []).sort((x, y) => y.length - x.length)[0] : undefined;
      const ownWords = thatCue ? since.slice(thatCue.length) : since;
      // (Not of an item named since that is reckoned on another fact: 用了12万创新券、做了一个揭榜项目投入1000万 is no scene's
      // investment; 跟高校签的产学研合同投入300万 is the contract.)
      const namedSince = itemNames.findAll(ownWords).map((n) => n.value);
      const own = lastFigure > clauseStart ? candidates.filter((f) => f.before.has(ownWords) && (namedSince.length === 0 || namedSince.some((id) => amountBaseOf.get(id) === f.id))) : [];
      if (own.length > 0) cuedBefore = own;
    }
    // (学校今年和企业签的技术合同总额比去年只多了300万: a fact cued by words ending right at the figure is stated over
    // the facts it moves with — the increase of the year over the contract it is made of.)
    const atFigure = cuedBefore.find((f) => f.before.findAll(before).some((w) => w.end === before.length) && cuedBefore.every((g) => g === f || v.facts[f.id]!.movesWith.includes(g.id)));
    if (atFigure) cuedBefore = [atFigure];
    const cued = cuedBefore.find((f) => topicFacts.includes(f.id)) ?? cuedBefore[0];
    if (cued) return cued.id;
    for (const f of candidates) if (f.hasWithin && !f.hasPosition) return f.id;
    return null;
  }

  /**
   * Whether a find lies within the words that answer the pending yes-or-no question (是领军企业牵头的).
   * A kind answering which kind the asker or partner is (是企业) names that party: enum facts mask nothing.
   */
  function answerWords(pending: string | null, text: string): (find: Find<unknown>) => boolean {
    const answer = pending ? wordFactById.get(pending) : undefined;
    const finds = answer && !answer.values ? answer.yes.findAll(text) : [];
    return (find) => finds.some((a) => a.start <= find.start && find.end <= a.end);
  }

  /** The asker, the other party and the party asked about, from who speaks and who is named. */
  function readParties(text: string, knownParties: boolean, pending: string | null = null, topicFor: ReadonlySet<string> = new Set(), askers: readonly string[] = [], knownLetters: ReadonlySet<string> = new Set()) {
    /** The items named in the text, found once when a description of the asker needs them. */
    let itemFinds: readonly Find<string>[] | undefined;
    const self = new Set<string>();
    const counterparties: string[] = [];
    /** Where each partner is named, so an amount in its clause is that partner's contract. */
    const partnerFinds: Find<string>[] = [];
    /** The words that name the partners (一家民营研究所 after 跟): what they say describes the partner. */
    const partnerSpans: [number, number][] = [];
    /** Where the asker describes itself (我是技术经理人): no item is named there. */
    const selfFinds: Find<string>[] = [];
    const clauses = clauseIndex(text);
    // 是领军企业牵头的 answering whether a consortium is led by one: the words of the answer name no party.
    // (Not one pointed at: 那供应商也能申请吗, with the asker asked whether it is the application unit, asks of another —
    // though 那个供应商可以申请吗, 那个 an asking word, still answers the question.)
    const answering = answerWords(pending, text);
    const named = partyWords.findAll(text).filter((p) => !isNegated(text, p.start) && (!answering(p) || demonstrativeBefore(text, p.start, { counted: true, asking: false })));
    // 申报主体是企业还是高校: kinds offered as alternatives are asked about; neither is who speaks or the partner.
    // (是企业还是给高校: a character may stand on either side of the word.)
    const offered = (a: Find<string>, b: Find<string>) => {
      const between = text.slice(a.end, b.start);
      return v.grammar.whichOf.some((w) => between.includes(w) && between.length <= w.length + 2);
    };
    const found = named.filter((p, i) => !(i > 0 && offered(named[i - 1]!, p)) && !(i + 1 < named.length && offered(p, named[i + 1]!)));
    // (第十一条和第十二条里有没有直接给企业发钱的: 和 joining two measures named marks no partner.)
    const markersFound = markers.findAll(text);
    const measureStarts = markersFound.length > 0 ? new Set(measureRefs(text).map((m) => m.index!)) : new Set<number>();
    const markerFinds = markersFound.filter((m) => m.value && !found.some((p) => p.start <= m.start && m.end <= p.end) && !measureStarts.has(m.end));
    const selfWordFinds = selfWords.findAll(text);
    for (const s of selfWordFinds) self.add(s.value);
    // (我和一家无锡企业签了…这36万是给我们学校还是给企业: one offered with a first person right before it, no one else said to
    // speak here or before, is who speaks.)
    // (Not 给我们课题组还是给学校: people inside a unit are no unit that speaks.)
    if (self.size === 0 && askers.length === 0 && !knownParties && found.length < named.length) for (const p of named) if (!found.includes(p) && !parties.get(p.value)!.person && !v.grammar.insiders.some((w) => p.word.includes(w)) && firstPerson.findAll(text.slice(0, p.start)).some((f) => f.end === p.start)) self.add(p.value);
    // (给我们提供无人车的供应商: a first person served — after 给, 为 — and a party named by the clause ending 的 after it:
    // that party is someone else, pointed at.)
    // (给我们供这套系统的科技公司: with a word or two of its own between 的 and the party.)
    const firstPersons = firstPerson.findAll(text);
    const servedBy = (p: Find<string>) => firstPersons.some((fp) => {
      const between = text.slice(fp.end, p.start);
      const of = between.lastIndexOf('的');
      // (Not 给我们许可的是江南大学: a party said to be the one, after 是, is named, not served.)
      const modifier = between.slice(of + 1);
      return fp.end < p.start && clauses[fp.start] === clauses[p.start] && v.grammar.objectLeads.some((w) => text.slice(0, fp.start).endsWith(w)) && of >= 1 && modifier.length <= SERVED_MODIFIER && !v.grammar.roleIs.some((w) => modifier.includes(w));
    });
    for (const fp of firstPersons) {
      // 我们公司 / 我是江南大学的老师: the first party word close after a first-person word (before any 和/跟),
      // and one more joined to it by 的; 我们企业想找高校 names the university as someone else.
      const stop = markerFinds.find((m) => m.start >= fp.end && clauses[m.start] === clauses[fp.start])?.start ?? Infinity;
      // (转让给我们以后学校能拿: words that break the description between them — 以后, 给, 说 — name someone else.)
      // (我们明年可能会变成中型企业: a verb of becoming lets the kind stand further off.)
      // (我们是一家30人的小微企业: so may a description's — not a word naming an item, 我们是一个省级高新区里的龙头企业.)
      const namesItem = (p: Find<string>) => (itemFinds ??= itemNames.findAll(text)).some((f) => f.start <= p.start && p.end <= f.end);
      // (我们是无锡一家建有省重点实验室的研究所: a description up to 的 right before the kind, in one clause, reaches further.)
      const describedUpTo = (p: Find<string>) => p.start - fp.end <= DESCRIBED_REACH && text[p.start - 1] === '的' && !/[\p{P}]/u.test(text.slice(fp.end, p.start));
      const describes = v.grammar.describing.some((w) => text.startsWith(w, fp.end));
      // (我在市里一家公立医院做临床研究: so may a workplace said right after the person, with an indefinite before it.)
      const worksAt = (p: Find<string>) => v.grammar.workplace.some((w) => text.startsWith(w, fp.end)) && v.grammar.indefinite.some((w) => text.slice(fp.end, p.start).includes(w));
      const reach = (p: Find<string>) => p.start - fp.end <= 6 || (p.start - fp.end <= 12 && (v.grammar.becoming.some((w) => text.slice(fp.end, p.start).includes(w)) || (describes && !namesItem(p)) || worksAt(p))) || (describes && describedUpTo(p));
      // (跟我们自己控股的公司签的: nor one the asker owns.)
      const owned = (p: Find<string>) => v.grammar.ownedBy.some((w) => text.slice(fp.end, p.start).endsWith(w));
      // (我们是外地一所高校在无锡设立的新型研发机构: nor one placed elsewhere, said to have set up another here — the one
      // set up speaks; 我们是江南大学在无锡设立的研究院 stays as it was read.)
      const setsUp = (p: Find<string>) => outside.findAll(text.slice(fp.end, p.start)).length > 0 && setUpHereEnd(text, p.end) >= 0;
      const first = found.find((p) => p.start >= fp.end && reach(p) && p.start < stop && clauses[p.start] === clauses[fp.start] && !founded(text, p.start, p.word) && !setsUp(p) && !v.grammar.selfBreaks.some((w) => text.slice(fp.end, p.start).includes(w)) && !servedBy(p) && !owned(p));
      if (!first) continue;
      // (激励我们的科研人员: people of the askers' own, 我们的 right before them, are their staff, not who asks.)
      if (!v.firstPersonSingular.includes(fp.word) && parties.get(first.value)!.person && text.slice(fp.end, first.start) === '的' && !isAsked(text, fp.start, v.grammar) && !text.startsWith('是', fp.end)) continue;
      // 我是学校技转中心的技术经理人: a person said to be of an institution is the one asking; the institution employs them.
      const person = v.firstPersonSingular.includes(fp.word) && !parties.get(first.value)!.person ? found.find((p) => p.start >= first.end && p.start - first.end <= PERSON_OF_INSTITUTION && clauses[p.start] === clauses[fp.start] && parties.get(p.value)!.person) : undefined;
      if (person && !/^(下属|里|那边)?的?$/.test(text.slice(first.end, person.start))) {
        self.add(person.value);
        selfFinds.push(person);
        continue;
      }
      self.add(first.value);
      selfFinds.push(first);
      const next = found.find((p) => p.start >= first.end && p.value !== first.value);
      if (next && /^(下属|里|那边)?的?$/.test(text.slice(first.end, next.start))) {
        // (我在大学校友会工作: two kinds run together are one name, whose last word says what it is.)
        // (我们是一所大学的校友会: so does a body of its own said as another organisation's — the alumni body, not the
        // university; 一家市属国企的研究院 acts for the state firm.)
        if (!parties.get(next.value)!.person && (next.start === first.end || (parties.get(next.value)!.ownBody && !parties.get(first.value)!.person))) {
          self.delete(first.value);
          selfFinds.splice(selfFinds.indexOf(first), 1);
        }
        self.add(next.value);
        selfFinds.push(next);
      }
    }
    const firstPersonFinds = firstPersons;
    // 我在学校技术转移中心工作，算是驻校的技术经理人 / 我在一家技术转移公司做技术经纪人: one person's role, said
    // after a verb of working or being, is who speaks; the institution named is where they work.
    const singular = firstPersonFinds.find((fp) => v.firstPersonSingular.includes(fp.word));
    if (singular && ![...self].some((p) => parties.get(p)!.person)) {
      // (我是一家技术转移公司的技术经纪人: the verb may stand before the workplace the role is of, 的 joining them.)
      const role = found.find((p) => p.start > singular.end && parties.get(p.value)!.person && !isAsked(text, p.start, v.grammar) && v.grammar.roleVerbs.some((w) => {
        const at = text.lastIndexOf(w, p.start - w.length);
        const gap = text.slice(at + w.length, p.start);
        const ofWorkplace = gap.endsWith('的') && gap.length <= 10 && found.some((q) => q.start >= at + w.length && q.end <= p.start);
        return at >= singular.end && clauses[at] === clauses[p.start] && (gap.length <= 4 || ofWorkplace) && !v.grammar.selfBreaks.some((b) => gap.includes(b));
      }));
      if (role) {
        self.clear();
        self.add(role.value);
        selfFinds.push(role);
      }
    }
    for (const m of markerFinds) {
      // 必须跟高校一起报吗: a partner asked about (必须, 一定要 … before the marker) is no partner stated.
      // (Only an asking word right before the marker: 是不是我们和江南大学签的都能补 still names the partner.)
      if (v.grammar.asking.some((w) => text.slice(0, m.start).endsWith(w)) && isAsked(text, m.start, v.grammar)) continue;
      // 和江南大学签的 / 对方是一家普通公司 / 跟江南大学下面的一个科技公司签的: in the words after a marker up to
      // the verb, each part of a list (江南大学、中科院的一个所) names one party, by the last party word in it.
      let [, clauseEnd] = clauseAt(text, m.start);
      // (合作方不是大学，是上海一家民营科技公司: a partner denied, then the next clause naming another, reaches to it.)
      const denied = partyWords.findAll(text.slice(m.end, clauseEnd)).length > 0 && !found.some((p) => p.start >= m.end && p.end <= clauseEnd);
      if (denied && v.grammar.ratherIs.some((w) => text.startsWith(w, clauseEnd + 1))) clauseEnd = clauseAt(text, clauseEnd + 1)[1];
      const span = text.slice(m.end, clauseEnd);
      // (对方是上海一家做软件的私营公司: a verb after an indefinite, before 的 and the party, describes that party and ends nothing.)
      const describes = (e: Find<true>) => {
        const party = found.find((p) => p.start > m.end + e.end && p.end <= clauseEnd);
        const lead = span.slice(0, e.start);
        const between = party ? text.slice(m.end + e.end, party.start) : '';
        return party !== undefined && between.includes('的') && !/[\p{P}]/u.test(between) && v.grammar.indefinite.some((w) => lead.includes(w));
      };
      const verb = endWords.findAll(span).find((e) => !v.notCounterpartyEnds.some((w) => span.startsWith(w, e.start)) && !describes(e));
      // 哪些条跟医疗机构直接相关: a marker of relation, not of a partner, when no verb of working together follows.
      if (!verb && v.grammar.relatedTo.some((w) => text.slice(m.end, clauseEnd).includes(w))) continue;
      if (!verb && m.value === 'verb') continue;
      const spanEnd = verb ? m.end + verb.start : Math.min(clauseEnd, m.end + 20);
      // 和我们签的 / 和我们公司: the first person after a marker; the party named before the marker is the partner.
      if (firstPersonFinds.some((fp) => fp.start === m.end)) {
        // (跟我们签合同的那些企业: with none before it, the party the words describe, after them.)
        const before = found.filter((p) => p.end <= m.start && clauses[p.start] === clauses[m.start]).at(-1) ?? found.find((p) => p.start > m.end && clauses[p.start] === clauses[m.start]);
        if (before) {
          counterparties.push(before.value);
          partnerFinds.push(before);
        }
        continue;
      }
      const inSpan = found.filter((x) => x.start >= m.end && x.end <= spanEnd && !selfFinds.includes(x));
      if (inSpan.length === 0) continue;
      // 梁溪区的企业和江阴的企业，补助标准有没有区别: two of one kind joined, with no verb of working together, are a
      // list of applicants, not one and its partner.
      const joined = found.filter((p) => p.end <= m.start && clauses[p.start] === clauses[m.start]).at(-1);
      // (Only a marker that joins — 和 — not one naming the partner: 企业B的合作方是一家民营检测公司.)
      if (!verb && joined && inSpan.every((x) => x.value === joined.value) && v.grammar.listJoiners.includes(m.word)) continue;
      const groups: Find<string>[][] = [[]];
      for (const x of inSpan) {
        const prev = groups[groups.length - 1]!.at(-1);
        if (prev && /[、和及与跟]/.test(text.slice(prev.end, x.start))) groups.push([]);
        groups[groups.length - 1]!.push(x);
      }
      for (const g of groups) {
        counterparties.push(g.at(-1)!.value);
        partnerFinds.push(g.at(-1)!);
      }
      partnerSpans.push([m.end, inSpan.at(-1)!.end]);
    }
    // 我们一共签了三份技术合同，江南大学150万，中科院在无锡的一个研究所200万，还有一家民营科技公司100万: after a clause of
    // signing said by the asker, with no party in it, the clauses that follow each naming one party before one figure
    // list the partners, each with its contract.
    if (counterparties.length === 0) {
      const signing = endWords.findAll(text).find((e) => {
        const [from, to] = clauseAt(text, e.start);
        return firstPersonFinds.some((fp) => fp.start >= from && fp.end <= e.start) && !found.some((p) => p.start >= from && p.end <= to);
      });
      const figureStarts = signing ? amountsIn(text).map((a) => a.start) : [];
      for (let from = signing ? clauseAt(text, signing.start)[1] + 1 : text.length; from < text.length; ) {
        const to = clauseAt(text, from)[1];
        const inClause = found.filter((p) => p.start >= from && p.end <= to);
        const figures = figureStarts.filter((s) => s >= from && s < to);
        // (中科院在无锡的一个研究所: the last party word before the figure names it.)
        const party = inClause.at(-1);
        if (!party || figures.length !== 1 || party.end > figures[0]! || parties.get(party.value)!.person || inClause.some((p) => selfFinds.includes(p))) break;
        counterparties.push(party.value);
        partnerFinds.push(party);
        partnerSpans.push([from, party.end]);
        from = to + 1;
      }
    }
    // (小微企业，想用某高校的专利: with no first person, a kind said alone as the first clause, another kind named after it,
    // is the asker, as 我们是小微企业 would say.)
    const alone = found[0];
    if (self.size === 0 && firstPersons.length === 0 && alone && alone.start === 0 && clauseAt(text, 0)[1] === alone.end && !partnerFinds.includes(alone) && found.some((p) => p.start > alone.end && p.value !== alone.value)) {
      self.add(alone.value);
      selfFinds.push(alone);
    }
    // 能不能用高校的专利先用后付: an organisation of another kind whose results are named (高校的专利) is the other party.
    if (self.size > 0 && counterparties.length === 0) {
      // (东南大学无锡校区的一个专利: a campus or branch named between, within the clause.)
      const owns = (p: Find<string>) => v.grammar.ownedThings.some((w) => { const i = text.indexOf(w, p.end); return i >= p.end && i - p.end <= 6 && clauseAt(text, i)[0] <= p.end; });
      const owner = found.find((p) => !self.has(p.value) && !parties.get(p.value)!.person && owns(p));
      if (owner) {
        counterparties.push(owner.value);
        partnerFinds.push(owner);
      }
    }
    // 我们是一家小微企业，看中了某大学一项专利: with the asker said and no partner marked, an organisation of another
    // kind named as one of its kind (某大学, 一所高校) is the other party.
    // (我是医生，在一家民营医院工作: one of a kind named as where the asker works is the asker's own workplace.)
    if (self.size > 0 && counterparties.length === 0) {
      for (const p of found) {
        if (self.has(p.value) || parties.get(p.value)!.person || selfFinds.includes(p) || founded(text, p.start, p.word) || receive.test(text.slice(p.end, p.end + 8))) continue;
        const indefinite = v.grammar.indefinite.find((w) => text.slice(0, p.start).endsWith(w));
        if (!indefinite) continue;
        if (v.grammar.workplace.some((w) => text.slice(0, p.start - indefinite.length).endsWith(w))) {
          self.add(p.value);
          selfFinds.push(p);
        } else {
          counterparties.push(p.value);
          partnerFinds.push(p);
        }
        break;
      }
    }
    // 我是教授 / 我们课题组: a person whose words say where they work speaks for that kind of organisation too, unless
    // the message names the organisation itself.
    if (![...self].some((p) => !parties.get(p)!.person)) {
      for (const f of selfFinds) {
        const unit = parties.get(f.value)!.unitOf[f.word];
        if (unit && self.has(f.value)) self.add(unit);
      }
    }
    // The party opening a message (某高校…, 学校想用…), when it is no partner.
    // (一家建有技术创新中心的研究院（事业单位）…: or described after an indefinite that opens the message, up to 的.)
    // (审核科研平台资助：三所都建有重点实验室的高校，…: or opening the first clause that names a party, with an indefinite
    // or a count, after a lead closed by a colon.)
    const describedOpening = (p: Find<string>) => {
      const [from] = clauseAt(text, p.start);
      const lead = from === 0 || (/[:：]/.test(text[from - 1] ?? '') && !found.some((q) => q.start < from));
      return lead && text[p.start - 1] === '的' && (v.grammar.indefinite.some((w) => text.startsWith(w, from)) || findCounts(text.slice(from, p.start)).some((c) => c.start === 0));
    };
    // (我在核科研平台成果转化资助。某大学建有…: or opening the first sentence that names a party, after any words saying
    // who reviews it — 我们在审核一所高校的申报.)
    // (另外区里有2所高校建有重点实验室，今年新增和企业的…: or after a word opening another question.)
    const openingAt = (i: number) => {
      const from = sentenceAt(text, i)[0];
      const lead = v.grammar.nextQuestionLeads.find((w) => text.startsWith(w, from))?.length ?? 0;
      return lead + (notFirst.findAll(text.slice(from + lead, i)).find((w) => w.start === 0)?.end ?? 0);
    };
    const opening = found[0] && (found[0].start - sentenceAt(text, found[0].start)[0] - openingAt(found[0].start) <= OPENING || describedOpening(found[0])) && !partnerFinds.includes(found[0]) ? found[0] : undefined;
    // 江阴一家企业和东南大学合作: without a first person, the party before 和 is the one asking.
    if (self.size === 0 && counterparties.length > 0 && !firstPersonFinds.length) {
      const firstMarker = markerFinds[0]!;
      // 某高校有国家技术创新中心，去年跟企业新签…: else the party opening the message, in an earlier clause.
      const subject = found.filter((p) => p.end <= firstMarker.start && clauses[p.start] === clauses[firstMarker.start]).at(-1) ?? (opening && opening.end <= firstMarker.start ? opening : undefined);
      if (subject) self.add(subject.value);
    }
    // 学校想用“先使用后付费”把专利给一家大型企业用: without a first person, the party opening the message, right
    // before a verb of intending, is the one asking.
    // (一所在锡高校有国家重点实验室，今年新增…: or of having, what it has is said of it.)
    if (self.size === 0 && !firstPersonFinds.length && opening && [...v.grammar.intending, ...v.grammar.having].some((w) => text.startsWith(w, opening.end))) {
      self.add(opening.value);
      selfFinds.push(opening);
    }
    // 学校能拿多少 / 企业和学校分别能拿多少: a party word right before a verb of receiving names whose benefits are asked.
    const asked: string[] = [];
    /** 那些企业能不能也拿: many of the party asked about, each its own applicant. */
    let askedMany = false;
    /** 那家初创公司能不能也申请: the party asked about is pointed at, someone other than the asker. */
    let askedPointed = false;
    /** 给我们供这套系统的科技公司也能申请吗: the party asked about, by a verb of receiving after it, serves the asker. */
    let servedAsked = false;
    for (const [i, p] of found.entries()) {
      // (带成果创办企业最高能拿多少: a company to be founded is not asked about.)
      // (那企业那边呢: a party's side asked after, with no verb, is asked about too.)
      // (跟我们签合同的那些企业，能不能同时也拿补助: a party pointed at, its verb after a comma.)
      const before = text.slice(0, p.start);
      const many = v.grammar.many.some((w) => before.endsWith(w));
      if (many) askedMany = true;
      const pointedAt = many || demonstrativeBefore(text, p.start, { counted: true }) || servedBy(p);
      const next = pointedAt ? text.slice(p.end, p.end + 9).replace(/^[，,]/, '') : text.slice(p.end, p.end + 8);
      // (学校的科研平台资助和我们的产学研补助各能拿多少: an item said to be a party's — 学校的 — asks about that party.)
      // (Not a person of it: 江南大学的技术经理人 is who speaks.)
      const after = text.slice(p.end + 1, p.end + 12);
      // (跟高校的产学研合同: the partner's, marked as such, is the contract with it — not an item of its own.)
      // (Nor the workplace of the person speaking: 我是江南大学的驻校技术经理人 — the role names an item, but is who speaks.)
      // (同时跟中科院某研究所的产学研合同: nor a partner marked further before, its name run on.)
      const markedFurther = partnerFinds.includes(p) && markerFinds.some((m) => m.end <= p.start && clauses[m.start] === clauses[p.start]);
      const owns = !markerFinds.some((m) => m.end === p.start) && !markedFurther && text.startsWith('的', p.end) && itemNames.findAll(after).some((f) => f.start === 0) && !partyWords.findAll(after).some((f) => f.start === 0) && !selfFinds.some((f) => f.start > p.end && f.start - p.end <= PERSON_OF_INSTITUTION);
      // (有没有给医院的具体资金标准: what is meant for a party — 给…的 — asks about that party.)
      // (Money meant for it, not what was done with it: 新增给企业的合同 is a contract with enterprises.)
      // (给高校院所的补贴: of two kinds run together, 给 stands before the first.)
      const runBefore = i > 0 && found[i - 1]!.end === p.start ? text.slice(0, found[i - 1]!.start) : before;
      const meantFor = v.grammar.meantFor.some((w) => runBefore.endsWith(w)) && text.startsWith('的', p.end) && moneyWords.some((w) => text.slice(p.end + 1, p.end + 9).includes(w));
      // (江南大学那边签这个合同有没有钱拿: a party's side, with receiving asked later in the message.)
      const sideThenReceives = recv.sides.some((w) => text.startsWith(w, p.end)) && recv.verbs.some((w) => text.indexOf(w, p.end) >= 0);
      // (签约企业按产学研补助能拿多少: an item named between the party and its verb of receiving.)
      const byItem = itemNames.findAll(text.slice(p.end, p.end + 12)).find((f) => f.start <= 1);
      const itemThenReceives = byItem !== undefined && receive.test(text.slice(p.end + byItem.end, p.end + byItem.end + 8));
      if ((!receive.test(next) && !sideAsked.test(text.slice(p.end, p.end + 6)) && !owns && !meantFor && !sideThenReceives && !itemThenReceives) || founded(text, p.start, p.word)) continue;
      asked.push(p.value);
      if (pointedAt || v.grammar.otherSide.some((w) => text.startsWith(w, p.end))) askedPointed = true;
      if (servedBy(p)) servedAsked = true;
      // 企业和学校分别能拿多少: the parties joined to it by 和 / 与 / 、 are asked too.
      for (let j = i - 1; j >= 0 && JOINS.test(text.slice(found[j]!.end, found[j + 1]!.start)); j--) asked.push(found[j]!.value);
    }
    // 一个技术经理人促成的…，他能拿多少: a pronoun of one person, after a person named, before a verb of receiving asks
    // about that person.
    const personNamed = found.find((p) => parties.get(p.value)?.person);
    if (personNamed) {
      for (const w of v.grammar.personPronouns) {
        for (let at = text.indexOf(w, personNamed.end); at >= 0; at = text.indexOf(w, at + 1)) if (receive.test(text.slice(at + w.length, at + w.length + 8)) && !asked.includes(personNamed.value)) asked.push(personNamed.value);
      }
    }
    // 企业说市里会补他们30%，他们能拿多少: a pronoun of the other party before a verb of receiving asks about that party.
    // (有家企业报产学研补助，跟江南大学的合同…，他们申请105万: with no first person, the one the message opens on and
    // works with the partner is who 他们 are.)
    const subjectSpoken = firstPersonFinds.length === 0 && self.size > 0 && opening !== undefined && self.has(opening.value);
    if (counterparties.length === 1 && !subjectSpoken) {
      for (const w of v.grammar.otherParty) {
        for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) if (receive.test(text.slice(at + w.length, at + w.length + 8)) && !asked.includes(counterparties[0]!)) asked.push(counterparties[0]!);
      }
    }
    // 我个人能拿30%吗 / 我们能拿吗: the speaker asks for themselves.
    // 我个人能从这个政策拿到钱吗: a source named between (从…) does not break it; 个人 asks for the person alone.
    const receiving = (fp: { end: number }) => receive.test(text.slice(fp.end, fp.end + 16).replace(/^(个人|自己|单位|这边)/, '').replace(FROM_SOURCE, ''));
    // (这笔转让我们院自己能拿到什么奖励: or after the asker's own word for itself.)
    const askedSelf = firstPerson.findAll(text).some(receiving) || selfWordFinds.some(receiving);
    const askedPersonally = firstPerson.findAll(text).some((fp) => text.startsWith('个人', fp.end) && receiving(fp));
    // 高校能牵头组建创新联合体吗: one party named and no one else is the one the question is about; within a
    // conversation that knows who asks (如果是科研院所呢), a kind named alone is the partner.
    if (self.size === 0 && counterparties.length === 0 && asked.length === 0) {
      // A company to be founded (带成果创办企业) is not the one asking.
      const kinds = [...new Set(found.filter((p) => !founded(text, p.start, p.word)).map((p) => p.value))];
      // 申请单位是哪类？— 是企业: a kind that answers the question just asked about the asker is the asker.
      // (江南大学 answering which the partner is stays the partner: that kind states the fact as a partner too.)
      const kind = kinds.length === 1 ? parties.get(kinds[0]!) : undefined;
      const answersPending = pending !== null && kind !== undefined && pending in kind.asSelf && !(pending in kind.asCounterparty);
      // 企业B合同额333万 (a bureau working through several applicants): one of several of the asker's kind is an asker too.
      const labels = v.grammar.instanceLabels;
      const instance = kinds.length === 1 && found.some((p) => labels.includes(text[p.end] ?? '') || labels.includes(text[p.start - 1] ?? ''));
      // (某企业合同额200万，按就高原则应该拿多少: one of a kind named with its own figure is the one worked out for, not an
      // answer about the partner.)
      const described = () => found.some((p) => p.value === kinds[0] && v.grammar.indefinite.some((w) => text.slice(0, p.start).endsWith(w))) && amountsIn(text).length > 0;
      // (企业能不能区里市里两头都拿, the topic being the enterprise's item: the kind it is for, asked about.)
      const topicKind = kinds.length === 1 && (parties.get(kinds[0]!)?.serves ?? []).some((b) => topicFor.has(b));
      // (那换成中科院在苏州的一个研究所呢，合同额还是1.2百万 on the enterprise's contract: one of a kind the topic is not
      // for, with a figure, is the partner, not the one worked out for.)
      const describedApplicant = () => described() && (topicFor.size === 0 || topicKind);
      // (某企业自己建的企业重点实验室，能按这条申报吗 under the institutions' platform item: one of a kind said with an
      // indefinite and doing something itself is the one asking whether it may apply, not the item's partner.)
      const doingItself = () => found.some((p) => p.value === kinds[0] && v.grammar.indefinite.some((w) => text.slice(0, p.start).endsWith(w)) && recv.own.some((w) => text.startsWith(w, p.end)));
      // (企业说它还是省级开发区的龙头企业 in a bureau's check: the one whose claims are checked, the case's applicant.)
      const reports = () => found.some((p) => p.value === kinds[0] && v.grammar.reporting.some((w) => text.startsWith(w, p.end)));
      // (第三家是有省重点实验室的公立医院，2025年2000万… in a bureau's check: one said to be another of the applicants is one.)
      const anotherApplicant = () => anotherWords.findAll(text).some((w) => found.some((p) => p.value === kinds[0] && p.start >= w.end && clauses[p.start] === clauses[w.start]));
      // (江阴一家企业同时符合江阴本地的产学研补贴和市里的30%补贴 in a bureau's conversation: one of a kind said with an
      // indefinite opening its clause, a place at most before it, is the case's applicant, not a partner.)
      const opensClause = () => found.some((p) => {
        const lead = p.value === kinds[0] ? v.grammar.indefinite.find((w) => text.slice(0, p.start).endsWith(w)) : undefined;
        if (lead === undefined) return false;
        const before = text.slice(clauseAt(text, p.start)[0], p.start - lead.length);
        return before === '' || inside.findAll(before).some((f) => f.start === 0 && f.end === before.length);
      });
      // (我们隔壁一家民营研发公司也建了实验室，它能申请这条吗: one pointed at after by a pronoun before a verb of receiving
      // is asked about, someone other than the asker.)
      // (给我们提供无人车的供应商能不能也按这条拿钱: so is one described as serving the asker.)
      const pointedBack = kinds.length === 1 && (found.some(servedBy) || v.grammar.otherParty.some((w) => { const at = text.indexOf(w, found[0]!.end); return at >= 0 && receive.test(text.slice(at + w.length, at + w.length + 8)); }));
      // (我们这个中心同时也给企业做中试熟化: one the first person serves — 给, 为 right before it — is no one asking.)
      const served = kinds.length === 1 && found.filter((p) => p.value === kinds[0]).every((p) => firstPersons.some((fp) => fp.end <= p.start && clauses[fp.start] === clauses[p.start]) && v.grammar.objectLeads.some((w) => text.slice(0, p.start).endsWith(w)));
      // (那我们要是在无锡新吴区设个子公司，用子公司签合同呢: the asker acting through one of a kind is that one, applying.)
      // (A word or two may stand between: 用子公司, 通过新公司.)
      const actingAt = (p: Find<string>) => v.grammar.actingThrough.some((w) => { const i = text.lastIndexOf(w, p.start - w.length); return i >= 0 && p.start - (i + w.length) <= ACTING_REACH && clauses[i] === clauses[p.start]; });
      // (Only a kind the topic's items are for: 我们想用高校的专利 names the partner's results, not who applies.)
      const through = kinds.length === 1 && topicKind && firstPersons.length > 0 && found.some((p) => p.value === kinds[0] && !parties.get(p.value)!.person && actingAt(p));
      // (子公司注册资本只有100万 after the asker's subsidiary signs: its own affiliate is the asker, applying.)
      const affiliate = kinds.length === 1 && topicKind && found.every((p) => v.grammar.ownAffiliates.some((w) => text.slice(Math.max(0, p.end - w.length), p.end) === w));
      // (这100万封顶是按每份合同算，还是每家企业每年算 after the enterprise's contract: the asker's own kind named again, with no
      // partner known of that kind, is no partner but the one asked about; it states nothing new of the asker.)
      // Only the kind said bare, once, opening its clause (or after 还是, 每家), with no question pending: 如果是民营企业呢,
      // 那外资企业呢, 如果许可给另一家医院呢 suppose the other party still; 企业之间签的合同 names both sides; 企业 answering
      // 与企业合作的是哪类单位 is the partner.
      const bareAt = (p: Find<string>) => {
        const before = text.slice(clauseAt(text, p.start)[0], p.start);
        const rest = before.slice(0, before.length - (v.grammar.average.find((w) => before.endsWith(w))?.length ?? 0));
        return (rest === '' || v.grammar.alternatives.some((w) => rest.endsWith(w))) && !v.grammar.between.some((w) => text.startsWith(w, p.end));
      };
      const knownAsker = pending === null && kinds.length === 1 && askers.includes(kinds[0]!) && found.length === 1 && bareAt(found[0]!);
      if (through || affiliate) self.add(kinds[0]!);
      else if (pointedBack) {
        asked.push(kinds[0]!);
        askedPointed = true;
      } else if (kinds.length === 1 && !served && (!knownParties || answersPending || instance || describedApplicant() || doingItself() || reports() || anotherApplicant() || opensClause())) self.add(kinds[0]!);
      else if (topicKind && found.some((p) => p.value === kinds[0] && recv.verbs.some((w) => text.indexOf(w, p.end) >= 0))) asked.push(kinds[0]!);
      else if (knownAsker) asked.push(kinds[0]!);
      else if (kinds.length === 1 && !served && Object.keys(parties.get(kinds[0]!)?.asCounterparty ?? {}).length > 0) {
        counterparties.push(kinds[0]!);
        partnerFinds.push(found[0]!);
      }
    }
    // 我们医院作为合作方，能不能拿那个…补助: a yes-or-no question of receiving, no one else asked, is the asker's own.
    const askedWhether = asked.length === 0 && firstPersonFinds.length > 0 && whetherReceive.findAll(text).length > 0;
    if (askedSelf || askedWhether) for (const p of self) if (!asked.includes(p) && (!askedPersonally || parties.get(p)!.person)) asked.push(p);
    // (企业和我们所分别能拿到什么支持: the parties joined by 和 / 与 / 、 before the asker's own words asked are asked too —
    // where the asker's kind is said, or the asker would be left out: 学校和我们分别能拿多少 of a bare 我们.)
    if (self.size > 0) for (const s of [...firstPerson.findAll(text), ...selfWordFinds].filter(receiving)) {
      let at = s.start;
      for (let j = found.filter((f) => f.end <= s.start).length - 1; j >= 0 && JOINS.test(text.slice(found[j]!.end, at)); at = found[j]!.start, j--) if (!asked.includes(found[j]!.value)) asked.push(found[j]!.value);
    }
    // (我们学校的校友会也能申请这个奖励吗: of two kinds asked joined by 的, the body is asked, not whose it is.)
    found.forEach((p, i) => {
      const q = found[i + 1];
      if (q && text.slice(p.end, q.start) === '的' && p.value !== q.value && asked.includes(p.value) && asked.includes(q.value) && !parties.get(p.value)!.person && !parties.get(q.value)!.person) asked.splice(asked.indexOf(p.value), 1);
    });
    // 企业A和无锡学院签的… then 企业B的合同…: the letter naming the one applicant a message is about, beside its kind.
    // (Not the partner's, nor of several: 企业A和企业B is more than one.)
    const lone = (at: number, beyond: number) => v.grammar.instanceLabels.includes(text[at] ?? '') && !/[A-Za-z0-9]/.test(text[beyond] ?? '');
    const letterOf = (p: Find<string>) => (lone(p.end, p.end + 1) ? text[p.end] : lone(p.start - 1, p.start - 2) ? text[p.start - 1] : undefined);
    const letters = new Set(found.filter((p) => !partnerFinds.includes(p)).flatMap((p) => letterOf(p) ?? []));
    // (张某另外还有一个技术咨询合同300万: or a placeholder name, said alone, of a person.)
    const names = v.grammar.instanceLabels.filter((l) => l.length > 1 && text.includes(l));
    // (如果丙的项目其实还没实现转化落地: or a letter alone before 的, opening the message after an if or a pointing word.)
    const opens = (lead: string) => lead === '' || leads.some((w) => lead === w || (lead.startsWith(w) && leads.includes(lead.slice(w.length))));
    // (不对，A是1500万，重新算一下，合计多少: or after a word of correcting, with a figure in its clause — not 不对，A是跟私营企业
    // 签的, whose partner is said.)
    const corrected = (i: number, lead: string) => correctionLeads.includes(lead) && /\d/.test(normalizeDigits(text.slice(i + 1, clauseAt(text, i)[1])));
    // (A说其中一个项目特别重要: or before a word of its saying.)
    // (这几家里C对接的其实是市级重点实验室 after A's, B's and C's counts: a letter the conversation counted needs no such word.)
    const firstAt = (l: string) => { for (let i = text.indexOf(l); i >= 0; i = text.indexOf(l, i + 1)) if (namesLetterAt(text, i) || (knownLetters.has(l) && !v.grammar.notLetterAfter.some((w) => text.startsWith(w, i + 1)))) return [i]; return []; };
    // (刚核实，丁用的是区里自建的平台: a lead closed by a comma opens it too.)
    // (又来一家戊，用了九万五千元: or one brought in as one more, a comma after it.)
    const broughtIn = (i: number) => { const lead = text.slice(0, i).replace(edgePunctuation, ''); const w = v.grammar.letterNewOne.find((x) => lead.endsWith(x)); return w !== undefined && /[，,]/.test(text[i + 1] ?? '') && opens(lead.slice(0, -w.length).replace(edgePunctuation, '')); };
    const newOne = singleLetters.flatMap((l) => { const i = text.indexOf(l); return i >= 0 && broughtIn(i) ? [i] : []; });
    const bare = [...singleLetters.flatMap(firstAt).filter((i) => { const lead = text.slice(0, i).replace(edgePunctuation, ''); return opens(lead) || corrected(i, lead); }), ...newOne];
    const applicant = letters.size === 1 ? [...letters][0] : letters.size === 0 && names.length === 1 ? names[0] : letters.size === 0 && names.length === 0 && bare.length === 1 ? text[bare[0]!] : undefined;
    // (X和Y合计最多多少: letters joined as a list name those applicants together.)
    const joinedAt = new Map<string, number>();
    for (const a of singleLetters) for (const b of singleLetters) {
      const i = text.indexOf(a);
      if (a === b || i < 0 || !JOINS.test(text.slice(i + 1, i + 2)) || text.slice(i + 2, i + 3) !== b) continue;
      joinedAt.set(a, i);
      joinedAt.set(b, i + 2);
    }
    const applicants = joinedAt.size > 1 ? [...joinedAt].sort((x, y) => x[1] - y[1]).map(([l]) => l) : undefined;
    // 我是驻校技术经理人，促成学校和一家企业签了500万…企业能拿多少: a deal the asker brought about between two others —
    // of the one asked, the other is the partner.
    for (const [b0, b1] of v.grammar.brokering.flatMap((w) => findWord(text, w))) {
      const m = markerFinds.find((x) => x.start >= b1 && clauses[x.start] === clauses[b0]);
      const x = m && found.find((p) => p.start >= b1 && p.end <= m.start);
      const y = m && found.find((p) => p.start >= m.end && clauses[p.start] === clauses[m.start]);
      if (!x || !y || x.value === y.value || !asked.includes(y.value) || asked.includes(x.value)) continue;
      counterparties.splice(0, counterparties.length, x.value, ...counterparties.filter((c) => c !== y.value && c !== x.value));
      partnerFinds.splice(0, partnerFinds.length, x, ...partnerFinds.filter((p) => p !== y && p !== x));
      break;
    }
    // 如果我们不是高校的团队，而是从一家企业研发部出来的团队: the asker denying one kind, the next clause — opening with
    // 而是 — names the kind it is.
    for (const fp of firstPersonFinds) {
      const [, end] = clauseAt(text, fp.start);
      const deniedKind = partyWords.findAll(text).find((p) => p.start > fp.end && p.end <= end && isNegated(text, p.start));
      const lead = v.grammar.ratherIs.filter((w) => w.length > 1 && text.startsWith(w, end + 1))[0];
      const rather = deniedKind && lead ? found.find((p) => p.start > end && p.end <= clauseAt(text, end + 1)[1] && p.value !== deniedKind.value) : undefined;
      if (!rather) continue;
      self.clear();
      self.add(rather.value);
      selfFinds.push(rather);
      counterparties.splice(0, counterparties.length, ...counterparties.filter((c) => c !== rather.value));
      partnerFinds.splice(0, partnerFinds.length, ...partnerFinds.filter((p) => p !== rather));
      break;
    }
    return { self: [...self], counterparties: [...new Set(counterparties)], asked: [...new Set(asked)], askedMany, askedPointed, servedAsked, partnerFinds, partnerSpans, selfFinds, applicant, applicants };
  }

  /** The facts that who is speaking and who the other party is state (我们学校 → the research side is a university). */
  function partyFacts(self: string[], counterparties: string[]): StatedFacts {
    const facts: StatedFacts = {};
    for (const id of counterparties.slice(0, 1)) Object.assign(facts, parties.get(id)!.asCounterparty);
    for (const id of self) Object.assign(facts, parties.get(id)!.asSelf);
    return facts;
  }

  function readItems(text: string, skip: Find<string>[] = []): string[] {
    // (我算驻校技术经理人: an item's name holding the role of a person who speaks, after two more words of its own, is still
    // named; the role alone is not.)
    const holds = (f: Find<string>, x: Find<string>) => parties.get(x.value)?.person === true && f.start <= x.start && x.end <= f.end && f.end - f.start >= x.end - x.start + 2;
    const named = itemNames.findAll(text).filter((f) => !isNegated(text, f.start) && !skip.some((x) => x.start < f.end && f.start < x.end && !holds(f, x)));
    const byName = new Map<string, Set<string>>();
    for (const f of named) byName.set(f.word, new Set([...(byName.get(f.word) ?? []), f.value]));
    const chosen = new Set<string>();
    // (认定2个概念验证中心和1个中试服务平台，另外去年认定的1个中试平台绩效评价是优秀: where some name has the qualifiers in
    // its own clause, a name whose clauses have none is the plain item.)
    const qualifiedIn = (f: Find<string>, within: string) => [...byName.get(f.word)!].some((id) => itemById.get(id)!.qualifiers.some((q) => within.includes(q)));
    const clauseOf = (f: Find<string>) => { const [from, to] = clauseAt(text, f.start); return text.slice(from, to); };
    const qualifiedApart = named.some((f) => qualifiedIn(f, clauseOf(f)));
    // (如果明年绩效评价为优秀，还能拿多少？另外我们还想建一个概念验证中心，认定后最多能拿多少: a question of its own before
    // a name qualifies none of its items — unlike one after it, 概念验证中心认定以后能拿多少？每年还有吗.)
    const outside = (word: string) => questionsBefore(text, text.indexOf(word), v.grammar.questionMarks).reduceRight((rest, [from, to]) => rest.slice(0, from) + rest.slice(to), text);
    for (const [word, ids] of byName) {
      const candidates = [...ids].map((id) => itemById.get(id)!);
      const plainHere = qualifiedApart && named.filter((f) => f.word === word).every((f) => !qualifiedIn(f, clauseOf(f)));
      // (建了概念验证中心并通过了认定，同时省里给了我们仪器开放共享绩效奖励62万: a qualifier in a clause naming only an item
      // of another measure — 开放共享…绩效奖励 — is that item's, not this one's.)
      const measures = new Set([...ids].map((id) => measureOfItem.get(id)));
      const othersOnly = named.filter((f) => !ids.has(f.value) && !measures.has(measureOfItem.get(f.value)) && !clauseOf(f).includes(word)).map(clauseOf);
      const within = othersOnly.reduce((rest, clause) => rest.split(clause).join('\u3000'), outside(word));
      const plain = candidates.filter((c) => c.qualifiers.length === 0);
      // (我们…在组建创新联合体，任务型的联合攻关项目最多能拿多少: a name whose every item has qualifiers has no plain one to be —
      // unless it is asked of in a question of its own with none of them, 创新联合体有哪些支持？另外生态型的平台…, or in a
      // clause asking, 创新联合体能拿哪些支持，任务型的最多多少 — not said of the asker, 我们大学是一个创新联合体的成员单位。)
      const askedPlain = () => named.some((f) => {
        if (f.word !== word) return false;
        const [from, to] = sentenceAt(text, f.start);
        const unqualified = !candidates.some((c) => c.qualifiers.some((q) => text.slice(from, to).includes(q)));
        return (unqualified && sentenceQuestionMarks.includes(text[to] ?? '')) || v.grammar.questionWords.some((w) => clauseOf(f).includes(w));
      });
      const qualifiedAll = plainHere && (plain.length > 0 || askedPlain()) ? [] : candidates.filter((c) => c.qualifiers.some((q) => within.includes(q)));
      // (我们牵头组建了创新联合体。任务型攻关项目立项以后能拿多少: a qualifier said only in clauses naming another of them by
      // a name not its own, and none of its own — 以后 beside 任务型 — qualifies that other one.)
      const clauseStart = (at: number) => clauseAt(text, at)[0];
      const byOther = (c: (typeof candidates)[number]) => {
        const spots = c.qualifiers.flatMap((q) => findWord(text, q).map(([at]) => clauseStart(at)));
        const inClause = (g: Find<string>, at: number) => clauseStart(g.start) === at;
        return spots.length > 0 && spots.every((at) => !named.some((g) => g.value === c.id && inClause(g, at)) && named.some((g) => g.value !== c.id && qualifiedAll.some((o) => o.id === g.value) && !c.names.includes(g.word) && inClause(g, at)));
      };
      const qualifiedOwn = qualifiedAll.filter((c) => !byOther(c));
      const qualified = qualifiedOwn.length > 0 ? qualifiedOwn : qualifiedAll;
      // (概念验证中心认定支持、第一年的优秀绩效奖励: the plain item too, when its own support is named beside the qualified.)
      // (…一个中试平台认定，再加一个中试平台绩效优秀的绩效奖励: or when the name is said again in a clause with none of
      // the qualifiers, beside one with them.)
      const saidPlainToo = qualifiedApart && named.some((f) => f.word === word && !qualifiedIn(f, clauseOf(f))) && named.some((f) => f.word === word && qualifiedIn(f, clauseOf(f)));
      const plainToo = qualified.length > 0 && (saidPlainToo || v.grammar.plainSupport.some((w) => text.includes(w)));
      const pick = qualified.length > 0 ? (plainToo ? [...plain, ...qualified] : qualified) : plain.length > 0 ? plain : candidates;
      for (const c of pick) chosen.add(c.id);
    }
    // A more specific item named makes a plainer one named only by a shorter part of its word redundant
    // (联合体的成员单位…人才攻关联合体 is about the talent consortium, not every consortium).
    const wordsOf = (id: string) => named.filter((f) => f.value === id).map((f) => f.word);
    // (这个创新联合体必须由谁牵头: so is one named by a word that a longer name written with … reaches over, 联合体…谁牵头.)
    const spansOf = (id: string) => named.filter((f) => f.value === id);
    const reachedOver = (id: string, other: string) => spansOf(id).every((f) => spansOf(other).some((g) => g.word.includes('…') && g.start < f.end && f.start < g.end && g.end - g.start > f.end - f.start));
    // (人才计划，政策里有相关说法吗？还有，联合体是不是必须国企牵头: not one named again in a question of its own, apart
    // from every name of the more specific items.)
    // (The questions are split out only when an item is covered by a more specific one: most messages have none.)
    let questions: [number, number][] | undefined;
    const questionOf = (f: Find<string>) => (questions ??= sentenceSpans(text).filter(([, end]) => v.grammar.questionMarks.includes(text[end] ?? ''))).find(([from, to]) => from <= f.start && f.start < to);
    const apart = (id: string, others: string[]) => spansOf(id).some((f) => { const q = questionOf(f); return q !== undefined && others.every((o) => spansOf(o).every((g) => g.start >= q[1] || g.end <= q[0])); });
    const covering = (id: string, w: string) => [...chosen].filter((other) => other !== id && wordsOf(other).some((o) => o.length > w.length && o.includes(w)));
    const specific = [...chosen].filter((id) => !((wordsOf(id).every((w) => covering(id, w).length > 0) && !apart(id, wordsOf(id).flatMap((w) => covering(id, w)))) || [...chosen].some((other) => other !== id && reachedOver(id, other))));
    // An item named only by words that describe a party (龙头企业, 重点实验室: words of a fact too) gives way to
    // an item named by its own name (辖区有家龙头企业牵头搞了个生态型联合体 is about the consortium).
    const describing = (id: string) => wordsOf(id).every((w) => factWords.has(w));
    // (我们是在锡高校的技术转移中心，想联合一家投资机构建概念验证中心: nor one named as what the asker is, at the end of a
    // clause opening with 我们是, beside an item named elsewhere by its own name — not 我们是开发区龙头企业，对接了省重点实验室.)
    // (技术转移服务公司: a kind's word after the name, ending the clause, is still what the asker is — not 的 of
    // 我们是想申请揭榜项目的, what the asker means to do.)
    // (我们是中试平台的: 的 after a name said right after 我们是 is what the asker is too.)
    const kindAfter = (f: Find<string>, to: number) => to === f.end || partyWords.findAll(text.slice(f.end, to)).some((p) => p.start === 0 && p.end === to - f.end);
    const identity = (f: Find<string>) => { const [from, to] = clauseAt(text, f.start); const said = v.grammar.selfIs.find((w) => text.startsWith(w, from)); return said !== undefined && (kindAfter(f, to) || (from + said.length === f.start && v.grammar.selfIsEnd.includes(text.slice(f.end, to)))); };
    const isAsker = (id: string) => spansOf(id).every(identity);
    const asked = specific.filter((id) => !isAsker(id));
    const kept = asked.some((id) => !describing(id)) && asked.length < specific.length ? asked : specific;
    return kept.some((id) => !describing(id)) ? kept.filter((id) => !describing(id)) : kept;
  }

  /** 我在市文广旅游局 / 我是市科技局的: a first-person word that only says which department speaks, one of its own right after. */
  const speakerLinks = [...v.grammar.workplace, ...v.grammar.roleIs];
  function departmentSpeaks(text: string, person: Find<unknown>): boolean {
    return departments.findAll(text).some((d) => {
      if (d.start < person.end) return false;
      const gap = text.slice(person.end, d.start);
      return speakerLinks.some((w) => gap === w || v.places.localLevel.some((l) => gap === w + l));
    });
  }

  /**
   * Whether departments are named and each only says where the speaker works (我在市科技局，… / 我是市科技局的), with no
   * other first-person word but the speaker's own (我想了解): 我在市科技局，哪几项跟我们局有关 asks of the bureau itself.
   */
  function departmentsSpeak(text: string): boolean {
    const persons = firstPerson.findAll(text);
    const introducing = persons.filter((p) => departmentSpeaks(text, p));
    return introducing.length > 0 && departments.findAll(text).length === introducing.length && persons.every((p) => introducing.includes(p) || v.grammar.speakerAlone.includes(p.word));
  }

  /** The city's departments named: not 梁溪区科技局 / 江阴市科技局 / 区科技局, a district's or county's bureau, nor 跟区政府部门签的, one dealt with (unlike 教育局和财政局, a list). */
  function readDepartments(text: string): string[] {
    const finds = departments.findAll(text);
    const dealt = (d: Find<string>) => v.grammar.dealtWith.some((w) => {
      const [before = '', after = ''] = w.split('…');
      return text.slice(0, d.start).endsWith(before) && !finds.some((p) => p.end === d.start - before.length) && text.slice(d.end, clauseAt(text, d.start)[1]).includes(after);
    });
    // (我是区科技局的: a district's own bureau, 区 right before.)
    // (Not 县区政府, a name that itself opens with one: 区政府 after 县 is the districts' and counties' governments.)
    const local = (d: Find<string>) => !v.places.localLevel.some((w) => d.word.startsWith(w)) && v.places.localLevel.some((w) => text.slice(0, d.start).endsWith(w));
    return [...new Set(finds.filter((d) => !inside.findAll(text).some((p) => p.end <= d.start && d.start - p.end <= 1) && !dealt(d) && !local(d)).map((d) => d.value))];
  }

  const measureCount = kb.measures.filter((m) => m && m.number > 0).length;
  /** The most characters a heading has: words before a pointer at a measure are read up to so many (科创金融那条). */
  const headingLongest = Math.max(...kb.measures.map((m) => m.heading.length));
  /** 第6条 / 第十三条: the measures named, and those named that the document does not have. */
  function readMeasures(text: string): { present: number[]; absent: number[]; bare: boolean; bareAfter: boolean } {
    const present: number[] = [];
    const absent: number[] = [];
    // (这一条的负责部门有哪些？和第三条国企那条的有什么不同: a pointer before any measure named, with no heading's words before
    // it, points at the topic's; not 第八条，这一条由哪些部门负责, which points at the one just named.)
    let bare = false;
    /** 跟第二条比，这一条…: a pointer standing alone after a measure named (the topic's only where the two are compared). */
    let bareAfter = false;
    let firstNamed = Infinity;
    for (const m of measureRefs(text)) {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : parseBareCount(m[1]!);
      if (n === null || n < 1) continue;
      firstNamed = Math.min(firstNamed, m.index!);
      const list = n <= measureCount ? present : absent;
      if (!list.includes(n)) list.push(n);
    }
    // 科创金融那条呢: words of a measure's heading right before a word pointing at a measure name it.
    for (const point of v.grammar.measurePointers) {
      if (text.startsWith(point)) bare = true;
      for (let at = text.indexOf(point); at > 0; at = text.indexOf(point, at + 1)) {
        let headed = false;
        // (国有企业科技成果转化那一条: the longest words a heading holds — 科技成果转化 is measure 2's too.)
        for (let len = Math.min(headingLongest, at); len >= 2 && !headed; len--) {
          const said = text.slice(at - len, at);
          // (国企那一条: a kind's word, its label in the heading — 增强国有企业科技成果转化动力.)
          const label = Object.values(v.parties).find((p) => p.words.includes(said))?.label;
          const m = kb.measures.find((x) => x.number > 0 && (x.heading.includes(said) || (label !== undefined && x.heading.includes(label))));
          // (概念验证中心和中试平台这两条: words inside the name of another measure's item — 平台 of 中试平台 — name that item,
          // not this heading; 场景应用那条 names its own measure's.)
          if (m && itemNames.findAll(text).some((n) => n.start <= at - len && at <= n.end && measureOfItem.get(n.value) !== m.number)) break;
          // (跟医疗机构有关的条款: a kind's word no heading holds names no measure by the end of it — 机构 of 建设…服务机构.)
          if (!m && label !== undefined) break;
          if (m) {
            if (!present.includes(m.number)) present.push(m.number);
            headed = true;
          }
        }
        if (!headed && endsClause(text, at - 1)) {
          if (at < firstNamed) bare = true;
          else bareAfter = true;
        }
      }
    }
    // (跟人才有关的条款: the words before a relation pointer that one heading alone holds, not a kind's word — 企业 — nor
    // words many headings hold — 成果转化, 平台.)
    for (const point of v.grammar.relationPointers) {
      for (let at = text.indexOf(point); at > 0; at = text.indexOf(point, at + 1)) {
        for (let len = Math.min(HEADING_WORDS_MAX, at); len >= 2; len--) {
          const said = text.slice(at - len, at);
          // (和国企有关的条款 / 跟高校院所有关的措施: a kind's word names a measure only by a label or word of four characters or
          // more that one heading holds — 国有企业, 高校院所 — never 企业.)
          const kind = Object.values(v.parties).find((p) => p.words.some((w) => w.endsWith(said) || said.endsWith(w)));
          const byKind = kind ? [said, kind.label].filter((w) => w.length >= KIND_HEADING_MIN) : [said];
          if (byKind.length === 0) break;
          const holding = kb.measures.filter((x) => x.number > 0 && byKind.some((w) => x.heading.includes(w)));
          if (holding.length > 1) break;
          if (holding.length === 1) {
            if (!present.includes(holding[0]!.number)) present.push(holding[0]!.number);
            break;
          }
        }
      }
    }
    return { present, absent, bare, bareAfter };
  }

  /**
   * Whether a text names measures or items and says nothing else: what stands beside their names and numbers is only
   * words pointing back, correcting or asking again (grammar askedAgain), or words of a measure's heading.
   */
  function onlyMeasureNamed(text: string): boolean {
    const rest = withoutWords(maskSpans(text, [...itemNames.findAll(text).map((f): [number, number] => [f.start, f.end]), ...measureRefs(text).map((m): [number, number] => [m.index!, m.index! + m[0].length])]), besideMeasureAskedAgain);
    const bare = rest.replace(/[\s\p{P}\u3000]/gu, '');
    return bare === '' || kb.measures.some((m) => m.heading.includes(bare));
  }

  function readIntents(text: string, topicItems: readonly string[] = []): IntentId[] {
    const whole = text.replace(edgePunctuation, '').toLowerCase();
    const exact = exactIntents.get(whole);
    const found = new Set<IntentId>(exact ? [exact] : []);
    // (结余经费能一起拿来入股: words of receiving or of two together inside words of putting to use say neither.)
    // (有没有规定占多少权重: nor one of a weight or a score.)
    const notAsked = [...v.grammar.putToUse, ...v.grammar.weightAsked].flatMap((w) => findWord(text, w));
    // (Nor a word of money inside an item's name: 结余经费 is what is put in; nor one of who is in charge: 联合体由谁牵头 asks
    // the provision who leads it, not the department; nor one of two together: 联合体的成员单位能不能组团一起申报人才项目.)
    let named: readonly Find<string>[] | undefined;
    const inName = (f: Find<IntentId>) => (named ??= itemNames.findAll(text)).some((n) => n.start <= f.start && f.end <= n.end && n.end - n.start > f.end - f.start);
    const finds = intents.findAll(text).filter((f) => !((f.value === 'amount' || f.value === 'combination') && notAsked.some(([a, b]) => a <= f.start && f.end <= b)) && !((f.value === 'amount' || f.value === 'departments' || f.value === 'combination') && inName(f)));
    for (const f of finds) {
      // 合同加起来1800万: a sum said of the figure that follows is what was signed, not a question of totals.
      // (一共800万对吧: not a sum asked to be confirmed, a ceiling word after it.)
      // (合计1500万，对吗: a comma may stand between.)
      const confirmed = (a: { end: number }) => { const after = text.slice(a.end).replace(/^[，,]/, ''); return v.grammar.ceilingWordsAfter.some((w) => after.startsWith(w)); };
      if (f.value === 'total' && amountsIn(text).some((a) => a.start >= f.end && a.start - f.end <= TOTAL_OF_FIGURE && !confirmed(a))) continue;
      found.add(f.value);
    }
    // (我们是企业，补贴有哪些: words of a list ending the message ask the list.)
    if (v.grammar.listAtEnd.some((w) => whole.endsWith(w))) found.add('list');
    // (行业协会这类社会组织呢: a kind of body the measures do not list, asked of with nothing else, asks the scope.)
    if (found.size === 0 && v.grammar.unlistedKinds.some((w) => text.includes(w))) found.add('scope');
    // (我们是事业单位性质的，还能申请吗 / 同时还能申请…吗: with no year said, whether one may apply, not until when.)
    // (如果获奖是2023年的，现在还能申请吗: the year an award was won is not one asked of the validity.)
    const yearSaid = () => relativeYearsSaid(text).length > 0 || findYears(text).length > 0 || yearsIn(text).some((y) => !wonInYear(text, y));
    const validityFinds = finds.filter((f) => f.value === 'validity');
    if (found.has('validity') && validityFinds.every((f) => withYear.has(f.word)) && !yearSaid()) found.delete('validity');
    // 需要准备哪些材料？截止时间是什么时候: a deadline asked beside the application is the guide's, not the measures' validity
    // (a word both intents list, and no word of the validity's own).
    // (这个政策什么时候截止 names the measures as a whole: their validity too — not 这个政策里产学研补助什么时候截止申报,
    // an item's application placed in them.)
    const wholeAsked = () => v.grammar.wholeDocument.some((w) => text.includes(w)) && (named ??= itemNames.findAll(text)).length === 0;
    if (found.has('guide') && found.has('validity') && validityFinds.every((f) => guideWords.has(f.word)) && !wholeAsked()) found.delete('validity');
    // 是不是每个团队都能拿1000万: everyone getting it is whether it comes without review, not two items together.
    // (这个原则是针对所有条款吗: or pointed at, where no other item of the text — whose own 原则 it might be, 国资基金原则上… —
    // is named or the topic.)
    const rulePointed = () => v.grammar.rulePointed.some((w) => text.includes(w)) && !(named ??= itemNames.findAll(text)).some((f) => provisionIds.has(f.value)) && !topicItems.some((id) => provisionIds.has(id));
    if (found.has('combination') && v.grammar.everyOne.some((w) => text.includes(w)) && !v.grammar.ruleNamed.some((w) => text.includes(w)) && !rulePointed()) {
      found.delete('combination');
      found.add('automatic');
    }
    // (是不是只要来创业的团队都能拿这么多: the 都 of 只要…都能, whoever comes, not two items together; 这项补助每年都能申请吗:
    // the 都 of every year, a ceiling's reach.)
    const combiningInside = (intent: IntentId) => finds.filter((f) => f.value === 'combination').every((c) => finds.some((a) => a.value === intent && a.start <= c.start && c.start < a.end));
    if (found.has('combination') && (combiningInside('automatic') || combiningInside('reach'))) found.delete('combination');
    // (是不是在哪个平台用都能拿联动奖补: whichever platform, not two items together.)
    if (found.has('combination') && v.grammar.whichever.some((w) => text.includes(w))) found.delete('combination');
    return [...found];
  }

  /** Reads the text once; `read` calls it again on the corrected text when typos were fixed. */
  function readText(raw: string, ctx: ReadContext, corrections: Correction[]): Reading {
    const text = normalizeAmountText(raw.trim());
    const named = readMeasures(text);
    // 第二份 / 第二单 / 第一笔: an earlier figure referred to by its place.
    const ordinal = ordinalRe.exec(normalizeDigits(text));
    // (不对，最后那笔…是1800万 after three deals: the last place of the figures the conversation holds.)
    const ordinalNumber = countOf(ordinal) ?? (ctx.placedFigures?.length && v.grammar.lastFigure.some((w) => text.includes(w)) ? ctx.placedFigures.length : null);
    const firstOfNumber = countOf(firstOfRe.exec(normalizeDigits(text)));
    const firstItemsNumber = firstItemsRe ? countOf(firstItemsRe.exec(normalizeDigits(text))) : null;
    // (第一家和获奖企业这家合计多少: places named, and the one pointed at last — 这家 — as the last one.)
    const placesSaid = [...normalizeDigits(text).matchAll(new RegExp(ordinalRe.source, 'g'))].map(countOf).filter((n): n is number => n !== null && n > 0);
    const lastPointed = v.grammar.lastPointed.some((w) => text.includes(w));
    const places = [...new Set([...placesSaid, ...(lastPointed ? [0] : [])])];
    const reading: Reading = {
      text,
      corrections,
      intents: readIntents(text, ctx.topicItems),
      facts: {},
      amounts: [],
      mentioned: [],
      refused: [],
      self: [],
      counterparties: [],
      asked: [],
      items: readItems(text),
      measures: named.present,
      ...(named.absent.length > 0 ? { absentMeasures: named.absent } : {}),
      // (Not 这两条的负责部门分别是谁？我说的是第一条和第七条: the measures named are the ones pointed at.)
      ...((named.bare || (named.bareAfter && v.grammar.measureCompared.some((w) => findWord(text, w).length > 0))) && named.present.length === 1 ? { topicMeasurePointed: true as const } : {}),
      ...(ordinalNumber ? { ordinal: ordinalNumber } : {}),
      // (如果第三笔没落地，只算前两笔呢: the first ones counted alone, whatever place is said beside them.)
      ...(firstOfNumber !== null && firstOfNumber > 1 && (!ordinalNumber || v.grammar.onlyThis.some((w) => text.includes(w))) ? { firstOf: firstOfNumber } : {}),
      ...(firstItemsNumber !== null && firstItemsNumber > 1 ? { firstItems: firstItemsNumber } : {}),
      ...(ordinal && ordinalNumber && v.grammar.applicantCounters.some((w) => ordinal![0].endsWith(w)) ? { ordinalApplicant: true as const } : {}),
      ...(places.length > 1 ? { places } : {}),
      ...(v.grammar.onceAsked.some((w) => text.includes(w)) ? { onceSaid: true as const } : {}),
      // (梁溪区科技局 / 江阴市科技局: a district's or county's bureau is not the city's.)
      departments: readDepartments(text),
      ...(departmentsSpeak(text) ? { departmentsSpeak: true as const } : {}),
      elsewhere: null,
      inside: [...new Set(inside.findAll(text).map((p) => p.value))],
      outsideTopic: null,
      // (我在核…资助。某大学…: first-person words that only say who reviews the applications say no speaker.)
      speaker: firstPerson.findAll(text).length > 0 ? speakerOf(text) : null,
      option: false,
      assumedYearly: null,
      ...(questionWords.has(text) ? { interrogative: true } : {}),
      ...(bothWords.findAll(text).length > 0 ? { both: true } : {}),
      ...(differenceWords.findAll(text).length > 0 ? { difference: true } : {}),
      ...(anotherWords.has(text) ? { another: true } : {}),
      ...((v.grammar.budget.some((w) => text.includes(w)) && v.grammar.enough.some((w) => text.includes(w))) || (v.grammar.budgetRest.some((w) => text.includes(w)) && !timeAsked.some((w) => text.includes(w))) ? { budgetAsked: true as const } : {}),
      // (问两个事：一是…，二是…？: questions numbered in one sentence are as many as they are numbered.)
      questions: Math.max(sentenceQuestionMarks.reduce((n, m) => n + text.split(m).length - 1, 0), v.grammar.numberedQuestions.filter((w) => text.includes(w)).length),
    };
    // (新型研发机构能申请吗 / 民办非企业性质的新型研发机构，有资格吗, opening a conversation: one kind of body asked whether it
    // may take part, nothing else named, asks the scope.)
    const kindAlone = () => partyWords.findAll(text).length === 1 && itemNames.findAll(text).length === 0 && readMeasures(text).present.length === 0 && findAmounts(text).length === 0;
    if (!ctx.topicItems?.length && !reading.intents.some((i) => i !== 'conditions') && v.grammar.takingPart.some((w) => text.includes(w)) && kindAlone()) reading.intents.push('scope');
    // (要在无锡交税吗 / 在无锡纳税满一年吗: paying tax in a place is said of the applicant, a condition, not how the money is taxed.)
    if (reading.intents.includes('tax') && intents.findAll(text).filter((f) => f.value === 'tax').every((f) => inside.findAll(text.slice(Math.max(0, f.start - PLACE_BEFORE_TAX), f.start)).length > 0)) reading.intents = reading.intents.filter((i) => i !== 'tax');
    // (这个政策是市里出的吗: who issued it, its 市里出的 inside the words of issuing, not who pays.)
    const issuerFinds = reading.intents.includes('issuer') ? intents.findAll(text).filter((f) => f.value === 'issuer') : [];
    // (另外…签的150万技术服务合同，能不能一起算进去: a figure counted in with the rest, not two policies' support combined.)
    if (reading.intents.includes('combination') && amountsIn(text).length > 0 && intents.findAll(text).filter((f) => f.value === 'combination').every((f) => v.grammar.countedIn.some((w) => text.startsWith(w, f.end)))) reading.intents = reading.intents.filter((i) => i !== 'combination');
    if (issuerFinds.length > 0 && intents.findAll(text).filter((f) => f.value === 'funder').every((f) => issuerFinds.some((g) => f.start < g.end && g.start < f.end))) reading.intents = reading.intents.filter((i) => i !== 'funder');
    // (经开区在这个措施里是不是每一条都有责任: a place whose own committee the measures name, asked about as a department.)
    // (我是无锡经开区管委会的…我们要不要出配套资金: matching funds asked where a government or district is named are who pays.)
    if (!reading.intents.includes('funder') && v.grammar.matchingFunds.some((w) => text.includes(w)) && (reading.departments.length > 0 || v.grammar.districtGovernments.some((w) => text.includes(w)))) reading.intents.push('funder');
    // (Not a place with a party of it after — 经开区的企业…找哪个部门 — nor where the asker says it is: 我们公司在经开区.)
    if (reading.departments.length === 0 && reading.intents.includes('departments')) {
      const clauses = clauseIndex(text);
      const askerBefore = (at: number) => firstPerson.findAll(text).some((f) => f.start < at && clauses[f.start] === clauses[at]);
      const place = inside.findAll(text).find((p) => v.departmentOfPlace[p.value] !== undefined && text[p.end] !== '的' && !askerBefore(p.start));
      if (place) reading.departments = [v.departmentOfPlace[place.value]!];
    }
    const facts = reading.facts;
    // (是不是只要促成了交易并落地就一定能拿到 after the manager's award: an item named only by words holding a word of one of
    // the topic's facts, 落地, is that fact said, no other item.)
    // (Only a question whether it is had so, of no other applicant: 另外一个开发区龙头企业… names its own item.)
    if (ctx.topicItems?.length && !reading.another && reading.intents.some((i) => i === 'automatic' || i === 'conditions') && reading.items.some((id) => !ctx.topicItems!.includes(id))) {
      // (那第七条后半段龙头企业的奖励，对企业有什么要求 after the platform's: not a kind's word — 企业 of 龙头企业 — which names
      // who applies, not the topic's condition.)
      const topicWords = ctx.topicFacts.flatMap((f) => plainFactWords.get(f) ?? []).filter((w) => text.includes(w) && !Object.values(v.parties).some((p) => p.words.includes(w)));
      const finds = itemNames.findAll(text);
      const holdsTopicWord = (f: Find<string>) => topicWords.some((w) => f.end - f.start > w.length + 1 && text.slice(f.start, f.end).includes(w));
      reading.items = reading.items.filter((id) => {
        const named = finds.filter((f) => f.value === id);
        return ctx.topicItems!.includes(id) || named.length === 0 || !named.every(holdsTopicWord);
      });
    }
    // (第十条新建交易平台最多给多少？另外第九条和第十条各自是哪些部门负责: or beside an item named, all those the departments
    // are asked of, not the item's alone.)
    if ((named.present.length > 1 || reading.items.length > 0) && reading.intents.includes('departments')) {
      const asking = sentencesOf(text).filter((sentence) => intents.findAll(sentence).some((f) => f.value === 'departments')).flatMap((sentence) => readMeasures(sentence).present);
      if (asking.length > 0 && (asking.length < named.present.length || reading.items.length > 0)) reading.departmentsOf = [...new Set(asking)];
    }

    // A pressed option is matched exactly, before any looser reading.
    const labels = ctx.pending ? optionLabels.get(ctx.pending) : undefined;
    const pressed = labels?.get(raw.trim().replace(edgePunctuation, ''));
    if (ctx.pending && pressed !== undefined) {
      facts[ctx.pending] = pressed;
      reading.option = true;
      return reading;
    }

    /** Parties said to be somewhere; `subject` where the party is named first (校友会是在上海注册的), not 在南京大学. */
    const placedParties: { place: string; party: string; subject?: true; /** Said with 的 between (南京的企业), not a name (南京大学). */ of?: true; /** Where the party's word ends. */ end?: number }[] = [];
    // A place outside Wuxi asked about with its policies (苏州的政策), unless Wuxi is named too.
    // 上海交大的合同 / 一家上海的科技公司 place a party, not the policy: a party named between place and policy word.
    for (const o of outside.findAll(text)) {
      const [, clauseEnd] = clauseAt(text, o.start);
      const rest = text.slice(o.end, clauseEnd);
      const policy = policyWords.findAll(rest)[0];
      // 苏州的技术经理人奖励: a party the policy word follows at once is the policy's subject, not a partner there.
      const partners = partyWords.findAll(rest.slice(0, policy?.start ?? 0)).filter((p) => policy && policy.start - p.end > 1);
      // (引进外地人才的购房补贴: nor people from there, named right after it, beside a topic outside the measures — not
      // 上海的人才政策有哪些, that place's policy for people.)
      const people = v.grammar.placedPeople.some((w) => rest.startsWith(w)) && outsideTopics.has(text);
      if (people) continue;
      if (policy && reading.inside.length === 0 && partners.length === 0) reading.elsewhere = o.value;
      // 能申请无锡这个补贴吗？顺便问下苏州有没有类似的政策: the other place's policy, asked beside this one's.
      else if (policy && partners.length === 0 && !located.has(text.slice(Math.max(0, o.start - 4), o.start))) reading.elsewhereToo ??= o.value;
      // 上海交大 / 外地高校 / 南京的一所高校: a party named at once after the place is there.
      // (江苏大学在镇江: or one named just before it, a word of being somewhere between.)
      // (我们是外地一所高校在无锡设立的…: the asker said to be there, and the party so placed too.)
      else {
        if (located.has(text.slice(Math.max(0, o.start - 4), o.start))) reading.askerOutside ??= o.value;
        const party = partyWords.findAll(rest)[0];
        const lead = text.slice(clauseAt(text, o.start)[0], o.start);
        const at = v.places.partyAt.filter((w) => lead.endsWith(w)).sort((a, b) => b.length - a.length)[0];
        const before = at !== undefined ? partyWords.findAll(lead.slice(0, lead.length - at.length)).filter((p) => p.end === lead.length - at.length).at(-1) : undefined;
        // (常州武进的一家企业: an indefinite may stand between 的 and the party.)
        const indefinite = party === undefined ? '' : v.grammar.indefinite.filter((w) => rest.slice(0, party.start).endsWith(`的${w}`)).sort((a, b) => b.length - a.length)[0] ?? '';
        const partOfPlace = party !== undefined && party.start - indefinite.length <= PLACE_PART_TO_PARTY && rest[party.start - indefinite.length - 1] === '的' && partyWords.findAll(rest.slice(0, party.start)).length === 0;
        if (party && (party.start <= PLACE_TO_PARTY || partOfPlace)) placedParties.push({ place: o.value, party: party.value, end: o.end + party.end, ...(rest[party.start - 1] === '的' ? { of: true as const } : {}) });
        else if (before) placedParties.push({ place: o.value, party: before.value, subject: true });
      }
    }
    // (研发费用加计扣除和高新技术企业认定…税收减免呢: every one named, not the first alone.)
    // (人员编制怎么调整: words overlapping — 人员编制, 编制怎么调整 — are said as the one stretch they cover.)
    // (这笔奖补…需要交个税吗: not a word inside a phrase asking how the money is taxed — that asks of this policy's money.)
    const outsideFinds = outsideTopics.findAll(text);
    const taxAsked = outsideFinds.length > 0 ? (v.intents.tax?.phrases ?? []).flatMap((w) => findWord(text, w)) : [];
    const programmeFinds = outsideFinds.filter((f) => !taxAsked.some(([a, b]) => a <= f.start && f.end <= b)).reduce<{ start: number; end: number }[]>((spans, f) => {
      const last = spans.at(-1);
      if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
      else spans.push({ start: f.start, end: f.end });
      return spans;
    }, []);
    const programmes = [...new Set(programmeFinds.map((f) => text.slice(f.start, f.end)))];
    if (programmes.length > 0) reading.outsideTopic = programmes.join('、');
    // (…加计扣除能按这个政策申请吗？另外…200万的合同，能补多少: asked in a sentence with no figure, beside the policy's own.)
    const askedApart = programmeFinds.filter((f) => {
      const [from, to] = sentenceAt(text, f.start);
      const sentence = text.slice(from, to + 1);
      return findAmounts(sentence).length === 0 && v.grammar.questionMarks.some((m) => sentence.includes(m));
    });
    if (askedApart.length > 0 && askedApart.length < sentencesOf(text).filter((x) => x.trim().length > 0).length) reading.outsideToo = [...new Set(askedApart.map((f) => text.slice(f.start, f.end)))].join('、');

    // (The kinds of party the topic's items are for: 企业能不能区里市里两头都拿 after the contract subsidy asks about the enterprise.)
    const topicFor = new Set((ctx.topicItems ?? []).flatMap((id) => beneficiaryOf.get(id) ?? []));
    // (…跟市里30%、最高100万不一致，企业该按哪个拿 naming the contract subsidy, no topic yet: the kinds its items are for.)
    const namedFor = new Set(reading.items.flatMap((id) => beneficiaryOf.get(id) ?? []));
    const forNamed = topicFor.size === 0 ? namedFor : topicFor;
    const who = readParties(text, ctx.knownParties, ctx.pending, forNamed, ctx.askers, new Set([...Object.keys(ctx.letterCounts ?? {}), ...Object.keys(ctx.letterNames ?? {})]));
    reading.self = who.self;
    reading.counterparties = who.counterparties;
    // (给我们供这套系统的科技公司也能申请吗: what a party serving the asker holds, asked of it — a supplier is no application unit.)
    if (who.servedAsked) for (const [id, value] of servedFacts) reading.facts[id] ??= value;
    // (…，还有一家民营科技公司100万: words of another one that name a partner of a list name no other applicant.)
    // (Nor words of one more: the list is what was signed, adding to nothing said before.)
    const inPartnerSpan = (w: Find<unknown>) => who.partnerSpans.some(([from, to]) => w.start >= from && w.end <= to);
    if (reading.another && anotherWords.findAll(text).every(inPartnerSpan)) delete reading.another;
    if (who.partnerSpans.length > 1 && reading.intents.includes('also') && intents.findAll(text).filter((f) => f.value === 'also').every(inPartnerSpan)) reading.intents = reading.intents.filter((i) => i !== 'also');
    // 如果那家医院是民营医院呢: a kind pointed at (那家…) is one said before, whatever this message says it is.
    // (The plain word right after the pointer: 那家医院是民营医院 points at a hospital, whatever 医院…民营 would read as.)
    for (const d of v.grammar.demonstratives.flatMap((w) => [w, `${w}家`, `${w}所`])) {
      for (let at = text.indexOf(d); at >= 0 && !reading.pointed; at = text.indexOf(d, at + 1)) {
        const next = plainPartyWords.filter(([w]) => text.startsWith(w, at + d.length)).sort((a, b) => b[0].length - a[0].length)[0];
        if (next) reading.pointed = next[1];
      }
    }
    // (那常州的企业来申报呢: a party placed outside that applies, in its clause, is one asking from there, not a partner.)
    // (Not past a place inside: 外地高校在无锡设立的研究院能享受吗 asks of the one set up there.)
    const applying = (p: (typeof placedParties)[number]) => {
      if (p.end === undefined) return false;
      const rest = text.slice(p.end, clauseAt(text, p.end)[1]);
      const at = Math.min(...v.places.applying.map((w) => rest.indexOf(w)).filter((i) => i >= 0));
      return Number.isFinite(at) && inside.findAll(rest.slice(0, at)).length === 0;
    };
    // (我们公司能拿多少？东南大学在南京不在无锡，有影响吗 on the contract subsidy: with the asker said, of a kind the topic is
    // for, and no partner marked, an organisation of another kind said with its place is the other party.)
    // (Or of an item named in the message: 能按产学研合作拿补助吗.)
    const itemsFor = new Set([...topicFor, ...namedFor]);
    if (who.self.length > 0 && who.counterparties.length === 0 && who.self.some((p) => itemsFor.has(p))) {
      const other = placedParties.find((p) => p.subject && !who.self.includes(p.party) && !itemsFor.has(p.party) && !parties.get(p.party)?.person);
      if (other) who.counterparties.push(other.party);
    }
    const placedApplying = placedParties.find((p) => !p.subject && applying(p) && who.self.length === 0);
    const placed = placedApplying ? undefined : placedParties.find((p) => who.counterparties.includes(p.party));
    if (placed) reading.partnerOutside = placed;
    if (placedApplying) reading.askerOutside ??= placedApplying.place;
    // 我们团队是上海的高校: the asker's own kind, placed outside, is where the asker is.
    const placedSelf = placedParties.find((p) => who.self.includes(p.party) && !who.counterparties.includes(p.party));
    if (placedSelf && !placed) reading.askerOutside ??= placedSelf.place;
    // (那南京的企业能不能申请: a kind asked about, placed outside with 的 and no one else named, asks as one from there.)
    const placedAsked = placedParties.find((p) => p.of && who.asked.includes(p.party));
    // (外地高校在无锡设立的研究院能享受吗: the kind asked was set up in Wuxi by one placed outside — neither is elsewhere.)
    // (Only so said: the party placed, a word of being at, the place inside, a word of setting up — not 我们公司是在无锡成立的，
    // 合作方是上海的高校, where the one placed is a partner.)
    // (我们是外地一所高校在无锡设立的新型研发机构: or the asker, the kind set up named right after — then the founder, read
    // as a partner, is none; not 我们公司与南京大学签了…，南京大学在无锡设立了研究院, where it is the partner.)
    const setUpBy = (p: (typeof placedParties)[number], kind?: string) => {
      if (p.subject || p.end === undefined || who.self.includes(p.party) || (!kind && who.counterparties.includes(p.party))) return false;
      const after = setUpHereEnd(text, p.end);
      return after >= 0 && (!kind || partyWords.findAll(text.slice(after)).find((k) => k.start <= 1)?.value === kind);
    };
    const setUp = who.asked[0] ?? who.self[0];
    const founder = who.asked.length > 0 ? placedParties.find((p) => setUpBy(p)) : setUp !== undefined ? placedParties.find((p) => setUpBy(p, setUp)) : undefined;
    if (founder) {
      reading.founder = { place: founder.place, party: founder.party, kind: setUp! };
      // (The founder is no partner, and the one set up is not elsewhere: 我们是外地一所高校在无锡设立的….)
      const at = who.counterparties.indexOf(founder.party);
      if (at >= 0) who.counterparties.splice(at, 1);
      if (reading.partnerOutside === founder) delete reading.partnerOutside;
      if (reading.askerOutside === founder.place) delete reading.askerOutside;
    } else if (placedAsked && !placed && who.self.length === 0) reading.askerOutside ??= placedAsked.place;
    // (其中校友会是在上海注册的，这个有限制吗 after two applicants asked of: one of them, named with no one as its partner, is
    // an applicant placed there.)
    else if (!placed && ctx.knownParties && who.self.length + who.counterparties.length === 0 && placedParties.length === 1 && placedParties[0]!.subject) reading.askerOutside ??= placedParties[0]!.place;
    reading.asked = who.asked;
    // (学校那边还能再拿吗 after the enterprise's contract subsidy: again asked of a party the topic's items are not for is
    // that party's own items, not the same money twice.)
    // (Not one where the asker speaks of its own: 学校那边已经拿了区里的奖励，我们还能再拿吗; nor one naming an item, by its
    // rate too — 跟企业那边拿的30%补助会冲突吗 asks whether the two combine: dropped once the items are all read.)
    const askedAgainOfParty = reading.intents.includes('combination') && topicFor.size > 0 && who.asked.length > 0 && who.self.length === 0 && firstPerson.findAll(text).length === 0 && who.asked.every((p) => !(parties.get(p)?.serves ?? []).some((b) => topicFor.has(b)));
    if (who.askedMany) reading.askedMany = true;
    if (who.askedPointed) reading.askedPointed = true;
    if (who.applicant) reading.applicant = who.applicant;
    if (who.applicants) reading.applicants = who.applicants;
    Object.assign(facts, partyFacts(who.self, who.counterparties));
    // 对方是一家民营研究机构，不是事业单位: a partner said outright to be no public unit is of the other kind,
    // whatever its word (研究机构) would make it.
    // (那个研究所其实是民营的研发公司，不是事业单位: a partner pointed at is said too.)
    const partnerSaid = who.counterparties.length > 0 || reading.pointed !== undefined || v.counterpartyMarkers.some((w) => text.includes(w));
    // (一家民营公司办的研究院: or with words between, 民营…研究院.)
    const notPublic = v.grammar.notPublicUnit.some((w) => findWord(text, w).length > 0);
    if (partnerSaid && notPublic) {
      Object.assign(facts, parties.get(v.defaultAsker)?.asCounterparty ?? {});
      for (const p of parties.values()) for (const [f, value] of Object.entries(p.asCounterparty)) if (value === true) facts[f] = false;
    } else if (who.self.some((p) => parties.get(p)?.asSelf.institutionType !== undefined) && notPublic) {
      // 如果我们是已经转制成企业的院所呢: the asker's own institution, said to be no public unit, is of the default kind
      // on either side of a contract (the applicant, or the other party of an enterprise's contract).
      // (我们研究院是民办非企业性质的新型研发机构: said to be no enterprise either, it stays of its kind, no public unit.)
      if (v.grammar.notParties.some((w) => text.includes(w))) Object.assign(facts, parties.get(v.defaultAsker)?.asCounterparty ?? {});
      else {
        for (const p of who.self) for (const f of Object.keys(parties.get(p)?.asSelf ?? {})) delete facts[f];
        Object.assign(facts, parties.get(v.defaultAsker)?.asCounterparty ?? {}, parties.get(v.defaultAsker)?.asSelf ?? {});
        reading.self = [v.defaultAsker];
      }
    }
    // 医院属于政策里说的科研事业单位吗: whether one kind named belongs to a group the text lists.
    if (reading.intents.includes('scope')) {
      const finds = categoryWords.findAll(text);
      // (我们研究所是事业单位，算新型研发机构吗: of groups named, the last is the one asked.)
      const lastAt = (name: string) => Math.max(-1, ...finds.filter((f) => f.value === name).map((f) => f.start));
      for (const [name, c] of Object.entries(v.categories).sort(([a], [b]) => lastAt(b) - lastAt(a))) {
        // (我们是企业，不是事业单位 states what the asker is not; it asks nothing of the group.)
        const said = finds.filter((f) => f.value === name && !isNegated(text, f.start)).map((f) => [f.start, f.end] as const);
        if (said.length === 0) continue;
        // (我是…三甲医院的医生，我们医院算科研事业单位吗: the kind in the clause asking, not who is speaking before it; with
        // none there — 我们是民营研究院，算科研事业单位吗 — the sentence's, then the message's.)
        // (外地一所高校在无锡设立的新型研发机构: the founder is not asked to be one.)
        const named = partyWords.findAll(text).filter((p) => !said.some(([a, b]) => p.start < b && a < p.end) && p.value !== reading.founder?.party);
        const within = (spans: (readonly [number, number])[]) => [...new Set(named.filter((p) => spans.some(([a, b]) => a <= p.start && p.end <= b)).map((p) => p.value))];
        // (Of a group the text does not define, only a kind said before it in its sentence: 民办的研究院算不算新型研发机构, not
        // 新型研发机构能享受这些政策吗？技术转移机构呢.)
        // (企业主导的研究院算新型研发机构吗: the kind nearest before it, what the words before it describe.)
        const nearest = named.filter((p) => said.some(([a]) => p.end <= a && sentenceAt(text, a)[0] <= p.start)).at(-1);
        const kinds = c.undefinedByText ? (nearest ? [nearest.value] : []) : [within(said.map(([a]) => clauseAt(text, a))), within(said.map(([a]) => sentenceAt(text, a))), within([[0, text.length]])].find((k) => k.length > 0) ?? [];
        if (kinds.length !== 1) continue;
        const outside = v.grammar.notPublicUnit.some((w) => text.includes(w));
        // (民办的研究院算不算新型研发机构: a group the text names without saying what belongs to it, of another kind.)
        const apart = c.apart.includes(kinds[0]!);
        reading.category = { name, party: kinds[0]!, member: c.members.includes(kinds[0]!) && !outside, ...(apart ? { apart: true as const } : c.undefinedByText && !c.members.includes(kinds[0]!) ? { open: true as const } : {}) };
        break;
      }
    }
    // 我是技术经理人，…能直接申报职称吗: a kind the asker calls itself names no item.
    // 新型研发机构能享受这些政策吗？技术转移机构呢: nor do kinds asked whether the measures are for them.
    const kindsAsked = reading.intents.includes('scope') && reading.asked.length > 0 ? partyWords.findAll(text) : [];
    // (我是高校技术转移中心的: a person's workplace, named right after its kind and before 的, names no item either.)
    // (我是学校技术转移中心的老师，我们学校有…: so is one a person's word follows, whoever else speaks after.)
    const partyFinds = partyWords.findAll(text);
    // (学校技术转移中心的一位老师促成了…: a count of one person between, too, where no one speaks of their own — not
    // …一位老师问：我们中心做得好有没有奖励, where the centre is the asker's.)
    const ownSaid = firstPerson.findAll(text).length > 0;
    const personAfter = (at: number) => partyFinds.some((p) => parties.get(p.value)?.person === true && (p.start === at || (!ownSaid && p.start > at && findCounts(text.slice(at, p.start)).some((c) => c.start === 0 && c.end === p.start - at))));
    const kindBefore = (f: { start: number }) => (reading.speaker === 'person' ? who.selfFinds : partyFinds).some((x) => x.end === f.start);
    const workplace = itemNames.findAll(text).filter((f) => (reading.speaker === 'person' || personAfter(f.end + 1)) && kindBefore(f) && text[f.end] === '的');
    if (who.selfFinds.length + kindsAsked.length + (ownSaid ? 0 : workplace.length) > 0) {
      const unmasked = reading.items;
      reading.items = readItems(text, [...who.selfFinds, ...kindsAsked, ...workplace]);
      // (…新建一个…科技成果交易服务平台，同时我们也是技术转移机构…这两块市里分别最多能支持多少: two asked of, one item
      // named besides, the kind the asker is names the other — the item for that kind.)
      const kindItems = unmasked.filter((id) => !reading.items.includes(id) && who.selfFinds.some((f) => parties.get(f.value)?.serves.includes(beneficiaryOf.get(id) ?? '')));
      if (reading.both === true && reading.items.length === 1 && kindItems.length === 1) reading.items.push(kindItems[0]!);
      // (说错了，不是新建交易平台，是我们的校友会想做科技成果孵化，做得好有奖励吗: the one item the asker's own kind names,
      // with money asked and no other item, is asked about.)
      else if (reading.items.length === 0 && kindItems.length === 1 && unmasked.length === 1 && reading.intents.includes('amount') && amountsIn(text).length === 0) reading.items = [kindItems[0]!];
    }
    // (第七条给科研事业单位的资助比例和上限是多少？给龙头企业的每项奖励又是多少: a question of its own naming a measure and a
    // kind asked, and no item, asks of that measure's one item for that kind, beside the item the other question names.)
    if ((reading.questions ?? 0) > 1 && reading.items.length > 0) {
      for (const p of partyWords.findAll(text).filter((f) => reading.asked.includes(f.value))) {
        const [from, to] = sentenceAt(text, p.start);
        const sentence = text.slice(from, to);
        if (itemNames.findAll(sentence).length > 0) continue;
        const ofKind = readMeasures(sentence).present.flatMap((m) => kb.measures[m]?.benefits ?? []).filter((b) => parties.get(p.value)!.serves.includes(b.beneficiary));
        if (ofKind.length === 1 && !reading.items.includes(ofKind[0]!.id)) reading.items.unshift(ofKind[0]!.id);
      }
    }
    // (我们是做软件的小公司，平时就是买点检测服务…哪条跟我们可能沾边: what the asker's own kind does that one item pays for
    // names it, where no other item is named — not 企业来买点检测，我们学校能拿什么, nor 向江南大学采购检测服务 (another kind
    // in its clause).)
    // (Said of itself — 我们 — not of a kind in general: 企业买检测服务能补多少 asks what the vouchers may buy.)
    if (reading.speaker === 'organisation' && reading.items.length + reading.measures.length === 0) {
      // (Nor 很多企业来我们这采购检测服务: another kind named in its clause is who does it.)
      const byOther = (f: Find<string>) => { const [from, to] = clauseAt(text, f.start); return partyFinds.some((p) => p.start >= from && p.end <= to && !who.selfFinds.some((x) => x.start === p.start)); };
      const own = [...new Set(ownNames.findAll(text).filter((f) => !isNegated(text, f.start) && !byOther(f) && reading.self.some((p) => parties.get(p)!.serves.includes(beneficiaryOf.get(f.value) ?? ''))).map((f) => f.value))];
      if (own.length === 1) reading.items = own;
    }
    // (兄弟公司…也对接了重点实验室，能申请这个奖励吗 on the leading enterprise's reward: an item named only by words that
    // describe — 重点实验室 — gives way to the topic's item pointed back at.)
    // (这几家里C对接的其实是市级重点实验室 after A's, B's and C's counts: so does it for one of the applicants counted, a
    // condition of the topic's items said — not B还有个技术创新中心，能不能单独申请资助, which asks of the other item.)
    const ofTopicCondition = () => (ctx.topicItems ?? []).some((id) => (conditionFactsOf.get(id) ?? []).some((fact) => { const f = wordFactById.get(fact); return f !== undefined && wordValue(f, text) !== null; }));
    const pointedBack = (ctx.topicItems ?? []).length > 0 && (v.grammar.pointingBack.some((w) => text.includes(w)) || (reading.applicant !== undefined && ctx.letterCounts?.[reading.applicant] !== undefined && ofTopicCondition()));
    if (pointedBack && reading.items.length > 0 && reading.items.every((id) => !ctx.topicItems!.includes(id) && itemNames.findAll(text).filter((f) => f.value === id).every((f) => factWords.has(f.word)))) reading.items = [];
    // 甲是经认定的概念验证中心，乙是经认定的中试服务平台: each letter's stretch, up to the next, naming one item's words.
    const letterFinds = singleLetters.flatMap((letter) => {
      const out: { letter: string; at: number }[] = [];
      for (let at = text.indexOf(letter); at >= 0; at = text.indexOf(letter, at + 1)) {
        if (!/[A-Za-z0-9]/.test(text[at - 1] ?? '') && !/[A-Za-z0-9]/.test(text[at + 1] ?? '') && !v.grammar.notLetterAfter.some((w) => text.startsWith(w, at + 1))) out.push({ letter, at });
      }
      return out;
    }).sort((a, b) => a.at - b.at);
    /** Each letter's stretch of the message, up to the next letter. */
    const stretches = letterFinds.map((m, i) => text.slice(m.at, letterFinds[i + 1]?.at ?? text.length));
    if (new Set(letterFinds.map((m) => m.letter)).size === letterFinds.length && letterFinds.length > 1) {
      const named = stretches.map((x) => itemNames.findAll(x).map((f) => x.slice(f.start, f.end))[0]);
      if (named.every((n) => n !== undefined) && new Set(named).size === named.length) reading.letterNames = Object.fromEntries(letterFinds.map((m, i) => [m.letter, named[i]!]));
    }
    // 甲说它绩效优秀能拿500万 after that: the letter alone, naming no item, is the item it was given.
    const alias = reading.applicant !== undefined ? ctx.letterNames?.[reading.applicant] : undefined;
    if (alias && reading.items.length === 0) reading.items = readItems(text.replace(reading.applicant!, alias));

    // 跟一家民营研究所签: the asker's own facts are not read in the words that name the partner.
    const askerText = maskSpans(text, who.partnerSpans);
    /**
     * A text for reading a topic's fact without its near words: the words of the topic's other facts blanked out
     * (如果对接的是市级重点实验室呢 — 市级 there is the laboratory's, no zone's level).
     * (Only a longer word of another fact holding one of this fact's words: the longest words win.)
     */
    const topicMasked = (id: string, t: string): string => {
      const own = plainFactWords.get(id) ?? [];
      const longer = ctx.topicFacts.filter((o) => o !== id).flatMap((o) => plainFactWords.get(o) ?? []).filter((x) => t.includes(x) && own.some((w) => x !== w && x.includes(w)));
      // (…对接的是市级重点实验室，不是国家或省级的: and the clause right after one, saying what it is not, is of it too.)
      const after = longer.flatMap((x) => {
        const end = t.indexOf(x) + x.length;
        const [, clauseEnd] = clauseAt(t, end);
        const next = t.slice(clauseEnd + 1, clauseAt(t, clauseEnd + 1)[1]);
        return t.slice(end, clauseEnd).replace(edgePunctuation, '').length === 0 && v.grammar.saidNot.some((w) => next.startsWith(w)) ? [next] : [];
      });
      return [...longer, ...after].reduce((acc, x) => acc.split(x).join('\u3000'.repeat(x.length)), t);
    };
    for (const f of wordFacts) {
      // Who is who (the research side, the applicant) comes from the parties, not from any kind word said;
      // a person's own role (我不是科研人员，是行政人员) may be said in words.
      const personal = personFacts.has(f.id) && reading.speaker === 'person';
      if (facts[f.id] !== undefined || (f.values && partySetFacts.has(f.id) && !personal)) continue;
      // In a conversation about the fact's topic, the topic is the context its words need (还没落地转化).
      const onTopic = ctx.topicFacts.includes(f.id);
      const value = wordValue(f, onTopic ? topicMasked(f.id, f.askerOnly ? askerText : text) : f.askerOnly ? askerText : text, { ignoreNear: onTopic });
      if (value !== null) facts[f.id] = value;
      // (还没被认定 said before, then 认定之后，如果当年绩效评价又是优秀，第一年最多一共能拿多少: the no is supposed away.)
      // (Not 认定之后怎么申报 / 如果评上了，还需要什么材料: how to apply is asked, not what follows.)
      else if (ctx.deniedFacts?.includes(f.id) && !reading.intents.includes('guide') && f.afterNo.findAll(text).some((x) => !isNegated(text, x.start))) facts[f.id] = true;
    }

    // 这个奖补是不是要先被评上优秀技术经理人才行？: a yes-or-no fact's own words asked about, not said, in a question.
    // (Only a message that asks — a question mark, or an asking word that is a question by itself — can ask it.)
    const asksSomething = v.grammar.questionMarks.some((m) => text.includes(m)) || v.grammar.askingByThemselves.some((w) => text.includes(w));
    for (const f of asksSomething ? wordFacts : []) {
      if (f.values || facts[f.id] !== undefined) continue;
      // (是不是必须是无锡本地高校的团队: a Wuxi place right before the word asks where, not whether the condition is one.)
      const placed = (x: Find<boolean>) => inside.findAll(text.slice(clauseAt(text, x.start)[0], x.start)).length > 0;
      if (f.yes.findAll(text).some((x) => x.value === true && isAsked(text, x.start, askingNoPointers) && !isNegated(text, x.start) && !placed(x))) (reading.conditionsAsked ??= []).push(f.id);
    }
    // 揭榜项目我们公司自己单独做可以吗，还是必须得联合高校: a partner asked about, not said — what its kind states is asked.
    const partner = who.counterparties[0];
    // (The asking word may stand before the verb that joins the partner: 必须得联合高校.)
    // (Not in a clause that states: 这个项目同时也算跟高校的产学研合作，技术合同… says what the project is.)
    const clauseAsks = (at: number) => { const [, end] = clauseAt(text, at); return end >= text.length - 1 || v.grammar.questionMarks.some((m) => text.slice(at, end + 1).includes(m)); };
    const askedNear = (at: number) => isAsked(text, at, askingNoPointers) || (clauseAsks(at) && askingNoPointers.asking.some((w) => { const i = text.lastIndexOf(w, at); return i >= 0 && at - (i + w.length) <= 3 && clauseAt(text, at)[0] <= i; }));
    if (asksSomething && partner && who.partnerFinds.length > 0 && who.partnerFinds.every((p) => askedNear(p.start))) {
      for (const [f, value] of Object.entries(parties.get(partner)!.asCounterparty)) {
        if (value !== true || facts[f] !== true) continue;
        delete facts[f];
        (reading.conditionsAsked ??= []).push(f);
      }
    }

    // …nor an item (领军企业牵头 is also how the consortium's provision is named).
    if (ctx.pending && facts[ctx.pending] !== undefined && reading.items.length > 0) {
      const answering = answerWords(ctx.pending, text);
      const names = itemNames.findAll(text);
      reading.items = reading.items.filter((id) => !names.filter((f) => f.value === id).every(answering));
    }

    // 能拿30%吗: a rate the text gives one benefit names it, unless the rate is another policy's.
    // 比例是10%还是20%: rates offered as alternatives ask what the rate is; they name no item.
    const percents = findPercents(text);
    const alternatives = percents.length > 1 && v.grammar.alternatives.some((w) => text.includes(w));
    // 容亏率具体是多少，30%吗: an item named with percentages of its own (20%—50%) claims the one quoted.
    const namedWithPercents = reading.items.some((id) => percentItems.has(id));
    // 你说的“一定比例”具体是多少？按10%算是不是30万 of an item whose rate the text leaves open: a rate guessed for it, no
    // other item's.
    // (那按30%算就是90万对吧: a percentage after 按 is a rate asked, before the figures are read.)
    // (统一按新增投资额的10%给: or 按 then the base and 的 before it, in its clause.)
    const ofBase = (p: { start: number }) => {
      const lead = text.slice(clauseAt(text, p.start)[0], p.start);
      return lead.endsWith('的') && v.grammar.rateBefore.some((w) => { const at = lead.lastIndexOf(w); return at >= 0 && lead.length - at - w.length <= BASE_REACH; });
    };
    const rateSaid = reading.intents.includes('rate') || percents.some((p) => v.grammar.rateBefore.some((w) => text.slice(Math.max(0, p.start - 3), p.start).trimEnd().endsWith(w)) || ofBase(p));
    const guessing = rateSaid && reading.items.length === 0 && reading.measures.length === 0 && (ctx.topicItems ?? []).some((id) => unrated.has(id));
    for (const p of alternatives || namedWithPercents || guessing ? [] : percents) {
      // (Before the figures are read: a percentage a fact's cue claims, 区里按30%补, is that fact's.)
      if (cueFor(text, p.start, p.end, ['percent'])) continue;
      // (场景应用项目按实际投入的30%补助、最高200万: a rate said of an item named before it in the sentence, whose rate the
      // text leaves open, is claimed for that item — no other item's with that rate.)
      // (…城市治理场景里试用了，听说能拿到项目投入30%的补贴: so is one said after such an item's name in the sentence.)
      // (揭榜类项目是按项目投入的30%给，最高500万: or one the text gives no rate at all, only a ceiling.)
      // (Not when the figure that rate is of is named: 揭榜类项目拿了500万支持，同一个项目跟江南大学签的技术合同还能再拿30%补助吗.)
      const ofRated = byRate.some((b) => b.percent === p.percent && mentionsFact(text, amountBaseOf.get(b.id)));
      const lastNamed = itemNames.findAll(text).filter((f) => f.end <= p.start && sentenceAt(text, f.start)[0] === sentenceAt(text, p.start)[0]).at(-1);
      if (!ofRated && lastNamed && (unrated.has(lastNamed.value) || ceilingOnly.has(lastNamed.value)) && reading.items.includes(lastNamed.value)) continue;
      for (const b of byRate) if (b.percent === p.percent && !reading.items.includes(b.id)) reading.items.push(b.id);
    }
    if (askedAgainOfParty && reading.items.length === 0) reading.intents = reading.intents.filter((i) => i !== 'combination');

    readFigures(text, ctx, reading, who.partnerFinds, who.partnerSpans);
    // (是不是还能再拿500万，合计1000万: a sum quoted right after a word of totals is a sum claimed, no item's ceiling.)
    for (const a of reading.quoted?.length ? amountsIn(text) : []) {
      const yuan = fenToYuanString(a.fen);
      if (reading.quoted!.includes(yuan) && totalPhrases.some((w) => text.slice(0, a.start).endsWith(w))) (reading.quotedTotals ??= []).push(yuan);
    }
    // A short bare answer (省级, 高校) fills a fact the topic still needs; the question just asked first.
    // (对接的平台有什么要求？ while whether the platform is one is asked: a question of what is required answers nothing.)
    const asksRequirements = reading.interrogative === true && reading.intents.some((i) => i === 'conditions' || i === 'criteria');
    const bareFacts = asksRequirements ? [] : [...new Set([...(ctx.pending ? [ctx.pending] : []), ...(text.length <= 15 ? ctx.expected : [])])];
    for (const id of bareFacts) {
      const def = factDefs.get(id);
      if (!def || facts[id] !== undefined) continue;
      if (id !== ctx.pending && def.kind !== 'enum') continue;
      // (我们明年可能会变成中型企业 while the partner's kind is asked: the words the asker says of itself answer nothing about the partner.)
      // (如果这家企业同一年还有另一份200万的合同 while the partner's kind is asked: nor do the words of the party asked about.)
      // (C公司的金额报错了，实际是188万 while the partner's kind is asked: nor does the word naming a lettered applicant.)
      const lettered = (p: { start: number }) => reading.applicant !== undefined && text.slice(0, p.start).endsWith(reading.applicant);
      const ownSide = () => [...who.selfFinds, ...partyWords.findAll(text).filter((p) => (reading.asked.includes(p.value) && !reading.counterparties.includes(p.value)) || lettered(p))];
      // (跟外地企业签的合同也算吗 while the asker's kind is asked: the partner named answers nothing about the asker.)
      // (B企业里有2个项目对接的是市级重点实验室，不是国家或省级的 while the zone's level is asked: nor do the words of the topic's other facts.)
      const value = bareAnswer(def, topicMasked(id, maskSpans(text, (partnerSideFacts.has(id) ? ownSide() : who.partnerFinds).map((f) => [f.start, f.end]))));
      if (value !== null) facts[id] = value;
    }

    // (另一家企业今年报了11个项目，按每个50万报了550万 after the landed projects: another of the same kind, its count with
    // no cue of its own, is the topic's count.)
    // (另一家也是省级开发区的龙头企业，申报14项: naming the topic's own item again changes nothing.)
    if (reading.another && ctx.topicCountFact && facts[ctx.topicCountFact] === undefined && reading.items.every((id) => countBaseOf.get(id) === ctx.topicCountFact)) {
      // (另一家's 一家 names the applicant; it counts nothing.)
      const naming = anotherWords.findAll(text);
      const c = findCounts(text).find((x) => !partyWords.findAll(text.slice(x.end)).some((p) => p.start === 0) && !naming.some((w) => w.start <= x.start && x.end <= w.end));
      if (c) facts[ctx.topicCountFact] = c.count;
    }
    // (一个企业一年有15个项目都符合条件 after the landed projects: a count by a word that names the fact only in its topic.)
    const ofTopicWords = ctx.topicCountFact ? (v.facts[ctx.topicCountFact]?.cues?.ofTopic ?? []) : [];
    // (Not a part of a count — 其中2个项目 — nor the count of a lettered applicant, read with the letters.)
    if (ofTopicWords.length > 0 && facts[ctx.topicCountFact!] === undefined && reading.applicant === undefined && !ctx.letterCounts && reading.items.every((id) => countBaseOf.get(id) === ctx.topicCountFact)) {
      const received = receivedAsked(text, ctx.year) ? receivedCountIn(text, findCounts(text)) : undefined;
      const said = findCounts(text).filter((c) => ofTopicWords.some((w) => text.startsWith(w, c.end)) && !v.grammar.partsOf.some((w) => text.slice(0, c.start).includes(w)) && c.start !== received?.start);
      if (said.length === 1) facts[ctx.topicCountFact!] = said[0]!.count;
    }
    // (后来又追加了6个项目，也是每个50万，今年总共最多能批多少 after 5: the count added to the topic's, in the same year.)
    // (又补报了3个: the count added, read as the count by its cue, is added all the same.)
    // (A企业又补报了两个项目 after A's 4 and B's 11: to the count of the letter named.)
    const countBefore = ctx.topicCount ?? (reading.applicant !== undefined ? ctx.letterCounts?.[reading.applicant] : undefined);
    if (ctx.topicCountFact && countBefore !== undefined && reading.items.length === 0 && relativeYearsSaid(text).every((y) => y === 0)) {
      // (另外还有8个项目也落地了: or by words that only add a count of the topic's kind, named after it.)
      const cues = v.facts[ctx.topicCountFact]?.cues;
      // (Of the topic's kind, said as the fact's cue says it in its clause, not denied: not 另外还有3个项目在谈 / 没有落地.)
      const ofTopicKind = (c: { end: number }) => {
        const rest = text.slice(c.end, sentenceAt(text, c.end)[1]);
        return [...(cues?.ofTopic ?? []), ...(cues?.after ?? [])].some((w) => rest.startsWith(w)) && v.grammar.countAlsoLanded.some((w) => findWord(rest, w).some(([at]) => !isNegated(rest, at)));
      };
      const added = findCounts(text).filter((c) => v.grammar.countAdded.some((w) => text.slice(0, c.start).endsWith(w)) || (v.grammar.countAlsoHad.some((w) => text.slice(0, c.start).endsWith(w)) && ofTopicKind(c)));
      if (added.length === 1 && (facts[ctx.topicCountFact] === undefined || facts[ctx.topicCountFact] === added[0]!.count)) facts[ctx.topicCountFact] = countBefore + added[0]!.count;
    }
    // A correction (改成市级 / 不对，是市级的) changes a fact of the current topic.
    if (reading.intents.includes('correction') || reading.intents.includes('followUp')) {
      const cue = intents.findAll(text).filter((i) => i.value === 'correction' || i.value === 'followUp')[0]!;
      const tail = text.slice(cue.end);
      for (const id of ctx.topicFacts) {
        const f = wordFactById.get(id);
        // Who is who comes from the parties named (如果是科研院所呢 names the partner), not from kind words.
        if (!f || facts[id] !== undefined || (f.values && partySetFacts.has(id))) continue;
        const value = wordValue(f, topicMasked(id, f.askerOnly ? askerText.slice(cue.end) : tail), { ignoreNear: true });
        if (value !== null) facts[id] = value;
      }
      // 要是有3个中试平台同时被认定 after the landed projects: a count of another item named is not the topic's count.
      const countsOther = reading.items.length > 0 && !reading.items.some((id) => countBaseOf.get(id) === ctx.topicCountFact);
      // (如果甲企业其中2个项目…没有实现落地转化呢: nor is a part of a count.)
      if (ctx.topicCountFact && facts[ctx.topicCountFact] === undefined && !countsOther && !reading.countPart) {
        // (如果是宜兴那边的一个省级开发区: a count of something a fact's or a party's words name — a zone, a company — is not it.)
        const c = findCounts(tail)[0];
        const after = c ? tail.slice(c.end) : '';
        const ofOther = partyWords.findAll(after).some((p) => p.start === 0) || valueWords.some((w) => after.startsWith(w));
        const n = c ? (ofOther ? undefined : c.count) : parseBareCount(tail.replace(edgePunctuation, ''));
        if (n !== null && n !== undefined) facts[ctx.topicCountFact] = n;
      }
    }
    // 其中一家概念验证中心绩效评价为优秀，中试服务平台绩效评价为良好: said both ways, each way in the clause of one item
    // named (by a name of its own there), is each item's. (Only where two items are named: the words are not scanned else.)
    for (const f of reading.items.length > 1 ? wordFacts : []) {
      const said = f.yes.findAll(text).filter((x) => !isNegated(text, x.start));
      if (new Set(said.map((x) => x.value)).size < 2) continue;
      // (Any find not in the clause of one item alone, or said both ways of one item, leaves it the message's.)
      const byItem: Record<string, boolean> = {};
      const apart = said.every((x) => {
        const [from, to] = clauseAt(text, x.start);
        const clause = text.slice(from, to);
        const ofClause = reading.items.filter((id) => itemById.get(id)?.names.some((n) => clause.includes(n)));
        if (ofClause.length !== 1 || (byItem[ofClause[0]!] !== undefined && byItem[ofClause[0]!] !== x.value)) return false;
        byItem[ofClause[0]!] = x.value;
        return true;
      });
      if (!apart || new Set(Object.values(byItem)).size < 2) continue;
      delete facts[f.id];
      for (const [id, value] of Object.entries(byItem)) (reading.itemFacts ??= {})[id] = { ...reading.itemFacts?.[id], [f.id]: value };
    }
    // (中试平台去年优秀，今年良好 / 概念验证中心…优秀，中试平台…良好 unsplit: a rating a yearly item tests, said both ways of
    // the years, is no one year's for the message — the years are counted apart.)
    for (const f of wordFacts) {
      if (facts[f.id] !== true || !yearlyRatingFacts.has(f.id)) continue;
      const values = new Set(f.yes.findAll(text).filter((x) => !isNegated(text, x.start)).map((x) => x.value));
      if (values.size > 1) delete facts[f.id];
    }
    // 我是第二完成人 / 我同事是第五完成人: what the text does not settle (which rank is a main contributor) states nothing.
    for (const f of wordFacts) {
      const unsettledSpans = f.unsettled.size === 0 ? [] : f.unsettled.findAll(text);
      if (!unsettledSpans.some((x) => !isNegated(text, x.start))) continue;
      // (我只排第五，不算主要完成人: one of the fact's own words of no, said beside the rank, settles it.)
      if (facts[f.id] === false && f.yes.findAll(text).some((x) => x.value === false && !isNegated(text, x.start))) continue;
      // (对接了一个省级技术创新中心和一个市级工程技术研究中心: so does one of yes, said of another thing beside it.)
      if (facts[f.id] === true && f.yes.findAll(text).some((x) => x.value === true && !isNegated(text, x.start) && !unsettledSpans.some((u) => x.start < u.end && u.start < x.end))) continue;
      delete facts[f.id];
      (reading.unsettled ??= []).push(f.id);
    }
    // 甲认定为概念验证中心，乙认定为中试服务平台，丙报的概念验证中心但没通过认定: a fact said one way of one lettered
    // applicant and the other way of another, with no figures to work each out on, is no one's for the message.
    if (!reading.instances && letterFinds.length > 1) {
      for (const f of wordFacts) {
        if (facts[f.id] === undefined) continue;
        const each = stretches.map((x) => wordValue(f, x, { ignoreNear: true }));
        const values = new Set(each.filter((x) => x !== null));
        if (values.size > 1) {
          delete facts[f.id];
          // (Of a yes-or-no fact, which letters said yes and which no; the letters that said nothing carry the one before.)
          const own = carriedForward(each);
          const letters = (value: boolean) => letterFinds.filter((_, i) => own[i] === value).map((m) => m.letter);
          (reading.splitFacts ??= []).push({ fact: f.id, ...(values.has(true) && values.has(false) ? { met: letters(true), unmet: letters(false) } : {}) });
        }
      }
    }
    // (是不是所有医院都能按30%拿产学研补助: every one of a kind an item named is not for, with its rate quoted, asks whom it is
    // for, not whether it comes without review; 是不是所有企业都能拿中试平台的资金支持 still asks that.)
    const notFor = (id: string) => reading.asked.some((p) => !(parties.get(p)?.serves ?? []).includes(beneficiaryOf.get(id) ?? ''));
    if (reading.intents.includes('automatic') && reading.askedMany && (reading.quotedPercents?.length ?? 0) > 0 && reading.items.some((id) => beneficiaryOf.has(id) && notFor(id))) reading.intents = reading.intents.filter((i) => i !== 'automatic');
    // 我在高校技术转移中心工作…如果评上优秀技术经理人: one person speaking, of the role a kind of person has, is that person
    // (working where the other kind said is).
    if (reading.speaker === 'person' && reading.self.length > 0 && !reading.self.some((p) => parties.get(p)?.person)) {
      const role = [...parties].find(([, p]) => p.person && Object.keys(p.asSelf).length > 0 && Object.entries(p.asSelf).every(([f, value]) => facts[f] === value));
      if (role) reading.self = [...reading.self, role[0]];
    }
    // (先用后付的话，第一年我们实际只付了10万…补助是按50万算还是10万算 after the contract subsidy: items with no money named
    // beside a figure of the topic's are the kind of deal it is, no topic of their own.)
    // (Only of what was paid, the rest later, or of which figure the money is reckoned on (补助是按80万算还是15万算) — not
    // 如果走先使用后付费，合同50万，我们需要先付多少, which asks the item.)
    const reckonedOnFigure = () => findAmounts(text).some((a) => v.grammar.reckonedOn.some((w) => text.slice(0, a.start).endsWith(w)));
    if (reading.items.length > 0 && reading.items.every((id) => provisionIds.has(id)) && reading.measures.length === 0 && ctx.topicAmountFact && reading.amounts.some((a) => a.fact === ctx.topicAmountFact) && (ctx.topicItems ?? []).some((id) => amountBaseOf.get(id) === ctx.topicAmountFact) && (reading.restPaid !== undefined || reckonedOnFigure())) reading.items = [];
    // 场景应用那条的责任单位有哪些, then 不对，我问的是概念验证和中试那条 / 那第八条呢: a measure named again, nothing else asked
    // or said, asks its departments — items named with it only where the message corrects the last one (not 第九条原文, nor
    // 那基金存续期呢, of an item's content).
    // (那场景应用那条呢: items named only by the heading words of the measure pointed at are that measure.)
    // (那国资基金容亏率那条呢: or items named as an article, 那条, pointed at.)
    const asArticle = () => v.grammar.measurePointers.some((w) => text.includes(w));
    if (ctx.departmentsAsked && (reading.measures.length > 0 ? reading.items.every((id) => reading.measures.includes(measureOfItem.get(id)!)) || reading.intents.includes('correction') : reading.items.length > 0 && (reading.intents.includes('correction') || asArticle())) && !reading.intents.some((i) => i !== 'followUp' && i !== 'correction') && reading.amounts.length === 0 && Object.keys(reading.facts).length === 0 && onlyMeasureNamed(text)) reading.intents.push('departments');
    return reading;
  }

  /** Whether a word saying a sum was already received (已经拿了, 已经批了) ends just before `at`. */
  function receivedAt(text: string, at: number): boolean {
    return v.grammar.alreadyReceived.some((w) => text.slice(Math.max(0, at - w.length - RECEIVED_REACH), at).includes(w));
  }

  /**
   * Whether what is left under a yearly ceiling is asked (还能拿多少) of this year alone: not 去年已经拿了300万 / 2025年已经拿了… /
   * 明年又落地3个, a sum or projects of another year. The words of asking are looked for first: most messages have none.
   */
  function receivedAsked(text: string, year: number | undefined): boolean {
    if (!v.grammar.remainingAsked.some((w) => text.includes(w))) return false;
    return !(relativeYearsSaid(text).some((y) => y !== 0) || pastWords.findAll(text).length > 0 || findYearTokens(text).some((y) => /^\d{4}/.test(y.token) && Number(y.token.slice(0, 4)) !== year));
  }

  /** 前面已经批了9个项目…这次这2个还能给多少: the count already received, with what is left asked — no count of this case. */
  function receivedCountIn(text: string, counts: ReturnType<typeof findCounts>): ReturnType<typeof findCounts>[number] | undefined {
    return counts.find((c) => receivedAt(text, c.start));
  }

  /** The years said relative to this one in a message (去年 → -1, 明年 → 1), anywhere in it. */
  function relativeYearsSaid(text: string): number[] {
    return relativeYearsIn(text, v.grammar.relativeYears);
  }

  /**
   * Dates as findDates reads them, and months in a year said relative to the day asked (去年8月, 今年3月5号):
   * the relative word is read as that year, and the date spans the word.
   */
  function findDatesRelative(text: string, year: number | undefined) {
    const words = Object.keys(v.grammar.relativeYears);
    if (year === undefined || !words.some((w) => text.includes(w))) return findDates(text);
    // Each relative year word before a month is written out as its year; the places after it shift by the difference.
    const written: { at: number; length: number; from: number; was: number }[] = [];
    let out = '';
    let last = 0;
    for (const m of text.matchAll(relativeYearRe ??= new RegExp(`(${words.map(escapeRegExp).join('|')})(?=\\s*\\d{1,2}\\s*月)`, 'g'))) {
      const yearText = `${year + v.grammar.relativeYears[m[1]!]!}年`;
      out += text.slice(last, m.index);
      written.push({ at: out.length, length: yearText.length, from: m.index!, was: m[1]!.length });
      out += yearText;
      last = m.index! + m[1]!.length;
    }
    out += text.slice(last);
    /** A place in the written-out text as a place in the message: inside a year written out, its word's start. */
    const back = (p: number) => {
      let shift = 0;
      for (const w of written) {
        if (p >= w.at + w.length) shift += w.length - w.was;
        else if (p >= w.at) return w.from;
        else break;
      }
      return p - shift;
    };
    return findDates(out).map((d) => ({ ...d, start: back(d.start), end: back(d.end) }));
  }
  let relativeYearRe: RegExp | undefined;

  /** The letter naming one of several, in the clause before `at` (甲促成的…1200万 / 乙是3500万): the nearest, if any. */
  function instanceLabelBefore(text: string, at: number): string | undefined {
    // (Within its sentence: X大学有国家重点实验室，年度新增技术合同3500万；Y研究所… names the figure after the comma.)
    const [start] = sentenceAt(text, at);
    let best: { l: string; i: number } | undefined;
    for (const l of v.grammar.instanceLabels) {
      const i = text.lastIndexOf(l, at - 1);
      if (i >= start && !/[A-Za-z]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i + l.length] ?? '') && (!best || i > best.i)) best = { l, i };
    }
    // (某高校…4800万，另一家医院…1000万: an organisation said with an indefinite names its own figure — not a partner
    // said after 跟 or 与, whose contract it is, and not where letters name them: B企业跟本地一家民营科技公司签了200万.)
    if (best || v.grammar.instanceLabels.some((l) => text.includes(l) && !/[A-Za-z]/.test(l))) return best?.l;
    for (const p of partyWords.findAll(text.slice(start, at))) {
      const i = start + p.start;
      const leads = [...v.grammar.indefinite, ...v.grammar.anotherOne].sort((a, b) => b.length - a.length);
      const lead = leads.find((w) => text.slice(0, i).endsWith(w));
      // (一家位于省级高新区的龙头企业…7个；另一家不在任何开发区的企业实现4个: or one that opens the clause, what is said
      // of it between — the words from the lead to the party name it.)
      const [clauseStart] = clauseAt(text, i);
      const opening = lead === undefined ? leads.find((w) => text.startsWith(w, clauseStart)) : undefined;
      if (opening !== undefined && !parties.get(p.value)!.person && !v.counterpartyMarkers.some((w) => text.slice(clauseStart, i).includes(w))) {
        const l = text.slice(clauseStart + opening.length, start + p.end);
        if (!best || i > best.i) best = { l, i: clauseStart + opening.length };
        continue;
      }
      if (lead === undefined || parties.get(p.value)!.person || v.counterpartyMarkers.some((w) => text.slice(0, i - lead.length).endsWith(w))) continue;
      if (!best || i > best.i) best = { l: text.slice(i, start + p.end), i };
    }
    return best?.l;
  }

  /** The letter naming whose figure it is, in its clause before it (甲…1200万，乙是3500万), found as the figure is read. */
  const labelsOf = new WeakMap<StatedAmount, string>();

  function readFigures(text: string, ctx: ReadContext, reading: Reading, partnerFinds: Find<string>[], partnerSpans: readonly [number, number][] = []) {
    const facts = reading.facts;
    /** The items' names in the message, found once for every figure's sentence. */
    const namesFound = itemNames.findAll(text);
    const actualAmounts = new Set<StatedAmount>();
    const clauseOf = new Map<StatedAmount, number>();
    const startOf = new Map<StatedAmount, number>();
    const clauses = clauseIndex(text);
    const notFactFinds = notFacts.findAll(text);
    const pastClauses = new Set(pastWords.findAll(text).map((p) => clauses[p.start]!));
    // The other party named in an amount's clause is that contract's partner.
    const partiesByClause = new Map<number, string>();
    for (const p of partnerFinds) if (!partiesByClause.has(clauses[p.start]!)) partiesByClause.set(clauses[p.start]!, p.value);
    // (…是跟上海一家民营检测公司签的，120万: one figure and one partner in the message are that partner's, clause or not.)
    const partnerKinds = [...new Set(partnerFinds.map((p) => p.value))];
    // (那如果我们今年技术合同实际成交额总共8000万元，去年是7000万元呢 of an institution's yearly grant: this year's and last
    // year's figures said by the asker are read as the kind the conversation knows it as reads them, where the topic's
    // figure is what that kind's contracts are read as.)
    // (Not 去年我们跟企业签了5000万，今年一共签了6500万: figures with a partner named are read as the topic's increase already.)
    const yearAndBefore = pastClauses.size > 0 && partnerFinds.length === 0 && amountsIn(text).length === 2 && firstPerson.findAll(text).length > 0;
    const selfKinds = reading.self.length > 0 || !yearAndBefore ? reading.self : (ctx.askers ?? []).filter((id) => ctx.topicAmountFact !== null && Object.values(parties.get(id)?.readsAs ?? {}).includes(ctx.topicAmountFact));
    const selfReads = Object.assign({}, ...selfKinds.map((id) => parties.get(id)!.readsAs)) as Record<string, string>;
    // (那企业那边呢？…每个100万: only another party asked about, whose items do not compute on the topic's figure.)
    const asksOther = reading.asked.length > 0 && reading.asked.every((p) => !reading.self.includes(p));
    const yearly = figureFacts.find((f) => Object.values(selfReads).includes(f.id));
    const defaultFact = figureFacts.find((f) => f.id === v.defaultAmountFact);
    // A figure is the default fact's where the message speaks of one: its words (签了, 合同), a partner, an item
    // computed on an amount (技术经理人促成了两单，800万和1200万), or nothing but the figure (300万).
    let figures = amountsIn(text);
    // (分别120万、90万、200万，都是跟高校: every figure's, when all of them are said to be with it.)
    // (跟高校签了两份，一份九十万，一份二百五十万: so are figures all said after the one partner, in its sentence.)
    const afterPartner = partnerFinds.length > 0 && figures.every((f) => f.start >= partnerFinds[0]!.end && sentenceAt(text, f.start)[0] === sentenceAt(text, partnerFinds[0]!.start)[0]);
    const onlyPartner = (figures.length === 1 || afterPartner || v.grammar.allOfThem.some((w) => text.includes(w))) && partnerKinds.length === 1 ? partnerKinds[0]! : null;
    const unnamedText = maskSpans(text, namesFound.map((f) => [f.start, f.end]));
    const defaultContext =
      partnerFinds.length > 0 ||
      // (an item for the asker: 我们企业…重点实验室 names the institution's item, not the enterprise's figures)
      reading.items.some((id) => amountBased.has(id) && (reading.self.length === 0 || reading.self.some((p) => parties.get(p)!.serves.includes(amountBased.get(id)!)))) ||
      reading.self.some((p) => amountPeople.has(p)) ||
      figures.reduce((rest, a) => rest.replace(a.raw, ''), text).replace(edgePunctuation, '').length === 0 ||
      // (Not a cue inside an item's name: 交易 of 科技成果交易平台.)
      (defaultFact !== undefined && (defaultFact.before.has(unnamedText) || defaultFact.after.some((w) => unnamedText.includes(w))));

    // 我们所…2024年跟企业签的…3000万，2025年是4200万: of two years in a row each said with a figure of an institution's
    // contracts, the earlier one's is the year before.
    // (抱歉，2025年的数字记错了，应该是4000万，2026年还是5200万 on the topic of a year's increase: so with no kind said.)
    // (审核科研平台资助：…A校2025年…2000万、2026年2800万: or with an item named that is worked out on an increase.)
    const ofIncrease = reading.items.some((id) => increaseFacts.has(amountBaseOf.get(id) ?? ''));
    /** Figures said with a year, of last year and this (two in a row said, or one against the pair known or today): whether last year's. */
    const yearPast = new Map<number, boolean>();
    if (yearly || ofIncrease || (ctx.topicAmountFact && increaseFacts.has(ctx.topicAmountFact))) {
      let twoYearsBackSaid: boolean | undefined;
      const twoYearsBack = () => (twoYearsBackSaid ??= relativeYearsSaid(text).some((offset) => offset <= -2));
      // (2025年的数字记错了，应该是4000万: or the year said last before it in its sentence, no other figure between.)
      const yearOf = figures.map((a) => {
        const [from] = clauseAt(text, a.start);
        const said = yearsIn(text.slice(from, a.start)).at(-1);
        if (said) return Number(said);
        const [sentenceFrom] = sentenceAt(text, a.start);
        const lead = normalizeDigits(text.slice(sentenceFrom, a.start));
        const earlier = yearsIn(lead).at(-1);
        const yearAt = earlier ? sentenceFrom + lead.lastIndexOf(earlier) : -1;
        if (earlier && !figures.some((b) => b.start > yearAt && b.start < a.start)) return Number(earlier);
        // (前年…3000万，去年4000万: with a year before last said, a year said relative to this one in the figure's clause counts
        // as said, as ofYears reads it.)
        const relative = ctx.year !== undefined && twoYearsBack() ? [...new Set(relativeYearsSaid(text.slice(from, a.start)))] : [];
        return relative.length === 1 ? ctx.year! + relative[0]! : null;
      });
      const years = [...new Set(yearOf.filter((y): y is number => y !== null))].sort();
      // (A校2025年…2000万、2026年2800万: each figure its own year's, the clause holding both.)
      // (Not each said to be what is new that year — 2026年度…新增2000万元，2027年度新增4000万元 — each year's increase.)
      // (Not one said against another year: 2026年新增合同2000万元，比2025年多了800万.)
      const eachNew = figures.length > 1 && figures.every((a) => saidAsIncrease(text, a.start) && !v.grammar.comparing.some((w) => clauseLead(text, a.start).includes(w)));
      if (years.length === 2 && years[1]! - years[0]! === 1 && !eachNew) figures.forEach((a, i) => { if (yearOf[i] === years[0]) pastClauses.add(clauses[a.start]!); if (yearOf[i] !== null) yearPast.set(a.start, yearOf[i] === years[0]); });
      // (更正一下，2025年是1500万不是2000万 in 2026: or one year said, last year or this, against today's.)
      // (Of the pair of years known, when there is one — its year is the later's: 2025年应该是1.02亿 after 2024年…，2025年…
      // is the later.)
      else if (years.length === 1 && (ctx.yearBefore?.year !== undefined || ctx.year !== undefined)) {
        const before = (ctx.yearBefore?.year !== undefined ? Number(ctx.yearBefore.year) : ctx.year!) - 1;
        if (years[0] === before || years[0] === before + 1) figures.forEach((a, i) => { if (yearOf[i] === before) pastClauses.add(clauses[a.start]!); if (yearOf[i] !== null) yearPast.set(a.start, yearOf[i] === before); });
      }
    }
    // (去年几乎没有，今年一下子签了8000万: last year's amount said to be nothing, in a clause of its own with no figure.)
    const pastNothing = [...pastClauses].some((k) => {
      const from = clauses.indexOf(k);
      const to = clauses.lastIndexOf(k) + 1;
      return v.grammar.nothing.some((w) => text.slice(from, to).includes(w)) && !figures.some((f) => f.start >= from && f.start < to);
    });
    // (丙合同签了2000万但还没履行，实际成交是0: the amount actually transacted, said to be nothing in a clause with no other
    // figure, makes what was signed no amount transacted.)
    const nothingFrom = (at: number) => { const to = clauseAt(text, at)[1]; return v.grammar.nothing.some((n) => { const k = text.indexOf(n, at); return k >= 0 && k < to; }) && !figures.some((f) => f.start >= at && f.start < to && f.fen !== 0n); };
    if (v.grammar.actual.some((w) => [...text.matchAll(new RegExp(escapeRegExp(w), 'g'))].some((m) => nothingFrom(m.index!)))) {
      const signed = figures.find((f) => f.fen > 0n && !f.currency);
      reading.actualNothing = { signed: signed ? fenToYuanString(signed.fen) : null };
      figures = figures.filter((f) => f.fen > 0n);
    }
    /** The counts of the message, found once. */
    const counts = findCounts(text);
    /** The figures cued as another policy's sum, found once when a figure beside them needs them. */
    let otherPolicyFigures: ReadonlySet<(typeof figures)[number]> | undefined;
    /** What is left asked (还能拿多少): a sum said as already received is the room's, no fact (前面已经批了9个项目 counts none). */
    const leftAsked = receivedAsked(text, ctx.year);
    const receivedCount = leftAsked ? receivedCountIn(text, counts) : undefined;
    for (const a of figures) {
      // (八十万美元，折合人民币大概570万: a sum in another currency said again in yuan right after is that sum in yuan.)
      const inYuan = a.currency ? figures.find((b) => b.start >= a.end && b.start - a.end <= CONVERTED_REACH && !b.currency && v.grammar.converted.some((w) => text.slice(a.end, b.start).includes(w))) : undefined;
      if (a.currency && inYuan) { reading.converted = { from: `${a.raw}${a.currency}`, to: inYuan.raw }; continue; }
      if (a.currency) { reading.refused.push({ raw: `${a.raw}${a.currency}`, reason: 'currency' }); continue; }
      if (a.fen < 0n) { reading.refused.push({ raw: a.raw, reason: 'negative' }); continue; }
      if (a.fen === 0n) { reading.refused.push({ raw: a.raw, reason: 'zero' }); continue; }
      if (a.fen > maxFen) { reading.refused.push({ raw: a.raw, reason: 'too_large' }); continue; }
      // (其中两个项目每项只核定30万: a sum granted for each of so many of the topic's items is no figure of the case.)
      const grantWord = ctx.topicCountFact ? v.grammar.grantedEach.find((w) => text.slice(0, a.start).endsWith(w)) : undefined;
      // (Not 我们还有两个揭榜类项目，每个项目核定200万: of another item named in its clause or the one before.)
      const otherItemSaid = () => { const [from] = clauseAt(text, a.start); const [before] = from > 0 ? clauseAt(text, from - 1) : [from]; return itemNames.findAll(text.slice(before, a.start)).some((f) => countBaseOf.get(f.value) !== ctx.topicCountFact); };
      if (grantWord !== undefined && !otherItemSaid()) {
        const wordAt = a.start - grantWord.length;
        const count = counts.filter((c) => c.end <= wordAt && clauses[c.start] === clauses[a.start]).at(-1);
        reading.grantedEach = { yuan: fenToYuanString(a.fen), ...(count ? { count: count.count } : {}) };
        continue;
      }
      // (今年算上这120万一共200万: a part counted into a whole said after it, in its clause, is no figure of the case.)
      if (v.grammar.partIncluded.some((w) => text.slice(0, a.start).endsWith(w)) && figures.some((b) => b.start > a.end && clauses[b.start] === clauses[a.start] && totalPhrases.some((w) => text.slice(a.end, b.start).includes(w)))) {
        (reading.unclaimed ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (签了技术合同，付了80w: what was paid, the only figure said, is the amount transacted — not a part of another.)
      const paidAlone = figures.length === 1 && v.grammar.paidAlone.some((w) => text.slice(0, a.start).trimEnd().endsWith(w));
      // (那明年尾款80万也付清了 after a contract's figure: the rest paid, one more of the topic's figure.)
      if (ctx.topicAmountFact && v.grammar.restPaid.some((w) => text.slice(Math.max(0, a.start - w.length), a.start) === w)) {
        // (剩下50万还没付 / 剩下80w明年才付: the rest said not paid yet is no figure of the case.)
        const clauseEnd = clauseAt(text, a.start)[1];
        if (v.grammar.notYetPaid.some((w) => text.slice(a.end, clauseEnd).includes(w))) {
          (reading.unclaimed ??= []).push(fenToYuanString(a.fen));
          continue;
        }
        reading.amounts.push({ fact: ctx.topicAmountFact, yuan: fenToYuanString(a.fen), raw: a.raw, party: null, past: false });
        if (!reading.intents.includes('also')) reading.intents.push('also');
        reading.restPaid = a.raw;
        continue;
      }
      // (合同金额280万，目前实际已经付了200万: what was actually paid is the amount transacted, not a part paid aside.)
      const actualPaid = v.grammar.actual.some((w) => { const at = text.lastIndexOf(w, a.start); return at >= 0 && a.start - at <= 10 && clauses[at] === clauses[a.start]; });
      const notFact = notFactFinds.find((n) => n.end <= a.start && a.start - n.end <= 6 && clauses[n.start] === clauses[a.start]);
      if (!paidAlone && !actualPaid && notFact) {
        (reading.unclaimed ??= []).push(fenToYuanString(a.fen));
        const word = text.slice(notFact.start, notFact.end);
        if (v.grammar.circumstances.includes(word)) (reading.ownFigures ??= []).push({ raw: a.raw.replace(/\s/g, ''), yuan: fenToYuanString(a.fen), word });
        // (这块预算只有100万，够不够？差多少: a budget asked whether it is enough.)
        if (v.grammar.budget.some((w) => { const at = text.lastIndexOf(w, a.start); return at >= 0 && a.start - at - w.length <= 6 && clauses[at] === clauses[a.start]; }) && reading.budgetAsked) reading.budget = fenToYuanString(a.fen);
        continue;
      }
      // (今年预算给…的奖励安排了1200万元: a figure after a budget's word in its sentence, with no other figure between and
      // no fact's cue of its own, is the budget said; the answer's total is weighed against it.)
      // (Not 预算有限，A公司300万: the budget's word in the figure's own clause, no letter naming an applicant there.)
      const budgetFrom = Math.max(...v.grammar.budgetSaid.map((w) => text.lastIndexOf(w, a.start)));
      const budgetClause = budgetFrom >= 0 && clauses[budgetFrom] === clauses[a.start] ? text.slice(budgetFrom, a.start) : null;
      if (budgetClause !== null && !v.grammar.instanceLabels.some((l) => budgetClause.includes(l)) && !figures.some((b) => b !== a && b.start > budgetFrom && b.start < a.start) && cueFor(text, a.start, a.end, ['amount']) === null) {
        reading.budget = fenToYuanString(a.fen);
        continue;
      }
      // (其中500万那家其实是跟…签的: a figure said before, pointed at as one of several, names that one; it states nothing.)
      // (按80万那种情况 while the topic's figure is 80万: the case it is already, nothing new.)
      const saidBefore = ctx.topicAmount?.yuan === fenToYuanString(a.fen) || (ctx.factSums ?? []).includes(fenToYuanString(a.fen));
      const caseSaid = saidBefore && v.grammar.casePointers.some((w) => text.startsWith(w, a.end));
      // (王某那笔500万的合同后来解除了 after 王某's 500万: a figure said before, pointed at right before it.)
      // (如果那个300万的合同对方其实是一家民营企业 after 120万 and 300万: or one of several figures held once — not the topic's
      // whole — with a demonstrative right before it, naming no item or letter, of which the message says the partner alone
      // or a new figure right after a word of changing: 那个250万的合同改成(了)400万.)
      const onePointed = () => {
        const yuan = fenToYuanString(a.fen);
        const heldOnce = (ctx.factSums ?? []).filter((y) => y === yuan).length === 1;
        if (!heldOnce || !ctx.topicAmount || ctx.topicAmount.yuan === yuan || reading.items.length > 0 || reading.applicant !== undefined) return false;
        if (!demonstrativeBefore(text, a.start)) return false;
        const others = figures.filter((b) => b !== a);
        const changedTo = others.length === 1 && others[0]!.start > a.end && (v.intents.correction?.phrases ?? []).some((w) => text.slice(a.end, others[0]!.start).slice(-(w.length + 1)).includes(w));
        // (如果那个1500万的合同实际只成交了600万呢: or what it came to in fact, said right after it.)
        const cameTo = others.length === 1 && others[0]!.start > a.end && v.grammar.actual.some((w) => text.slice(a.end, others[0]!.start).includes(w));
        return (others.length === 0 && reading.counterparties.length === 1) || changedTo || cameTo;
      };
      const pointedBefore = saidBefore && (pointers.some((w) => text.slice(0, a.start).endsWith(w)) || onePointed());
      // (后来又用了8万，一共14万 after 6万 of vouchers: a figure right after a word of a total that is the topic's figure and
      // the others said is that total, said by the way — no figure of its own.)
      const totalLead = totalPhrases.some((w) => !w.includes('…') && text.slice(0, a.start).endsWith(w));
      const topicFen = ctx.topicAmount ? yuanStringToFen(ctx.topicAmount.yuan) : null;
      if (totalLead && topicFen !== null && figures.length > 1 && figures.filter((b) => b !== a).reduce((n, b) => n + b.fen, topicFen!) === a.fen) continue;
      // (2300万里面有600万是跟苏州企业签的，还有400万是… after 2300万: the figure said before, its parts said right after it
      // in its sentence, names it.)
      const [ownFrom, ownTo] = sentenceAt(text, a.start);
      const partsAfter = figures.filter((b) => b.start > a.end && b.start < ownTo);
      const wholeOfParts = saidBefore && v.grammar.partsOf.some((w) => text.startsWith(w, a.end)) && partsAfter.length > 1 && partsAfter.reduce((n, b) => n + b.fen, 0n) < a.fen && ownFrom <= a.start;
      if (pointers.some((w) => text.startsWith(w, a.end)) || caseSaid || pointedBefore || wholeOfParts) {
        (reading.refersTo ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (甲新增的2000万里有500万是跟外省企业签的: the one part said of a figure just before it — 里, 中 — with no other part
      // beside it, is inside that one; it adds nothing.)
      const [sentenceFrom, sentenceTo] = sentenceAt(text, a.start);
      // (一共用了18万，其中5万是在别的平台上用的: or the part's own clause opening on 其中, the whole in the sentence before it.)
      // (Not where the part's clause is put in another year — 其中300万是去年签的合同 — which reads the year of that part.)
      const [partFrom, partTo] = clauseAt(text, a.start);
      const opensOnPart = v.grammar.partsOf.some((w) => w.length > 1 && text.startsWith(w, partFrom)) && relativeYearsSaid(text.slice(partFrom, partTo)).length === 0;
      const wholeBefore = figures.find((b) => b.end <= a.start && b.start >= sentenceFrom && b.fen > a.fen && (v.grammar.partsOf.some((w) => text.startsWith(w, b.end)) || (opensOnPart && b.end <= partFrom)));
      const partsInSentence = figures.filter((b) => wholeBefore && b.start > wholeBefore.end && b.start < sentenceTo);
      // (Several parts, together less than it, are inside it too: 2300万里面有600万…，还有400万…. Parts making up the
      // whole split it: 那420万里有200万…另外220万.)
      const inside = partsInSentence.length === 1 || (partsInSentence.length > 1 && partsInSentence.reduce((n, b) => n + b.fen, 0n) < wholeBefore!.fen && (reading.refersTo ?? []).includes(fenToYuanString(wholeBefore!.fen)));
      if (wholeBefore && inside && !v.grammar.instead.some((w) => text.slice(wholeBefore.end, sentenceTo).includes(w))) {
        // (王某那3500万里面有1000万的项目还没落地转化: a part of a figure said before, no sum hoped for.)
        if ((reading.refersTo ?? []).includes(fenToYuanString(wholeBefore.fen))) reading.partOf = fenToYuanString(a.fen);
        (reading.unclaimed ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (X的合同里有800万是和外省企业签的, after the topic's figures: the one figure said as a part — 里有, 其中 — is inside
      // the topic's; it adds nothing, and is left out only where it fails a condition.)
      const lead = text.slice(0, a.start);
      // (B企业里其实有7万…: a word of what turned out may stand between, of a lettered applicant's figure — not 合同里其实有120万是
      // 设备采购款, a part taken out for a reason no condition reads.)
      const softened = reading.applicant !== undefined && v.grammar.partSofteners.some((x) => v.grammar.partsOf.some((w) => lead.endsWith(`${w}${x}有`)));
      const partLead = softened || v.grammar.partsOf.some((w) => lead.endsWith(`${w}有`) || (w.length > 1 && lead.endsWith(w)));
      // (其中那家25万的企业，后来发现有10万是在其他平台用的: or a smaller one said with 有 after a figure pointed at in its sentence.)
      const pointedWhole = figures.some((b) => b.end <= a.start && b.start >= sentenceFrom && b.fen > a.fen && (reading.refersTo ?? []).includes(fenToYuanString(b.fen)));
      if (ctx.topicAmountFact && ((partLead && figures.length === 1) || (pointedWhole && figures.length === 2 && lead.endsWith('有')))) {
        reading.partOf = fenToYuanString(a.fen);
        (reading.unclaimed ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (去年合同总额3000万，今年总额3500万，是按3500万算还是…: a figure said again after 按 asks what is reckoned on; no second figure.)
      // (如果明年做到8000万呢？（今年按3200万算） after 3200万: or the case's figure said before, as this year's — not
      // 学校说应该按1.2亿的10%算, a base claimed.)
      const reckonedWord = v.grammar.reckonedOn.find((w) => a.start >= w.length && text.startsWith(w, a.start - w.length));
      const thisYearBefore = reckonedWord !== undefined && Object.entries(v.grammar.relativeYears).some(([w, offset]) => offset === 0 && text.slice(0, a.start - reckonedWord.length).endsWith(w));
      if (reckonedWord !== undefined && (figures.some((b) => b.end <= a.start && b.fen === a.fen) || (saidBefore && thisYearBefore))) continue;
      // (C企业那400万如果拆成两年签，每年200万: a figure pointed at and then split is the one said before; the parts are the case.)
      // (B公司那420万里有200万是…签的，另外220万是…: so is one pointed at whose parts follow — 里, 中 — in its sentence.)
      // (那我们把400万拆成两份合同、各200万: so is a figure taken — 把 — to be split.)
      const pointedAt = [...v.grammar.demonstratives, ...v.grammar.disposal].some((w) => text.slice(Math.max(0, a.start - w.length), a.start) === w);
      const splitAfter = v.grammar.instead.some((w) => text.slice(a.end, sentenceAt(text, a.start)[1]).includes(w)) || v.grammar.partsOf.some((w) => text.startsWith(w, a.end));
      if (pointedAt && splitAfter && figures.some((b) => b.start > a.end && b.start < sentenceAt(text, a.start)[1])) {
        (reading.refersTo ??= []).push(fenToYuanString(a.fen));
        reading.partsOf = fenToYuanString(a.fen);
        continue;
      }
      // 是300万，不是200万: a figure denied is no fact.
      // (补助是不是150万: 是不是 asks; it denies nothing.)
      const denyingBefore = text.slice(Math.max(0, a.start - 3), a.start);
      if (/(不是|并非|而不是)$/.test(denyingBefore) && !v.grammar.askingByThemselves.some((w) => denyingBefore.endsWith(w))) continue;
      // 今年已经拿了400万沿途下蛋奖励…还能拿多少: a sum already received, right after a word saying so, with what is left
      // asked, is neither a fact of the case nor a sum claimed (not 区里已经拿了40万, another policy's: a cue takes it).
      // (Not 已经拿了省里80万绩效奖励, a figure some fact's cue takes: the provincial award the sharing reward is reckoned on.)
      // (Nor 已经拿了500万认定支持 / 100万产学研补助: money of another item, named right after the sum.)
      const elsewhere = () => v.grammar.receivedElsewhere.some((w) => { const i = text.indexOf(w, a.end); return i >= 0 && i <= clauseAt(text, a.start)[1]; });
      if (leftAsked && receivedAt(text, a.start) && cueFor(text, a.start, a.end, ['amount']) === null && !elsewhere()) {
        reading.received = fenToYuanString(a.fen);
        continue;
      }
      if (receivedCount && a.start > receivedCount.end && v.grammar.eachReceived.some((w) => text.slice(receivedCount.end, a.start).includes(w))) {
        reading.received = fenToYuanString(a.fen * BigInt(receivedCount.count));
        continue;
      }
      // 能拿那个1000万吗: a figure after a verb of receiving is the item asked about, by its ceiling, not a fact.
      // (区里能给20万，市里按30%算是45万: what another policy gives, said with its level's word, is that policy's sum.)
      const otherPolicy = (f: string | null) => f === OTHER_POLICY.amount;
      // (是不是能拿两个63万: so is one after a count of it.)
      const countRight = counts.find((c) => c.end === a.start);
      const hopeEnd = countRight?.start ?? a.start;
      const hopedBefore = text.slice(Math.max(0, hopeEnd - 6), hopeEnd);
      const eachOfNamed = eachHoped !== null && figures.length === 1 && eachHoped.test(hopedBefore) && reading.items.length === 1 && byCap.some((b) => b.fen === a.fen && b.id === reading.items[0]);
      if ((hoped.test(hopedBefore) || eachOfNamed) && !otherPolicy(cueFor(text, a.start, a.end, ['amount']))) {
        // Only when no item with that ceiling is named already (带专利开公司…听说最高能给1000万 is the team's).
        const withCap = byCap.filter((b) => b.fen === a.fen);
        // (概念验证中心…绩效优秀能拿500万: an item named whose ceiling is another is asked about with a sum quoted.)
        const otherNamed = reading.items.length > 0 && !withCap.some((b) => reading.items.includes(b.id));
        if (!withCap.some((b) => reading.items.includes(b.id)) && !otherNamed) for (const b of withCap) {
          reading.items.push(b.id);
          (reading.byCeiling ??= []).push(b.id);
        }
        // (科技园能拿100万吗: or the ceiling of an item given only up to a ceiling, named, asked alone as what it gives.)
        const ceilingAsked = figures.length === 1 && withCap.some((b) => reading.items.includes(b.id) && !amountBased.has(b.id));
        if (ceilingAsked) reading.ceilingAsked = true;
        if (withCap.length === 0 || otherNamed || ceilingAsked) (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // 按20%算是不是就是80万: the asker's own result of a rate said before it is a sum quoted, not a figure of the case.
      // (有人说就是按50%算，150万，对吗: or right after the rate's clause, 按…算 then the sum.)
      // (技术经理人奖补按成交额3%、最高100万: so is a ceiling said right after a rate; the cue before the rate is its base's.)
      const rateBefore = findPercents(text).filter((p) => p.end <= a.start).at(-1);
      const betweenRate = rateBefore === undefined ? null : text.slice(rateBefore.end, a.start).replace(edgePunctuation, '').replace(/^、/, '');
      const cueFact = () => cueFor(text, a.start, a.end, ['amount']);
      // (场景应用按项目投入的50%资助、最高200万: a word of the support given may stand between the rate and the ceiling.)
      const ceilingAfterRate = (between: string) => v.grammar.ceilingWords.includes(between) || moneyWords.some((w) => between.startsWith(w) && v.grammar.ceilingWords.includes(between.slice(w.length).replace(/^[、，,]/, '')));
      // (按合同额10%可以给我们企业补500万: a verb of giving ends the words after the rate, in its clause: what the rate gives.)
      const givenByRate = (between: string) => between.length <= RATE_TO_SUM && v.grammar.awardVerbs.some((w) => between.endsWith(w)) && ![...between].some((ch) => CLAUSE_END.has(ch));
      const afterRate = betweenRate !== null && (v.grammar.worksOutTo.concat(v.grammar.reckoned).includes(betweenRate) || ((ceilingAfterRate(betweenRate) || givenByRate(betweenRate)) && (cueFact() === null || itemBases.has(cueFact()!))));
      // (按20%补，800万的20%是160万: a figure a rate is taken of, 的 and the rate right after it, is that rate's base.)
      const rateOfIt = text.startsWith('的', a.end) && findPercents(text).some((p) => p.start === a.end + 1);
      // (是400万，那补助是不是就是120万: or a sum said as the money's after a figure of the case, no rate said.)
      const resultOfFigure = figures.some((b) => b.end <= a.start) && v.grammar.resultSaid.some((w) => text.slice(0, a.start).endsWith(w));
      // (听说市里按30%补贴，这36万是给我们学校还是给企业: or a sum pointed at that is a rate said of a figure before it —
      // compared in fen: the percent read as hundredths, 30 → 3000, so the sum times 100 × 100 is the figure times it.)
      const pointedResult = demonstrativeBefore(text, a.start) && findPercents(text).some((p) => p.end <= a.start && figures.some((b) => b.end <= p.start && a.fen * 10000n === b.fen * (yuanStringToFen(p.percent) ?? 0n)));
      if (!rateOfIt && (afterRate || resultOfFigure || pointedResult || (v.grammar.worksOutTo.some((w) => text.slice(Math.max(0, a.start - w.length), a.start) === w) && rateBefore !== undefined))) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        (reading.worked ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (这个10万是每年10万还是总共10万: the same sum again after it was quoted is that sum, quoted.)
      if (reading.quoted?.includes(fenToYuanString(a.fen))) {
        // (…建设经费最高1000万元，绩效评价后再给最高1000万元接续支持: unless its clause names only items of other ceilings —
        // then it is claimed of them, a second time.)
        const [clauseFrom, clauseTo] = clauseAt(text, a.start);
        const inClause = itemNames.findAll(text.slice(clauseFrom, clauseTo)).map((f) => f.value);
        if (inClause.length > 0 && !inClause.some((id) => byCap.some((b) => b.id === id && b.fen === a.fen))) reading.quoted.push(fenToYuanString(a.fen));
        continue;
      }
      // 封顶是50万还是10万: a ceiling named just before, or an alternative to one (还是10万), whatever cue stands earlier.
      const endsWith = (w: string, at: number) => text.slice(Math.max(0, at - w.length), at) === w;
      const previous = figures[figures.indexOf(a) - 1];
      const alternative = previous !== undefined && reading.quoted?.includes(fenToYuanString(previous.fen)) && v.grammar.alternatives.some((w) => text.slice(previous.end, a.start) === w);
      // (省级绩效奖励拿了45万，申请市里90万: a sum applied for from the city is what is hoped for, not a figure of the case.)
      // (另一个报了二千六百万，申请52万: a sum only declared — 报了 — beside one applied for is the case's figure.)
      const appliedWord = (at: number) => v.grammar.appliedFor.filter((w) => endsWith(w, at)).sort((x, y) => y.length - x.length)[0];
      const declaredOnly = (at: number) => { const w = appliedWord(at); return w !== undefined && v.grammar.declared.includes(w); };
      // (申请产业化资助600万: the verb, a few words of what for, then the support's noun right before the figure.)
      const appliedSupport = (at: number) => {
        const lead = text.slice(clauseAt(text, at)[0], at);
        const noun = v.grammar.appliedSupport.nouns.find((w) => lead.endsWith(w));
        if (noun === undefined) return false;
        const head = lead.slice(0, lead.length - noun.length);
        return v.grammar.appliedSupport.verbs.some((w) => { const verb = head.lastIndexOf(w); return verb >= 0 && head.length - (verb + w.length) <= APPLIED_GAP && !/\d/.test(head.slice(verb)); });
      };
      const applied = (appliedWord(a.start) !== undefined || appliedSupport(a.start)) && !(declaredOnly(a.start) && figures.some((b) => b !== a && ((appliedWord(b.start) !== undefined && !declaredOnly(b.start)) || v.grammar.ceilingWords.some((w) => endsWith(w, b.start)))));
      // (又申请了区里同类资助400万: a sum applied for from another policy is that policy's sum, weighed under 从优、就高.)
      // (The amount cue of this figure, looked up once, only where asked.)
      let cue: string | null | undefined;
      const amountCue = () => (cue === undefined ? (cue = cueFor(text, a.start, a.end, ['amount'])) : cue);
      const appliedElsewhere = applied && amountCue() === OTHER_POLICY.amount;
      // (那如果区里的上限是150万: a ceiling named of another policy is that policy's, weighed — no claim of this one's.)
      const ceilingOfOther = () => amountCue() === OTHER_POLICY.cap;
      // (如果企业已经从区里拿了80万，市里还能再补差额20万吗: a sum hoped for right after a word of topping up is quoted, and
      // kept as the top-up asked — no sum of this policy's whole.)
      if (v.grammar.topUpDifference.some((w) => endsWith(w, a.start))) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        reading.topUpAsked = fenToYuanString(a.fen);
        continue;
      }
      if ((v.grammar.ceilingNamed.some((w) => endsWith(w, a.start)) && !ceilingOfOther()) || (applied && !appliedElsewhere) || alternative) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (区里给了50万，按市里的算法是60万: a sum said of this policy's reckoning is its result quoted, no figure of the case.)
      const clauseLead = text.slice(clauseAt(text, a.start)[0], a.start);
      if (v.grammar.policyWorksOut.some((w) => clauseLead.endsWith(w)) && thisPolicy.findAll(clauseLead).length > 0) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (区里80万和市里100万都要拿，总共180万: beside another policy's sum, this policy's said right after its word, and the
      // two added — 总共 right before — are sums quoted, no figure of the case.)
      // (…区里的上限是150万，比市里的100万高呢: or its ceiling.)
      otherPolicyFigures ??= new Set(figures.length > 1 ? figures.filter((b) => { const f = cueFor(text, b.start, b.end, ['amount']); return f === OTHER_POLICY.amount || f === OTHER_POLICY.cap; }) : []);
      const otherSaid = [...otherPolicyFigures].some((b) => b !== a);
      const ourWord = thisPolicy.findAll(clauseLead).some((f) => clauseLead.length - f.end <= 1);
      const totalWord = totalPhrases.some((w) => !w.includes('…') && clauseLead.endsWith(w));
      // (企业问能不能两边都拿，合计130万: so is a sum of both, asked whether both may be had.)
      // (每个申请50万，合计250万，可以吗: so is the sum of sums applied for, said right after its total word.)
      const sumOfApplied = totalWord && (reading.quoted ?? []).some((q) => yuanStringToFen(q)! < a.fen);
      if ((otherSaid && (ourWord || totalWord) && ctx.topicAmountFact) || (totalWord && reading.intents.includes('combination')) || sumOfApplied) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // (The topic's fact first only where the message names no item: 另外我们有个获江苏省科学技术奖一等奖的成果，产业化新增
      // 设备投入了800万 after a scene project is the prize item's.)
      let fact = cueFor(text, a.start, a.end, ['amount'], ctx.topicAmountFact && reading.items.length === 0 ? [ctx.topicAmountFact] : []);
      const [from, to] = sentenceAt(text, a.start);
      const inSentence = new Set(namesFound.filter((f) => f.start >= from && f.end <= to).map((f) => f.value));
      // 中试服务平台绩效评价是优秀，申请了600万绩效奖励: a sum applied for, in a sentence naming an item that computes
      // on no amount, is that item's sum whatever cue follows — unless the message names an item computed on the cue's fact.
      // (中试平台政策（最高300万）: another policy's ceiling is no item's base; it stays that policy's.)
      if (fact && itemBases.has(fact) && v.grammar.ceilingWords.some((w) => text.slice(Math.max(0, a.start - w.length), a.start) === w) && reading.items.some((id) => inSentence.has(id) && !amountBaseOf.has(id) && !countBaseOf.has(id)) && !reading.items.some((id) => amountBaseOf.get(id) === fact)) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // 那个最高500万 / 市里是不是直接给500万 / 市里这条30%、最高100万: a ceiling or a sum of support quoted, no fact;
      // unlike 能拿那个1000万吗 it names no item by its ceiling (many items share one).
      // (“单个企业年度500万”的上限: a closing quotation mark between.)
      const afterQuote = /^[”"’'」』]/.test(text.slice(a.end, a.end + 1)) ? a.end + 1 : a.end;
      const ceilingAfter = v.grammar.ceilingWordsAfter.some((w) => text.startsWith(w, afterQuote));
      // 场景应用的100万补助: the ceiling of an item named, said as support, is that ceiling whatever cue stands before it.
      if (fact && ceilingAfter && byCap.some((b) => b.fen === a.fen && reading.items.includes(b.id))) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      if (!fact && (v.grammar.ceilingWords.some((w) => text.slice(Math.max(0, a.start - w.length), a.start) === w) || ceilingAfter)) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      // 生态型创新联合体那1000万是给谁: a figure pointed at (那, 这个 …) that is the ceiling of an item named is that ceiling.
      const pointed = demonstrativeBefore(text, a.start);
      // (第十条新建交易平台那个500万: whatever cue stands before — 交易 — the ceiling of the item named.)
      // (这1000万是直接给到我个人还是给公司 after the team's grant: the ceiling of the item just answered.)
      // (Not the topic's own figure pointed at: 如果这500万全部算学校今年的新增成交额 after a contract of 500万.)
      const topicsOwn = ctx.topicAmount != null && yuanStringToFen(ctx.topicAmount.yuan) === a.fen;
      // (这300万是给学校还是给…企业 after 300万 was worked out: the sum just answered, pointed at.)
      const answered = (ctx.lastSums ?? []).some((y) => yuanStringToFen(y) === a.fen);
      if (pointed && !topicsOwn && (answered || byCap.some((b) => b.fen === a.fen && (reading.items.includes(b.id) || (ctx.topicItems ?? []).includes(b.id))))) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      const cued = fact !== null;
      // (Asked of another party than the topic's — 那企业那边呢？…每个100万 — the topic's figure is not this one's.)
      // (如果第二单是200万呢 after two contracts and a voucher: a figure of a place is of the kind said with several.)
      const topicFact = asksOther && ctx.topicAmountFact && !reading.asked.some((p) => [...amountBased].some(([id, beneficiary]) => amountBaseOf.get(id) === ctx.topicAmountFact && parties.get(p)!.serves.includes(beneficiary))) ? null : reading.ordinal !== undefined && ctx.placedFact ? ctx.placedFact : ctx.topicAmountFact;
      // 用了创新券，一共12w: a figure no cue claims, beside one item named that computes on an amount, is that amount —
      // before the topic's (那我们在省里那个统筹服务平台上用创新券…用了8万 after a contract: the vouchers used).
      // (Named in the figure's own sentence: 如果省里给的是80万呢？这个上限和企业用创新券那条一样吗 compares the item.)
      const sentenceBases = new Set(reading.items.filter((id) => inSentence.has(id)).flatMap((id) => amountBaseOf.get(id) ?? []));
      if (!fact && sentenceBases.size === 1 && !(ctx.pending && factDefs.get(ctx.pending)?.kind === 'amount')) fact = [...sentenceBases][0]!;
      // (甲高校（有国家重点实验室）今年与企业技术合同实际成交额2500万 under the yearly item named: the contracts of a kind
      // that reads them as that item's base — an institution's — are its base, though no one speaks as that kind.)
      const readInto = sentenceBases.size === 1 ? [...sentenceBases][0]! : null;
      if (fact && readInto && fact !== readInto && reading.self.length === 0 && partyWords.findAll(text).some((p) => !reading.counterparties.includes(p.value) && parties.get(p.value)!.readsAs[fact!] === readInto)) fact = readInto;
      // (不对，合同额我看错了，是四百万 after a contract and a voucher: the one of the topic's figures the message names.)
      const namedOfTopic = [...new Set((ctx.topicItems ?? []).map((id) => amountBaseOf.get(id)).filter((f): f is string => f !== undefined && mentionsFact(text, f)))];
      if (!fact && namedOfTopic.length === 1 && !(ctx.pending && factDefs.get(ctx.pending)?.kind === 'amount')) fact = namedOfTopic[0]!;
      // (…用了8万元创新券，无锡能配多少？如果用了15万呢 after another topic: a what-if of the message's own figure said in
      // an earlier sentence, not the topic's.)
      const ownFacts = [...new Set(reading.amounts.filter((b) => !b.past).map((b) => b.fact))];
      const [sentenceStart] = sentenceAt(text, a.start);
      if (!fact && ownFacts.length === 1 && !reading.amounts.some((b) => text.indexOf(b.raw) >= sentenceStart) && (v.intents.followUp?.phrases ?? []).some((w) => text.slice(sentenceStart, a.start).includes(w))) fact = ownFacts[0]!;
      // (…用了创新券12万，另外在上海的平台用了3万 with a question pending: a figure added in its own clause by a word of
      // adding, after the message's one kind of figure, is another of that kind — not the answer to the question.)
      const [clauseStart] = clauseAt(text, a.start);
      if (!fact && ownFacts.length === 1 && (v.intents.also?.phrases ?? []).some((w) => !w.includes('…') && text.slice(clauseStart, a.start).includes(w))) fact = ownFacts[0]!;
      if (!fact) fact = ctx.pending && factDefs.get(ctx.pending)?.kind === 'amount' ? ctx.pending : topicFact ?? null;
      const bases = new Set(reading.items.flatMap((id) => amountBaseOf.get(id) ?? []));
      if (!fact && bases.size === 1) fact = [...bases][0]!;
      // 认定给200万，第二年又给200万: a figure no cue claims is a contract only where the message speaks of one
      // (签了, 合同, a partner named); otherwise it is a sum quoted, not a fact.
      if (!fact && !defaultContext) {
        (reading.quoted ??= []).push(fenToYuanString(a.fen));
        continue;
      }
      fact ??= v.defaultAmountFact;
      // (如果今年新签8000万元、去年2000万元呢: this year said nearer before a figure than any past word makes it this year's,
      // the clause's 去年 notwithstanding.)
      const yearLead = text.slice(clauseAt(text, a.start)[0], a.start);
      const lastPast = Math.max(-1, ...pastWords.findAll(yearLead).map((p) => p.start));
      const lastNow = Math.max(-1, ...Object.entries(v.grammar.relativeYears).filter(([, offset]) => offset === 0).map(([w]) => yearLead.lastIndexOf(w)));
      const past = yearPast.get(a.start) ?? (pastClauses.has(clauses[a.start]!) && !(lastNow > lastPast));
      // An institution's contracts are its yearly new contract amount (第7条's base), unless the text gives that amount;
      // this year's figure over last year's (去年3200万，今年4500万).
      // Last year's total is read as the yearly fact's too, beside this year's (去年签了4000万，今年签了5500万): their difference is the increase.
      // (今年和企业新签了两笔技术合同，一笔1800万，一笔1200万: each figure of one list is read so, and they add up.)
      const head = listHead(text, clauseAt(text, a.start)[0]);
      const listedWith = (x: StatedAmount) => head !== undefined && readAsTotal.has(x) && listHead(text, clauseAt(text, startOf.get(x) ?? -1)[0]) === head;
      if (selfReads[fact] && yearly && !reading.amounts.some((x) => x.fact === selfReads[fact] && (!x.past || past) && !listedWith(x) && !(past && !x.past && readAsTotal.has(x))) && (past || !figures.some((b) => b !== a && cueFor(text, b.start, b.end, ['amount']) === selfReads[fact]))) {
        const assumed = !yearly.before.has(text);
        const amount: StatedAmount = { fact: selfReads[fact]!, yuan: fenToYuanString(a.fen), raw: a.raw, party: partiesByClause.get(clauses[a.start]!) ?? null, past, ...(assumed ? { assumed: true as const } : {}) };
        reading.amounts.push(amount);
        readAsTotal.add(amount);
        // (X单位上年…2000万、今年3500万；Y单位…: where it stands and whose it is, as for the figure read as said.)
        clauseOf.set(amount, clauses[a.start]!);
        startOf.set(amount, a.start);
        const letter = instanceLabelBefore(text, a.start);
        if (letter !== undefined) labelsOf.set(amount, letter);
        if (assumed) reading.assumedYearly = selfReads[fact]!;
      }
      // (和江南大学签了两份技术合同，分别100万、50万: figures listed respectively are of the clause before's partner.)
      const listFrom = clauseAt(text, a.start)[0];
      const listedOf = listsRespectively(text, listFrom) ? partiesByClause.get(clauses[listFrom - 1]!) : undefined;
      const stated: StatedAmount = { fact, yuan: fenToYuanString(a.fen), raw: a.raw, party: partiesByClause.get(clauses[a.start]!) ?? listedOf ?? onlyPartner, past, ...(a.approximate ? { approximate: true as const } : {}) };
      reading.amounts.push(stated);
      // 最后实际成交按180万结的: the figure said to be the one actually transacted, in its clause before it.
      const [clauseFrom, clauseTo] = clauseAt(text, a.start);
      const ownClause = text.slice(clauseFrom, clauseTo);
      if (v.grammar.actual.some((w) => text.slice(Math.max(clauseFrom, a.start - 8), a.start).includes(w))) actualAmounts.add(stated);
      clauseOf.set(stated, clauses[a.start]!);
      startOf.set(stated, a.start);
      const label = instanceLabelBefore(text, a.start);
      if (label !== undefined) labelsOf.set(stated, label);
      // 今年…一共3500万，去年2000万: last year's figure of a yearly fact, not itself said to be new, is last year's total.
      if (past && increaseFacts.has(fact) && !yearly?.before.has(ownClause)) readAsTotal.add(stated);
      // 如果今年是1.2亿呢 after 去年5000万，今年8000万: a figure for the yearly amount with no cue of its own is this
      // year's total again, over last year's.
      // (假如今年做到9个亿，去年2亿呢: not when the message says last year's itself, later in it.)
      const pastSaid = figures.some((f) => f.start > a.start && pastClauses.has(clauses[f.start]!));
      // (要是今年签到1个亿呢: a figure signed this year, no new amount by its words, is that total too.)
      const saysNew = cued && v.grammar.increase.some((w) => ownClause.includes(w));
      // (今年如果签到8千万呢 after the school's yearly totals: a contract figure read as that yearly fact, the topic's.)
      // (Not a figure of an item named that is reckoned on it: 学校里的技术经理人促成了其中一笔300万的合同…他个人 after the
      // university's yearly contracts is the manager's deal.)
      const itemsOwn = reading.items.some((id) => amountBaseOf.get(id) === fact);
      if (!saysNew && !past && ctx.yearBefore && ctx.topicAmountFact === ctx.yearBefore.fact && anyReadsAs.get(fact) === ctx.yearBefore.fact && reading.self.length === 0 && !itemsOwn) stated.fact = ctx.yearBefore.fact;
      if (!saysNew && !past && !pastSaid && !pastNothing && ctx.yearBefore?.fact === stated.fact && !reading.amounts.some((x) => x.past && x.fact === stated.fact)) {
        // (要是2026年做到1.2亿呢 after 2025年4200万，2024年2800万: the year after the one known is over that one's total.)
        const known = ctx.yearBefore;
        const saidYears = yearsIn(text).map(Number);
        // (要是明年做到一个亿呢 after 去年2800万，今年4300万: or next year said as such, over this year's — 今年 may be said
        // beside it: 如果明年做到8000万呢？（今年按3200万算）.)
        const nextYear = known.current !== undefined && ((known.year !== undefined && saidYears.length === 1 && saidYears[0] === Number(known.year) + 1) || (saidYears.length === 0 && relativeYearsSaid(text).includes(1) && relativeYearsSaid(text).every((y) => y >= 0)));
        const before: StatedAmount = { fact: stated.fact, yuan: nextYear ? known.current! : known.yuan, raw: '', party: null, past: true };
        reading.amounts.push(before);
        readAsTotal.add(before);
      }
    }
    if (pastNothing) {
      for (const fact of new Set(reading.amounts.filter((x) => !x.past).map((x) => x.fact))) {
        if ((!increaseFacts.has(fact) && ctx.yearBefore?.fact !== fact) || reading.amounts.some((x) => x.past && x.fact === fact)) continue;
        const before: StatedAmount = { fact, yuan: '0.00', raw: '', party: null, past: true };
        reading.amounts.push(before);
        readAsTotal.add(before);
      }
    }
    // 去年我们跟企业签了5000万，今年一共签了6500万: last year's contracts beside this year's one yearly figure are last
    // year's total of it, whatever kind of figure their own cue made them.
    for (const before of reading.amounts.filter((x) => x.past)) {
      const yearlyFact = anyReadsAs.get(before.fact);
      if (!yearlyFact || !increaseFacts.has(yearlyFact) || reading.amounts.some((x) => x.past && x.fact === yearlyFact)) continue;
      if (reading.amounts.filter((x) => !x.past && x.fact === yearlyFact).length !== 1) continue;
      before.fact = yearlyFact;
      readAsTotal.add(before);
    }
    // 他们去年的技术合同成交额是3500万 after this year's 5000万 of an institution's yearly contracts: last year's total
    // alone, beside the topic's figure as this year's, makes the increase (1500万), as when both are said at once.
    const pastOnly = reading.amounts.length === 1 && reading.amounts[0]!.past ? reading.amounts[0]! : undefined;
    const topicYearly = ctx.topicAmount && !ctx.yearBefore && increaseFacts.has(ctx.topicAmount.fact) ? ctx.topicAmount : undefined;
    // (抱歉算错了，2024年实际成交额是1200万，不是3200万 after 2025年6800万，2024年3200万: or last year's total corrected, over
    // this year's as the pair known says.)
    const pair = ctx.yearBefore;
    const thisYear = topicYearly
      ? (pastOnly && yearly?.before.has(text.slice(...clauseAt(text, startOf.get(pastOnly) ?? 0))) ? undefined : { fact: topicYearly.fact, yuan: topicYearly.yuan })
      : pair?.current !== undefined ? { fact: pair.fact, yuan: pair.current } : undefined;
    if (pastOnly && thisYear && (pastOnly.fact === thisYear.fact || anyReadsAs.get(pastOnly.fact) === thisYear.fact)) {
      pastOnly.fact = thisYear.fact;
      readAsTotal.add(pastOnly);
      reading.amounts.push({ fact: thisYear.fact, yuan: thisYear.yuan, raw: '', party: null, past: false });
    }
    // (…成交额加起来3,000,000元呢？不对，是30,000,000元: a figure the asker corrects in the same message, a word of
    // correcting right before the next one of the same fact, is replaced by it.)
    for (const later of [...reading.amounts]) {
      const at = startOf.get(later);
      if (at === undefined) continue;
      const earlier = reading.amounts.filter((x) => x !== later && x.fact === later.fact && (startOf.get(x) ?? at) < at).at(-1);
      if (!earlier) continue;
      // (Right after the one corrected — 300万，不对，是500万 — not 80万的技术合同，中科院那份我写错了，是120万, nor
      // 单位名称刚才写错了…另外跟中科院也签了150万.)
      const between = text.slice(startOf.get(earlier)! + earlier.raw.length, at);
      // (Nor 一份100万，写错了，另一份80万: a word of one more deal after it.)
      const another = [...v.grammar.anotherDeal, ...v.grammar.anotherOne, ...v.grammar.nextQuestionLeads].some((w) => between.includes(w));
      if (between.length > CORRECTION_REACH || another || !v.grammar.selfCorrection.some((w) => between.includes(w))) continue;
      reading.amounts = reading.amounts.filter((x) => x !== earlier);
      if (actualAmounts.has(earlier)) actualAmounts.add(later);
    }
    // 合同写的200万，最后实际成交按180万结的 / 签的合同500万，实际付了300万: the figure actually transacted replaces
    // the one signed — one contract, not two — unless the two are with different partners, or listed together
    // (实际成交额分别是500万、800万、1200万: three contracts).
    // (甲…实际成交额1200万，乙是3500万: a figure of another one named by its letter is that one's, not the signed figure.)
    const labelOf = (x: StatedAmount) => labelsOf.get(x);
    // (…投入300万…能拿多少？投入600万呢？: another figure asked about by itself in a later sentence, said bare or with the
    // very words the one before was said with, is a case of its own — not 还有一个合同80万呢, 加上东南大学的200万呢, 签约金额
    // 500万呢: another deal, or another figure of the same one.)
    const askedAlone = (x: StatedAmount, before: StatedAmount) => {
      const [at, first] = [startOf.get(x), startOf.get(before)];
      if (at === undefined || first === undefined || x.raw === '' || x.yuan === before.yuan || sentenceAt(text, first)[1] >= at) return false;
      const end = at + x.raw.length;
      if (!v.grammar.whatAbout.some((w) => text.startsWith(w, end)) || sentenceAt(text, end)[1] !== end + 1) return false;
      const lead = text.slice(sentenceAt(text, at)[0], at).trim();
      return lead === '' || text.slice(0, first).endsWith(lead);
    };
    for (const actual of actualAmounts) {
      const label = labelOf(actual);
      // (合同写的500万但学校那边实际只收到了200万: in its clause too, when a word of contrast stands between.)
      // (Not one listed right before it, 一笔合同500万、实际到账420万: the same deal's signed figure.)
      const listedBefore = (x: StatedAmount) => { const between = text.slice(startOf.get(x)! + x.raw.length, startOf.get(actual)!); return LIST_MARKS.has(between[0] ?? '') && v.grammar.actual.some((w) => between.slice(1).startsWith(w)); };
      const sameClause = (x: StatedAmount) => clauseOf.get(x) === clauseOf.get(actual) && !contrasts(text.slice(startOf.get(x)!, startOf.get(actual)!)) && !listedBefore(x);
      const before = reading.amounts;
      // (市交通集团项目实际投入1500万，一家民营物流企业投入260万: a later figure whose clause opens on one more of them, 一家,
      // is that one's.)
      // (…一个促成的合同实际成交五百万元，另一个三千六百万元: or on 另一个.)
      const anotherOne = (x: StatedAmount) => startOf.get(x)! > startOf.get(actual)! && [...v.grammar.indefinite, ...v.grammar.anotherOne].some((w) => text.slice(clauseAt(text, startOf.get(x)!)[0]).startsWith(w));
      // (…实际成交额420万，能拿多少？再加上它跟无锡学院另一笔120万的合同呢: or one said, in its clause, to be of another deal.)
      const added = (x: StatedAmount) => startOf.get(x)! > startOf.get(actual)! && v.grammar.anotherDeal.some((w) => text.slice(clauseAt(text, startOf.get(x)!)[0], startOf.get(x)!).includes(w));
      // (一笔合同实际成交额800万，一笔1500万: clauses each opened by the same counter list deals of their own.)
      const opens = (at: number) => v.grammar.dealListed.find((w) => text.startsWith(w, clauseAt(text, at)[0]));
      const listedAlike = (x: StatedAmount) => { const counter = startOf.get(x)! > startOf.get(actual)! ? opens(startOf.get(x)!) : undefined; return counter !== undefined && counter === opens(startOf.get(actual)!); };
      // (…2025年10月…实际成交额200万；2026年又跟这所高校签了一笔500万: or one of a year its own clause names, in a sentence
      // of its own.)
      const ofAYear = (x: StatedAmount) => { const at = startOf.get(x)!; return at > startOf.get(actual)! && sentenceAt(text, at)[0] !== sentenceAt(text, startOf.get(actual)!)[0] && yearsIn(text.slice(clauseAt(text, at)[0], at)).length > 0; };
      reading.amounts = reading.amounts.filter((x) => x === actual || actualAmounts.has(x) || x.fact !== actual.fact || askedAlone(x, actual) || x.past !== actual.past || sameClause(x) || anotherOne(x) || added(x) || listedAlike(x) || ofAYear(x) || (x.party !== null && actual.party !== null && x.party !== actual.party) || (label !== undefined && labelOf(x) !== undefined && labelOf(x) !== label));
      // (What the contract was written as, for a figure of it said before: 合同写的500万 is that contract.)
      for (const x of before) if (!reading.amounts.includes(x)) (reading.writtenAs ??= []).push(x.yuan);
      const partners = new Set(partiesByClause.values());
      if (actual.party === null && partners.size === 1) actual.party = [...partners][0]!;
    }
    // 如果今年反而比去年少了呢 after last year's total was given: no figure, and no increase.
    const fell = v.grammar.decrease.some((w) => text.includes(w));
    if (fell && ctx.yearBefore && !reading.amounts.some((a) => a.fact === ctx.yearBefore!.fact)) {
      // (要是2027年的比2026年少了呢 after 2025年5200万…2026年1.1亿: below the year after the one known, whose total is known.)
      const { year, current } = ctx.yearBefore;
      const later = yearsIn(text).map(Number).find((y) => year !== undefined && y === Number(year) + 1);
      reading.noIncrease = later !== undefined && current !== undefined
        ? { fact: ctx.yearBefore.fact, past: current, years: [String(later), year!] }
        : { fact: ctx.yearBefore.fact, past: ctx.yearBefore.yuan };
    } else if (fell && ctx.topicAmountFact && increaseFacts.has(ctx.topicAmountFact) && reading.amounts.length > 0 && reading.amounts.every((a) => (!a.past && anyReadsAs.get(a.fact) !== undefined) || a.fact === ctx.topicAmountFact)) {
      // 如果该高校合同总额6000万，但比上年是减少的: this year's total said to be below last year's: no increase, whatever it is.
      reading.noIncrease = { fact: ctx.topicAmountFact };
      reading.amounts = [];
    } else if (fell && !ctx.yearBefore && reading.amounts.length === 0 && ctx.topicAmountFact && increaseFacts.has(ctx.topicAmountFact)) {
      // 如果今年比去年还少了呢 after an increase said as such (比去年多了3000万): no increase, with no totals to name.
      reading.noIncrease = { fact: ctx.topicAmountFact };
    } else if (fell && !ctx.yearBefore && reading.amounts.length === 0) {
      // (某高校…今年和企业签的技术合同成交额比去年还少了，还能按第七条拿资助吗: of an item named that pays on a yearly
      // increase, no increase.)
      const increased = reading.items.flatMap((id) => { const f = amountBaseOf.get(id); return f !== undefined && increaseFacts.has(f) ? [f] : []; });
      if (increased.length === 1) reading.noIncrease = { fact: increased[0]! };
    }
    // 不好意思去年的数据我记错了，是2600万: last year's total corrected; this year's, known, stays.
    // (更正一下，2025年是1500万不是2000万 in 2026: or last year named by the calendar.)
    // (Not 比去年增加了600万: compared with last year, the figure is the increase.)
    const lastYear = (relativeYearsSaid(text).includes(-1) && !v.notPastWords.some((w) => text.includes(w))) || (ctx.yearBefore?.year !== undefined ? yearsIn(text).includes(String(Number(ctx.yearBefore.year) - 1)) : ctx.year !== undefined && yearsIn(text).includes(String(ctx.year - 1)));
    const known = ctx.yearBefore;
    // (如果它去年的成交额是1.5亿呢: so is a what-if of last year's total alone, whatever fact its cue names.)
    const whatIf = reading.intents.includes('followUp') && reading.amounts.length > 0 && reading.amounts.every((x) => x.past && x.raw === reading.amounts[0]!.raw);
    if (known?.current && lastYear && (reading.intents.includes('correction') || whatIf)) {
      if (whatIf && !reading.amounts.some((x) => x.fact === known.fact)) reading.amounts = [{ ...reading.amounts[0]!, fact: known.fact }];
      const same = reading.amounts.filter((x) => x.fact === known.fact && x.raw !== '');
      if (same.length === 1) {
        same[0]!.past = true;
        reading.amounts = reading.amounts.filter((x) => x.fact !== known.fact || x === same[0]);
        const current: StatedAmount = { fact: known.fact, yuan: known.current, raw: '', party: null, past: false };
        reading.amounts.push(current);
        readAsTotal.add(same[0]!);
      }
    }
    // 补充一下，他们2025年的成交额是4200万 after 2026年…5000万 of an institution's yearly contracts: last year's total,
    // this year's known — their difference is the increase.
    const topicTotal = ctx.topicAmount;
    if (!known && topicTotal && increaseFacts.has(topicTotal.fact) && lastYear && reading.amounts.length > 0 && reading.amounts.every((x) => x.raw === reading.amounts[0]!.raw && x.raw !== '') && yuanStringToFen(reading.amounts[0]!.yuan) !== yuanStringToFen(topicTotal.yuan)) {
      const before: StatedAmount = { ...reading.amounts[0]!, fact: topicTotal.fact, past: true };
      reading.amounts = [before, { fact: topicTotal.fact, yuan: topicTotal.yuan, raw: '', party: null, past: false }];
      readAsTotal.add(before);
    }
    // 合同金额1,000,000: digits grouped by thousands are yuan when a cue says what they are.
    for (const m of text.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.,万亿千元块%])/g)) {
      const fact = cueFor(text, m.index!, m.index! + m[0].length, ['amount']);
      const fen = yuanStringToFen(m[0].replace(/,/g, ''));
      if (fact && fen !== null && fen > 0n && fen <= maxFen) reading.amounts.push({ fact, yuan: fenToYuanString(fen), raw: m[0], party: partiesByClause.get(clauses[m.index!]!) ?? null, past: pastClauses.has(clauses[m.index!]!) });
    }
    // 建完还能再拿500，那是不是一开始就直接报1500 after the ecological pair: a number with no unit that, in 万, is the
    // sum of two of the topic's ceilings is that sum quoted.
    const topicCaps = byCap.filter((b) => (ctx.topicItems ?? []).includes(b.id)).map((b) => b.fen);
    if (topicCaps.length > 1 && figures.length === 0) {
      const sums = new Set(topicCaps.flatMap((a, i) => topicCaps.slice(i + 1).map((b) => a + b)));
      for (const n of findUnitless(text)) if (sums.has(BigInt(n.value) * WAN_FEN)) (reading.quoted ??= []).push(fenToYuanString(BigInt(n.value) * WAN_FEN));
    }
    // A bare number answering an amount question: 1000000 → yuan.
    if (reading.amounts.length === 0 && ctx.pending && factDefs.get(ctx.pending)?.kind === 'amount') {
      const bare = /^\s*(-?\d+(?:\.\d{1,2})?)\s*$/.exec(normalizeDigits(text));
      if (bare) {
        const value = bare[1]!;
        if (value.startsWith('-')) reading.refused.push({ raw: value, reason: 'negative' });
        else if (/^0+(\.0+)?$/.test(value)) reading.refused.push({ raw: value, reason: 'zero' });
        else if (Number(value) > kb.facts.limits.maxAmountYuan) reading.refused.push({ raw: value, reason: 'too_large' });
        else reading.amounts.push({ fact: ctx.pending, yuan: value, raw: value, party: null, past: false });
      }
    }
    // 三个合同，每个五十万: an amount said for each of a count is that many amounts.
    // (其中3个人每人促成3000万: or a word of each person, after the people counted.)
    // (Not 每人促成的金额不一样，最高的促成了3000万: the figure in its own clause, after the word, is each one's.)
    const perPerson = v.grammar.eachPerson.map((w) => ({ at: text.indexOf(w), w })).find(({ at }) => at >= 0 && counts.some((c) => c.end <= at) && reading.amounts.some((a) => { const from = text.indexOf(a.raw, at); return from > at && from < clauseAt(text, at)[1]; }));
    const perPersonFound = perPerson ? { index: perPerson.at, 0: perPerson.w } : null;
    const perEach: { index: number; 0: string } | null = /每(个|份|笔|家|项|单)|各(签|是|有)?/.exec(text) ?? perPersonFound;
    // C公司的11个里有1个是…: a part of a count said right after it, for one of the topic's applicants.
    const wholeSaid = counts.length >= 2 && counts[0]!.count > counts[1]!.count && v.grammar.partsOf.some((w) => text.slice(counts[0]!.end, counts[1]!.start).includes(w));
    // (如果乙企业其中3个项目对接的是市级重点实验室 after 甲's 4 and 乙's 11: a part said of a letter's count, the whole
    // left to the one named.)
    // (乙企业有3个项目其实是去年落地的，今年只能算8个: or, of a letter, a count said of a year before and one of this year.)
    const ofTwoYears = counts.length === 2 && reading.applicant !== undefined && relativeYearsSaid(text.slice(counts[0]!.end, clauseAt(text, counts[0]!.start)[1])).some((o) => o < 0) && relativeYearsSaid(text.slice(clauseAt(text, counts[1]!.start)[0], counts[1]!.start)).includes(0);
    // (B企业里有2个项目对接的是市级重点实验室: or a part said as had — 里有 — of a letter's.)
    // (乙企业有两个项目对接的是市级重点实验室: or had by the letter itself, named right before — with its kind's noun.)
    const ledBy = text.slice(0, counts[0]?.start ?? 0);
    const had = v.grammar.countedOnly.filter((w) => ledBy.endsWith(w)).sort((a, b) => b.length - a.length)[0];
    const letterAt = reading.applicant !== undefined ? ledBy.lastIndexOf(reading.applicant) : -1;
    const letterHas = had !== undefined && letterAt >= 0 && ledBy.length - had.length - (letterAt + reading.applicant!.length) <= LETTER_HAS_REACH && !/\p{P}/u.test(ledBy.slice(letterAt));
    const partHad = reading.applicant !== undefined && counts.length > 0 && (v.grammar.partsOf.some((w) => ledBy.endsWith(`${w}有`)) || letterHas);
    // (核实后乙企业有2个项目没有实现落地转化: or a count of a letter's said not to have landed.)
    const partNotLanded = reading.applicant !== undefined && counts.length === 1 && v.grammar.notLanded.some((w) => text.slice(counts[0]!.end, clauseAt(text, counts[0]!.start)[1]).includes(w));
    const partFirst = !wholeSaid && counts.length >= 1 && (v.grammar.partsOf.some((w) => w.length > 1 && text.slice(0, counts[0]!.start).endsWith(w)) || ofTwoYears || partHad || partNotLanded);
    if (ctx.topicCountFact && wholeSaid && counts.length === 2) reading.countPart = { whole: counts[0]!.count, part: counts[1]!.count };
    else if (ctx.topicCountFact && partFirst && counts.length === 1) reading.countPart = { part: counts[0]!.count };
    // (B企业说这13项里有5项其实是去年落地的，今年只有8项 after three lettered counts: a part of a count said to be of a
    // year before is that year's, the rest this year's, each worked out under its own year's ceiling; 乙企业其中3个项目其实是
    // 去年落地的 leaves the whole to the count kept.)
    if (ctx.topicCountFact && (wholeSaid || partFirst)) {
      const at = wholeSaid ? 1 : 0;
      const [from, to] = clauseAt(text, counts[at]!.start);
      const said = text.slice(counts[at]!.end, to);
      const before = Object.entries(v.grammar.relativeYears).filter(([w, offset]) => offset < 0 && said.includes(w)).map(([w]) => w);
      const thisYear = Object.entries(v.grammar.relativeYears).find(([, offset]) => offset === 0)?.[0];
      const whole = wholeSaid ? counts[0]!.count : undefined;
      const part = counts[at]!.count;
      const restSaid = counts[at + 1]?.count;
      const current = whole !== undefined ? whole - part : restSaid;
      if (before.length === 1 && thisYear && (!wholeSaid || from <= counts[0]!.start) && (restSaid === undefined || whole === undefined || restSaid === whole - part || restSaid === part)) {
        const who = reading.applicant !== undefined ? `${reading.applicant} ` : '';
        // (两个年度分别是多少: each year asked is worked out apart; a total asked is of the applicants' this year.)
        if (current !== undefined && reading.intents.includes('each') && !reading.intents.includes('total')) {
          reading.instances = [
            { label: `${who}${thisYear}`, fact: ctx.topicCountFact, value: current },
            { label: `${who}${before[0]}`, fact: ctx.topicCountFact, value: part },
          ];
        }
        reading.yearsApart = { ...(reading.applicant !== undefined ? { applicant: reading.applicant } : {}), ...(current !== undefined ? { current } : {}), part, word: before[0]!, offset: v.grammar.relativeYears[before[0]!]! };
        if (current !== undefined) facts[ctx.topicCountFact] = current;
        else delete facts[ctx.topicCountFact];
        delete reading.countPart;
      }
    }
    // (如果补报的3个放到明年再报，分两年算呢 after 11: a part of the topic's count put off to a year after is that year's,
    // the rest this year's, each worked out under its own year's ceiling.)
    const later = counts.length === 1 && ctx.topicCountFact && ctx.topicCount !== undefined && counts[0]!.count < ctx.topicCount && !reading.yearsApart
      ? Object.entries(v.grammar.relativeYears).find(([w, offset]) => offset > 0 && text.slice(counts[0]!.end, clauseAt(text, counts[0]!.start)[1]).includes(w))
      : undefined;
    const thisYearWord = Object.entries(v.grammar.relativeYears).find(([, offset]) => offset === 0)?.[0];
    if (later && thisYearWord && ctx.topicCountFact && ctx.topicCount !== undefined) {
      const part = counts[0]!.count;
      const current = ctx.topicCount - part;
      reading.instances = [
        { label: thisYearWord, fact: ctx.topicCountFact, value: current },
        { label: later[0], fact: ctx.topicCountFact, value: part },
      ];
      reading.yearsApart = { current, part, word: later[0], offset: later[1] };
      facts[ctx.topicCountFact] = current;
    }
    // (把400万拆成两份200万的合同: a figure split into so many of a part, the count right before it, is that many parts.)
    if (reading.partsOf && reading.amounts.length === 1 && counts.length === 1) {
      const part = reading.amounts[0]!;
      const at = startOf.get(part) ?? text.indexOf(part.raw);
      const whole = yuanStringToFen(reading.partsOf)!;
      if (counts[0]!.end <= at && at - counts[0]!.end <= 1 && yuanStringToFen(part.yuan)! * BigInt(counts[0]!.count) === whole) reading.amounts = Array.from({ length: counts[0]!.count }, () => ({ ...part }));
    }
    const ofContracts = (c: { raw: string }) => v.grammar.contractCounters.some((w) => c.raw.includes(w));
    // (另一家企业签了两份合同…实际成交额各200万: 一家 counts nothing to share a figure among.)
    /** 其中3个人每人促成3000万: the group of applicants said, each with the figure. */
    let eachGroup: { count: number; raw: string; counter: string; amount: StatedAmount } | undefined;
    const count = perEach ? counts.find((c) => c.count > 1 && (c.end <= perEach.index || ofContracts(c))) ?? counts[0] : undefined;
    // (每家企业一个: each of them a party of its own, each with one — that figure is each one's, not one party's many.)
    const eachParty = perEach ? partyWords.findAll(text).find((p) => p.start === perEach.index + perEach[0].length) : undefined;
    if (perEach && count && count.count > 1 && count.count <= 50 && eachParty && !parties.get(eachParty.value)!.person) {
      reading.perParty = { party: eachParty.value, count: count.count };
      reading.asked = [...new Set([...reading.asked, eachParty.value])];
    } else if (perEach && count && count.count > 1 && count.count <= 50) {
      const after = reading.amounts.filter((a) => text.indexOf(a.raw) > perEach.index);
      if (after.length === 1) {
        const one = after[0]!;
        // (5个…项目，每个应用单位的项目实际投入都在500万以上: so many projects, not contracts, are each one's own.)
        // (10家企业各跟高校签了200万: so many applicants counted, each with its own contract and ceiling — not the partner.)
        const counted = text.slice(count.end, perEach.index);
        const applicantsCounted = partyWords.findAll(counted).some((p) => p.start === 0 && !reading.counterparties.includes(p.value));
        // (团队10个人，每人促成500万: the people counted are each an applicant of their own.)
        const own = !ofContracts(count) && (itemNames.findAll(counted).length > 0 || applicantsCounted || perEach === perPersonFound);
        reading.amounts = reading.amounts.filter((a) => a !== one).concat(Array.from({ length: count.count }, () => ({ ...one, ...(own ? { own: true as const } : {}) })));
        if (!reading.intents.includes('total')) reading.intents.push('total');
        if (reading.amounts.length === count.count) eachGroup = { count: count.count, raw: count.raw, counter: count.counter, amount: one };
        // (团队10个人，每人促成500万: one group of so many people, each line standing for its count.)
        if (own && perEach === perPersonFound) reading.instances = [{ label: `${count.count}${count.counter}×${one.raw}`, fact: one.fact, value: one.yuan, weight: count.count, counter: count.counter }];
      }
    }
    // (更正一下，是9家200万，另外1家是500万: every figure right after a count of applicants is so many applicants' own, each
    // with it.)
    const applicantCountOf = (a: StatedAmount) => {
      const at = startOf.get(a) ?? text.indexOf(a.raw);
      return counts.find((c) => c.end <= at && v.grammar.applicantCounters.some((w) => c.raw.endsWith(w)) && ['', ...v.grammar.applicantFigureLinks].includes(text.slice(c.end, at)));
    };
    // (Not a count of partners, nor of those a person served: 跟江南大学和江苏大学签了…2家都是200万 is one applicant's.)
    const applicantCounts = perEach || reading.counterparties.length > 0 || reading.self.length > 0 ? [] : reading.amounts.map(applicantCountOf);
    if (applicantCounts.length > 0 && applicantCounts.every((c) => c !== undefined) && applicantCounts.some((c) => c!.count > 1) && new Set(reading.amounts.map((a) => a.fact)).size === 1) {
      reading.amounts = reading.amounts.flatMap((a, i) => Array.from({ length: applicantCounts[i]!.count }, () => ({ ...a, own: true as const })));
      // (A correction's 另外1家 is one of the list corrected, not one more.)
      if (reading.intents.includes('correction')) reading.intents = reading.intents.filter((i) => i !== 'also');
    }
    // (三家建有重点实验室的科研事业单位…成交额分别为1800万、6000万、450万: the asker's kind counted before 分别, as many
    // figures listed after it — each one's own, all of the cue said before the first.)
    const respectivelyAt = Math.min(...v.grammar.respectively.map((w) => text.indexOf(w)).filter((i) => i >= 0));
    if (Number.isFinite(respectivelyAt) && reading.self.length > 0 && !reading.amounts.some((a) => a.own)) {
      const listed = reading.amounts.filter((a) => (startOf.get(a) ?? -1) > respectivelyAt);
      const selfWords = reading.self.flatMap((p) => parties.get(p)?.words ?? []);
      // (Not 和三家企业签订了技术合同，研究所今年新增成交额分别为…: the count's own clause holds the asker's kind, no partner.)
      const partnerWords = reading.counterparties.flatMap((p) => parties.get(p)?.words ?? []);
      const ofAsker = (c: (typeof counts)[number]) => { const clause = text.slice(c.end, Math.min(respectivelyAt, clauseAt(text, c.end)[1])); return selfWords.some((w) => findWord(clause, w).length > 0) && !partnerWords.some((w) => findWord(clause, w).length > 0); };
      const counted = counts.find((c) => c.end <= respectivelyAt && c.count === listed.length && v.grammar.applicantCounters.some((w) => c.raw.endsWith(w)) && ofAsker(c));
      // (Figures listed one after another — 1800万、6000万、450万 — not one of another fact said later.)
      const adjacent = listed.every((a, i) => i === 0 || (startOf.get(a) ?? 0) - ((startOf.get(listed[i - 1]!) ?? 0) + listed[i - 1]!.raw.length) <= 1);
      if (counted && adjacent && listed.length > 1 && listed.length === reading.amounts.length && !listed.some((a) => labelsOf.has(a))) {
        const fact = listed[0]!.fact;
        reading.amounts = listed.map((a) => ({ ...a, fact, own: true as const }));
      }
    }
    // (如果其中5家的成交额是200万，其余不变呢 after 20家 each 400万: the rest of the applicants counted before keep their
    // own figure — so many groups, each its count.)
    // (其中3个人每人促成3000万，其余7个不变 too, the figure said for each of them.)
    if (v.grammar.restUnchanged.some((w) => findWord(text, w).length > 0)) reading.restKept = true;
    const ownBefore = ctx.ownAmounts ?? [];
    const saidFigures = eachGroup ? [eachGroup.amount] : [...new Map(reading.amounts.map((a) => [a.raw, a])).values()];
    const saidCounts = eachGroup ? [eachGroup] : applicantCounts.every((c) => c !== undefined) ? (applicantCounts as { count: number; raw: string; counter: string }[]) : [];
    const saidCount = saidCounts.reduce((n, c) => n + c.count, 0);
    const fact = reading.amounts[0]?.fact;
    const kept = ownBefore.filter((a) => a.fact === fact);
    if (saidCounts.length > 0 && saidCounts.length === saidFigures.length && reading.restKept === true && kept.length > saidCount && kept.length === ownBefore.length && new Set(kept.map((a) => a.yuan)).size === 1) {
      const rest = kept.length - saidCount;
      const counter = saidCounts[0]!.counter;
      reading.amounts = [...saidFigures.flatMap((a, i) => Array.from({ length: saidCounts[i]!.count }, () => ({ ...a, own: true as const }))), ...Array.from({ length: rest }, () => ({ fact: fact!, yuan: kept[0]!.yuan, raw: kept[0]!.raw, party: null, past: false, own: true as const }))];
      reading.instances = [...saidFigures.map((a, i) => ({ label: `${saidCounts[i]!.count}${saidCounts[i]!.counter}×${a.raw}`, fact: a.fact, value: a.yuan, weight: saidCounts[i]!.count, counter: saidCounts[i]!.counter })), { label: `${rest}${counter}×${kept[0]!.raw}`, fact: fact!, value: kept[0]!.yuan, weight: rest, counter }];
      if (!reading.intents.includes('total')) reading.intents.push('total');
    }
    // 和江南大学、中科院的一个所各签300万: one amount for each partner named.
    const each = reading.counterparties.length > 1 && /各/.test(text);
    if (each) {
      const single = [...new Set(reading.amounts.map((a) => a.fact))].filter((f) => reading.amounts.filter((a) => a.fact === f).length === 1);
      reading.amounts = reading.amounts.flatMap((a) => (single.includes(a.fact) ? reading.counterparties.map((party) => ({ ...a, party })) : [a]));
    }
    // 合同签了500万，但实际只付了一半: the amount actually transacted is half the one signed.
    const current = reading.amounts.filter((a) => !a.past);
    if (current.length === 1 && v.grammar.paidHalf.some((w) => text.includes(w)) && (yuanStringToFen(current[0]!.yuan)! % 2n) === 0n) {
      const one = current[0]!;
      reading.paidHalf = { fact: one.fact, signed: one.yuan };
      one.yuan = fenToYuanString(yuanStringToFen(one.yuan)! / 2n);
    }
    // (那笔3000万里面有一份合同写的1800万，实际只付了900万: of a whole said before, one part signed at a figure and actually
    // paid at a smaller one — the whole is reckoned on what was paid: 3000万 − 1800万 + 900万.)
    const partWhole = reading.partsOf ?? (reading.refersTo?.length === 1 ? reading.refersTo[0] : undefined);
    // (Not of a yearly increase — 今年那2000万里面… after last year's 1000万, a year's whole, not the figure reckoned on — nor
    // with the part's partner said: 这份是跟一家民营企业签的 leaves the rest's as it was.)
    if (ctx.topicAmountFact && partWhole !== undefined && current.length === 0 && !ctx.yearBefore && reading.counterparties.length === 0) {
      const whole = yuanStringToFen(partWhole)!;
      const wholeAt = figures.find((f) => f.fen === whole);
      const after = wholeAt ? figures.filter((f) => f.start > wholeAt.end && f.start < sentenceAt(text, wholeAt.start)[1]) : [];
      const [signed, paid] = after.length === 2 ? after : [];
      const paidActually = signed !== undefined && paid !== undefined && v.grammar.actual.some((w) => text.lastIndexOf(w, paid.start) >= signed.end);
      if (paidActually && paid.fen < signed.fen && signed.fen < whole) {
        const [signedYuan, paidYuan] = [fenToYuanString(signed.fen), fenToYuanString(paid.fen)];
        // (Its raw is the sum worked out, words the message does not hold — not '', which is found after any word: 里面有 would
        // be read as a part of it said.)
        const yuan = fenToYuanString(whole - signed.fen + paid.fen);
        reading.amounts = [{ fact: ctx.topicAmountFact, yuan, raw: yuan, party: null, past: false }];
        reading.partPaid = { fact: ctx.topicAmountFact, whole: partWhole, signed: signedYuan, paid: paidYuan };
        delete reading.partOf;
        reading.unclaimed = (reading.unclaimed ?? []).filter((y) => y !== signedYuan && y !== paidYuan);
      }
    }
    // (the figure signed is not the case's: it is said back, and names the fact of the items it would be reckoned on)
    if (reading.actualNothing?.signed) {
      const { signed } = reading.actualNothing;
      const fact = reading.amounts.find((a) => a.yuan === signed)?.fact;
      if (fact) reading.actualNothing.fact = fact;
      reading.amounts = reading.amounts.filter((a) => a.yuan !== signed);
    }
    // (今年把一项技术以500万许可给一家企业，这是今年新增的合同，企业和我们所分别能拿: the asker's yearly new contracts, said
    // of one deal with a partner asked about too, are that deal's amount as well — the partner's base.)
    // (Not the year's whole sum with partners not counted one by one: 我们所今年新增合同2000万，和企业分别能拿多少.)
    // (One named — 和A公司新增…, 跟无锡某科技有限公司 — or said to be one, 一家企业; not 和企业, any of them, nor 三家企业.)
    const ofAsked = reading.amounts.filter((a) => !a.past && a.party !== null && reading.asked.includes(a.party));
    const onePartner = (party: string) => {
      const markerEnds = new Set(markers.findAll(text).map((m) => m.end));
      const countEnds = new Set(counts.map((c) => c.end));
      return partyWords.findAll(text).some((p) => p.value === party && (v.grammar.indefinite.some((one) => text.slice(0, p.start).endsWith(one)) || (p.start > 0 && !markerEnds.has(p.start) && !countEnds.has(p.start) && !/[\p{P}\s]/u.test(text[p.start - 1]!))));
    };
    const yearlyOfDeal = ofAsked.length === 1 && onePartner(ofAsked[0]!.party!) ? ofAsked : [];
    if (yearlyOfDeal.length === 1) {
      const a = yearlyOfDeal[0]!;
      const dealFact = reading.self.flatMap((p) => Object.entries(parties.get(p)!.readsAs ?? {}).filter(([, to]) => to === a.fact).map(([from]) => from))[0];
      if (dealFact !== undefined && !reading.amounts.some((b) => b.fact === dealFact)) reading.amounts.push({ ...a, fact: dealFact });
    }
    // (去年…2000万，今年签到5000万，比去年多了3000万: the increase said again — this year's less last year's — is no figure of
    // its own.)
    const nowOnes = reading.amounts.filter((a) => !a.past);
    const pastOne = nowOnes.length === 2 && nowOnes[0]!.fact === nowOnes[1]!.fact && increaseFacts.has(nowOnes[0]!.fact) ? reading.amounts.filter((a) => a.past && a.fact === nowOnes[0]!.fact) : [];
    // (Said as an increase, 比去年多了, 新增 — not 今年一份5000万一份3000万, two contracts.)
    const increaseAt = pastOne.length === 1 ? text.indexOf(nowOnes[1]!.raw) : -1;
    if (increaseAt >= 0 && saidAsIncrease(text, increaseAt) && yuanStringToFen(nowOnes[0]!.yuan)! - yuanStringToFen(pastOne[0]!.yuan)! === yuanStringToFen(nowOnes[1]!.yuan)!) reading.amounts = reading.amounts.filter((a) => a !== nowOnes[1]);
    // (按15万算区里能给12万: of two sums of another policy in a clause, one reckoned on — 按…算 — is the base of the one it
    // gives, the topic's or the named item's figure.)
    const others = reading.amounts.filter((a) => a.fact === OTHER_POLICY.amount && startOf.has(a));
    const baseFact = others.length === 2 ? (ctx.topicAmountFact ?? reading.items.map((id) => amountBaseOf.get(id)).find((f) => f !== undefined)) : undefined;
    if (baseFact !== undefined && clauses[startOf.get(others[0]!)!] === clauses[startOf.get(others[1]!)!]) {
      const [base] = others;
      const at = startOf.get(base!)!;
      const after = text.slice(at + base!.raw.length);
      // (区里按8万算给了8万 after 12万 used: the district's own base, other than the case's, is no figure of it.)
      if (v.grammar.reckonedOn.some((w) => text.slice(0, at).endsWith(w)) && v.grammar.reckoned.some((w) => after.startsWith(w))) {
        if (ctx.topicAmount && ctx.topicAmount.fact === baseFact && ctx.topicAmount.yuan !== base!.yuan) reading.amounts = reading.amounts.filter((a) => a !== base);
        else base!.fact = baseFact;
      }
    }
    Object.assign(facts, combineAmounts(reading, ctx.year));
    // A figure may state more than its own fact (省里给了30万绩效奖励: a provincial reward was obtained).
    for (const fact of Object.keys(facts)) for (const [other, value] of Object.entries(v.facts[fact]?.implies ?? {})) if (facts[other] === undefined) facts[other] = value;

    for (const p of findPercents(text)) {
      const fact = cueFor(text, p.start, p.end, ['percent']);
      if (fact && Number(p.percent) > 0) facts[fact] = p.percent;
      else if (!fact) {
        (reading.quotedPercents ??= []).push(p.percent);
        if (saysMore(text, p)) ((reading.orMore ??= { percent: [], years: [] }).percent).push(p.percent);
        // 能按3%算吗 / 给到40%: a percentage asked for as the rate.
        const before = text.slice(Math.max(0, p.start - 3), p.start).trimEnd();
        if (v.grammar.rateBefore.some((w) => before.endsWith(w)) && !reading.intents.includes('rate')) reading.intents.push('rate');
      }
    }
    // 能按40%补吗: a percentage no fact takes, in a message asking nothing else, asks about a rate.
    if (reading.quotedPercents && reading.intents.length === 0) reading.intents.push('rate');
    // 哪种项目按20%哪种按50% after the funds' loss tolerance: percentages that are all an item's own, of the topic's
    // items, ask about that item.
    if (reading.quotedPercents && reading.items.length === 0 && reading.measures.length === 0) {
      const quotedPercents = reading.quotedPercents;
      const own = (ctx.topicItems ?? []).filter((id) => quotedPercents.every((q) => percentsOf.get(id)?.includes(q)));
      if (own.length === 1) reading.items.push(own[0]!);
    }
    // 第7条能按15%给吗: a rate asked of a measure named with one benefit that has a rate is asked of that benefit.
    if (reading.quotedPercents && reading.intents.includes('rate') && reading.items.length === 0 && reading.measures.length === 1) {
      const rated = byRate.filter((b) => b.measure === reading.measures[0]);
      if (rated.length === 1) reading.items.push(rated[0]!.id);
    }
    // 江南大学那边同一份合同，能不能也按第七条拿钱: a party asked about with a measure named asks for its one benefit there.
    if (reading.measures.length === 1 && reading.items.length === 0 && reading.asked.length === 1) {
      const serves = parties.get(reading.asked[0]!)?.serves ?? [];
      const theirs = kb.measures.find((m) => m.number === reading.measures[0])?.benefits.filter((b) => serves.includes(b.beneficiary)) ?? [];
      if (theirs.length === 1) reading.items.push(theirs[0]!.id);
    }
    // (…联合攻关项目申请了600万，对吗？这两个联合体…最多合计能拿多少: one sum quoted in a sentence of its own, apart from the
    // total asked, is of the items that sentence names.)
    if (reading.quoted?.length === 1 && reading.intents.includes('total')) {
      const fen = yuanStringToFen(reading.quoted[0]!);
      const at = figures.find((f) => f.fen === fen);
      const totalWords = totalPhrases.filter((w) => !w.includes('…'));
      if (at) {
        const [from, to] = sentenceAt(text, at.start);
        const own = text.slice(from, to);
        const items = [...new Set(namesFound.filter((f) => f.start >= from && f.end <= to).map((f) => f.value))];
        if (!totalWords.some((w) => own.includes(w)) && items.length > 0) reading.quotedApart = { yuan: reading.quoted[0]!, items };
      }
    }
    // 第十条那个100万是按什么比例算的: a ceiling quoted of a measure named is its one benefit with that ceiling.
    if (reading.measures.length === 1 && reading.items.length === 0 && reading.quoted?.length) {
      const quoted = new Set(reading.quoted.map((q) => yuanStringToFen(q)));
      const capped = byCap.filter((b) => b.measure === reading.measures[0] && quoted.has(b.fen));
      if (capped.length === 1) reading.items.push(capped[0]!.id);
    }
    // (我们也算技术转移机构…那个100万的奖励能拿吗 after the trading platform: a ceiling pointed at — 那个 — of the topic's
    // measure is its one benefit with that ceiling, the asker's kind's own.)
    if (reading.measures.length === 0 && reading.items.length === 0 && reading.quoted?.length === 1) {
      const measures = new Set(byCap.filter((b) => (ctx.topicItems ?? []).includes(b.id)).map((b) => b.measure));
      const fen = yuanStringToFen(reading.quoted[0]!);
      const capped = byCap.filter((b) => measures.has(b.measure) && b.fen === fen && !(ctx.topicItems ?? []).includes(b.id));
      // (Pointed at right before the figure, not 那让两个实验室…每个各拿500万, which opens with 那.)
      const at = figures.find((f) => f.fen === fen);
      const pointedAt = at !== undefined && v.grammar.demonstratives.some((w) => text.slice(Math.max(0, at.start - POINTED_REACH), at.start).includes(w));
      if (capped.length === 1 && pointedAt) reading.items.push(capped[0]!.id);
    }
    // 第七条那个每项50万，和第六条产学研的30%: a sum each project may get, quoted of a measure named, is its item paid per
    // project, beside the others named.
    if (reading.measures.length > 0 && reading.quoted?.length) {
      const quoted = new Set(reading.quoted.map((q) => yuanStringToFen(q)));
      for (const m of kb.measures.filter((x) => reading.measures.includes(x.number))) {
        const each = m.benefits.filter((b) => b.perItem && quoted.has(yuanToFen(b.perItem.capYuan)));
        if (each.length === 1 && !reading.items.includes(each[0]!.id)) reading.items.push(each[0]!.id);
      }
    }
    // 存续期能延长到20年吗: a span of years, compared with the years an item states.
    const spans = findYears(text);
    if (spans.length > 0) reading.quotedYears = spans.map((y) => y.years);
    for (const y of spans) if (saysMore(text, y)) (reading.orMore ??= { percent: [], years: [] }).years.push(y.years);
    // 生态型的呢？…总共最多多少: a first sentence asking after items named (…呢) asks of them in place of the ones before.
    const first = (sentencesOf(text)[0] ?? '').trimEnd();
    if (reading.items.length > 0 && reading.amounts.length === 0 && v.grammar.whatAbout.some((w) => first.endsWith(w))) reading.whatAbout = true;
    // 连续三年都评了优秀 / 2027年、2028年都评了优秀: how many years a yearly item is counted for in a total.
    // (第一年认定拿了支持，第二年绩效评价优秀，两年加起来: where each year is said with what it brings, the yearly item counts
    // the years it is said of, not the span of the total.)
    const ofYearly = yearsOfYearly(text, reading, reading.items.length > 0 ? reading.items : (ctx.topicItems ?? []));
    // (如果第二年绩效评价是优秀，两年一共最多多少: an ordinal year said with the yearly item's qualifier counts that year
    // alone, whatever span the total is said of.)
    const tokens = findYearTokens(text);
    const eachYearSaid = new Set(tokens.map((y) => y.token)).size > 1 || (ofYearly === 1 && tokens.some((y) => y.token.startsWith('第')));
    // (三年里有两年优秀 counts the two; not 三年中有一年良好, whose years said after 里有 earn nothing.)
    const yearCount = (eachYearSaid ? ofYearly : null) ?? findYearCount(text, { leads: v.grammar.yearSpanLeads, tails: v.grammar.yearSpanTails, within: v.grammar.yearSpanWithin, partOf: v.grammar.ratings.below.some((w) => text.includes(w)) ? [] : v.grammar.yearSpanPartOf }, spans) ?? ofYearly;
    // (认定那年拿满了，之后连续两年绩效都是优秀，三年合计: of two spans, the first said with a top rating (优秀) in its clause
    // and the longer one after it the total's, a yearly item counts the first — not 接下来两年每年情况都一样，三年加起来.)
    const spanClause = (y: { start: number }) => text.slice(...clauseAt(text, y.start));
    const yearlyWords = spans.length === 2 && qualifiersOfYearly(reading.items.length > 0 ? reading.items : (ctx.topicItems ?? [])).length > 0 ? v.grammar.ratings.top : [];
    const [firstSpan, totalSpan] = spans;
    const qualifiedFirst = firstSpan && totalSpan && yearCount === Number(totalSpan.years) && Number(firstSpan.years) < yearCount && yearlyWords.some((w) => spanClause(firstSpan).includes(w)) && !yearlyWords.some((w) => spanClause(totalSpan).includes(w));
    if (yearCount !== null) reading.yearCount = qualifiedFirst ? Number(firstSpan.years) : yearCount;
    // (一个中试服务平台在政策有效期内最多可能拿到多少钱: the years the measures run, counted from their dates.)
    // (Not 这个封顶是每年封顶，还是整个政策有效期内累计封顶: how a ceiling reaches is asked, no total over the years.)
    // (中试平台在整个有效期内最多一共能拿多少: the span's own words read as a reach ask a total still, with no choice offered.)
    else if (reading.intents.some((i) => i === 'maximum' || i === 'total') && (!reading.intents.includes('reach') || !v.grammar.alternatives.some((w) => text.includes(w))) && v.grammar.validitySpan.some((w) => text.includes(w))) {
      reading.yearCount = validityYears;
      reading.validitySpan = true;
    }
    // (…绩效也是优秀，那一年两个加起来最多多少 after three years counted: one year said is one year's total.)
    else if (reading.intents.includes('total') && spans.length === 1 && spans[0]!.years === '1') reading.yearCount = 1;
    // (已经被认定了，今年绩效又评了优秀，今年一共最多能拿多少: a total of this year alone counts one year.)
    else if (reading.intents.includes('total') && spans.length === 0 && yearsIn(text).length === 0) {
      const thisYear = thisYearWords(v);
      // (再按上限加上当年绩效奖励，一共是多少: or this year said right before a yearly item's reward.)
      if (thisYear.some((w) => totalPhrases.some((t) => text.includes(w + t)) || anyYearlyQualifier.some((q) => text.includes(w + q)))) reading.yearCount = 1;
    }
    // 中试服务平台同样情况呢 after a total over three years: the same total, of what this message names.
    // (如果我们做的是概念验证中心呢 after a total over three years of a pilot platform: a what-if of another item, asking
    // nothing else, is the same case too.)
    const whatIfOfItem = ctx.lastTotal?.years !== undefined && reading.items.length > 0 && reading.amounts.length === 0 && reading.intents.length > 0 && reading.intents.every((i) => i === 'followUp');
    // (这个项目里…还有一份300万的技术开发合同…产学研那个30%还能拿吗 after the open-call project: another item asked of the
    // same project is asked beside the topic's.)
    if (v.grammar.sameProject.some((w) => text.includes(w)) && reading.intents.includes('also') && (ctx.topicItems ?? []).length > 0 && reading.items.some((id) => !(ctx.topicItems ?? []).includes(id)) && !reading.intents.includes('combination')) reading.intents.push('combination');
    if (ctx.lastTotal && (whatIfOfItem || v.grammar.sameCase.some((w) => text.includes(w)))) {
      if (!reading.intents.includes('total')) reading.intents.push('total');
      if (reading.yearCount === undefined && ctx.lastTotal.years !== undefined) reading.yearCount = ctx.lastTotal.years;
      reading.sameCase = true;
    }
    /**
     * Where the last lettered one's stretch ends: before the first clause after its figure's that is said of all of them
     * (都…, 三家都…; 合作方都是高校: or opening with what it is said of, then its word of all).
     */
    const beforeAllOfThem = (lastAt: number, end: number): number => {
      const opensAll = (at: number) => v.grammar.allLeads.some((w) => text.startsWith(w, at));
      for (let c = clauseAt(text, lastAt)[1] + 1; c < end; c = clauseAt(text, c)[1] + 1) {
        if (opensAll(c) || v.grammar.allSubjects.some((w) => text.startsWith(w, c) && opensAll(c + w.length))) return c;
      }
      return end;
    };
    // (一家落地转化了4个成果项目，另一家落地了11个: clauses opening with 一家 and then 另一家 name the two whose counts they are.)
    const opener = (words: readonly string[], at: number) => words.find((w) => text.startsWith(w, clauseAt(text, at)[0]));
    const oneAndAnother = counts.some((c) => opener(v.grammar.indefinite, c.start)) && counts.some((c) => opener(v.grammar.anotherOne, c.start));
    /** A year's count said as a part of another (截至2026年6月底共9个，其中2025年4个): no date names a count of its own then. */
    let partYearFound: boolean | undefined;
    const partYear = () => (partYearFound ??= v.grammar.partsOf.some((w) => w.length > 1 && findWord(text, w).some(([, e]) => /^\d/.test(normalizeDigits(text.slice(e, e + 2))))));
    /** The letter naming one of several applicants before a figure in its clause (A今年落地转化了4个). */
    const labelBefore = (at: number): string | undefined => {
      const [start] = clauseAt(text, at);
      const letter = instanceLabelBefore(text, at) ?? (oneAndAnother ? opener(v.grammar.anotherOne, at) ?? opener(v.grammar.indefinite, at) : undefined);
      // (2026年…落地了7个项目，2027年又落地4个: a year of the calendar in the clause names whose count it is too.)
      const said = [...normalizeDigits(text.slice(start, at)).matchAll(YEAR_SAID)].at(-1);
      // (2025年10月落地了5个项目，2026年又落地了8个: or the year of a date said there — not beside a letter, A企业2025年10月…)
      const dated = !said && letter === undefined && !partYear() ? findDates(text.slice(start, at)).at(-1) : undefined;
      const year = said ? { label: said[0], index: said.index! } : dated ? { label: `${dated.iso.slice(0, 4)}年`, index: dated.start } : undefined;
      // (今年落地6个，明年落地5个: or a year said relative to this one, where no letter is — its own count's, not one of a
      // list after it: 今年分别有4个、9个、13个.)
      if (!year && letter === undefined) {
        const lead = text.slice(start, at);
        const word = Object.keys(v.grammar.relativeYears).map((w) => ({ w, at: lead.lastIndexOf(w) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at)[0];
        const between = word ? normalizeDigits(lead.slice(word.at)) : '';
        return word && !/\d/.test(between) && !v.grammar.respectively.some((w) => between.includes(w)) ? word.w : undefined;
      }
      if (!year) return letter;
      return letter !== undefined && text.lastIndexOf(letter, at - 1) > start + year.index ? letter : year.label;
    };
    // (甲所…申请200万；乙校…申请700万，合规吗 / 如果甲所申请的是250万呢: a sum applied for in a letter's clause is that one's.)
    // (Not a sum of one of its parts: A说其中一个项目特别重要，要奖80万.)
    if (reading.quoted?.length && !counts.some((c) => c.count === 1)) {
      for (const a of figures) {
        const yuan = fenToYuanString(a.fen);
        const letter = labelBefore(a.start);
        if (reading.quoted.includes(yuan) && letter !== undefined && v.grammar.instanceLabels.includes(letter)) (reading.quotedBy ??= {})[letter] = yuan;
      }
      if (!reading.quotedBy && reading.applicant !== undefined && reading.quoted.length === 1) reading.quotedBy = { [reading.applicant]: reading.quoted[0]! };
    }
    /**
     * 对接国家重点实验室实现落地转化的项目：甲4项、乙11项、丙7项: the count fact cued in the clause that ends at a colon
     * before a lettered list, in its sentence, when one is.
     */
    const cuedBeforeColon = (at: number): string | null => {
      const [sentenceStart] = sentenceAt(text, at);
      let colon = at - 1;
      while (colon >= sentenceStart && !/[:：]/.test(text[colon]!)) colon--;
      if (colon < sentenceStart || labelBefore(at) === undefined) return null;
      const lead = text.slice(clauseAt(text, colon - 1)[0], colon);
      const cued = figureFacts.filter((f) => f.kind === 'count' && cuedIn(f, lead));
      return cued.length === 1 ? cued[0]!.id : null;
    };
    const labelled: Applicant[] = [];
    const labelledAt: number[] = [];
    for (const c of counts) {
      // (前面已经批了9个项目，每个都按50万给了: the count already received is in the sum received, no fact of this case.)
      if (c === receivedCount) continue;
      if (v.grammar.investing.some((w) => text.slice(0, c.start).endsWith(w))) continue;
      // (一家落地转化了4个成果项目，另一家落地了11个: 一家 is who did it, no count; the count after it in its clause is.)
      if (v.grammar.indefinite.includes(c.raw) && counts.some((b) => b.start > c.end && clauses[b.start] === clauses[c.start])) continue;
      // (企业A又补报了一份和市人民医院签的合同: a count of contracts is no count of projects or people.)
      // (Unlike 落地转化了3单成果, a count of projects.)
      if (v.grammar.contractCounters.some((w) => c.raw.endsWith(w)) && v.grammar.contractNouns.some((w) => text.slice(c.end, clauseAt(text, c.start)[1]).includes(w))) continue;
      // (…乙企业…今年15个项目落地；丙企业在…一般工业集中区，3个项目: a lettered count with no cue of its own, after
      // lettered counts of one fact, is another of them.)
      // (Only a count that ends its clause — 3个项目。 — not 一个乡镇工业园, which counts a place.)
      const endsClause = text.slice(c.end, clauseAt(text, c.start)[1]).replace(edgePunctuation, '').length <= 2;
      const before = labelBefore(c.start);
      const listed = labelled.length > 0 && endsClause && before !== undefined && !labelled.some((x) => x.label === before) ? labelled.at(-1)!.fact : null;
      // (一个企业一年有15个项目 while the count of projects is asked: 一个企业 counts a party, not what is asked.)
      const ofParty = partyWords.findAll(text.slice(c.end)).some((p) => p.start === 0);
      // (还报了一个揭榜项目: a count right before the name of an item reckoned on no count counts that item, no fact.)
      // (落地了一个智慧交通的场景应用项目: or named within the words it counts, in its clause.)
      const counted = text.slice(c.end, Math.min(c.end + COUNTED_REACH, clauseAt(text, c.start)[1]));
      const itemAfter = itemNames.findAll(counted).find((f) => f.start === 0);
      if (itemAfter && !countBaseOf.has(itemAfter.value)) continue;
      // (落地了一个智慧交通的场景应用项目: or named within the words it counts, in its clause — an item of another measure than
      // the items reckoned on the count cued.)
      const cued = cueFor(text, c.start, c.end, ['count']);
      const cuedMeasures = cued === null ? undefined : measuresCounting.get(cued);
      // (Not the next of a list: 落地转化项目2项、在省平台用了创新券6万.)
      const listSep = counted.indexOf('、');
      const countedOnly = listSep >= 0 ? counted.slice(0, listSep) : counted;
      // (Unless the message states what the counted items' conditions test: 我们是高新区龙头企业，对接省重点实验室，今年落地了一个…项目.)
      const conditionsSaid = cued !== null && [...(testedByCount.get(cued) ?? [])].some((f) => facts[f] !== undefined);
      if (cuedMeasures && !conditionsSaid && itemNames.findAll(countedOnly).some((f) => !cuedMeasures.has(measureOfItem.get(f.value)!))) continue;
      const fact = cued ?? (ctx.pending && factDefs.get(ctx.pending)?.kind === 'count' && !ofParty ? ctx.pending : null) ?? listed ?? cuedBeforeColon(c.start);
      if (fact && facts[fact] === undefined) facts[fact] = c.count;
      // (5家龙头企业，今年每家各有4个…成果实现落地转化: so many applicants counted before, each with the count said after 每家/各 —
      // one group of applicants, each worked out on its own count.)
      const group = fact && fact === cued && !reading.instances ? counts.find((x) => x.end <= c.start && x.count > 1 && v.grammar.applicantCounters.some((w) => x.raw.endsWith(w)) && sentenceAt(text, x.start)[0] === sentenceAt(text, c.start)[0] && v.grammar.eachOfThem.some((w) => text.slice(x.end, c.start).includes(w))) : undefined;
      if (group && fact) reading.instances = [{ label: `${group.raw}×${c.raw}`, fact, value: c.count, weight: group.count, counter: group.counter }];
      const label = fact ? before : undefined;
      if (fact && label) {
        labelled.push({ label, fact, value: c.count });
        labelledAt.push(c.start);
      }
    }
    // (三家龙头企业…分别落地转化了4项、9项和15项: counts listed after 分别, as many as the applicants counted before them,
    // are theirs, each of the first one's fact — labelled by their own words.)
    /** The counts are a list said after 分别: what the sentence says after them is said of them all, no stretch of one. */
    let listedRespectively = false;
    if (labelled.length === 0) {
      const start = counts.findIndex((c) => v.grammar.respectively.some((w) => text.slice(Math.max(0, c.start - w.length - RESPECTIVELY_REACH), c.start).includes(w)));
      const list = start >= 0 ? [counts[start]!] : [];
      for (let i = start + 1; start >= 0 && i < counts.length && v.grammar.listJoiners.includes(text.slice(list.at(-1)!.end, counts[i]!.start)); i++) list.push(counts[i]!);
      // (分别有4个、9个、13个对接省重点实验室的成果落地转化项目: or the last one's, the words that say what is counted after it.)
      const fact = list.length > 1 ? (cueFor(text, list[0]!.start, list[0]!.end, ['count']) ?? cueFor(text, list.at(-1)!.start, list.at(-1)!.end, ['count'])) : null;
      if (fact && counts.slice(0, start).some((c) => c.count === list.length)) {
        list.forEach((c) => { labelled.push({ label: c.raw, fact, value: c.count }); labelledAt.push(c.start); });
        listedRespectively = true;
      }
    }
    // A今年落地转化了4个成果项目，B落地了11个: one count each for several applicants, each worked out on its own.
    const instanceFacts = [...new Set(labelled.map((x) => x.fact))];
    if (instanceFacts.length === 1 && new Set(labelled.map((x) => x.label)).size === labelled.length && labelled.length > 1) {
      reading.instances = labelled;
      // (A公司是无锡经开区的龙头企业…落地2个项目；B公司在一个乡镇工业园，不是省级以上开发区，落地3个；C公司在国家高新区…:
      // what is said in a letter's own stretch, up to the next letter, is that one's alone.)
      const at = labelled.map((a, i) => text.lastIndexOf(a.label, labelledAt[i]!));
      if (!listedRespectively && at.every((x, i) => x >= 0 && (i === 0 || x > labelledAt[i - 1]!))) {
        const ends = labelled.map((_, i) => Math.min(at[i + 1] ?? text.length, sentenceAt(text, labelledAt[i]!)[1]));
        // (…企业Z落地转化5项，三家都在省级以上开发区: so does the last one's before a clause said of all of them.)
        ends[ends.length - 1] = beforeAllOfThem(labelledAt.at(-1)!, ends.at(-1)!);
        const outside = text.slice(0, at[0]) + text.slice(ends.at(-1)!);
        const tested = testedByCount.get(labelled[0]!.fact) ?? new Set<string>();
        for (const f of wordFacts) {
          if (!tested.has(f.id)) continue;
          const values = labelled.map((_, i) => wordValue(f, text.slice(at[i]!, ends[i]), { ignoreNear: true }));
          if (values.every((x) => x === null)) continue;
          // (What one says carries to the ones after it that say nothing, as with figures; said alike of all, it is the message's.)
          const own = carriedForward(values);
          if (wordValue(f, outside, { ignoreNear: true }) === null) delete facts[f.id];
          // (Said of every one of them, one way or another — A龙头企业…C不是龙头 — the first's stands for the message, so
          // nothing is asked that each has answered.)
          if (own.every((x) => x !== null)) facts[f.id] = own[0]!;
          labelled.forEach((a, i) => { if (own[i] !== null && own[i] !== facts[f.id]) a.facts = { ...a.facts, [f.id]: own[i]! }; });
        }
      }
    }
    // 2个任务型创新联合体的联合攻关项目 / 3家概念验证中心: a count right before an item given only as a ceiling is how
    // many of it.
    const countedItems = new Map<string, { word: string; count: number; clause: number; added?: true }[]>();
    // (获奖成果产业化资助预计2个，都按上限算: an item with a base is counted too, its ceiling counted, when no figure is given.)
    // (我们有3个获奖项目要扩产…最多多少: or the most asked.)
    const atCeiling = reading.amounts.length === 0 && (v.grammar.atCeiling.some((w) => text.includes(w)) || reading.intents.includes('maximum'));
    /** 这5家 / 这两个: a count pointed back at, the items said before. */
    const pointedBack = (b: { start: number }) => demonstrativeBefore(text, b.start);
    for (const c of counts) {
      // (这两个联合体按规定最多合计能拿多少: two pointed back at, 这, are the ones said before, not two of an item.)
      if (pointedBack(c)) continue;
      // (4个揭榜类项目里有1个被认定为特别重大项目: a count of some of those counted before it, in its sentence — right after
      // 里 or 其中, or one character on — adds none.)
      const [sentenceStart] = sentenceAt(text, c.start);
      const lead = text.slice(sentenceStart, c.start);
      // (Not 如果这5家里有2家中试平台…优秀 after 3 centres and 2 platforms: the whole pointed back at, 这5家, is the items said
      // before; the part names an item of its own, the excellence reward, and counts it.)
      if (counts.some((b) => b.end <= c.start && b.start >= sentenceStart && b.count > c.count && !pointedBack(b)) && v.grammar.partsOf.some((w) => lead.endsWith(w) || lead.slice(0, -1).endsWith(w))) continue;
      const [, clauseEnd] = clauseAt(text, c.end);
      // (今年要审核两个创新联合体：一个任务型…，一个生态型…: a count before a colon that lists them, one by one, counts none.)
      if (/[:：]/.test(text[clauseEnd] ?? '') && counts.some((b) => b.start > clauseEnd)) continue;
      const after = text.slice(c.end, Math.min(clauseEnd, c.end + COUNTED_REACH));
      // (两个问题：任务型创新联合体…: a count with a stop between it and the item counts something else.)
      // (新认定概念验证中心3家、中试服务平台2家: or an item named right before the count, with nothing between.)
      // (中试服务平台是2个不是3个: or with 是 between, the count denied beside it counting nothing.)
      if (isNegated(text, c.start) && counts.some((b) => b.end <= c.start && c.start - b.end <= DENIED_REACH)) continue;
      // (揭榜类项目立项5个: or with what was done to them between.)
      // (任务型创新联合体攻关项目3个 / 生态型创新联合体的重大创新平台2个: or with the rest of the item's title between, after
      // one joining character at most.)
      const titleRest = (f: Find<string>) => { const rest = text.slice(f.end, c.start); const title = itemById.get(f.value)?.title ?? ''; return rest.length >= TITLE_REST_MIN && (title.includes(rest) || title.includes(rest.slice(1))); };
      const joiners = [...v.grammar.ratherIs, ...v.grammar.countedVerbs];
      // (任务型项目是4个: or the rest of the title, then such a word.)
      const titleThenJoiner = (f: Find<string>) => { const rest = text.slice(f.end, c.start); const title = itemById.get(f.value)?.title ?? ''; return joiners.some((w) => rest.endsWith(w) && rest.length - w.length >= TITLE_REST_MIN - 1 && title.includes(rest.slice(0, -w.length))); };
      // (任务型再加1个 after a total: or with a word of adding between, that many more than counted.)
      const addedTo = ctx.lastTotal?.counts !== undefined && v.grammar.countAdded.some((w) => text.slice(0, c.start).endsWith(w));
      const namedRightBefore = (f: Find<string>) => f.end === c.start || joiners.some((w) => text.slice(f.end, c.start) === w) || titleRest(f) || titleThenJoiner(f) || (addedTo && v.grammar.countAdded.includes(text.slice(f.end, c.start)));
      const deniedAfter = v.grammar.saidNot.some((w) => after.startsWith(w)) && counts.some((b) => b.start > c.end && b.start - c.end <= DENIED_REACH);
      // (中试平台只有1家评为优秀: or with a word of only so many between, whatever follows.)
      // (Not 中试平台有3个项目在做: a count of something else, said right after it.)
      // (Nor 我们联合体里有两所高校: a count of a party.)
      const onlySo = (f: { end: number }) => v.grammar.countedOnly.includes(text.slice(f.end, c.start)) && !v.grammar.countedOther.some((w) => after.startsWith(w)) && !partyWords.findAll(after).some((p) => p.start === 0);
      const right = after.replace(/^\s+/, '').length === 0 || /^[\p{P}]/u.test(after) || deniedAfter || addedTo ? itemNames.findAll(text.slice(0, c.start)).find(namedRightBefore) : itemNames.findAll(text.slice(0, c.start)).find(onlySo);
      // (联合一家研究所建了一个…中试服务平台 / 联合两所高校做一个联合攻关项目: not past a party the count counts, nor past
      // another count, the item's own.)
      // (联合东南大学和两家上下游企业做联合攻关: a party after a few words describing it, too.)
      // (Not 3个与高校合作的揭榜项目: a party inside words describing what is counted, 的 after it.)
      const describedParty = (p: Find<string>) => p.start <= PARTY_DESCRIBED_REACH && !/\p{P}/u.test(after.slice(0, p.start)) && !itemNames.findAll(after).some((f) => f.start < p.start) && !after.slice(p.end, p.end + PARTY_DESCRIBED_REACH).includes('的');
      const countsParty = () => partyWords.findAll(after).some((p) => p.start === 0 || describedParty(p)) && !itemNames.findAll(after).some((f) => f.start === 0);
      const nearer = (f: { start: number }) => counts.some((b) => b.start >= c.end && b.start < c.end + f.start);
      const found = right ? { ...right, start: 0 } : countsParty() ? undefined : itemNames.findAll(after).find((f) => !/\p{P}/u.test(after.slice(0, f.start)) && !nearer(f));
      // (去年认定的3个中试平台里预计有1个绩效优秀: a count of a whole whose part is counted after it — 里…1个 — counts none of
      // the item its clause qualifies; the part does.)
      const partCount = !right && found !== undefined && v.grammar.partsOf.some((w) => after.startsWith(w, found.end)) ? counts.find((b) => b.start > c.end + found.end && b.start < clauseEnd) : undefined;
      // (2家中试平台…绩效优秀: the item named, as the message's qualifiers made it, the excellence reward.)
      // (如果其中1家概念验证中心和2家中试平台绩效评价优秀…和认定资金加起来 with both items of a name read: the one whose
      // qualifiers its clause holds, else the plain one.)
      const itemOf = (x: string) => itemById.get(x);
      const ofName = found ? reading.items.filter((x) => x === found.value || itemOf(x)?.names.includes(found.word)) : [];
      const [clauseFrom, clauseTo] = clauseAt(text, c.start);
      const qualifiedHere = ofName.find((x) => (itemOf(x)?.qualifiers ?? []).some((q) => text.slice(clauseFrom, clauseTo).includes(q)));
      const id = ofName.length > 1 ? qualifiedHere ?? ofName.find((x) => (itemOf(x)?.qualifiers.length ?? 0) === 0) ?? ofName[0] : found && (reading.items.includes(found.value) ? found.value : ofName[0]);
      // (Not 4个揭榜类项目里有1个被认定为特别重大项目: the whole is the item's own count, what qualifies the part is no item.)
      if (partCount && id && (itemOf(id)?.qualifiers ?? []).some((q) => text.slice(partCount.end, clauseTo).includes(q))) continue;
      if (id && (ceilingOnly.has(id) || atCeiling)) countedItems.set(id, [...(countedItems.get(id) ?? []), { word: found!.word, count: c.count, clause: clauses[c.start]!, ...(addedTo ? { added: true as const } : {}) }]);
    }
    // (3家科技服务机构和1个校友组织 of the one reward for both: an item counted under names of its own, each once, is
    // counted as their sum; said again by one name, the last count of more than one.)
    for (const [id, said] of countedItems) {
      // (Not 组建了一个任务型创新联合体，联合两所高校做一个联合攻关项目: one item said of in clauses apart is one.)
      const apart = new Set(said.map((x) => x.clause)).size > 1 && said.every((x) => x.count === 1);
      const n = new Set(said.map((x) => x.word)).size === said.length && !apart ? said.reduce((sum, x) => sum + x.count, 0) : said.filter((x) => x.count > 1).at(-1)?.count ?? 0;
      // (更正：中试平台只有1家评为优秀 after 2 counted: one, corrected from more.)
      const fewer = n === 1 && reading.intents.includes('correction') && (ctx.lastTotal?.counts?.[id] ?? 0) > 1;
      // (任务型再加1个 after 2 counted: 3, the count corrected.)
      const before = ctx.lastTotal?.counts?.[id] ?? ((ctx.topicItems ?? []).includes(id) ? 1 : undefined);
      if (said.every((x) => x.added) && before !== undefined) {
        (reading.itemCounts ??= {})[id] = before + n;
        reading.countsCorrected = true;
      } else if (n > 1 || fewer) (reading.itemCounts ??= {})[id] = n;
    }
    // (其中有1家概念验证中心和1家中试平台绩效评价优秀…一共是多少 after 2家概念验证中心和3家中试服务平台: a question of a part
    // of them keeps how many of each the last total counted; so does a total asked again naming nothing, 两部分合计最多多少.)
    const lastCounts = ctx.lastTotal?.counts;
    const ofPart = v.grammar.partsOf.some((w) => w.length > 1 && text.includes(w));
    // (加上接续支持呢 after a total: an item of it added again, the total with the counts it had; …还要再预留多少？总共多少 too;
    // 另外一个生态型平台…接续支持…加进去以后 too, one of it said.)
    // (接续支持最多再给多少？累计一共多少 too: words of giving more, with a total.)
    const givenMore = topUpWords.some((w) => text.includes(w)) && reading.intents.includes('total');
    const addedAgain = (reading.intents.includes('also') || givenMore) && (reading.intents.includes('followUp') || reading.intents.includes('total')) && reading.items.length > 0 && reading.items.every((id) => (ctx.topicItems ?? []).includes(id)) && counts.every((c) => c.count === 1);
    // (两项加起来总预算多少: a count of the parts summed, right before the total's word, counts no item.)
    const summingCount = (c: { end: number }) => totalPhrases.some((w) => text.startsWith(w, c.end));
    // (这块预算3000万元够吗 after a total of counted items: the budget weighed against that total, counted as it was.)
    const budgetAgain = reading.budgetAsked === true && reading.items.length === 0 && counts.length === 0;
    if (lastCounts && budgetAgain && !reading.intents.includes('total')) reading.intents.push('total');
    const totalAgain = (reading.intents.includes('total') && reading.items.length === 0 && counts.every(summingCount)) || addedAgain;
    // (另外已有1家中试平台和2家概念验证中心…绩效优秀…和上面加起来总计多少 after 3家 and 2家: items added to a total keep its counts.)
    // (另有2家单位开放共享科技资源…市里联动奖补要多少 after 3家科技服务机构和1个校友组织: so do they beside an item added, no total asked.)
    const joining = reading.intents.includes('also') && reading.items.some((id) => !(ctx.topicItems ?? []).includes(id));
    // (更正一下，今年新认定的中试服务平台是2个不是3个，总预算改为多少 after a total of counted items: one count corrected,
    // the others kept. 更正：绩效优秀的是两个中试平台 — an item the last total counted once, unsaid, is corrected from one.)
    const countCorrected = reading.intents.includes('correction') && reading.items.length > 0 && reading.items.every((id) => (ctx.topicItems ?? []).includes(id) || lastCounts?.[id] !== undefined || (siblingsOf.get(id) ?? []).some((s) => (ctx.topicItems ?? []).includes(s.id))) && reading.items.some((id) => reading.itemCounts?.[id] !== undefined && lastCounts !== undefined && reading.itemCounts[id] !== (lastCounts[id] ?? 1));
    if (countCorrected) reading.countsCorrected = true;
    // (如果C企业改成是和无锡职业技术学院签的，其余不变呢 after A's, B's and C's: one of the lettered changed, all of them again.)
    if (reading.applicant !== undefined && !reading.intents.includes('total') && reading.restKept) reading.intents.push('total');
    // (其中1家概念验证中心推迟到明年认定，今年预算调整为多少 after 3 centres counted: that many left out of the last count.)
    if (lastCounts && ofPart && v.grammar.countLeftOut.some((w) => text.includes(w))) {
      for (const [id, said] of countedItems) {
        const [last, part] = [lastCounts[id], said.at(-1)!.count];
        if (last === undefined || part >= last) continue;
        (reading.itemCounts ??= {})[id] = last - part;
        reading.countsCorrected = true;
      }
    }
    // (2个生态型创新联合体的重大创新平台…接续支持: what is given after an item counted, to each of them, is counted as many times — of counts said
    // here, not carried: 其中一个生态型平台已完成建设任务，接续支持 is one.)
    if (reading.itemCounts) for (const [id, after] of givenAfter) if (reading.itemCounts[after] !== undefined && reading.itemCounts[id] === undefined) reading.itemCounts[id] = reading.itemCounts[after];
    // (如果这些平台绩效评价都是优秀 / 明年这3家绩效评价都优秀 after 3个中试平台和2个概念验证中心: all those counted, pointed
    // back at; the items they name are worked out where the topic is known.)
    // (Not 这几家里有1家中试平台…优秀: a count of some of them said.)
    // (Not 这3家 after 3个中试平台和2个概念验证中心: the count pointed back is all of them, not those of one item.)
    const allCounted = lastCounts ? Object.values(lastCounts).reduce((n, x) => n + x, 0) + (ctx.topicItems ?? []).filter((id) => lastCounts[id] === undefined && ceilingOnly.has(id)).length : 0;
    if (lastCounts && !reading.itemCounts && counts.every(pointedBack) && (v.grammar.allCounted.some((w) => text.includes(w)) || counts.some((c) => pointedBack(c) && (c.count === allCounted || itemNames.findAll(text).some((f) => f.start === c.end)) && v.grammar.applicantCounters.some((w) => c.raw.endsWith(w))))) reading.allCountedPointed = true;
    // (两个生态型平台建设完成后…接续支持再加多少？总共多少 after 2 platforms and 3 task projects: a total asked again of
    // items of the last one keeps the counts of the items not said again.)
    // (Not 中试平台一共多少, one item's total, nor 不算概念验证中心…一共多少, one left out.)
    const addedToTotal = reading.intents.includes('total') && !reading.intents.includes('correction') && reading.items.length > 1 && !v.grammar.leftOutOfSum.some((w) => text.includes(w)) && reading.items.every((id) => (ctx.topicItems ?? []).includes(id) || lastCounts?.[id] !== undefined);
    if (lastCounts && (ofPart || totalAgain || joining || addedToTotal || countCorrected || reading.countsCorrected === true)) {
      // (Not what followed an item counted, counted with it: its count is said again or not at all.)
      for (const [id, n] of Object.entries(lastCounts)) if (reading.itemCounts?.[id] === undefined && !givenAfter.some(([follow]) => follow === id)) (reading.itemCounts ??= {})[id] = n;
    }
    // (3个中试服务平台和2个概念验证中心，认定支持加上第一年绩效优秀的奖励: an item named with no count of its own, whose
    // name is the very word a count here was said of — the platform's reward beside its support — is counted as it is.)
    if (reading.itemCounts) {
      const counted = { ...reading.itemCounts };
      for (const id of reading.items) {
        // (Not one counted here, once: 1个中试服务平台 is one.)
        if (counted[id] !== undefined || countedItems.has(id) || givenAfter.some(([follow]) => follow === id) || !ceilingOnly.has(id)) continue;
        // (Not 已认定的中试平台里预计有1家绩效优秀: a count in the clause of its own qualifier, a part of some, is its own.)
        const qualifierClauses = (itemById.get(id)?.qualifiers ?? []).flatMap((q) => findWord(text, q).map(([at]) => clauseAt(text, at)));
        if (qualifierClauses.some(([from, to]) => counts.some((c) => c.start >= from && c.start < to))) continue;
        const of = [...countedItems].filter(([x, said]) => x !== id && counted[x] !== undefined && said.some((w) => itemById.get(id)?.names.includes(w.word)));
        if (of.length === 1) reading.itemCounts[id] = counted[of[0]![0]]!;
      }
    }
    // 科技园和校友会两个一起最多能拿多少: one item named by two of its names (two bodies it is for), said to be two, is
    // counted twice.
    if (reading.both) {
      const byItem = new Map<string, Set<string>>();
      // (Names that are bodies — 科技园, 校友会 — not what was done, a name with gaps: 校友会促成了好几个项目落地 is one body.)
      // (Joined as two — 科技园和校友会 — not one body said twice: 我们同时也是孵化器，要是…有突出贡献.)
      const finds = itemNames.findAll(text).filter((f) => ceilingOnly.has(f.value) && !f.word.includes('…'));
      const joined = (f: Find<string>) => finds.some((g) => g !== f && g.value === f.value && (JOINS.test(text.slice(f.end, g.start)) || JOINS.test(text.slice(g.end, f.start))));
      for (const f of finds) if (joined(f)) byItem.set(f.value, (byItem.get(f.value) ?? new Set()).add(f.word));
      for (const [id, words] of byItem) if (words.size > 1 && !reading.itemCounts?.[id]) (reading.itemCounts ??= {})[id] = words.size;
    }
    // (第二年两个都评了优秀呢 after a total: both, summed again; not 两个联合攻关项目, how many of one item.)
    // (Not 这些钱是市里出吗: who pays them, not how much.)
    if (ctx.lastTotal && reading.both && !reading.itemCounts && !reading.intents.some((i) => i === 'each' || i === 'total' || i === 'combination' || i === 'funder' || i === 'tax' || i === 'payment')) reading.intents.push('total');
    // 2025年度促成技术交易成交额1500万，2026年度促成3000万: figures of an item with a ceiling each year, each after its own
    // year in its clause, are that year's — each worked out on its own, not pooled under one year's ceiling.
    // (2025年…比上年新增2000万元，2026年又比上年新增6000万元: each an increase said after its own calendar year — the past
    // one too — not last year's total beside this year's.)
    // (Not one compared with: 2026年新增合同2000万元，比2025年多了800万.)
    /** The dates the message says, found once (a figure's year below, the dates read after). */
    let datesFound: ReturnType<typeof findDatesRelative> | undefined;
    const datesSaid = () => (datesFound ??= findDatesRelative(text, ctx.year));
    /** The words of a figure's clause before it. */
    const leadOf = (a: StatedAmount) => { const at = text.indexOf(a.raw); return text.slice(clauseAt(text, at)[0], at); };
    /** The last calendar year said in a figure's clause before it. */
    const yearSaidBefore = (a: StatedAmount) => { const lead = normalizeDigits(leadOf(a)); const m = [...lead.matchAll(YEAR_SAID)].at(-1); return m ? { year: m[1]!, lead: lead.slice(0, m.index) } : undefined; };
    const calendarYear = (a: StatedAmount) => { const said = yearSaidBefore(a); return said && !v.grammar.comparing.some((w) => said.lead.endsWith(w)) ? said.year : undefined; };
    const increaseOf = (a: StatedAmount) => v.grammar.increase.some((w) => leadOf(a).includes(w));
    const eachIncrease = reading.amounts.length > 1 && reading.amounts.some((a) => a.past) && reading.amounts.every((a) => calendarYear(a) !== undefined && increaseOf(a)) && new Set(reading.amounts.map(calendarYear)).size === reading.amounts.length;
    const ofYears = eachIncrease ? reading.amounts : reading.amounts.filter((a) => !a.past);
    /** The calendar year each figure of a list is said of (written, relative to the day asked, or a date's), or null. */
    const yearsOfList = (list: StatedAmount[]) => list.map((a, i) => {
      // (今年用了8万明年又用了7万: in one clause, the words since the figure before.)
      const lead = leadOf(a);
      const since = i > 0 ? text.slice(text.indexOf(list[i - 1]!.raw) + list[i - 1]!.raw.length, text.indexOf(a.raw)) : lead;
      const relative = [...new Set(relativeYearsSaid(since.length < lead.length ? since : lead))];
      // (某企业2025年10月…签了技术合同，实际成交额200万: or the year of the last date said before it in its sentence.)
      const dated = () => { const at = text.indexOf(a.raw); const from = sentenceAt(text, at)[0]; return datesSaid().filter((d) => d.start >= from && d.end <= at).at(-1)?.iso.slice(0, 4) ?? null; };
      return yearSaidBefore(a)?.year ?? (relative.length === 1 && ctx.year !== undefined ? String(ctx.year + relative[0]!) : dated());
    });
    // (跟企业签的技术合同成交额：2025年1亿元，2026年1.3亿元，2027年1.8亿元 / 前年3000万，去年4000万，今年6000万: of a yearly
    // increase, three years' totals or more in a row, none said to be new, give each later year its increase over the year
    // before; the first year's needs the year before it.)
    // (The first figure read as a contract as well — 2025年合同额3000万，2026年2000万… — is that total only.)
    const seriesFact = reading.amounts.find((a) => increaseFacts.has(a.fact))?.fact;
    const serial = reading.amounts.filter((a) => a.fact === seriesFact);
    const seriesYears = !reading.instances && serial.length > 2 && serial.every((a) => a.raw !== '' && !increaseOf(a)) && reading.amounts.every((a) => serial.some((b) => b.raw === a.raw)) ? yearsOfList(serial) : [];
    if (seriesYears.length > 0 && seriesYears.every((y, i) => y !== null && (i === 0 || Number(y) === Number(seriesYears[i - 1]) + 1))) {
      const fact = seriesFact!;
      const years = seriesYears as string[];
      for (const a of reading.amounts) if (a.fact !== fact) delete reading.facts[a.fact];
      reading.amounts = serial;
      const steps = serial.slice(1).map((a, i) => ({ year: years[i + 1]!, current: a.yuan, past: serial[i]!.yuan }));
      const increases = steps.map((s) => yuanStringToFen(s.current)! - yuanStringToFen(s.past)!);
      const grew = steps.filter((_, i) => increases[i]! > 0n);
      reading.yearlySeries = { fact, first: years[0]!, steps };
      reading.yearsOfFigures = years;
      delete reading.increase;
      delete reading.noIncrease;
      if (reading.assumedYearly === fact) reading.assumedYearly = null;
      if (grew.length > 1) reading.instances = grew.map((s) => { const fen = increases[steps.indexOf(s)]!; return { label: `${s.year}年度 新增${formatWan(fen)}`, fact, value: fenToYuanString(fen), year: s.year }; });
      else {
        // (One year up, or none: that year's total over the year before's, or the last, as two years' are read.)
        const at = grew.length === 1 ? steps.indexOf(grew[0]!) : steps.length - 1;
        const step = steps[at]!;
        reading.amounts = [{ ...reading.amounts[at]!, past: true }, { ...reading.amounts[at + 1]!, past: false }];
        if (grew.length === 1) {
          reading.facts[fact] = fenToYuanString(increases[at]!);
          reading.increase = { fact, current: step.current, past: step.past };
        } else {
          delete reading.facts[fact];
          reading.noIncrease = { fact, current: step.current, past: step.past, years: [step.year, String(Number(step.year) - 1)] };
        }
      }
    }
    if (!reading.instances && !reading.yearlySeries && ofYears.length > 1 && new Set(ofYears.map((a) => a.fact)).size === 1) {
      // (今年在省平台用了6万，明年预计用12万: or a year said relative to the day asked, as that year.)
      const years = yearsOfList(ofYears);
      // (2026年和2027年分别被评为…成交额分别是1500万和3000万: years listed respectively, as many as the figures, in order.)
      const listed = yearsIn(text).filter((y, i, all) => all.indexOf(y) === i);
      const respectively = v.grammar.respectively.some((w) => text.includes(w)) && listed.length === ofYears.length;
      const byYear = years.every((y): y is string => y !== null) && new Set(years).size === years.length ? years : respectively ? listed : null;
      if (byYear) reading.yearsOfFigures = byYear;
      // (Of an item with a ceiling each year, each figure is worked out on its own; under another ceiling they are pooled,
      // the ceiling weighed both ways beside them.)
      if (byYear && yearlyBases.has(ofYears[0]!.fact)) {
        reading.instances = ofYears.map((a, i) => ({ label: `${byYear[i]!}年度 ${a.raw}`, fact: a.fact, value: a.yuan, year: byYear[i]! }));
      }
    }
    // 90家企业…平均8万，另外30家平均15万: each figure said on average of a number of applicants is each one's, that
    // many times (worked out for one, counted for all).
    if (!reading.instances) {
      // (40家企业…平均每家用了8万: a figure already taken once for each of them — 每家 — is one group, not forty.)
      const current = [...new Map(reading.amounts.filter((a) => !a.past).map((a) => [`${a.fact} ${a.raw}`, a])).values()];
      const groups = current.map((a) => {
        const at = text.indexOf(a.raw);
        const c = counts.filter((x) => x.end <= at && at - x.end <= AVERAGE_REACH).at(-1);
        const between = c ? text.slice(c.end, at) : '';
        // (一家1600万，另外四家每家100万: one counted right before its figure, beside such groups, is a group of one.)
        const one = c !== undefined && c.count === 1 && c.end === at;
        const average = c !== undefined && v.grammar.average.some((w) => between.includes(w));
        return c && (average || one) && !current.some((b) => b !== a && text.indexOf(b.raw) > c.end && text.indexOf(b.raw) < at) ? { label: average ? `${c.raw}×${a.raw}` : a.raw, fact: a.fact, value: a.yuan, weight: c.count, counter: c.counter, average } : null;
      });
      if (groups.length > 0 && groups.every((g) => g !== null) && groups.some((g) => g!.average) && new Set(current.map((a) => a.fact)).size === 1) {
        reading.instances = groups.map((g) => { const { average: _, ...group } = g!; return group; });
        // (更正一下，其实是一家1600万，另外四家每家100万: 另外 opening a group says the rest of the whole, nothing added.)
        const groupStarts = new Set(current.map((a) => counts.filter((x) => x.end <= text.indexOf(a.raw)).at(-1)?.start));
        const alsoFinds = (v.intents.also?.phrases ?? []).flatMap((w) => findWord(text, w));
        if (reading.intents.includes('correction') && alsoFinds.length > 0 && alsoFinds.every(([, end]) => groupStarts.has(end))) reading.intents = reading.intents.filter((i) => i !== 'also');
      }
    }
    // 评了3个优秀技术经理人，成交额分别1000万、2500万、4000万: as many people counted as figures given, each figure
    // one person's, each worked out on its own (by the figure, as its label).
    // (区里有三家企业…分别是3万、12万、9.5万: so are organisations counted that are the applicants, each with its figure.)
    // (我是锡山区科技局的，今年辖区有三家企业和高校签了…分别是…: counted, and not the partner, when each is asked.)
    const applicantSide = (p: string) => reading.self.includes(p) || reading.asked.includes(p) || !reading.counterparties.includes(p);
    // (三家单位…分别是20万、45万、70万，各给多少: so are applicants counted by a word of no kind.)
    // (三家开放共享服务单位…分别是15万、50万、八十万: or ending the words the count counts, in its clause.)
    // (Not 我是3个候选人之一，一共促成了三份技术合同，分别是1000万、1500万、2000万…我能拿多少: so many contracts counted, one
    // person's — unless each one is asked of, 三位候选人一共促成了三份合同…各能拿多少.)
    const eachAsked = () => v.grammar.perPerson.some((w) => text.includes(w)) || (v.intents.each?.phrases ?? []).some((w) => !v.grammar.respectively.includes(w) && text.includes(w));
    let contractsCounted: boolean | undefined;
    const bodiesCounted = (c: { start: number; end: number }) => {
      // (Worked out once a message, at the first count asked about.)
      contractsCounted ??= counts.some((x) => v.grammar.contractCounters.some((w) => x.raw.includes(w)) && x.count === reading.amounts.filter((a) => !a.past).length) && !eachAsked();
      if (contractsCounted) return false;
      const counted = text.slice(c.end, Math.min(c.end + BODIES_REACH, clauseAt(text, c.start)[1]));
      return v.grammar.bodies.some((w) => counted.startsWith(w) || (counted.endsWith(w) && !/\d/.test(normalizeDigits(counted)))) && reading.intents.includes('each');
    };
    const countedKind = (p: Find<string>) => parties.get(p.value)!.person || (applicantSide(p.value) && reading.intents.includes('each'));
    // (优秀技术经理人有三位: or the kind said before, having the count.)
    const hasCount = (c: { start: number }) => {
      const from = clauseAt(text, c.start)[0];
      return partyWords.findAll(text.slice(from, c.start)).some((p) => countedKind(p) && v.grammar.countedAfter.includes(text.slice(from + p.end, c.start)));
    };
    // (开放共享那4家…分别是20万、45万、60万、10万: or applicants counted before, pointed back at, each asked.)
    const countPointedBack = (c: { start: number; raw: string }) => reading.intents.includes('each') && v.grammar.applicantCounters.some((w) => c.raw.endsWith(w)) && demonstrativeBefore(text, c.start);
    const people = counts.find((c) => bodiesCounted(c) || countPointedBack(c) || partyWords.findAll(text.slice(c.end, Math.min(c.end + PEOPLE_REACH, clauseAt(text, c.start)[1]))).some(countedKind) || hasCount(c));
    // (X单位上年与企业技术合同成交额2000万、今年3500万: a figure read both as a contract and as the asker's year's, the year's only.)
    const currentFigures = reading.amounts.filter((a) => !a.past && !(yearly && a.fact !== yearly.id && reading.amounts.some((b) => b !== a && b.fact === yearly.id && b.raw === a.raw && !b.past)));
    // (甲去年促成合同成交额1200万，乙促成3000万，丙促成500万: a letter's figure said of last year, among other letters'
    // figures of the same kind and none of its own this year, is that one's case.)
    const pastLettered = currentFigures.length > 0 && currentFigures.every((a) => labelsOf.has(a)) ? reading.amounts.filter((a) => a.past && labelsOf.has(a) && a.fact === currentFigures[0]!.fact && !reading.amounts.some((b) => b !== a && labelsOf.get(b) === labelsOf.get(a))) : [];
    const peopleFigures = [...currentFigures, ...pastLettered].sort((a, b) => startOf.get(a)! - startOf.get(b)!);
    // (甲…1200万，乙是3500万，各奖补多少: so are figures each in the clause of its own letter.)
    const letters = peopleFigures.map((a) => labelsOf.get(a));
    const lettered = letters.length > 1 && letters.every((l) => l !== undefined) && new Set(letters).size === letters.length;
    // (一个经理人促成的…2400万，另一个900万: one person said with an indefinite, then another, each with a figure.)
    // (Or the topic's item is a person's: 一个经理人 after the manager's award.)
    const personTopic = () => (ctx.topicItems ?? []).some((id) => personBeneficiaries.has(beneficiaryOf.get(id) ?? ''));
    const personSaid = () => partyWords.findAll(text).some((p) => parties.get(p.value)?.person && v.grammar.indefinite.some((w) => text.slice(0, p.start).endsWith(w))) || personTopic();
    // (区里有两家企业，一家…300万，另一家…500万，一共: or two applicants of a kind counted, or one said with an indefinite.)
    // (两家单位拿到了…一家38万，一家75万: or bodies of no kind counted, no one said to speak — not 我们公司和两家单位签了…, partners.)
    const bodiesOfNoKind = (c: { end: number }) => reading.self.length === 0 && firstPerson.findAll(text).length === 0 && v.grammar.bodies.some((w) => text.startsWith(w, c.end));
    const bodiesSaid = () => counts.some((c) => c.count === 2 && (partyWords.findAll(text.slice(c.end, Math.min(c.end + PEOPLE_REACH, clauseAt(text, c.start)[1]))).some((p) => applicantSide(p.value)) || bodiesOfNoKind(c)))
      || partyWords.findAll(text).some((p) => applicantSide(p.value) && !parties.get(p.value)?.person && v.grammar.indefinite.some((w) => text.slice(0, p.start).endsWith(w)));
    // (Not 另一家企业签了两份合同…各200万: the other one said before both figures is the one they are of, after a case before.)
    const another = peopleFigures.length === 2 && v.grammar.anotherOne.some((w) => text.lastIndexOf(w) > startOf.get(peopleFigures[0]!)!) && (personSaid() || bodiesSaid());
    // (…成交额1.2亿…机构里3个技术经纪人分别能拿多少: so many people asked of one sum said share it; how, the text leaves open.)
    const personAfter = (c: { start: number; end: number }) => partyWords.findAll(text.slice(c.end, Math.min(c.end + PEOPLE_REACH, clauseAt(text, c.start)[1]))).find((p) => parties.get(p.value)?.person);
    // (Not a sum said of each — 每人促成1000万 — nor people counted beside the asker: 我和另外2个.)
    // (每人 said before the figure, in its clause; 我和另外2个: a first person joined to the count's people.)
    const figureAt = peopleFigures.length === 1 ? startOf.get(peopleFigures[0]!)! : 0;
    const ofEach = v.grammar.perPerson.some((w) => { const at = text.lastIndexOf(w, figureAt); return at >= 0 && clauses[at] === clauses[figureAt]; });
    const besideAsker = (c: { start: number }) => { const from = clauseAt(text, c.start)[0]; return firstPerson.findAll(text.slice(from, c.start)).some((fp) => v.grammar.listJoiners.some((w) => text.startsWith(w, from + fp.end))); };
    const sharing = peopleFigures.length === 1 && reading.intents.includes('each') && !ofEach ? counts.find((c) => c.count > 1 && c.start > startOf.get(peopleFigures[0]!)! && personAfter(c) && !besideAsker(c)) : undefined;
    if (sharing) reading.sharedBy = { party: personAfter(sharing)!.value, count: sharing.count, raw: peopleFigures[0]!.raw };
    if (!reading.instances && ((people && people.count > 1 && peopleFigures.length === people.count) || lettered || another) && new Set(peopleFigures.map((a) => a.fact)).size === 1) {
      for (const a of peopleFigures) a.own = true;
      for (const a of pastLettered) a.past = false;
      if (lettered) peopleFigures.forEach((a, i) => { a.label = letters[i]!; });
      // (甲企业在江苏省科技资源统筹服务平台用了6万券，乙用了18万，丙是在别的平台用的5万: what is said in a letter's own
      // stretch, up to the next letter, is that one's alone where it differs from the message's.)
      // (王五1500万但还没实现转化落地。三个人都评上了年度优秀: a stretch ends with its figure's sentence; what is said
      // after, of all of them, is everyone's. What one says carries to the ones after it that say nothing — 乙用了18万
      // after 甲's platform — not to the ones before.)
      if (lettered && peopleFigures.every((a, i) => text.lastIndexOf(letters[i]!, startOf.get(a)!) >= 0)) {
        const at = peopleFigures.map((a, i) => text.lastIndexOf(letters[i]!, startOf.get(a)!));
        const ends = peopleFigures.map((a, i) => Math.min(at[i + 1] ?? text.length, sentenceAt(text, startOf.get(a)!)[1]));
        // (…王五壹仟伍佰万，都已经转化落地了: the last one's stretch ends before a clause said of all of them.)
        ends[ends.length - 1] = beforeAllOfThem(startOf.get(peopleFigures.at(-1)!)!, ends.at(-1)!);
        const outside = text.slice(0, at[0]) + text.slice(ends.at(-1)!);
        // (甲所建有国家重点实验室，2025年与企业签…: the partner's words say nothing of the letter, and only the facts the
        // items reckoned on figures test are its own — 国家 of its laboratory is no competition's level.)
        // (乙跟中科院一个研究所成交额420万: every word naming the partner, 中科院 as well as 一个研究所.)
        const unpartnered = maskSpans(text, [...partnerFinds.map((p): [number, number] => [p.start, p.end]), ...partnerSpans]);
        // (A公司合同120万…都是跟高校签的: the letter's own kind, right beside it, says nothing of its partner.)
        const unowned = maskSpans(text, partyWords.findAll(text).filter((p) => at.some((x) => p.start === x + 1 || p.end === x)).map((p) => [p.start, p.end]));
        for (const f of wordFacts) {
          if (!testedByAmount.has(f.id)) continue;
          const said = partnerFacts.has(f.id) ? unowned : unpartnered;
          // (A企业与江南大学…100万元，B企业与一家市属科研院所…: a letter's partner named by a party word says its kind.)
          const values = peopleFigures.map((a, i) => wordValue(f, said.slice(at[i]!, ends[i]), { ignoreNear: true }) ?? (a.party ? parties.get(a.party)?.asCounterparty[f.id] ?? null : null));
          if (values.every((x) => x === null)) continue;
          const own = carriedForward(values);
          if (wordValue(f, outside, { ignoreNear: true }) === null) delete facts[f.id];
          // (甲校建有国家重点实验室…乙校建有省技术创新中心: said alike of every one of them, it is the message's too.)
          if (own.every((x) => x !== null) && new Set(own).size === 1) facts[f.id] = own[0]!;
          // (Where the letters differ, each keeps its own: the message's may be dropped as said both ways.)
          const differ = new Set(own).size > 1;
          peopleFigures.forEach((a, i) => { if (own[i] !== null && (own[i] !== facts[f.id] || differ)) a.facts = { ...a.facts, [f.id]: own[i]! }; });
        }
        peopleFigures.forEach((a, i) => {
          const stretch = text.slice(at[i]!, ends[i]);
          // (X大学…；Y研究所…；Z医院…: the kind named in its stretch is its own.)
          // (A公司与江南大学合同…60万: not the partner named after its marker.)
          // (Nor any word of the partner's naming: 中科院 of 乙跟中科院一个研究所.)
          const kind = partyWords.findAll(stretch).find((p) => !parties.get(p.value)!.person && !partnerFinds.some((x) => x.start === at[i]! + p.start) && !partnerSpans.some(([a, b]) => at[i]! + p.start >= a && at[i]! + p.end <= b));
          // (A公司与江南大学合同…60万: its own kind over what the partner's name said of the same fact.)
          for (const [f, value] of Object.entries(kind ? parties.get(kind.value)!.asSelf : {})) {
            if (value !== facts[f]) a.facts = { ...a.facts, [f]: value };
            else if (a.facts && f in a.facts) delete a.facts[f];
          }
        });
        // (甲所…2025年与企业签…3000万，2026年5000万；乙所…新增1000万: last year's total in a letter's stretch makes that
        // one's figure the year's increase, shown with both.)
        const posOf = (x: StatedAmount) => startOf.get(x) ?? text.indexOf(x.raw);
        peopleFigures.forEach((a, i) => {
          if (!increaseFacts.has(a.fact)) return;
          const inStretch = (x: StatedAmount) => x.past && posOf(x) >= at[i]! && posOf(x) < ends[i]!;
          const before = reading.amounts.filter((x) => inStretch(x) && x.fact === a.fact);
          // (丙医院今年比去年反而少了300万 among lettered ones: a fall, no increase — 0, said so.)
          if (lettered && before.length === 0 && v.grammar.decrease.some((w) => text.slice(at[i]!, ends[i]).includes(w))) {
            a.raw = `−${a.raw}`;
            a.yuan = '0.00';
            a.fell = true;
            return;
          }
          if (before.length !== 1 || !readAsTotal.has(before[0]!)) return;
          const fen = yuanStringToFen(a.yuan)! - yuanStringToFen(before[0]!.yuan)!;
          // (Z医院去年500万、今年400万 among lettered ones: no increase, nothing for it — 0, said so.)
          if (fen <= 0n && !lettered) return;
          a.yuan = fenToYuanString(fen > 0n ? fen : 0n);
          a.raw = `${a.raw}−${before[0]!.raw}`;
          a.over = before[0]!.yuan;
          for (const x of reading.amounts.filter(inStretch)) if (facts[x.fact] === x.yuan && !reading.amounts.some((y) => y.fact === x.fact && !inStretch(y))) delete facts[x.fact];
          reading.amounts = reading.amounts.filter((x) => !inStretch(x));
        });
        // (Each one's increase worked out over its own last year: no figure is taken for a year's new amount unsaid.)
        if (peopleFigures.every((a) => a.over !== undefined)) reading.assumedYearly = null;
      }
    }
    // 一笔800万已经落地了，另一笔400万还没落地: figures of one kind, each in clauses of its own, said one way and the
    // other of a condition the items on them test: each figure its own, the message's none.
    const deals = reading.amounts.filter((a) => !a.past && !a.own);
    if (!reading.instances && deals.length > 1 && new Set(deals.map((a) => a.fact)).size === 1 && deals.every((a) => startOf.has(a))) {
      const starts = deals.map((a) => startOf.get(a)!);
      const stretches = starts.map((at, i): [number, number] => [clauseAt(text, at)[0], i + 1 < starts.length ? clauseAt(text, starts[i + 1]!)[0] : sentenceAt(text, at)[1]]);
      if (stretches.every(([from], i) => i === 0 || from > stretches[i - 1]![0])) {
        // (Not a party's kind: each contract's partner says its own, 和江南大学签了200万，和一家普通公司签了300万.)
        for (const f of wordFacts) {
          if (!testedByAmount.has(f.id) || partySetFacts.has(f.id)) continue;
          const values = stretches.map(([from, to]) => wordValue(f, text.slice(from, to), { ignoreNear: true }));
          if (new Set(values.filter((x) => x !== null)).size < 2) continue;
          deals.forEach((a, i) => { if (values[i] !== null) a.facts = { ...a.facts, [f.id]: values[i]! }; });
          delete facts[f.id];
        }
      }
    }
    // 省里给了我们30万绩效奖励…如果省里给的是八十万呢 / …明年如果省里给60万呢: a figure of the same fact in a later
    // sentence of what-if is another case, worked out beside the first — not added to it — and not kept as the case.
    // (去年拿了省里的…绩效奖励30万…二是如果省里给的是80万: a figure of last year is a case too, of a fact no increase is
    // reckoned on.)
    const cases = reading.amounts.filter((a) => (!a.past || !increaseFacts.has(a.fact)) && !a.own && !a.assumed);
    const ifWords = v.intents.followUp?.phrases ?? [];
    if (!reading.instances && cases.length === 2 && cases[0]!.fact === cases[1]!.fact) {
      const [first, second] = [startOf.get(cases[0]!)!, startOf.get(cases[1]!)!];
      const [s0] = sentenceAt(text, first);
      const [s1] = sentenceAt(text, second);
      const supposes = (from: number, to: number) => ifWords.some((w) => text.slice(from, to).includes(w));
      // (假设…投入300万…能拿多少？投入600万呢？: a figure asked about by itself is another case, whatever the first.)
      if (s0 !== s1 && ((supposes(s1, second) && !supposes(s0, first)) || askedAlone(cases[1]!, cases[0]!))) {
        reading.instances = cases.map((a) => ({ label: a.raw, fact: a.fact, value: a.yuan }));
        reading.alternatives = true;
        reading.amounts = reading.amounts.filter((a) => a !== cases[1]);
        facts[cases[0]!.fact] = cases[0]!.yuan;
      }
    }
    if (!reading.instances && v.grammar.oneApplicant.some((w) => text.includes(w))) reading.oneApplicant = true;
    if (v.grammar.tasksAsked.some((w) => findWord(text, w).length > 0)) {
      reading.tasksAsked = true;
      // (职称这块人社局要配合什么: a department named, its tasks asked, asks of the departments.)
      if (reading.departments.length > 0 && !reading.intents.includes('departments')) reading.intents.push('departments');
    }
    // (Not 我们是新型研发机构，第七条为什么没有我们: an applicant asks whether it is covered.)
    if (reading.self.length === 0 && v.grammar.whyNotListed.some((w) => text.includes(w))) reading.whyNotListed = true;
    if (v.grammar.grantedBefore.some((w) => text.includes(w))) reading.grantedBefore = true;
    if (v.grammar.expired.some((w) => text.includes(w))) reading.expired = true;
    // 签了个技术合同 with no figure: the kind of figure is named, its value still to be asked.
    const selfMap = Object.assign({}, ...reading.self.map((id) => parties.get(id)!.readsAs)) as Record<string, string>;
    // (国资基金投了一些成果转化项目 beside the fund's items named: a fund investing names no project investment of the asker.)
    const investingBlanked = reading.items.length > 0 ? v.grammar.investing.reduce((t, w) => t.split(w).join('\u3000'.repeat(w.length)), text) : text;
    // (新建一个线上科技成果交易平台: a word of the kind inside the name of an item named that is reckoned on no figure
    // names no figure.)
    const namesBlanked = reading.items.some((id) => ceilingOnly.has(id)) ? itemNames.findAll(investingBlanked).filter((n) => ceilingOnly.has(n.value)).reduce((t, n) => t.slice(0, n.start) + '\u3000'.repeat(n.end - n.start) + t.slice(n.end), investingBlanked) : investingBlanked;
    for (const f of figureFacts) {
      if (f.kind !== 'amount' || facts[f.id] !== undefined || f.hasWithin || !cuedIn(f, namesBlanked)) continue;
      if (!reading.mentioned.includes(f.id)) reading.mentioned.push(f.id);
      if (selfMap[f.id] && !reading.mentioned.includes(selfMap[f.id]!)) reading.mentioned.push(selfMap[f.id]!);
    }
    const dates = datesSaid();
    // (Only the measures' own day or month of issue: 如果申报指南2027年3月发布 asks of the day said.)
    /** Whether a date said is one of the measures' own (its day, or its month said alone). */
    const sameDay = (d: { iso: string }, day: string) => d.iso === day || d.iso === day.slice(0, 7);
    const issuedOn = (d: { iso: string; end: number }) => sameDay(d, kb.document.issueDate) && v.grammar.issuedAfterDate.some((w) => text.slice(d.end, d.end + ISSUED_REACH).includes(w));
    // (政策2028年8月底就到期了，到期以后…还能拿吗: nor the day they end, said as such.)
    // (Not 揭榜项目2028年8月底结束: the policy named in its sentence, up to the word of its end.)
    const endsOn = (d: { iso: string; start: number; end: number }) => sameDay(d, kb.document.validity.to) && v.grammar.expiresAfterDate.some((w) => text.slice(d.end, d.end + EXPIRES_REACH).includes(w)) && v.grammar.policyPeriod.some((w) => text.slice(sentenceAt(text, d.start)[0], d.end + EXPIRES_REACH).includes(w));
    for (const d of dates) {
      // (政策是2025年7月31日印发的: the day the measures were issued is no day asked, nor any case's.)
      if (issuedOn(d) || endsOn(d)) continue;
      const fact = cueFor(text, d.start, d.end, ['date']);
      // (合同是2025年8月签的，钱是2025年10月到账的: a second date of the same event, said against the validity like the first.)
      if (fact && typeof facts[fact] === 'string' && facts[fact] !== d.iso) (reading.laterDates ??= []).push({ fact, date: d.iso });
      else if (fact) facts[fact] = d.iso;
      // (项目是2025年8月立项的: the day a project began, no fact's, is weighed against the validity; no day asked.)
      else if (v.grammar.eventAfterDate.some((w) => text.startsWith(w, d.end))) reading.eventDate ??= d.iso;
      // (这家企业是2022年1月获奖的: the day an award was won is no day asked.)
      else if (reading.dateAsked === undefined && !wonInYear(text, d.iso.slice(0, 4), ctx.year)) {
        reading.dateAsked = d.iso.length === 7 ? `${d.iso}-01` : d.iso;
        if (d.iso.length === 7) reading.monthAsked = true;
      }
    }
    // (乙企业其中4项是2025年8月落地的，要不要剔除: the one date said is when the part of the count was done, no day asked.)
    if (reading.countPart && reading.dateAsked !== undefined && dates.length === 1) {
      reading.countPart.date = dates[0]!.iso;
      delete reading.dateAsked;
      delete reading.monthAsked;
    }
    // 明年还能再拿吗 / 以后每年都有吗: a later year or every year.
    if (relativeYearsSaid(text).some((offset) => offset > 0) || v.grammar.eachYear.some((w) => text.includes(w))) reading.laterYears = true;
    // 8月份签的技术合同: a month with no year, of an event a date fact names (not one of a date read above).
    // 2028年8月签、10月才登记的: after a date of the message, the month is of that date's year — a second date of
    // the same event, said against the validity like the first.
    // (改成3000万的合同、2027年签的呢: a year alone, of an event a date fact names, is that event's year — where the
    // whole year lies inside the validity or outside it; a year it begins or ends in is left to the month.)
    for (const y of normalizeDigits(text).matchAll(YEAR_SAID)) {
      const at = y.index!;
      const year = Number(y[1]);
      // (Not the year of a figure after it in its clause: 2024年跟企业签的技术合同成交额3000万 is a year's total.)
      const clauseTo = clauseAt(text, at)[1];
      if (year === validityFirstYear || year === validityLastYear || dates.some((d) => at < d.end && d.start < at + y[0].length) || reading.amounts.some((a) => { const i = text.indexOf(a.raw, at); return i >= at && i < clauseTo; })) continue;
      const fact = cueFor(text, at, at + y[0].length, ['date']);
      if (fact && facts[fact] === undefined) facts[fact] = y[1]!;
    }
    for (const m of findMonths(text)) {
      if (dates.some((d) => m.start < d.end && d.start < m.end)) continue;
      const fact = cueFor(text, m.start, m.end, ['date']);
      const before = dates.filter((d) => d.end <= m.start).at(-1);
      const month = before ? `${before.iso.slice(0, 4)}-${String(m.month).padStart(2, '0')}` : null;
      // (政策是2025年7月31日印发的，那8月份签的技术合同: after the day of issue, the month is of its year, the event's first date.)
      // (…那8月份用的创新券算吗: a month of no event the facts name is the day asked, in that year.)
      const afterIssue = before !== undefined && issuedOn(before);
      if (month && afterIssue && !fact && reading.dateAsked === undefined) {
        reading.dateAsked = `${month}-01`;
        reading.monthAsked = true;
      } else if (fact && month && afterIssue && facts[fact] === undefined) facts[fact] = month;
      else if (fact && month) (reading.laterDates ??= []).push({ fact, date: month });
      else if (fact && facts[fact] === undefined) (reading.undatedMonths ??= []).push({ fact, month: m.month });
    }
    // 合同是2028年8月20日签的，9月份才去申报: a date or a month with no event of its own, right before a word of applying,
    // beside an event's date, is when one applies — not the day the answer is for (what was done is judged on its day).
    // (9月份才去申报, 9月底再申请: a part of the month, then a comma or space, may stand between.)
    const applyingAt = (end: number) => {
      const part = v.grammar.monthParts.find((w) => text.startsWith(w, end));
      const after = text.slice(end + (part?.length ?? 0)).replace(/^[，,\s]*/, '');
      return v.grammar.applyingOn.some((w) => after.startsWith(w));
    };
    const eventDates = dates.filter((d) => cueFor(text, d.start, d.end, ['date']) !== null);
    if (eventDates.length > 0) {
      const appliedDate = dates.find((d) => !eventDates.includes(d) && applyingAt(d.end));
      const appliedMonth = findMonths(text).find((m) => !dates.some((d) => m.start < d.end && d.start < m.end) && cueFor(text, m.start, m.end, ['date']) === null && applyingAt(m.end));
      const event = eventDates.filter((d) => d.end <= (appliedDate?.start ?? appliedMonth?.start ?? 0)).at(-1)?.iso;
      if (appliedDate) reading.appliedOn = appliedDate.iso;
      else if (appliedMonth && event) {
        const year = Number(event.slice(0, 4)) + (appliedMonth.month < Number(event.slice(5, 7)) ? 1 : 0);
        reading.appliedOn = `${year}-${String(appliedMonth.month).padStart(2, '0')}`;
      }
      if (reading.appliedOn && reading.dateAsked?.startsWith(reading.appliedOn.slice(0, 7))) delete reading.dateAsked;
    }
    // 2028年9月有企业来申报2028年上半年使用创新券的联动奖补: a day asked after the validity, a word of applying just after
    // it, and another year within the validity said of what was done — the application is late, what was done is not.
    const { from: validFrom, to: validTo } = kb.document.validity;
    const asked = reading.appliedOn === undefined && reading.dateAsked !== undefined && reading.dateAsked > validTo ? dates.find((d) => reading.dateAsked!.startsWith(d.iso)) : undefined;
    if (asked && v.grammar.applyingOn.some((w) => text.slice(asked.end, asked.end + APPLY_REACH).includes(w))) {
      const digitsOf = normalizeDigits(text);
      // (A year with the part of it said — 2028年上半年 — or a whole year before the validity's last.)
      const years = [...digitsOf.matchAll(YEAR_SAID)].map((m) => ({ m, part: v.grammar.yearParts.find((w) => digitsOf.startsWith(w, m.index! + m[0].length)) }));
      const done = years.find(({ m, part }) => m.index !== asked.start && m[1]! >= validFrom.slice(0, 4) && m[1]! <= validTo.slice(0, 4) && (part !== undefined || m[1]! < validTo.slice(0, 4)));
      // (2028年10月来申报…券是2028年7月在省平台用的: or another date said, within the validity.)
      // (Not 政策2025年9月1日开始实施: the measures' own days.)
      const doneOn = done ? undefined : dates.find((d) => d !== asked && d.iso !== validFrom && d.iso !== validTo && !issuedOn(d) && d.iso >= validFrom.slice(0, d.iso.length) && d.iso.slice(0, 7) <= validTo.slice(0, 7));
      if (done || doneOn) {
        reading.appliedOn = asked.iso;
        reading.doneIn = done ? done.m[0] + (done.part ?? '') : text.slice(doneOn!.start, doneOn!.end);
        delete reading.dateAsked;
      }
    }
    // 要是2029年来申报还能用吗: a year alone, asked about the validity, when the whole year lies outside it.
    // (2029年绩效优秀还能拿吗: asked whether one may have it, a year wholly after the validity is asked about too.)
    const yearsSaid = yearsIn(text);
    if (yearsSaid.length > 0) reading.yearsSaid = yearsSaid;
    // (…用了8万创新券，明年还能再用吗: a relative year only before the figures, in their sentence — 明年创新券用3万，合同签100万.)
    const figuresNow = reading.amounts.filter((a) => !a.past && text.includes(a.raw));
    const yearsBefore = (a: StatedAmount) => { const at = text.indexOf(a.raw); return relativeYearsSaid(text.slice(sentenceAt(text, at)[0], at)); };
    const offsets = [...new Set(figuresNow.flatMap(yearsBefore))];
    if (yearsSaid.length === 1) reading.figureYear = yearsSaid[0];
    else if (yearsSaid.length === 0 && offsets.length === 1 && ctx.year !== undefined && figuresNow.length > 0 && figuresNow.every((a) => yearsBefore(a).length > 0)) reading.figureYear = String(ctx.year + offsets[0]!);
    // (今年…已经有3个创新成果项目实现落地转化了 / 如果明年再落地12个项目呢: a count of a fact, with one relative year before it
    // in its sentence, is that year's figure too.)
    else if (yearsSaid.length === 0 && figuresNow.length === 0 && ctx.year !== undefined && figureFacts.some((f) => f.kind === 'count' && typeof facts[f.id] === 'number')) {
      const countYears = [...new Set(findCounts(text).flatMap((c) => relativeYearsSaid(text.slice(sentenceAt(text, c.start)[0], c.start))))];
      if (countYears.length === 1) reading.figureYear = String(ctx.year + countYears[0]!);
    }
    // 如果第二笔1200万的其实是明年（2027年）才成交落地的呢？两年分别怎么算, after two deals said of this year: of an item with
    // a ceiling each year, the one pointed at (by its place or its figure) is that later year's, the rest stay this year's —
    // each year worked out on its own.
    const placed = ctx.placedFigures ?? [];
    const placedFact = ctx.placedFact;
    if (!reading.instances && placedFact && ctx.year !== undefined && !ctx.yearsApart && placed.length > 1 && placed.every((p) => !p.past) && reading.amounts.every((a) => a.fact === placedFact && !a.past)) {
      // (要是第一笔是明年的呢: or no figure, a later year said relative to the day asked.)
      const offsetsSaid = [...new Set(relativeYearsSaid(text))];
      const yearPointed = reading.figureYear ?? (yearsSaid.length === 0 && offsetsSaid.length === 1 ? String(ctx.year + offsetsSaid[0]!) : undefined);
      // (Not a year after the measures end — 那笔1200万的要是2029年才成交呢 is asked of the validity.)
      const laterYear = yearPointed !== undefined && Number(yearPointed) > ctx.year && yearPointed <= kb.document.validity.to.slice(0, 4) ? yearPointed : undefined;
      // (Only where the topic's items on that figure have a ceiling each year: not the contract subsidy, one ceiling per
      // enterprise, on the same contract figure as the manager's award.)
      const onPlaced = (ctx.topicItems ?? []).filter((id) => amountBaseOf.get(id) === placedFact);
      if (laterYear && onPlaced.length > 0 && onPlaced.every((id) => yearlyItems.has(id))) {
        const saidFigure = reading.amounts.length === 1 ? reading.amounts[0]! : undefined;
        // (如果1200万那笔是明年才落地的呢: a figure pointed at by 那笔 is no figure said.)
        const pointedYuan = saidFigure?.yuan ?? (reading.refersTo?.length === 1 ? reading.refersTo[0] : undefined);
        const at = reading.ordinal !== undefined ? reading.ordinal - 1 : pointedYuan !== undefined ? placed.findIndex((p) => p.yuan === pointedYuan) : -1;
        const rest = placed.filter((_, i) => i !== at);
        const restFen = rest.reduce((sum, p) => sum + yuanStringToFen(p.yuan)!, 0n);
        // (Not a figure that is the others' sum — 合计3000万 said beside 1800万 and 1200万 — which is no deal of its own.)
        if (at >= 0 && at < placed.length && reading.amounts.length <= 1 && (!saidFigure || saidFigure.yuan === placed[at]!.yuan) && yuanStringToFen(placed[at]!.yuan) !== restFen) {
          reading.instances = [
            { label: `${ctx.year}年度 ${rest.map((p) => p.raw).join('+')}`, fact: placedFact, value: fenToYuanString(restFen), year: String(ctx.year) },
            { label: `${laterYear}年度 ${placed[at]!.raw}`, fact: placedFact, value: placed[at]!.yuan, year: laterYear },
          ];
        }
      }
    }
    // 这两笔分别是两家不同企业和高校签的，企业各自的…是多少 after two contracts: as many applicants counted as the deals
    // placed, each asked of on its own — each deal one applicant's.
    // (Only a count of those the items on the figure are for — 两家不同企业 of the contract subsidy, not 两家不同高校 nor 两位
    // 教授的团队, partners — of deals not already one applicant's each, and not done together: 两位技术经理人一起促成的.)
    if (!reading.instances && placedFact && placed.length > 1 && placed.every((p) => !p.past) && reading.amounts.length === 0 && reading.intents.includes('each')) {
      const applicantsCounted = findCounts(text).filter((c) => v.grammar.applicantCounters.some((w) => c.raw.endsWith(w)));
      const forItems = new Set([...reading.items, ...(ctx.topicItems ?? [])].filter((id) => amountBaseOf.get(id) === placedFact).flatMap((id) => beneficiaryOf.get(id) ?? []));
      const kindCounted = (c: { end: number }) => partyWords.findAll(text).find((p) => p.start >= c.end && p.start - c.end <= COUNTED_KIND_GAP)?.value;
      const ofApplicants = (c: { end: number }) => { const kind = kindCounted(c); return kind !== undefined && parties.get(kind)!.serves.some((b) => forItems.has(b)); };
      const apartBefore = (ctx.ownAmounts ?? []).some((a) => a.fact === placedFact) || v.grammar.jointDeals.some((w) => text.includes(w));
      if (!apartBefore && applicantsCounted.length === 1 && applicantsCounted[0]!.count === placed.length && ofApplicants(applicantsCounted[0]!)) reading.instances = placed.map((p) => ({ label: p.raw, fact: placedFact, value: p.yuan }));
    }
    const won = yearsSaid.find((y) => wonInYear(text, y, ctx.year));
    if (won !== undefined) reading.wonYear = won;
    // 我那单其实是2024年做的: a year alone of an event a date fact names, when the whole year lies outside the validity.
    const outside = (y: string) => y < kb.document.validity.from.slice(0, 4) || y > kb.document.validity.to.slice(0, 4);
    const digits = normalizeDigits(text);
    const yearAt = (y: string) => digits.indexOf(`${y}年`);
    for (const y of yearsSaid.filter(outside)) {
      const at = yearAt(y);
      // (Only a verb of the event right after it: 2024年是2800万 is a year's figure, 2024年拿了…奖 no date of a contract.)
      const end = at + y.length + 1;
      const fact = at < 0 || dates.some((d) => d.start <= at && at < d.end) ? undefined : figureFacts.find((f) => f.kind === 'date' && f.after.some((w) => text.startsWith(w, end)));
      if (fact && facts[fact.id] === undefined) facts[fact.id] = y;
    }
    // (2022年获得的国家技术发明奖…现在才开始投资扩产，还能申请吗: the year an award was won is its own, not the day asked.)
    const wonIn = (y: string) => wonInYear(text, y, ctx.year);
    // (如果年年评优，能一直拿到2030年吗: so do years on and on up to one.)
    const asksHaving = (reading.intents.some((i) => i === 'conditions' || i === 'amount') || reading.laterYears === true) && yearsSaid.some((y) => y > kb.document.validity.to.slice(0, 4));
    const ofEvent = yearsSaid.some((y) => Object.values(facts).includes(y));
    if (!reading.dateAsked && !ofEvent && (reading.intents.includes('validity') || asksHaving) && dates.length === 0) {
      const { from, to } = kb.document.validity;
      const years = yearsSaid.filter((y) => !wonIn(y));
      // 明年还能申报吗: a year said relative to the day asked, with no month after it.
      if (ctx.year !== undefined) {
        for (const [word, offset] of Object.entries(v.grammar.relativeYears)) {
          const at = text.indexOf(word);
          if (at >= 0 && !/^\s*\d/.test(text.slice(at + word.length))) years.push(String(ctx.year + offset));
        }
      }
      // (政策2027、2028年还有效吗: of several years in force, the one the validity begins or ends in is the one to speak of.)
      const edge = (y: string) => Number(y) === validityFirstYear || Number(y) === validityLastYear;
      years.sort((a, b) => Number(edge(b)) - Number(edge(a)));
      for (const year of years) {
        if (year > to.slice(0, 4)) reading.dateAsked = `${year}-01-01`;
        else if (year < from.slice(0, 4)) reading.dateAsked = `${year}-12-31`;
        else reading.yearAsked ??= Number(year);
        if (reading.dateAsked) break;
      }
      if (reading.dateAsked) delete reading.yearAsked;
    }
  }

  /**
   * The fact value of several amounts of one kind: 分别/一共/各 or two named partners add
   * them up (two contracts); a correction keeps the last; a past one gives way to a current one, unless another deal
   * is added to it (又签了).
   */
  function combineAmounts(reading: Reading, year?: number): StatedFacts {
    const out: StatedFacts = {};
    const byFact = new Map<string, StatedAmount[]>();
    for (const a of reading.amounts) byFact.set(a.fact, [...(byFact.get(a.fact) ?? []), a]);
    const adds = reading.intents.includes('total') || reading.intents.includes('each');
    for (const [fact, list] of byFact) {
      // (去年和江南大学签了200万，今年又和东南大学签了300万，这两份分别能拿多少: of a fact no year's figure is reckoned on, a
      // figure put in the past beside another added to it is one more deal asked of now.)
      // (Not of a year's ceiling the asker's items have: 去年促成了…今年又促成了 is two years of a manager's deals.)
      const yearlyOfAsker = () => [...yearlyItems].some((id) => amountBaseOf.get(id) === fact && (reading.self.length === 0 || reading.self.some((p) => parties.get(p)!.serves.includes(beneficiaryOf.get(id) ?? ''))));
      // (Nor a year before the measures began: 前年…200万 is no deal of theirs.)
      const beforeMeasures = () => yearsIn(reading.text).some((y) => Number(y) < validityFirstYear) || (year !== undefined && relativeYearsSaid(reading.text).some((y) => year + y < validityFirstYear));
      if (adds && reading.intents.includes('also') && !increaseFacts.has(fact) && list.some((a) => !a.past) && list.some((a) => a.past) && !yearlyOfAsker() && !beforeMeasures()) for (const a of list) a.past = false;
      const current = list.filter((a) => !a.past);
      const past = list.filter((a) => a.past);
      // 去年3200万，今年4500万: a year's increase is this year's total less last year's.
      // Not when last year's figure was itself said to be new (去年新增200万，今年新增300万): this year's is the year's.
      // (今年…两笔，一笔600万，一笔400万，去年签了800万: this year's read from a list of contracts, added up.)
      const thisYear = current.length === 1 || (current.length > 1 && current.every((a) => readAsTotal.has(a))) ? fenToYuanString(current.reduce((sum, a) => sum + yuanStringToFen(a.yuan)!, 0n)) : undefined;
      if (increaseFacts.has(fact) && thisYear !== undefined && past.length === 1 && readAsTotal.has(past[0]!)) {
        const fen = yuanStringToFen(thisYear)! - yuanStringToFen(past[0]!.yuan)!;
        if (current.length > 1) reading.amounts = reading.amounts.filter((a) => a.fact !== fact || a.past || a === current[0]).map((a) => (a === current[0] ? { ...a, yuan: thisYear } : a));
        if (fen > 0n) {
          out[fact] = fenToYuanString(fen);
          reading.increase = { fact, current: thisYear, past: past[0]!.yuan };
        } else reading.noIncrease = { fact, current: thisYear, past: past[0]!.yuan };
        continue;
      }
      const use = current.length > 0 ? current : list;
      const partners = new Set(use.map((a) => a.party).filter(Boolean));
      let fen: bigint;
      if (use.length === 1) fen = yuanStringToFen(use[0]!.yuan)!;
      else if (adds || partners.size > 1) fen = use.reduce((s, a) => s + yuanStringToFen(a.yuan)!, 0n);
      else if (reading.intents.includes('correction') || reading.intents.includes('followUp')) fen = yuanStringToFen(use[use.length - 1]!.yuan)!;
      else fen = yuanStringToFen(use[0]!.yuan)!;
      if (fen > maxFen) reading.refused.push({ raw: use.map((a) => a.raw).join('+'), reason: 'too_large' });
      else out[fact] = fenToYuanString(fen);
    }
    return out;
  }

  /** The words qualifying the yearly items of the measures of these items (优秀, 绩效评价). */
  function qualifiersOfYearly(items: readonly string[]): string[] {
    return [...new Set(items.filter((id) => beneficiaryOf.has(id)).map((id) => measureOfItem.get(id)))].flatMap((n) => (n === undefined ? [] : yearlyQualifiers.get(n) ?? []));
  }
  /**
   * 2026年认定，2027年绩效优秀，2028年也优秀，最多总共能拿多少: a total asked of a yearly item named, counted over the
   * calendar years said in clauses with its qualifiers (2027, 2028: two years), when there are several.
   */
  function yearsOfYearly(text: string, reading: Reading, items: readonly string[]): number | null {
    if (!reading.intents.includes('total') && !reading.intents.includes('maximum')) return null;
    // (Of the items and the others of their measures: 第二年绩效评价优秀 after the centre's support is its excellence reward.)
    const qualifiers = qualifiersOfYearly(items);
    if (qualifiers.length === 0) return null;
    const digits = normalizeDigits(text);
    // (第一年认定拿了支持，第二年绩效评价优秀: ordinal years too, each by its own clause.)
    // (2026年认定、2027年绩效评为优秀: each year by its own stretch of the clause, up to the next year said; years only
    // listed, 2026年、2027年 / 2026年跟2027年都是优秀, share the last one's.)
    const tokens = findYearTokens(text);
    const stretchEnd: number[] = [];
    for (let i = tokens.length - 1; i >= 0; i--) {
      const [, to] = clauseAt(digits, tokens[i]!.start);
      const next = tokens[i + 1];
      const listed = next !== undefined && next.start < to && withoutWords(digits.slice(tokens[i]!.start + tokens[i]!.token.length, next.start), yearLinks).trim() === '';
      stretchEnd[i] = next === undefined || next.start >= to ? to : listed ? stretchEnd[i + 1]! : next.start;
    }
    // (第一年绩效优秀，第二年也优秀，第三年是良好: a year said only with a rating below the top is not counted.)
    // (前两年优秀第三年没评上: a year's stretch starts at it after a span of years said in its clause; 没评上优秀 is below the top.)
    const { top, below } = v.grammar.ratings;
    const topIn = (x: string) => { const rest = withoutWords(x, belowFirst); return top.some((w) => rest.includes(w)); };
    const spansSaid = findYears(text);
    const years = new Set(tokens.filter((y, i) => {
      const [from] = clauseAt(digits, y.start);
      const spanBefore = spansSaid.some((s) => s.start >= from && s.end <= y.start) ? y.start : 0;
      // (2026年优秀、2027年没有评上优秀: a year after one whose stretch ends at it starts its own.)
      const prevEnd = i === 0 ? 0 : stretchEnd[i - 1]! <= y.start ? y.start : tokens[i - 1]!.start + tokens[i - 1]!.token.length;
      const start = Math.max(from, spanBefore, prevEnd);
      const said = digits.slice(start, stretchEnd[i]);
      return qualifiers.some((q) => said.includes(q)) && !(below.some((w) => said.includes(w)) && !topIn(said));
    }).map((y) => y.token));
    // (2027年绩效又是优秀，两项加起来: one year named of a yearly item, in a total, counts that one year; so does 一年 said
    // in its clause: 认定那笔加上一年优秀的绩效奖励，最多一共多少.)
    // (三年里有一年良好，其余两年优秀: where a rating below the top is said of some of the years, the years counted are
    // those said right before the top rating, each span up to the next or its clause's end.)
    if (years.size === 0 && below.some((w) => digits.includes(w))) {
      const spans = spansSaid;
      const rated = spans.filter((y, i) => {
        const end = Math.min(clauseAt(digits, y.start)[1], spans[i + 1]?.start ?? digits.length);
        const said = digits.slice(y.end, end);
        return topIn(said) && !below.some((w) => said.includes(w));
      });
      if (rated.length > 0 && rated.length < spans.length) return rated.reduce((n, y) => n + Number(y.years), 0);
    }
    const oneYear = years.size === 0 && findYears(text).some((y) => y.years === '1' && qualifiers.some((q) => { const [from, to] = clauseAt(digits, y.start); return digits.slice(from, to).includes(q); }));
    if (oneYear && reading.intents.includes('total')) return 1;
    return years.size > 1 || (years.size === 1 && reading.intents.includes('total')) ? years.size : null;
  }

  /** Whether the letter at i is followed by a word that names it (A说…, 丙的…; 那 only before a figure: A那20万). */
  function namesLetterAt(text: string, i: number): boolean {
    return v.grammar.letterFollowers.some((w) => text.startsWith(w, i + 1)) || v.grammar.letterBeforeFigure.some((w) => text.startsWith(w, i + 1) && /\d/.test(normalizeDigits(text.charAt(i + 1 + w.length))));
  }

  /** Where single letters open a clause, after at most a lead (另外A那20万…), followed by a word that names them. */
  function letterOpenings(text: string): number[] {
    const leadWords = [...leads, ...(v.intents.also?.phrases ?? []), ...correctionLeads].filter((w) => !w.includes('…'));
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!singleLetters.includes(text[i]!) || /[A-Za-z0-9]/.test(text[i - 1] ?? '') || !namesLetterAt(text, i)) continue;
      const [start] = clauseAt(text, i);
      const lead = text.slice(start, i).replace(edgePunctuation, '');
      if (lead === '' || leadWords.includes(lead)) out.push(start);
    }
    return out;
  }

  return {
    /** Reads a message in the context of the conversation so far. */
    read(message: string, ctx: ReadContext = emptyContext): Reading {
      // (创新卷用了6万块: a misspelling the vocabulary lists is read as its word, and said so.)
      const slipped = slips.findAll(message);
      if (slipped.length > 0) {
        let text = '';
        let at = 0;
        for (const s of slipped) {
          text += message.slice(at, s.start) + s.value;
          at = s.end;
        }
        message = text + message.slice(at);
      }
      const said = slipped.map((s) => ({ from: s.word, to: s.value }));
      const first = readText(message, ctx, said);
      // (改一下，C是省里奖了54万，另外A那20万核实是区级奖励不是省级的，合计改成多少: letters each opening a clause, after at
      // most a lead, each name what is said up to the next one; each stretch is read apart, the last with the question.)
      if (!first.applicants && !first.instances && first.amounts.length > 0) {
        const opening = letterOpenings(first.text);
        if (opening.length > 1) {
          const apart = opening.map((at, i) => readText(first.text.slice(at, opening[i + 1] ?? first.text.length), ctx, []));
          if (apart.every((r) => r.applicant !== undefined) && new Set(apart.map((r) => r.applicant)).size === apart.length) first.byLetter = apart;
        }
      }
      // Slips are looked for only when the message as typed says nothing the assistant can use.
      if (first.option || !unsure(first)) return first;
      const fixed = typos.correct(normalizeAmountText(message.trim()));
      if (fixed.corrections.length === 0) return first;
      const second = readText(fixed.text, ctx, [...said, ...fixed.corrections]);
      // A correction must make the message say more, and unsay nothing, or it was no slip.
      // A figure may change the fact it states (15w创心券: the contract amount guessed becomes the voucher used), never vanish.
      const figureFacts = new Set(first.amounts.map((a) => a.fact));
      const keeps =
        first.items.every((i) => second.items.includes(i)) &&
        Object.keys(first.facts).every((f) => f in second.facts || figureFacts.has(f)) &&
        first.amounts.every((a) => second.amounts.some((b) => b.yuan === a.yuan));
      return keeps && weight(second) > weight(first) ? second : first;
    },
    /** The option labels offered for a fact's question. */
    optionsFor(fact: string): string[] {
      return [...(optionLabels.get(fact)?.keys() ?? [])];
    },
    parties: parties as ReadonlyMap<string, Party>,
  };
}

export type Reader = ReturnType<typeof createReader>;

/** A verb of receiving just before a figure (能拿那个1000万, 给我们500万): general grammar. */
/** How far into a message a party word still opens it (某高校…, 一家企业…, 一所在锡高校…): a few characters of lead-in. */
const OPENING = 6;
/** How far before a word of paying tax a place may stand to make it said of the applicant (在无锡交税吗). */
const PLACE_BEFORE_TAX = 4;
/** How far after a date a word of issuing makes it the measures' issue date (2025年7月31日印发的). */
const ISSUED_REACH = 3;
/** How far after the measures' last day a word of their end may stand (2028年8月底就到期了: 底就 between). */
const EXPIRES_REACH = 5;
/** How far after a count the thing counted may be named (2个任务型创新联合体的联合攻关项目, 3个优秀技术经理人). */
const COUNTED_REACH = 16;
/** The most characters describing a party between a count and the party's word (两家上下游企业). */
const PARTY_DESCRIBED_REACH = 4;
/** How far before a ceiling quoted a demonstrative points at it (那个100万的奖励). */
const POINTED_REACH = 4;
/** How far apart a count and the one denied beside it stand (是2个不是3个). */
const DENIED_REACH = 3;
/** The most characters between a letter and its word of having a count (乙企业有两个: 企业). */
const LETTER_HAS_REACH = 3;
/** The most characters a count's words may run to ending in a word of no kind (三家开放共享服务单位). */
const BODIES_REACH = 10;
/** How far after a count the people counted may be named (3个优秀技术经理人, 3名年度优秀技术经理人), within its clause. */
const PEOPLE_REACH = 12;
/** How far after 应用单位是 the party it names may end (应用单位是地铁公司). */
const ROLE_REACH = 8;
/** How far after a number of applicants their figure on average may stand (90家企业在省…平台用创新券平均8万). */
const AVERAGE_REACH = 40;
/** A year of the calendar said alone, not the year of a month said after it (2029年, not 2029年3月): general grammar. */
const YEAR_SAID = /(20\d\d)(?:\s*年(?!\s*\d{1,2}\s*月)|(?=(?:\s*[、和及与跟]\s*20\d\d)+\s*年))/g;
/** 第6条 / 第十三条 / 第二项: a measure named by its number. */
const MEASURE_REF = /第\s*(\d{1,3}|[一二三四五六七八九十百]{1,4})\s*(?:条|项|点)(?!件)/g;
/** The calendar years said in a text (2025年, not 2025年8月), in order. */
const yearsIn = (text: string): string[] => [...normalizeDigits(text).matchAll(YEAR_SAID)].map((m) => m[1]!);
/** What joins two names as two (科技园和校友会, 企业和学校). */
const JOINS = /^[和与、及跟]$/;
/** Values said in turn of several (one per applicant), each one that says nothing taking the last said before it. */
function carriedForward<T>(values: readonly (T | null)[]): (T | null)[] {
  let carried: T | null = null;
  return values.map((x) => (carried = x ?? carried));
}



/** A verb of receiving right after a party (学校能拿, 企业分别能补, 学校拿吗): general grammar. */
/** 从这个政策 / 从这里面: where the money would come from, between the asker and the verb of receiving. */
const FROM_SOURCE = /^(能|可以)?从[^，,。？?]{1,8}?(?=拿|领|获得|得到)/;


/** One person speaks (我, 本人) or an organisation (我们, 我司): general grammar. */
function speakerOf(text: string): Reading['speaker'] {
  if (/我们|咱们|我司|我方|我校|我院|我所|本单位|本公司/.test(text)) return 'organisation';
  return /我|本人/.test(text) ? 'person' : null;
}

/**
 * A reading the assistant may have misread for a slip of the keyboard: it names no item, measure or
 * department, and either no figure or no one who asks (技术经济人 is no party until read as 技术经纪人).
 */
function unsure(r: Reading): boolean {
  if (r.items.length + r.measures.length + r.departments.length > 0 || r.elsewhere || r.outsideTopic || r.refused.length > 0) return false;
  const plain = r.intents.every((i) => ['amount', 'conditions', 'explain', 'followUp', 'correction', 'maximum', 'rate', 'total', 'each', 'also'].includes(i));
  // A figure whose kind is named but not given it (用了15w创心券: 券 named, the figure taken for a contract's)
  // may be placed by a word typed wrong.
  const misplaced = r.amounts.length > 0 && r.mentioned.some((f) => !(f in r.facts));
  return plain && (r.amounts.length + r.mentioned.length === 0 || r.self.length === 0 || misplaced);
}

/** How much a reading states: a corrected reading is kept only when it states more (a question it asks counts once). */
function weight(r: Reading): number {
  // A figure's kind named without a figure (券) counts only while no figure states it; an item named counts most.
  const mentioned = r.mentioned.filter((f) => !(f in r.facts)).length;
  return Object.keys(r.facts).length + r.amounts.length + mentioned + 2 * r.items.length + (r.intents.length > 0 ? 1 : 0) + r.self.length + r.counterparties.length;
}

/** A word as a literal in a regular expression. */
function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

