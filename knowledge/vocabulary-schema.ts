/**
 * zod schemas of what the assistant recognises (vocabulary.yaml) and what it
 * says (templates.yaml). Bureau staff extend both without code; the lint
 * (lint-vocabulary.ts) checks them against the fact catalogue, the measures
 * and the template catalogue (templates.ts).
 *
 * A "word" is matched as a substring of the message after normalisation. A
 * word written with … ("国家科技进步奖…二等奖") matches its parts in order
 * within one clause, at most a few characters apart.
 */
import { z } from 'zod';

const word = z.string().trim().min(1, 'a word must not be empty');
const words = z.array(word).default([]);
const factId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'fact ids are camelCase, e.g. contractAmountYuan');
const factValue = z.union([z.string(), z.number(), z.boolean()]);

/** The words that attach a figure (amount, count, percentage, date) to a fact. */
const figureCues = z
  .object({
    /** Words before the figure in its clause (the nearest one decides). */
    before: words,
    /** Words right after the figure. */
    after: words,
    /** The clause must also contain one of these (区里…最高200万 is another policy's cap). */
    within: words,
    /**
     * Words written with … whose parts stand on either side of the figure (省里…绩效奖励 of 又拿到省里80万绩效奖励): the figure
     * said inside one is the fact's, before any other cue.
     */
    around: words,
    /**
     * Words right after a count and its measure word (15个, 15项) that attach it to the fact only where the fact is the topic's count (15个项目都符合条件
     * after the landed projects' reward): too general to name the fact anywhere else.
     */
    ofTopic: words,
  })
  .strict();

const factVocabulary = z
  .object({
    /** amount, count, percent and date facts: the cue words of their figures. */
    cues: figureCues.optional(),
    /** enum facts: each value's words (a message naming one states the value). */
    values: z.record(z.string(), words).optional(),
    /** boolean facts: words that state it; a negation before them (没有, 不是 …) states the opposite. */
    yes: words,
    /** boolean facts: words that deny it. */
    no: words,
    /**
     * Words that speak to the fact in a way the text does not settle (第二完成人 for 主要完成人): they state no value,
     * what was said of it before is dropped, and it is not asked; the item's open note says why.
     */
    unsettled: words,
    /**
     * boolean facts: words supposing it (认定之后…) that state yes only where the conversation holds a no (还没被认定 said
     * before): alone, 认定之后每年还有钱吗 asks what follows and states nothing.
     */
    afterNo: words,
    /** Longer words holding one of its words that state nothing of it (县级市, a kind of city, holds 县级). */
    notValues: words,
    /** Value and yes/no words count only in a clause that also has one of these (省级 only near 大赛). */
    near: words,
    /** Where `near` words are looked for: the word's clause (default) or anywhere in the message. */
    nearScope: z.enum(['clause', 'message']).default('clause'),
    /** boolean facts: a place outside Wuxi in a clause with one of these words denies the fact (上海的平台), where `near` words are in scope. */
    noNearOutsidePlace: words,
    /** boolean facts: words that answer its question when asked (评上了 to 是否被评为优秀?), not read otherwise. */
    answers: z.object({ yes: words, no: words }).strict().default({ yes: [], no: [] }),
    /** enum facts with a yes/no question (在大赛中是否获奖？): the values a bare 是 and 否 stand for. */
    yesMeans: z.string().optional(),
    noMeans: z.string().optional(),
    /**
     * boolean facts: the value a party serving the asker holds (给我们供这套系统的科技公司 — a supplier is no application
     * unit), read where that party is the one asked about.
     */
    ofServed: z.boolean().optional(),
    /** amount facts that are a year's increase: given last year's and this year's totals (去年3200万，今年4500万), the fact is their difference. */
    increaseOfTotals: z.boolean().default(false),
    /** Facts of the one asking only: its words among those naming the partner (跟一家民营研究所签) describe the partner and state nothing. */
    askerOnly: z.boolean().default(false),
    /**
     * boolean facts: words said of the asker (我们能牵头), which deny the fact when the asker, said now or before,
     * is of none of the kinds `for` lists (a university leading is no leading enterprise leading).
     */
    ofAsker: z.object({ words, for: z.array(z.string()).min(1) }).strict().optional(),
    /** Facts a figure of this fact states too (a provincial reward of 30万 says one was obtained). */
    implies: z.record(factId, factValue).default({}),
    /**
     * amount facts: others whose figure this one had the same as (新增的成交额就是这400万, of the contract) — a what-if of
     * one of them (要是合同只有200万) moves this one with it, when the message says nothing of this one. A figure cued by this
     * fact's words right before it is this fact's, though their words stand earlier in its clause (技术合同总额比去年只多了300万).
     */
    movesWith: z.array(factId).default([]),
  })
  .strict();

const partySchema = z
  .object({
    label: word,
    /** A person (a researcher, a manager) rather than an organisation: a check for such a person is read as theirs. */
    person: z.boolean().default(false),
    /** Words naming this kind of party (江南大学 contains 大学). */
    words: words,
    /** Words that alone say the asker is this party (我司, 我校). */
    self: words,
    /** Beneficiary kinds (benefits[].beneficiary) this party receives. */
    serves: z.array(z.string().regex(/^[a-z][a-z_]*$/)).default([]),
    /** Beneficiary kinds whose money counts as this party's in a total, though it is not who they are for (the platform an enterprise builds). */
    sumsWith: z.array(z.string().regex(/^[a-z][a-z_]*$/)).default([]),
    /** Facts stated when the asker is this party. */
    asSelf: z.record(factId, factValue).default({}),
    /** Facts stated when the other party of a contract is this party. */
    asCounterparty: z.record(factId, factValue).default({}),
    /** When the asker is this party, an amount read as the first fact is the second (an institution's contracts this year). */
    readsAs: z.record(factId, factId).default({}),
    /**
     * A person's words that also say where they work (教授 is a university's, 医生 a hospital's): the asker who says only
     * 我是教授 speaks for that kind of organisation too, as one who says 我是江南大学的教授 does.
     */
    unitOf: z.record(word, z.string().regex(/^[a-z][a-z_]*$/)).default({}),
    /**
     * Said as another organisation's (一所大学的校友会), the asker is this party alone: it is no part of that
     * organisation acting for it (a state firm's research institute is).
     */
    ownBody: z.boolean().default(false),
  })
  .strict();

export const intentIds = [
  'reset',
  'help',
  'thanks',
  'dontKnow',
  'list',
  'validity',
  'combination',
  'interpretation',
  'scope',
  'issuer',
  'issueDate',
  'measureCount',
  'departments',
  'guide',
  'rate',
  'amount',
  'explain',
  'conditions',
  'followUp',
  'correction',
  'total',
  'each',
  'also',
  'maximum',
  'addressees',
  'noAmountList',
  /** 哪些是按明确比例计算的: the items the text gives a rate, each with it. */
  'rateList',
  'largest',
  /** 封顶最低的是哪一项: the items with the lowest ceiling the text writes. */
  'smallest',
  'exclusion',
  'riseLimit',
  'recipient',
  'payment',
  /** 这笔资助要缴税吗: how the money is taxed; the text never says, for any item. */
  'tax',
  /** 市里出钱还是区里出钱: which level's budget pays; the text names the departments, not the budget. */
  'funder',
  /** 是直接给吗 / 申请就给吗: whether the money comes without a review. */
  'automatic',
  'adjustment',
  'criteria',
  /** 哪几条写了明确的资金额度: which measures give money, answered by the list of items with their ceilings (not how many measures). */
  'amountList',
  /** 适用对象有哪些: who the measures apply to, answered even beside a kind of applicant named (技术转移机构能申报吗). */
  'scopeList',
  /** 个人能申请吗: individuals are not among the applicants listed; the items addressed to people are. */
  'individuals',
  /** 公司一定要注册在无锡吗: the text sets no place of registration. */
  'registration',
  /** 对企业规模有没有要求 / 注册资本有没有最低要求: the text sets no threshold of size, capital, age or revenue. */
  'thresholds',
  /** 帮我区分一下这两个 / 上限一样吗: items set side by side, each with whom it is for, its rule and its ceiling. */
  'compare',
  /** 这个是每年都能拿一次吗 / 100万封顶是每年还是总共: whether a ceiling is a year's or a total; the item's reach answers it. */
  'reach',
  /** 合同签多少能拿满100万: the base at which an item's rate reaches its ceiling. */
  'toCap',
  /** 有效期结束后会自动延续吗: the text says when the measures end, not whether they go on. */
  'renewal',
  /** 区科技局能不能自己定更细的申报条件: the text leaves details to the application guide and says nothing of local rules. */
  'localRules',
  /** 付费期限和费率有没有具体规定: whether the text sets a point of an item; what it does not set is said so. */
  'regulated',
] as const;
export type IntentId = (typeof intentIds)[number];

const intentSchema = z
  .object({
    /** The whole message, give or take punctuation, is one of these. */
    exact: words,
    /** The message contains one of these. */
    phrases: words,
  })
  .strict();

export const vocabularySchema = z
  .object({
    intents: z.record(z.enum(intentIds), intentSchema),
    /** Words that make the asker the speaker: a first-person word then, close after, a party's word (我们公司). */
    firstPerson: z.array(word).min(1),
    /** Longer words holding a first-person word that name no one (本市 is this city, not 本公司). */
    notFirstPerson: z.array(word).default([]),
    /** First-person words for one person (我, not 我们): such a speaker said to be of an institution (我是学校技转中心的技术经理人) is the person. */
    firstPersonSingular: z.array(word).default([]),
    /** Words that introduce the other party of a contract (和江南大学签的, 对方是一家公司). */
    counterpartyMarkers: z.array(word).min(1),
    /** Markers of the other party only when a verb of the deal follows in the clause (从…买了, 向…购买). */
    counterpartyMarkersWithVerb: z.array(word).default([]),
    /** Longer words that hold a marker and introduce no one (同一个企业, 同时, 同类政策). */
    notCounterpartyMarkers: z.array(word).default([]),
    /** Words that end the other party's name: the party is the last named before them (江南大学下面的一个科技公司签的). */
    counterpartyEnds: z.array(word).min(1),
    /** Longer words holding an end word that end nothing (建有 is 'has', not 建 'build'): 乙方是建有国家重点实验室的大学. */
    notCounterpartyEnds: z.array(word).default([]),
    /** Whose items a message is read for when it does not say who asks (a party id). */
    defaultAsker: z.string(),
    /**
     * Kinds of party the text groups under one name (科研事业单位), with the sentence of a measure that lists them: a
     * question whether a kind belongs (医院属于科研事业单位吗) is answered in those words.
     */
    categories: z
      .record(
        z.string().min(1),
        z.object({
          words: z.array(word).min(1),
          measure: z.number().int().positive(),
          quote: z.string().min(1),
          members: z.array(z.string()).min(1),
          /** The text names the group without saying what belongs to it (新型研发机构): whether a kind does is left to recognition. */
          undefinedByText: z.boolean().default(false),
          /** Kinds the quote lists beside the group as kinds of their own (高校 beside 新型研发机构): not of it. */
          apart: z.array(z.string()).default([]),
        }).strict(),
      )
      .default({}),
    parties: z.record(z.string().regex(/^[a-z][a-z_]*$/), partySchema),
    places: z
      .object({
        /** Wuxi and its own districts and counties: in scope. */
        inside: z.array(word).min(1),
        /** Other places: a question about their policies is out of scope. */
        outside: z.array(word).min(1),
        /** An outside place with one of these words in its clause asks about another place's policy. */
        policyWords: z.array(word).min(1),
        /** Words that place a figure under this policy (市里这个30%): another clause's 区里 does not reach it. */
        thisPolicy: z.array(word).default([]),
        /** The county-level cities in Wuxi (江阴市里也有…补贴): a word of thisPolicy right after one is that city's own policy. */
        countyCities: z.array(word).default([]),
        /** Words that say where the asker is (注册在苏州): an outside place after one is the asker's own location. */
        located: z.array(word).default([]),
        /** Between a party and an outside place after it (江苏大学在镇江): the party is there. */
        partyAt: z.array(word).default([]),
        /** After a party placed outside, in its clause, say it applies (常州的企业来申报): it asks from there, not as a partner. */
        applying: z.array(word).default([]),
        /** Words of setting one up after a place inside (外地高校在无锡设立的研究院): the party before them founded the one after. */
        founded: z.array(word).default([]),
        /** Right before a city department's name, make it a district's or county's own (我是区科技局的): not the city's department. */
        localLevel: z.array(word).default([]),
      })
      .strict(),
    /** Words before a figure that make it a company figure, not a fact (注册资本5000万). */
    notFacts: words,
    /** Small words of grammar the reader needs, kept here with the rest of the words it recognises. */
    grammar: z
      .object({
        /** Just before a word, these make the clause ask whether it holds (算主要完成人吗, 是否属于高校). */
        asking: z.array(word).min(1),
        /** Asking words that make a question by themselves, with no question mark (算不算, 是不是, 是否). */
        askingByThemselves: z.array(word).min(1),
        /** Longer words holding an asking word that ask nothing (要是不是在省平台上用的: 要是 + 不是). */
        notAsking: z.array(word).default([]),
        /** What ends a question (吗, ？): an asking word asks only in a clause with one. */
        questionMarks: z.array(word).min(1),
        /** Words that make a message ask something (多久, 还是, 怎么): asked while a question is pending and stating nothing, it is a question the text may not answer, not a failed answer. */
        questionWords: z.array(word).default([]),
        /** Words after 跟/和 + a party that make it a relation, not a partner (跟医疗机构相关). */
        relatedTo: z.array(word).default([]),
        /** One more of the same as the last figures (另一位, 明年…又): with a total asked, the two sums are added. */
        anotherOfSame: z.array(word).default([]),
        /** People said to come from a place (外地人才, 上海的专家): the place is theirs, not another policy's. */
        placedPeople: z.array(word).default([]),
        /** First-person words of the one speaking alone (我, 本人), not of a body: 我在市科技局，我想了解… asks nothing of the bureau. */
        speakerAlone: z.array(word).default([]),
        /** Words pointing back at the same body spoken of before (如果它明年又落地15个项目, 这家企业): an earlier topic named again goes on from what was said of it. */
        sameBody: z.array(word).default([]),
        /** The least asked of an item (最少呢, 保底多少): the text sets only the most, no floor. */
        leastAsked: z.array(word).default([]),
        /** 几号之前申报 / 什么时候之前申请都有效: a deadline asked of the guide, beside which the measures' term is said. */
        deadlineAsked: z.array(word).default([]),
        /** Words asking whether a figure holds for all (是不是统一50%): against a range, the answer is no. */
        fixedValue: z.array(word).default([]),
        /** Words asking how much more a span may grow (还能延长几年): with a span said under the most, what is left to it. */
        restAsked: z.array(word).default([]),
        /** Between figures offered as alternatives (10%还是20%): the message asks which, it states neither. */
        alternatives: z.array(word).min(1),
        /** Between the parts of a list (重点实验室或者技术创新中心): a denial of the first reaches the next. */
        listJoiners: z.array(word).default([]),
        /** Words joining years listed (2026年跟2027年, 2026年以及2027年, 在2026年和在2027年): a year so joined shares the next one's words. */
        yearLinks: z.array(word).default([]),
        /** The last characters of a date said (8月31日, 8月底): a word of after the end right after one says that date is the end. */
        dateEnds: z.array(word).default([]),
        /** Words leaving an item out of a total (不算创新券，合计): an item named after one is not summed. */
        leftOutOfSum: z.array(word).default([]),
        /** Said around a department's name, before…after in its clause, make it a party dealt with (跟…签: 跟区政府部门签的), not a department asked about. */
        dealtWith: z.array(word).default([]),
        /**
         * Opening a later sentence of a message (大企业可以吗？另外专利质押融资有没有贴息): a question of its own after one
         * that answers what was last asked, so the two are answered in turn.
         */
        nextQuestionLeads: z.array(word).default([]),
        /** Between kinds of party asked which of them (企业还是高校): neither is stated. Not 或者: 高校或者研究所都可以吗 names both. */
        whichOf: z.array(word).min(1),
        /** Right after or before a party word, these name one of several of that kind (企业B, 甲公司): another applicant like the asker, not a partner. */
        instanceLabels: z.array(word).default([]),
        /** Words after a letter that make it no applicant's letter (甲方, 乙方: the parties of a contract). */
        notLetterAfter: z.array(word).default([]),
        /** Words that may follow a letter alone opening a message about that applicant (丙的…, A说…). */
        letterFollowers: z.array(word).default([]),
        /** Like letterFollowers, but only with a figure right after (A那20万核实是区级奖励): not A那个其实…, which points back. */
        letterBeforeFigure: z.array(word).default([]),
        /** One more applicant brought in right before its letter (又来一家戊，用了…): the letter names it, a comma after it. */
        letterNewOne: z.array(word).default([]),
        /** The combination rule named by its own words (从优、就高、不重复): asked of, whatever words of everyone say. */
        ruleNamed: z.array(word).default([]),
        /** 这个原则 / 这条原则: the combination rule pointed at, where no other item of the text (with a 原则 of its own) is named or the topic. */
        rulePointed: z.array(word).default([]),
        /** After 第 and a numeral, these count earlier figures (第二份, 第二单, 第一笔), not measures (第六条). */
        ordinalCounters: z.array(word).min(1),
        /** Just before a party word, a verb of founding makes it what is founded, not who asks (开公司, 成立企业). */
        foundingVerbs: z.array(word).min(1),
        /** Words ending in a founding verb that found nothing (公办高校, 民办学校). */
        notFounding: z.array(word).default([]),
        /**
         * Just before a figure no cue claims, these make it a ceiling or a sum of support quoted or asked about
         * (那个最高500万, 是不是直接给500万, 区里…最高80万), not a contract or another fact of the asker's.
         */
        ceilingWords: z.array(word).default([]),
        /** Just after such a figure, these make it a ceiling quoted (第六条产学研补助100万上限). */
        ceilingWordsAfter: z.array(word).default([]),
        /**
         * Just before a figure, these name it a ceiling asked about even where a cue earlier in the message would claim
         * it (按省级奖励1:1，封顶是50万还是10万): the figure and any alternative to it (还是10万) are quoted, no fact.
         */
        ceilingNamed: z.array(word).default([]),
        /** An item named as the like of another (能像揭榜项目那样上浮吗): a reference, not asked beside it, so no sum of both. */
        likeAnother: z.array(word).default([]),
        /** Just before a figure, the rest of a contract paid later (尾款80万也付清了): added to the amount the topic computes on. */
        restPaid: z.array(word).default([]),
        /** Of the same project as the topic's item (这个项目里…产学研那个30%还能拿吗): another item asked of it is asked beside it. */
        sameProject: z.array(word).default([]),
        /** Just before a figure, all there is of it (实际成交的只有1200万): it replaces the figures before, adds to none. */
        onlyAmount: z.array(word).default([]),
        /** Just before a figure, the one said first (按最初那800万的合同): that figure again, the case; it adds to none. */
        firstAgain: z.array(word).default([]),
        /** 分别120万、90万、200万，都是跟高校: every figure's, of the one partner said. */
        allOfThem: z.array(word).default([]),
        /** 张三800万，李四2600万，王五1500万，都已经转化落地了: a clause after the last figure opening with these is said of every one. */
        allLeads: z.array(word).default([]),
        /** Words asking a ceiling of several items together (加起来有没有总额上限): the text sets none. */
        overallCap: z.array(word).default([]),
        /** Right before a figure said again in the message (是按3500万算), words asking what is reckoned on: no second figure. */
        reckonedOn: z.array(word).default([]),
        /** Right after a figure pointed at (那420万里), words saying the figures after it are its parts. */
        partsOf: z.array(word).default([]),
        /** Said of a part of items counted before, what leaves them out of the count (其中1家概念验证中心推迟到明年认定). */
        countLeftOut: z.array(word).default([]),
        /** Words pointing back at all the items counted before (如果这些平台绩效评价都是优秀): each item named now of the same bodies is counted as they were. */
        allCounted: z.array(word).default([]),
        /** Said beside the figures of some of the applicants counted before (其中5家…200万，其余不变): the rest keep their own figure. */
        restUnchanged: z.array(word).default([]),
        /** A word of each person (其中3个人每人促成3000万): the figure after it is each one's of the people counted before it. */
        eachPerson: z.array(word).default([]),
        /** Words asking of today beside a day asked about (现在还有效吗？…2028年底再申报还来得及吗): today's standing is said too. */
        nowAsked: z.array(word).default([]),
        /** Another policy's sum said per item (区里每项给80万): that many times it, for an item counted per item. */
        perEachItem: z.array(word).default([]),
        /** A total asked at the ceilings (都按上限算一共多少): items with a base are counted too, at their ceiling. */
        atCeiling: z.array(word).default([]),
        /** 按50%算，150万: the words between a rate and the sum the asker says it comes to. */
        reckoned: z.array(word).default([]),
        /** 别的平台用的券算不算: asked at a clause's end whether what it says counts. */
        countsAsked: z.array(word).default([]),
        /** 连续三年 / 后面两年: words before a span of years that make it years counted. */
        yearSpanLeads: z.array(word).default([]),
        /** 三年都 / 三年下来 / 三年一共: words after a span of years that make it years counted. */
        yearSpanTails: z.array(word).default([]),
        /** Words right after a span of years that make it a period, not years counted (获奖后两年内新增投资). */
        yearSpanWithin: z.array(word).default([]),
        /** Words between a span and some of its years (三年里有两年): those years are the ones counted. */
        yearSpanPartOf: z.array(word).default([]),
        /** 三年里有一年良好，其余两年优秀: the top rating that earns a yearly reward and the ratings below it. */
        ratings: z.object({ top: z.array(word).default([]), below: z.array(word).default([]) }).default({ top: [], below: [] }),
        /** Years said relative to the day asked (去年8月, 今年3月): how many years from this one. */
        relativeYears: z.record(word, z.number().int().min(-10).max(10)).default({}),
        /** Policies above the city's (省里的同类补贴): the combination rule speaks only of the city's own. */
        higherLevels: z.array(word).default([]),
        /** Words naming an item's plain support beside its qualified sibling (概念验证中心认定支持、…优秀绩效奖励): both are named. */
        plainSupport: z.array(word).default([]),
        /** Another policy said not to be of the same kind (首台套奖励，和场景应用不是同类政策): the combination rule does not reach it. */
        notSameKind: z.array(word).default([]),
        /** 是针对所有条款，还是只针对奖补: words asking what the combination rule applies to (answered by the rule, nothing weighed again). */
        ruleScope: z.array(word).default([]),
        /** 它还有…这两项加起来: words saying the items summed are one body's, though their recipients are of different kinds. */
        oneBody: z.array(word).default([]),
        /** 是400万，那补助是不是就是120万: words right before a sum, after a figure of the case, that make the sum the asker's own result. */
        resultSaid: z.array(word).default([]),
        /** 今年算上这120万一共200万: words right before a figure that is a part of a whole said after it in its clause, with a total's word. */
        partIncluded: z.array(word).default([]),
        /** 其中两个项目每项只核定30万: words right before a sum granted for each of so many items of an item paid per item. */
        grantedEach: z.array(word).default([]),
        /** 这些500万的事项里，哪些跟绩效挂钩: words of the items' own text that narrow a list of items by ceiling to those whose sentence has them. */
        listBy: z.array(word).default([]),
        /** 哪些是跟绩效挂钩的: words asking which, in the clause of a listBy word (not denied), that narrow the list to it. */
        listByWhich: z.array(word).default([]),
        /** 跟第二条比，这一条…: words setting a measure named beside a pointer after it, which then points at the topic's measure. */
        measureCompared: z.array(word).default([]),
        /** Words asking whether something said is so (对不对, 是真的吗): what precedes them is a claim to check. */
        claimAsked: z.array(word).default([]),
        /** Words asking whether a sum said is sure to be had (能确定拿到吗): the ceiling is no sum promised. */
        certainAsked: z.array(word).default([]),
        /** Words asking which clauses are a kind's (哪些条可以用, 有关的条款): its list holds the clauses with no money too. */
        clausesAsked: z.array(word).default([]),
        /** Words reporting what someone says the text gives (申请人说“…”, 他还说): a claim to check, as 对吗 asks. */
        reported: z.array(word).default([]),
        /** Verbs of intending (学校想用…, 企业准备…): right after the party opening a message with no first person, that party asks. */
        intending: z.array(word).default([]),
        /** Words saying half of the figure signed was actually paid (实际只付了一半): the amount transacted is half. */
        paidHalf: z.array(word).default([]),
        /** Words for every year (每年, 以后每年): a reward given each year asked again is another year's, not the same twice. */
        eachYear: z.array(word).default([]),
        /** Words pointing at something said or known (那1000万, 这个100万): a ceiling so pointed at is quoted. */
        demonstratives: z.array(word).default([]),
        /** Words taking a figure as what is done to (把400万拆成两份): the figure said before, split or changed. */
        disposal: z.array(word).default([]),
        /** Words saying this year's total fell short of last year's (比去年少了) or did not grow (没有增长): no yearly increase. */
        decrease: z.array(word).default([]),
        /** In a clause of last year with no figure, last year's amount was nothing (去年几乎没有，今年签了8000万). */
        nothing: z.array(word).default([]),
        /** Words asking what two turns' answers come to together (这两家一共, 两年加起来): two applicants or years said one after another. */
        twoTurns: z.array(word).default([]),
        /** Words of a person asking for themselves, not their organisation (我个人, 我自己): the person's own items are asked about. */
        personally: z.array(word).default([]),
        /** Words before a party and 的 that say what is meant for it (给医院的, 针对高校的): that party is asked about. */
        meantFor: z.array(word).default([]),
        /** Words asking who may take part in an item, and how (先投后股我们能申请吗, 联盟怎么加入). */
        takingPart: z.array(word).default([]),
        /** Longer words holding a word for both that count something else (两个问题, 两件事). */
        notBoth: z.array(word).default([]),
        /** Words of having been given (给了我们, 补了): a figure right after them, in a clause placed under another policy, is what it gave. */
        given: z.array(word).default([]),
        /** Words saying one project is had under two items (这个项目同时也是…): whether it may have both is left open. */
        oneProject: z.array(word).default([]),
        /** Words saying part of a figure was never transacted (有300万最后没有实际成交): that part is no part of it. */
        notTransacted: z.array(word).default([]),
        /** Words asking what lies between two sums (差多少, 相差多少): of the last two turns' one item. */
        difference: z.array(word).default([]),
        /** 这个跟…比，哪个上限高: a difference asked of the items' ceilings, not of what the case came to. */
        ceilingsWeighed: z.array(word).default([]),
        /** Longer words holding a difference word that ask no difference (最多给多少 holds 多给多少). */
        notDifference: z.array(word).default([]),
        /** Words saying one thing is taken instead of another (如果换成概念验证中心): the earlier item does not join a total. */
        instead: z.array(word).default([]),
        /** Pronouns of one person (他, 她): after a person named (一个技术经理人…，他能拿多少), that person. */
        personPronouns: z.array(word).default([]),
        /** Words naming people or groups inside an organisation (团队, 课题组): money to an institution asked of them is its internal split. */
        insiders: z.array(word).default([]),
        /** Words saying a yearly figure is what was added, not the year's total (新增1个亿, 比去年多了): with last year's total known, it is not compared with it again. */
        increase: z.array(word).default([]),
        /** Words of comparing with another year (比2025年多了800万): a figure so said is a difference, not what a year added. */
        comparing: z.array(word).default([]),
        /** Words just before a percentage that make it a rate asked for (能按3%算吗, 给到40%): the text's rate is compared with it. */
        rateBefore: z.array(word).default([]),
        /** Words asking where the text says something (写在哪里, 出处): a document topic is answered with its place in the document. */
        /** 这个原则是针对所有条款还是只针对奖补: the combination rule's reach asked, answered with the text's limit to subsidies. */
        principleScope: z.array(word).default([]),
        whereWritten: z.array(word).default([]),
        /** Words asking of different matters beside the combination rule (不同的项目呢): each is applied for on its own. */
        otherMatters: z.array(word).default([]),
        /** Words asking which measure says it (这是哪一条的规定, 依据是第几条): the measures of the items just answered. */
        whichMeasure: z.array(word).default([]),
        /** Words asking which items have no rate, only a ceiling (只写了上限没写比例): the rates' list names them, with their ceilings. */
        ratelessAsked: z.array(word).default([]),
        /** Words pointing back at the measures said last (刚才这三条, 这几条): a department left out is looked for among them. */
        saidMeasuresPointed: z.array(word).default([]),
        /** Of the appliedFor words, those that may only declare the case's figure (报了): beside a sum after another of them, the figure is the case's. */
        declared: z.array(word).default([]),
        /** Words naming the money given once, on recognition (两个认定的钱): two asked so are the items given once, not the yearly rewards. */
        onceAsked: z.array(word).default([]),
        /** Words asking the parts paid once and yearly together (两部分合计): one sum, the yearly rewards counted for one year. */
        partsTogether: z.array(word).default([]),
        /** Words of this round of applications (本次, 这次): an item given only after another the same applicant has is not in its sum. */
        thisRound: z.array(word).default([]),
        /** Words naming all the applicants worked out before, with no count (这几家一共): a total over every one of them. */
        allWorkedOut: z.array(word).default([]),
        /** 第五条创新联合体那几项，单项最高额度全加起来: every item of the measure named, where only names all its items share are said. */
        allOfMeasure: z.array(word).default([]),
        /** Words asking what is still to be paid after another policy's sum (市里还应该再给多少): the difference up to the higher. The words of topUpDifference ask it too. */
        topUp: z.array(word).default([]),
        /** Right before a figure, the difference hoped for under 就高 (还能再补差额20万吗): quoted as the top-up asked, no sum of the item's whole. */
        topUpDifference: z.array(word).default([]),
        /** Words saying a sum was already received of the item itself (今年已经拿了400万): what is left under its yearly ceiling. */
        alreadyReceived: z.array(word).default([]),
        /** Words asking what is still to be had (还能拿多少): with a sum already received, the room left under a yearly ceiling. */
        remainingAsked: z.array(word).default([]),
        /** Words after a count already received saying each had the sum said after them (已经批了9个项目，每个都按50万给了). */
        eachReceived: z.array(word).default([]),
        /** Words saying what is worked out now comes on top of a sum received (又促成了2000万); else it is the year's whole. */
        /** Words right after a sum received that make it another item's money or no award (500万认定支持, 奖金). */
        receivedElsewhere: z.array(word).default([]),
        receivedMore: z.array(word).default([]),
        /** Words saying who has a role (应用单位是地铁公司): a fact's word followed by one and another party names that party's. */
        roleIs: z.array(word).default([]),
        /** Words after a figure pointing at the case it was (按80万那种情况): the topic's figure of that value says nothing new. */
        casePointers: z.array(word).default([]),
        /** Words pointing at the last one worked out (获奖企业这家): with places said, a total of those and the last. */
        lastPointed: z.array(word).default([]),
        /** Words pointing at the last of several figures said (不对，最后那笔是1800万 after three deals): that figure's place. */
        lastFigure: z.array(word).default([]),
        /** Words between a part's lead and its 有 (B企业里其实有7万…): of a lettered applicant's figure, the one after is still a part. */
        partSofteners: z.array(word).default([]),
        /** Words asking whether a budget is enough (够不够, 差多少): the budget said is weighed against the answer's total. */
        enough: z.array(word).default([]),
        /** Words saying a part of a count did not land (其中2个项目没有实现落地转化): it is left out of the count. */
        notLanded: z.array(word).default([]),
        /** Words opening a clause that says what the thing just named is not (市级重点实验室，不是国家或省级的). */
        saidNot: z.array(word).default([]),
        /** Counters after an ordinal that count applicants, not contracts (第一家企业, 第二位). */
        applicantCounters: z.array(word).default([]),
        /**
         * Words that may stand between a count of applicants and a figure (另外1家是500万): the figure is each one's. With
         * nothing between (9家200万) too.
         */
        applicantFigureLinks: z.array(word).default([]),
        /** Counters of contracts (三份合同，每份50万): a figure for each of so many is one applicant's many, not so many applicants. */
        contractCounters: z.array(word).default([]),
        /** Words of a total that counts the figure said before (今年加上这笔一共是1100万): it replaces, adds nothing. */
        includingThis: z.array(word).default([]),
        /** Words asking how much more items need (绩效奖励最多还要多少): they are summed with the rest. */
        askedMore: z.array(word).default([]),
        /** What a clause said of all lettered ones may open with before its word of all (合作方都是高校). */
        allSubjects: z.array(word).default([]),
        /** Words asking what is left of a budget said before (还剩多少): weighed as whether it is enough. */
        budgetRest: z.array(word).default([]),
        /** The words between a kind and its count said after it (技术经理人有三位): the count is of that kind. */
        countedAfter: z.array(word).default([]),
        /** Words asking the time between two dates (从印发到实施隔了多久): the issue date's answer counts the days to the start. */
        gapAsked: z.array(word).default([]),
        /** Words pointing at sums already said (这两块钱是市里出还是区里出): the 块 they count is no figure in yuan. */
        sumsPointedAt: z.array(word).default([]),
        /** Words saying a figure is of another deal (再加上…另一笔120万的合同): added, not the written sum of the one before. */
        anotherDeal: z.array(word).default([]),
        /** Words asking the notice's document number (文号是多少): the text does not print one. */
        numberAsked: z.array(word).default([]),
        /** Words ending a first sentence that asks after the items it names (生态型的呢？): those items in place of the earlier ones. */
        whatAbout: z.array(word).default([]),
        /** Words right after a percentage or a span of years (50%以上, 15年多) saying more than it: above a text's most, it is outside the range. */
        orMoreAfter: z.array(word).default([]),
        /** Words right before a percentage or a span of years (超过50%) saying more than it. */
        orMoreBefore: z.array(word).default([]),
        /** Words asking how long is left (还有多少天, 还剩多久): the validity answer counts the days to its end. */
        remaining: z.array(word).default([]),
        /** 这个措施已经实施了多长时间: how long the measures have been in force, asked (the days from their start). */
        elapsedAsked: z.array(word).default([]),
        /** Verbs of working as (做, 当, 担任): right before a person's role in the first person's clause, the role is who speaks (我在一家公司做技术经纪人). */
        roleVerbs: z.array(word).default([]),
        /** Words between a first person and a party word that break the description (转让给我们以后学校能拿): the party is someone else. */
        selfBreaks: z.array(word).default([]),
        /** Words for every one of a kind (每个团队, 所有企业): 都能拿 after them asks whether it comes to all, not about two items together. */
        everyOne: z.array(word).default([]),
        /**
         * Words of matching funds (要不要出配套资金, 配套资金比例): who pays is asked only where a government or a district is named
         * beside them (我是经开区管委会的…, 对各区…); a team asking whether it must put in its own is another question.
         */
        matchingFunds: z.array(word).default([]),
        /** Words naming a district's or county's government (各区, 区里, 管委会): matching funds asked beside them are who pays. */
        districtGovernments: z.array(word).default([]),
        /** Words for every one of the measures (是不是每一条都有责任): a department asked so is said not to be in those without it. */
        everyMeasure: z.array(word).default([]),
        /** Words asking which departments (哪些部门, 谁负责): after a word pointing at the topic's measure (这一条是哪些部门负责的), they ask that measure's. */
        whichDepartments: z.array(word).default([]),
        /** Particles that may follow a word pointing at a measure in a clause of its own (这条吧，市科技局负责吗; 这条的话): the question is in the next clause. */
        pointerParticles: z.array(word).default([]),
        /** Words naming the policy's own period (政策, 有效期, 施行): a sentence holding one asks the validity, not an item's window (两年内从何时起算). */
        policyPeriod: z.array(word).default([]),
        /** Words correcting a figure just said in the same message (不对，是 / 说错了): the figure after them replaces the one before, of the same fact. */
        selfCorrection: z.array(word).default([]),
        /** Words asking, beside a department's measures, which of them carry money (这几条里有没有涉及资金标准的): each measure's items are listed with their ceilings. */
        departmentMoney: z.array(word).default([]),
        /** Words for the whole policy (这12条措施, 全部措施): a total asked of it is of no topic's items, and the text gives none. */
        wholePolicy: z.array(word).default([]),
        /** Words asking for the money of the whole policy (资金总盘子, 一共多少钱), beside `wholePolicy`; beside a question of who pays (市级财政总预算), on their own. */
        budgetTotal: z.array(word).default([]),
        /**
         * Words of notFacts naming the asker's own circumstances (注册资本, 营收, 纳税): a figure after one, said alone and
         * asked about, gets the note that no measure reckons on it.
         */
        circumstances: z.array(word).default([]),
        /** Words naming the asker's own affiliate (子公司注册资本只有100万): of a kind the topic is for, the asker applying. */
        ownAffiliates: z.array(word).default([]),
        /** Words of a figure said of each person (每人促成1000万): no sum several people share. */
        perPerson: z.array(word).default([]),
        /** Words asking which department leads (发改牵头还是科技局牵头): the text names none, only those responsible. */
        leadAsked: z.array(word).default([]),
        /** Words saying several figures are one applicant's (一个应用单位同时有两个场景项目), not several applicants'. */
        oneApplicant: z.array(word).default([]),
        /** Words of support granted before the measures end (已经立项的项目), asked of after: the text does not say. */
        grantedBefore: z.array(word).default([]),
        /** Words saying the measures have ended (政策到期了): with grantedBefore, what becomes of support granted is asked. */
        expired: z.array(word).default([]),
        /** Words asking what those responsible are to do (区里要承担哪些工作): the text gives no one's tasks. */
        tasksAsked: z.array(word).default([]),
        /** Words saying several did the deals together (两位技术经理人一起促成的): no deal is one of them's alone. */
        jointDeals: z.array(word).default([]),
        /** Words of money given (补贴, 奖励): asked of an item that gives none, in a note that does not speak of money, the item is said to give none. */
        subsidyWords: z.array(word).default([]),
        /** Words asking the departments two measures have in common (这两条都有的部门是哪个): those in both lists are said. */
        sharedDepartments: z.array(word).default([]),
        /** Words setting one department aside among a measure's (除了我们工信局，还有哪些部门): the others are asked. */
        departmentBesides: z.array(word).default([]),
        /** Counters opening clauses that list deals (一笔…，一笔…): each figure so listed is a deal of its own, not the signed figure of the one before. */
        dealListed: z.array(word).default([]),
        /** Words pointing at the item asked before (和上一项加起来): a total asked with a new item counts that one too. */
        earlierItem: z.array(word).default([]),
        /** Words pointing at the text or the item, no point of it (职称绿色通道这块文件具体怎么规定的: its rule is asked). */
        pointFiller: z.array(word).default([]),
        /** Words asking why a department or unit is not among those responsible (第四条为什么没有我们, said by no applicant's kind): the text gives no reason. */
        whyNotListed: z.array(word).default([]),
        /** Whichever one it is (在哪个平台用都能拿): a question of where or which, no two items together. */
        whichever: z.array(word).default([]),
        /** Something put to use (结余经费能一起拿来入股): no money received and no two items together, whatever verb it holds. */
        putToUse: z.array(word).default([]),
        /** What the measures change or set about something, asked whole (评职称有哪些具体改变): every item named by its words. */
        changesAsked: z.array(word).default([]),
        /** A weight or a score asked (占多少权重, 多少分): its 多少 asks no money. */
        weightAsked: z.array(word).default([]),
        /** Kinds of body neither the measures' list of who they apply to nor any item names (行业协会, 商会). */
        unlistedKinds: z.array(word).default([]),
        /** After what is built (建完了还有后续支持吗): of the topic's items, the one the text gives after the other. */
        afterCompletion: z.array(word).default([]),
        /** Opening a clause of figures (分别100万、50万): what they are is said by the clause before. */
        respectively: z.array(word).default([]),
        /** Right after a year (2022年获得的…奖): the year something was won, not a day asked against the validity. */
        wonAfterYear: z.array(word).default([]),
        /** Right after a date of a year gone by or this one (二等奖其实是2024年11月公布的): the day something was made known, no day asked; of a later year (申报指南2027年公布) it is asked. */
        announcedAfterDate: z.array(word).default([]),
        /** Right after a date (2025年8月立项的): the day of an event of the case, weighed against the validity, not a day asked. */
        /** 政策是2025年7月31日印发的: words right after a date that make it the measures' issue date, no day asked. */
        issuedAfterDate: z.array(word).default([]),
        /** Words right after a combining phrase that count a figure said in with the rest (一起算进去): no combination of policies. */
        countedIn: z.array(word).default([]),
        /** Words after the measures' last day said as their end (2028年8月底就到期了): that day is no day asked. */
        expiresAfterDate: z.array(word).default([]),
        eventAfterDate: z.array(word).default([]),
        /** Just before a year, the year an award was won (如果获奖是2023年的): not the day asked. */
        wonBeforeYear: z.array(word).default([]),
        /** Before a first person that is served, not speaking (给我们提供无人车的供应商): the party its clause ends with is someone else. */
        objectLeads: z.array(word).default([]),
        /** Between a first person and a party, ending right before it (跟我们自己控股的公司签的): the asker's own company, someone else. */
        ownedBy: z.array(word).default([]),
        /** Right before a party, in a message where the asker speaks (用子公司签合同): the asker acting through it, which applies. */
        actingThrough: z.array(word).default([]),
        /** Before a figure, in a clause naming this policy (按市里的算法是60万): the policy's result quoted, not a figure of the case. */
        policyWorksOut: z.array(word).default([]),
        /** A ceiling claimed not to rise (最高500万、不得上浮): weighed against a ceiling the text lets rise. */
        noRise: z.array(word).default([]),
        /** Right after a date or a month (9月份才去申报): it is when one applies, not when the event was. */
        applyingOn: z.array(word).default([]),
        /** Right after a month, a part of it (9月份, 9月底) before a word of applying. */
        monthParts: z.array(word).default([]),
        /** Right after a year, a part of it (2028年上半年): when something was done. */
        yearParts: z.array(word).default([]),
        /** Ending the words after a rate, before a sum (10%可以给我们企业补500万, 5%给予最高100万): the sum is what the rate gives, quoted. */
        awardVerbs: z.array(word).default([]),
        /** Right after a word, asking what it means (应用单位是指…): the word states nothing. */
        defining: z.array(word).default([]),
        /** Right after a kind of party, what it says of itself (企业说它…, 企业声称): the applicant whose claims are checked. */
        reporting: z.array(word).default([]),
        /** Before an earlier figure named by its place, that figure alone (如果只算第一笔呢). */
        onlyThis: z.array(word).default([]),
        /** Right before an item's name, that item alone of its kind (那如果只有中试平台评上优秀呢: not the concept centre's reward too). */
        onlyOne: z.array(word).default([]),
        /** After a contract said before, that contract taken as the whole of what another kind reckons on (就按这一笔算: the institute's yearly new contracts). */
        onThisOne: z.array(word).default([]),
        /** After one of a kind of person said with an indefinite (一个经理人…), another of the same (另一个900万). */
        anotherOne: z.array(word).default([]),
        /** 三家单位…分别是20万、45万、70万: words for applicants of no particular kind, right after a count of them. */
        bodies: z.array(word).default([]),
        /** 当年绩效奖励: words of this year besides relativeYears' (当年 may be a year past elsewhere, so only here). */
        thisYear: z.array(word).default([]),
        /** 后来又追加了6个项目: words right before a count that add it to the topic's count. */
        countAdded: z.array(word).default([]),
        /** 另外还有8个项目也落地了: words right before a count that add it to the topic's count when the words after it name the topic count's kind. */
        countAlsoHad: z.array(word).default([]),
        /** 5家…每家各有4个: words between applicants counted and a count of the item's fact that make the count each applicant's own. */
        eachOfThem: z.array(word).default([]),
        /** 也实现了转化 / 也投产了: words after a countAlsoHad count, in its sentence and not denied, saying the items added landed. */
        countAlsoLanded: z.array(word).default([]),
        /** 今天刚签了一个150万的: words of a deal just made, its own, with none of the dates said of another. */
        newDeal: z.array(word).default([]),
        /** 八十万美元，折合人民币大概570万: words between a sum in another currency and the same in yuan. */
        converted: z.array(word).default([]),
        /** 申请产业化资助600万: a verb of applying, then the support's noun right before a figure, a few words of what it is for between: the sum applied for. */
        appliedSupport: z.object({ verbs: z.array(word).default([]), nouns: z.array(word).default([]) }).default({ verbs: [], nouns: [] }),
        /** 核实发现D的券…: words that may open a message before the letter of the applicant it is about. */
        letterLeads: z.array(word).default([]),
        /** Validity words that ask about the validity only beside a year (明年还能申报吗), not alone (事业单位还能申请吗). */
        validityWithYear: z.array(word).default([]),
        /** Before a figure after a rate said, the asker's own result of it (按20%算是不是就是80万): no fact. */
        worksOutTo: z.array(word).default([]),
        /** Words pointing back at a way or a thing just described (这种方式, 这样): a short question with them is about it. */
        pointingBack: z.array(word).default([]),
        /** Words pointing back at the item just answered as a clause of the text (按这一条): another kind asked of it is asked whom the item is for. */
        pointingAtItem: z.array(word).default([]),
        /** Pronouns of the other party (他们, 对方): before a verb of receiving, they ask about the partner named (他们能拿多少). */
        otherParty: z.array(word).default([]),
        /** Right after a party, its side as another than the asker's (地铁公司那边): the party pointed at. */
        otherSide: z.array(word).default([]),
        /** A place said of a party (区里有企业, 区里一家公司): no cue of another policy's figures. */
        partyPlaces: z.array(word).default([]),
        /** Words saying a figure is the one actually transacted (实际成交, 最后结算): it replaces the figure signed beside it. */
        actual: z.array(word).default([]),
        /** A party's results named (高校的专利): with the asker said, that party of another kind is the other party. */
        ownedThings: z.array(word).default([]),
        /** Right after a kind, words naming both sides of a deal as that kind (企业之间签的合同): no one kind asked about. */
        between: z.array(word).default([]),
        /** Words holding a party's word that name no party (民办非企业 holds 企业): the party word in them is not found. */
        notParties: z.array(word).default([]),
        /** Words saying a figure is each of a number's on average (90家企业…平均8万): the figure is each one's. */
        average: z.array(word).default([]),
        /** 不对，我问的是概念验证和中试那条 after a measure's departments: the words that may stand beside the measure named for its departments to be asked again. */
        askedAgain: z.array(word).default([]),
        /** Words pointing at a measure (那条, 这条): the words of its heading right before them name it (科创金融那条). */
        measurePointers: z.array(word).default([]),
        /** Words before a measure's number that name it (措施一里说…, 措施9), as 第…条 does. */
        measureNamedBy: z.array(word).default([]),
        /** What may follow that number for it to name a measure (措施一里, 措施二的; not 措施一共, 措施12条). */
        measureNumberEnds: z.array(word).default([]),
        /** After a word of one measure's heading alone, name that measure (跟人才有关的条款); a kind's word, or one several headings hold, names none. */
        relationPointers: z.array(word).default([]),
        /** Verbs of investing right before a count (投了一个成果转化项目): it counts what was invested in, not a fact. */
        investing: z.array(word).default([]),
        /** Verbs of having after the party opening a message (某高校有国家重点实验室): that party is the one the question is about. */
        having: z.array(word).default([]),
        /** Words before a party asked about that make it many of them (那些企业, 各家企业): each its own applicant. */
        many: z.array(word).default([]),
        /** Words of paying right before the only figure of a message (签了技术合同，付了80w): it is the amount transacted. */
        paidAlone: z.array(word).default([]),
        /** Words naming one of a kind (某大学, 一所高校): with the asker said, such an organisation of another kind is the other party. */
        indefinite: z.array(word).default([]),
        /** Words before one of a kind that make it where the asker works (在一家民营医院工作), not the other party. */
        workplace: z.array(word).default([]),
        /** Words of a budget (准备多少钱, 预算): a total is asked across parties, as a sum of what each may get. */
        budget: z.array(word).default([]),
        /** Words naming a budget said with its figure in one clause (预算…安排了1200万元): weighed against the total. */
        budgetSaid: z.array(word).default([]),
        /** Verbs of brokering a deal (促成, 撮合): with no partner named, the deal is not a contract of the asker's own; between two named (促成学校和企业签了), of the one asked, the other is the partner. */
        brokering: z.array(word).default([]),
        /** Yes-or-no questions of receiving (能不能拿, 可以申请吗): with a first person and no one else asked, the asker asks for itself. */
        whetherReceive: z.array(word).default([]),
        /** Verbs of becoming (变成, 成为): after a first person, the kind that follows further off is still the asker's own. */
        becoming: z.array(word).default([]),
        /** Words right after 我们 that begin a description of the asker (是一家…的): its kind may stand further off. */
        describing: z.array(word).default([]),
        /**
         * Openings where the asker says what it is (我们是, 我是): an item named at the end of such a clause, the asker's own
         * identity (我们是在锡高校的技术转移中心), is not asked about beside an item named elsewhere in the message.
         */
        selfIs: z.array(word).default([]),
        /** What may end such a clause right after the item's name when the name follows the opening at once (我们是中试平台的). */
        selfIsEnd: z.array(word).default([]),
        /**
         * Words of receiving that, right after the word of a kind (我们企业能拿到…, 企业能不能按…, 我们公司是不是也能…), make that kind the one who
         * would get what is asked — unlike 我们公司的技术经理人…能拿多少, where someone else does.
         */
        kindReceives: z.array(word).default([]),
        /** What a contract is called (合同, 协议): a count of them (补报了一份…合同) counts no projects or people. */
        contractNouns: z.array(word).default([]),
        /** Words asking about the time after the validity ends (到期之后还执行吗): the text says nothing of it. */
        afterExpiry: z.array(word).default([]),
        /** Words saying a partner is no public unit (不是事业单位): it is of the usual asker's kind as a partner, whatever its name. */
        notPublicUnit: z.array(word).default([]),
        ratherIs: z.array(word).default([]),
        /** Between items named and their count, what was done to them (揭榜类项目立项5个): the count is of the items. */
        countedVerbs: z.array(word).default([]),
        /** Between items named and their count, a word of only so many (中试平台只有1家评为优秀): the count is of the items, whatever follows. */
        countedOnly: z.array(word).default([]),
        /** Right after a count, what it counts other than the items named before it (中试平台有3个项目在做): no count of them. */
        countedOther: z.array(word).default([]),
        /** A part of one applicant's figure taken out (扣掉以后呢): what is left is asked, the part set apart. */
        deducted: z.array(word).default([]),
        numberedQuestions: z.array(word).default([]),
        wholeDocument: z.array(word).default([]),
        /** Words before a count of earlier figures that keep those first ones alone (如果只算前两个合同呢). */
        firstOf: z.array(word).default([]),
        /** Counters of items named in the message itself, after firstOf and a count (前两项合计): the first ones named alone. */
        itemCounters: z.array(word).default([]),
        /** Whether there is money at all (我们是高校，有没有资金支持): asked first by a kind that says what it is, that kind's list. */
        whetherMoney: z.array(word).default([]),
        /** Words asking what support there is (有什么支持): an item giving no money is said to set none; asked how it works, it is not. */
        supportAsked: z.array(word).default([]),
        /** Words that ask for a list when they end the message (我们是企业，补贴有哪些): not inside a longer question (补助有哪些申报条件). */
        listAtEnd: z.array(word).default([]),
        /** The whole validity as the span of a total (在政策有效期内最多能拿多少): as many years as it runs. */
        validitySpan: z.array(word).default([]),
        appliedFor: z.array(word).default([]),
        half: z.array(word).default([]),
        /**
         * A figure right after words of hoping to receive it (能拿那个1000万, 应该拿150万) is an item asked by its ceiling or a
         * sum claimed, not a fact: a modal, a verb of receiving, then optionally a pointing word; or a verb and a pointing word alone.
         */
        hoped: z.object({ modals: z.array(word).min(1), verbs: z.array(word).min(1), then: z.array(word).default([]), pointedVerbs: z.array(word).default([]), pointers: z.array(word).default([]), /** 能各拿100万吗: each receiving, only of the ceiling of an item named. */ eachVerbs: z.array(word).default([]) }).strict(),
        /** Words naming one of the items counted (其中一个项目特别重要，要奖80万): a sum said of it is weighed per item. */
        oneItem: z.array(word).default([]),
        /** Words saying the rest of a contract is not paid yet (剩下80w明年才付), after its figure. */
        notYetPaid: z.array(word).default([]),
        /** Words calling a year's figure its whole total (合同总额), not what is new in it. */
        yearTotal: z.array(word).default([]),
        /** Words claiming an item has no ceiling (不设上限). */
        noCapClaimed: z.array(word).default([]),
        partHas: z.array(word).default([]),
        /** Words asking the last question again of something else (同样情况呢, 也这样算): a total asked before is asked again. */
        sameCase: z.array(word).default([]),
        /**
         * A verb of receiving right after a party word names whose benefits are asked (学校能拿, 企业那边最多能拿,
         * 研究院按上限各能拿): the words that may stand before the verb, in this order, each optional.
         */
        receiving: z
          .object({
            sides: z.array(word),
            limits: z.array(word),
            own: z.array(word),
            adverbs: z.array(word),
            modals: z.array(word),
            verbs: z.array(word).min(1),
            /** Words opening with a verb that receive nothing (补签 of 补, 又和江南大学补签了一份): no verb there. */
            notVerbs: z.array(word).default([]),
            /** Words leading a manner said before the verb, up to a few characters (企业能按30%拿补助吗). */
            manners: z.array(word).default([]),
            /** After a side with no verb (企业那边呢): the side is asked about. */
            sideEnds: z.array(word).default([]),
          })
          .strict(),
        /** Words for the two things just discussed (两个都能拿吗 after two platforms): the earlier topic's items with the current one's. */
        both: z.array(word).default([]),
      })
      .strict(),
    /** Other programmes people confuse with this policy (高新技术企业认定): asked about, they are out of scope. */
    outsideTopics: words,
    /** Words that put a figure in the past (去年签了200万): not this year's fact. */
    pastWords: words,
    /** Longer words holding a past word that compare with it (比去年新增3000万): the figure is this year's increase. */
    notPastWords: z.array(word).default([]),
    /** Other names of the departments the measures name (卫健委 → 市卫生健康委). */
    departmentAliases: z.record(word, words).default({}),
    /**
     * Places inside Wuxi whose own government or committee is a department the measures name (经开区 → 无锡经开区管委会):
     * a message asking about departments that names the place and no department asks about that one.
     */
    departmentOfPlace: z.record(word, word).default({}),
    /** Words the reader reads each fact from. */
    facts: z.record(factId, factVocabulary),
    /** The amount fact a figure with no cue is taken for, when nothing else decides. */
    defaultAmountFact: factId,
    /** Option labels for a yes/no question. */
    yesNoOptions: z.object({ yes: word, no: word }).strict(),
    /** Extra words the typo reader corrects toward (besides every other word here and the items' names). */
    typoWords: words,
    /** Misspellings that do not sound like the word (创新卷, 创新劵 for 创新券): always read as the word, and said so. */
    slips: z.record(word, word).default({}),
  })
  .strict();

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type FactVocabulary = z.infer<typeof factVocabulary>;
export type Party = z.infer<typeof partySchema>;

/** Answer wording: template id → text with {placeholders}. */
export const templatesSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9.]*$/, 'template ids are dotted camelCase, e.g. result.computed'), z.string().min(1));
export type Templates = z.infer<typeof templatesSchema>;
