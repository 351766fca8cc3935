/**
 * The template catalogue: every answer template the assistant says, with the
 * placeholders the code fills in it. This is the contract between the code
 * (bot/core/compose.ts) and the wording in templates.yaml, which bureau staff
 * may rewrite freely; the lint refuses a missing template or an unknown
 * placeholder.
 */
export const templateCatalogue = {
  // Conversation.
  /** The example question offered where the assistant suggests one. */
  example: [],
  /** Example questions, one per line, offered by help and when a question is out of scope. */
  examples: [],
  reset: ['example'],
  help: ['title', 'validity', 'examples'],
  thanks: [],
  typo: ['text'],
  outOfScope: ['title', 'examples'],
  elsewhere: ['place', 'title', 'example'],
  'outOfScope.programme': ['name', 'title', 'example'],
  'note.assumedRole': ['value'],
  /** An item with no conditions of its own asked who may apply or join (先投后股我们能申请吗, 联盟怎么加入). */
  'provision.noConditions': ['measure', 'title', 'outcome'],
  /** Facts a failed what-if changed, back to what the asker said before it (要是区里的比赛获奖呢, then another question). */
  'note.backToSaid': ['facts'],
  /** One of them: the fact's label and its value. */
  'note.backToSaid.fact': ['label', 'value'],
  /** A yes/no fact's value in words. */
  'fact.yes': [],
  'fact.no': [],
  vague: ['party', 'items', 'example'],
  'vague.noAmountItem': ['measure', 'title'],
  /** A platform the party builds (第8条 概念验证中心): its money once recognised, and per year when rated. */
  'vague.builtItem': ['measure', 'title', 'cap', 'per', 'party'],
  'vague.anyone': ['items', 'example'],
  'vague.othersOnFigures': ['party', 'items'],
  'note.noOverallCap': [],
  'vague.noTotal': [],
  reask: ['message', 'label', 'ask', 'example'],
  'reask.notStated': ['message', 'ask', 'example'],
  /** The question still waiting, after a point the text leaves open was answered. */
  'reask.back': ['ask', 'example'],
  /** Money asked, while a question waits, of items that give none (有没有补贴 of 先使用后付费). */
  'reask.noMoney': ['items', 'ask', 'example'],
  /** A figure said as about that much (1200多万): computed on the round figure. */
  'note.approximate': ['value'],
  /** A short question on the topic just answered that the text does not settle (是一次性给还是分期). */
  unstated: ['items', 'message', 'interpreters'],
  /** Whether the text sets a point of the items (付费期限和费率有没有具体规定): it does not. */
  'unstated.regulated': ['items', 'point', 'interpreters'],
  /** What the text does say of those items, after the unstated answer. */
  'unstated.quote': ['measure', 'quote'],
  /** Whom an item's money goes to (这钱是打给我们公司还是给江南大学), from its beneficiary and its sentence. */
  recipient: ['measure', 'title', 'beneficiary', 'quote'],
  /** 我们是企业，这条也适用吧: whether the topic's item is for that kind of party. */
  'applies.yes': ['measure', 'title', 'beneficiary', 'party', 'quote'],
  'applies.builds': ['measure', 'title', 'beneficiary', 'party', 'builtBy'],
  'applies.provisionYes': ['measure', 'title', 'quote', 'party'],
  'applies.provisionNo': ['measure', 'title', 'quote', 'party'],
  'amount.partVoided': ['whole', 'part', 'rest'],
  'amount.partNoted': ['whole', 'part', 'rest'],
  'count.partVoided': ['part', 'rest'],
  'count.partBefore': ['part', 'date', 'from', 'rest'],
  'amount.partLeftOut': ['whole', 'part', 'conditions', 'rest'],
  'amount.halfLeftOut': ['whole', 'part', 'conditions', 'rest'],
  /** 第二家…另外还有3万是在外省平台上用的: one more figure of an applicant said to fail a condition, not counted. */
  'amount.addedLeftOut': ['amount', 'conditions'],
  'count.leftOut': ['part', 'conditions', 'rest'],
  'count.yearBefore': ['part', 'word', 'year', 'rest', 'current'],
  'count.yearStarts': ['from', 'year'],
  'applies.individual': ['measure', 'title', 'beneficiary', 'quote'],
  'applies.no': ['measure', 'title', 'beneficiary', 'party', 'quote'],
  /** Another policy's sum for one project of a counted applicant, above the item's most for a project: that project leaves the count. */
  'combine.projectOther': ['label', 'other', 'each', 'count'],
  /** The same, at or below the item's most: the project stays under this item, not paid twice. */
  'combine.projectOurs': ['label', 'other', 'each', 'count'],
  /** The party's own item on such figures, after one not for it (医院自己这边能拿吗 after the enterprise's subsidy). */
  'applies.instead': ['party', 'measure', 'title', 'beneficiary', 'cap', 'base', 'quote'],
  'applies.failed': ['measure', 'title', 'beneficiary', 'quote', 'conditions'],
  /** Asked of an institution's money whether a group or a person in it gets it (给学校还是课题组). */
  'recipient.internal': ['beneficiary'],
  question: ['ask', 'example'],
  'refused.negative': ['raw'],
  'refused.zero': ['raw'],
  'refused.tooLarge': ['raw', 'limit'],
  'refused.currency': ['raw'],
  'amount.converted': ['from', 'to'],
  /** 注册资本5000万…会影响补助额度吗: figures of the asker's own circumstances. */
  'amount.ownFigures': ['figures'],
  'refused.fact': ['label', 'value'],

  // Results.
  'result.title': ['measure', 'title'],
  'result.computed': ['amount'],
  /** The item's amount when another policy's, higher, is the one paid (从优就高). */
  'result.computedOther': ['amount', 'payable'],
  'result.computedUpTo': ['amount'],
  'result.computedUnknown': ['amount', 'unknown'],
  'result.capOnly': ['cap'],
  'result.needsInfo': ['cap', 'need'],
  'result.notEligible': ['unmet'],
  'result.notEligibleYet': ['unmet', 'beneficiary', 'cap'],
  'result.notInForce': ['validity'],
  'result.beneficiary': ['label'],
  'formula.capped': ['product', 'cap', 'per'],
  'formula.under': ['product', 'cap', 'per'],
  'formula.rule': ['base', 'rate', 'cap', 'per'],
  'formula.ruleUnspecified': ['base', 'cap', 'per'],
  /** A ceiling set on a base with no rate and no share said (根据获奖项目新增技术和设备投资额): what it depends on. */
  'formula.ruleDepends': ['base', 'cap', 'per'],
  /** In a list of items: a share the text does not set, and an amount that only depends on a base. */
  'rule.share': ['base'],
  'rule.depends': ['base'],
  'formula.perItem': ['each', 'cap', 'per'],
  'note.capScopeOpen': ['cap'],
  'note.assumedYearly': ['amount', 'measure', 'label'],
  'note.splitFact': ['met', 'unmet', 'condition'],
  'note.assumedYearlyTotal': ['amount', 'measure', 'label'],
  'note.yearlyIncrease': ['current', 'past', 'amount', 'measure', 'label'],
  'note.yearlySeries': ['steps', 'first', 'before', 'measure', 'label'],
  'note.yearlySeries.step': ['year', 'before', 'current', 'past', 'amount'],
  'note.yearlySeries.none': ['year', 'before', 'current', 'past'],
  'note.severalParties': [],
  /** Another policy's ceiling stated with no amount or rate to compare: the two ceilings and the rule. */
  /** 区里按20%、最高150万，两边都拿吗, with the base not given: the two rules and what settles it. */
  'combination.rates': ['other', 'measure', 'title', 'rule', 'cap', 'principle', 'base'],
  /** Another policy weighed against an item this case does not qualify for: nothing of this item to weigh. */
  'combination.notEligible': ['measure', 'title', 'principle'],
  /** 区里给了60万，市里这条算下来是90万: the asker's own figure for this item against the other policy's. */
  'combination.quoted': ['other', 'measure', 'title', 'rule', 'cap', 'principle', 'base', 'quoted', 'verdict'],
  'combination.caps': ['other', 'measure', 'title', 'cap', 'principle'],
  'combination.otherAboveCap': ['other', 'measure', 'title', 'cap', 'base', 'principle', 'amount'],
  'combination.topUp': ['other', 'higher', 'difference'],
  'total.sameYear': ['amount'],
  'total.difference': ['first', 'firstAmount', 'second', 'secondAmount', 'difference'],
  'received.room': ['received', 'per', 'cap', 'room', 'amount', 'payable'],
  'received.full': ['received', 'per', 'cap'],
  'received.ofYear': ['amount', 'per', 'cap', 'received', 'payable'],
  'budget.enough': ['budget', 'total', 'rest'],
  'budget.exact': ['budget', 'total', 'rest'],
  'budget.short': ['budget', 'total', 'rest'],
  'total.differenceTurns': ['before', 'now', 'diff'],
  'total.together': ['items'],
  'total.twoTurnsYears': ['before', 'now', 'amount'],
  'total.earlierTotal': [],
  'total.atMost': ['amount'],
  'total.differenceItemBelow': ['item', 'now', 'earlier', 'before', 'diff'],
  'total.differenceItemAbove': ['item', 'now', 'earlier', 'before', 'diff'],
  'rate.upToNotFixed': ['measure', 'title', 'rate'],
  'note.noLeast': ['measure', 'title'],
  'note.noLeastRate': ['measure', 'title'],
  'combination.quotedCapOnly': ['other', 'measure', 'title', 'quoted', 'cap', 'principle', 'verdict'],
  /** Another policy's sum stated beside an item the text gives only a ceiling for: the sum, the ceiling and the rule. */
  'combination.amountAndCap': ['other', 'measure', 'title', 'cap', 'principle'],
  /** 一共能拿多少, asked of items that go to different parties: they are not added up. */
  'total.severalParties': ['count', 'amount'],
  'note.noAmount': [],
  'condition.met': ['label'],
  'condition.unmet': ['label'],
  'condition.unknown': ['label'],
  'condition.review': ['label'],
  'condition.guide': ['label'],
  'check.eligible': ['outcome'],
  'check.notEligible': ['unmet'],
  'check.unknown': ['count'],
  'instance.counted': ['party', 'amount', 'result'],
  'instance.excluded': ['party', 'amount', 'reason'],
  'instance.partyUnknown': [],
  /** One of several applicants' own figure, by who it is (高校的4800万元). */
  'instance.applicant': ['label'],
  /** A contract of an item whose partner does not matter. */
  'instance.unnamed': [],
  total: ['count', 'amount'],
  'total.ifCombined': ['count', 'amount'],
  /** Beside an item not had, what the other policy gives as the user described it, all there is. */
  'combination.otherOnly': ['other'],
  'combination.compare': ['other', 'principle', 'verdict'],
  'combination.other': ['amount'],
  'combination.this': ['amount'],
  'combination.equal': ['amount'],
  clause: ['measures'],
  footer: ['validity', 'principle', 'interpreters'],
  'date.before': ['date', 'from'],
  'date.beforeLeftOut': ['figure', 'date', 'from'],
  'date.beforeIfCounted': ['date', 'from'],
  'date.after': ['date', 'to'],
  /** A date asked about (合同是今年6月签的，能算吗) that falls within the validity. */
  'date.within': ['date', 'from', 'to'],
  /** This year's total not above last year's (去年5000万，今年3000万): no yearly increase to compute on. */
  'note.noIncrease': ['measure', 'title', 'past', 'current'],
  'note.noIncrease.less': ['measure', 'title', 'past'],
  /** 要是2027年的比2026年少了呢: the years said. */
  'note.noIncrease.lessYears': ['measure', 'title', 'past', 'year', 'before'],
  /** 合同签了500万，实际只付了一半: computed on the half, as the text's 实际成交额. */
  'note.paidHalf': ['signed', 'paid'],
  'note.partPaid': ['label', 'whole', 'signed', 'paid', 'sum'],
  /** 有补贴吗 asked of an item with no amount: the text writes none for it. */
  'note.noAmountAsked': ['items'],
  'note.noSumAsked': ['measure', 'title'],
  /** 能不能直接从这条里面拿到补贴, asked in its own sentence of an item that sets a share or a term, not money: it gives none. */
  'note.noMoneyOfRule': ['measure', 'title'],
  'note.reach.yearly': ['measure', 'title', 'quote'],
  'toCap': ['measure', 'title', 'rule', 'base', 'baseExact', 'cap'],
  'sumTurns': ['parts', 'amount'],
  /** Two turns summed where an item's ceiling alone is known: the sum is at most that much. */
  'sumTurns.capOnly': ['parts', 'amount', 'capped'],
  'diffTurns': ['item', 'before', 'last', 'diff'],
  /** 2026年 第7条…400万元: a turn's item, with the year that turn said. */
  'sumTurns.year': ['year', 'item'],
  /** 三家合计：A …45万元 + B …100万元 + C …0元（无可核定金额）: applicants worked out one by one, summed. */
  'sumApplicants': ['counted', 'parts', 'amount'],
  'sumApplicants.one': ['label', 'item'],
  'sumApplicants.none': ['item'],
  'sumApplicants.nth': ['n', 'counter'],
  /** 这几家一共 with no count: as many as there were. */
  'sumApplicants.all': ['n'],
  /** 本次: an item given only after another, left out of this round's sum. */
  'sumApplicants.later': ['item', 'before', 'quote'],
  /** 不超过10%（按最高比例）: the ceiling reached at the highest share the text allows. */
  'toCap.atMost': [],
  /** A kind the list of who the measures apply to leaves out, that an item's own sentence names (校友组织). */
  'doc.scope.listedElsewhere': ['kind', 'items'],
  /** A sum said beside a provision's range of percentages (基金规模1.5亿 and a loss tolerance of 20%—50%): both ends of it. */
  'bound.shareWithin': ['title', 'part', 'sum', 'share', 'min', 'max'],
  'bound.shareAbove': ['title', 'part', 'sum', 'share', 'min', 'max'],
  'bound.ofSum': ['title', 'sum', 'min', 'max', 'low', 'high'],
  /** The same asked of an item whose share the text does not set (投入3百万能拿满100万吗 of the scene project). */
  'toCap.unrated': ['measure', 'title', 'quote', 'cap'],
  'nothingSaid': [],
  'note.noIncrease.none': ['measure', 'title'],
  'instance.shareOfBase': ['amount'],
  'doc.combination.after': ['measure', 'title', 'before', 'quote', 'cap'],
  'doc.combination.afterTotal': ['title', 'before', 'cap', 'sum', 'beforeCap'],
  'doc.combination.notUpfront': ['measure', 'title', 'before', 'quote', 'cap', 'sum', 'beforeCap'],
  'note.reach.open': ['measure', 'title', 'quote', 'cap'],
  /** 每年都有还是总共 of an item whose ceiling is one project's (单个项目最高500万). */
  'note.reach.project': ['measure', 'title', 'quote', 'cap'],
  /** 明年还能再拿吗 of a reward given each year: each year's result decides that year's. */
  'note.eachYear': ['measure', 'title', 'quote', 'to'],
  /** A share the text does not set of a base below the ceiling (投了50万, 最高100万): under the base, the ceiling unused. */
  'note.shareOfBase': ['measure', 'title', 'quote', 'base', 'cap'],
  /** 连续三年都评了优秀，加上认定的钱一共: the parts of a total over years and items, and the sum. */
  'total.over': ['parts', 'amount'],
  /** A…4个，B…11个: each applicant's own result, and their sum. */
  'applicant.line': ['label', 'formula'],
  'applicant.combined': ['other', 'payable'],
  'applicant.capOnly': ['cap'],
  /** Of cases apart (要是用了15万呢), one above the ceiling: what it comes to. */
  'applicant.capReached': ['amount'],
  'applicant.claimOver': ['label', 'quoted', 'title', 'amount'],
  'applicant.claimMatches': ['label', 'quoted', 'title', 'amount'],
  'applicant.claimWithin': ['label', 'quoted', 'title', 'amount'],
  /** One of several applicants that a condition said of it alone leaves out (第二家是在别的平台上用的). */
  'applicant.excluded': ['label', 'reason'],
  'applicant.noIncrease': ['label'],
  'applicant.capScopeOpen': ['cap'],
  'applicant.headline': ['count', 'amount'],
  'applicant.weighted': ['count', 'counter', 'amount'],
  /** The counter of applicants counted with none said (家). */
  'applicant.counter': [],
  /** 每家企业一个，每个100万: each party's sum and all of theirs. */
  'note.perParty': ['party', 'measure', 'title', 'amount', 'count', 'total'],
  /** 3个技术经纪人分别能拿多少 of one sum said: each one's ceiling and theirs together; the split is not said. */
  'note.sharedBy': ['party', 'count', 'amount', 'measure', 'title', 'cap', 'total'],
  /** 能拿500万吗 of the topic: the sum hoped for against the topic's ceiling. */
  'hoped.above': ['value', 'measure', 'title', 'cap'],
  'category.member': ['measure', 'quote', 'kind'],
  'category.notMember': ['measure', 'quote', 'kind'],
  /** 民办的研究院算不算新型研发机构: a group the text does not define, left to recognition. */
  'category.open': ['category', 'measure', 'quote', 'kind'],
  /** 高校算不算新型研发机构: a kind the quote lists beside the group. */
  'category.apart': ['category', 'measure', 'quote', 'kind'],
  'condition.required': ['measure', 'title', 'label', 'quote'],
  'hoped.aboveRising': ['value', 'measure', 'title', 'cap', 'rise'],
  'hoped.aboveRisingClaim': ['value', 'measure', 'title', 'cap', 'rise'],
  'grantedEach.sum': ['parts', 'raw', 'verdict'],
  'grantedEach.within': ['cap'],
  'grantedEach.over': ['cap'],
  'grantedEach.part': ['count', 'each'],
  'grantedEach.partAtCap': ['count', 'each'],
  'hoped.within': ['value', 'measure', 'title', 'cap'],
  /** 2个任务型…联合攻关项目: an item counted per project, times the projects said. */
  'note.itemCount': ['measure', 'title', 'count', 'cap', 'amount'],
  /** 另一位…两个人加起来: the last turn's sum of an item and this one's. */
  'total.withEarlier': ['measure', 'title', 'earlier', 'now', 'amount'],
  /** 合作方其实是一家民营科技公司…合计又是多少 after a total: the items of the last turn with the one now failing, counted 0. */
  'total.withFailed': ['parts', 'failed', 'amount'],
  'total.part': ['measure', 'title', 'amount'],
  /** 两年一共 of a figure of one year: each year's sums, added. */
  'total.years': ['parts', 'years', 'amount'],
  /** Beside it, of items whose ceiling the text does not say is a year's: all the years' together up to it. */
  'total.yearsCapOpen': ['items', 'once'],
  'total.yearsOpen': ['items', 'years', 'yearly', 'once'],
  'total.notQuoted': ['quoted', 'amount'],
  'total.ofTopic': ['items', 'amount'],
  'total.onlyOne': ['item', 'amount'],
  'total.laterPart': ['item', 'before', 'quote', 'amount'],
  'total.partYears': ['measure', 'title', 'amount', 'years'],
  /** 认定时一共…每年一共: with no years said, what is paid once and what each year, as two totals. */
  'total.onceAndYearly': ['once', 'onceAmount', 'yearly', 'yearlyAmount'],
  /** 帮我区分一下这两个: each item compared, then whether their ceilings are the same. */
  'compare.item': ['measure', 'title', 'beneficiary', 'rule', 'cap'],
  'compare.capsSame': [],
  'compare.capsDiffer': [],
  'compare.capsSameAmount': [],
  /** 还有多少天到期: the days from the day asked to the end of the validity. */
  'doc.validity.claimedEnd': ['from', 'to'],
  'doc.validity.remaining': ['asOf', 'to', 'days'],
  'doc.validity.elapsed': ['from', 'asOf', 'days'],
  /** 到期之后还执行吗: the text says nothing of the time after the validity. */
  'doc.validity.afterExpiry': ['to'],
  /** 能按40%补吗 of an item with an exact rate: the text's rate, not the one quoted. */
  'rate.other': ['measure', 'title', 'rate', 'value'],
  /** 按什么比例算的 of an item with no rate: the text gives none, only its sentence. */
  'note.noRate': ['measure', 'title', 'quote'],
  'note.rateUnset': ['measure', 'title', 'note'],
  'note.pastWithin': ['won', 'year', 'within'],
  /** 能按15%给吗 of an item of at most a rate (不超过10%): above it, or within it. */
  'rate.upToAbove': ['measure', 'title', 'rate', 'value'],
  'rate.unspecified': ['measure', 'title', 'quote', 'value'],
  'rate.assumed': ['measure', 'title', 'quote', 'value'],
  'rate.unspecifiedWorked': ['measure', 'title', 'quote', 'value', 'base', 'amount', 'cap'],
  'rate.unspecifiedWorkedEach': ['measure', 'title', 'quote', 'value', 'cases', 'cap'],
  'rate.unspecifiedCase': ['base', 'amount'],
  'rate.upToWithin': ['measure', 'title', 'rate', 'value'],
  'rate.upToClaimFixed': ['measure', 'title', 'rate', 'value'],
  /** 亏了30%在容亏范围内吗 / 存续期能延长到20年吗: a figure quoted against the least and most the text allows. */
  'bound.whichOf': ['title', 'values', 'min', 'max'],
  'bound.notFixed': ['title', 'value', 'min', 'max'],
  'bound.within': ['title', 'value', 'min', 'max'],
  'bound.withinMax': ['title', 'value', 'max'],
  /** 存续期10年，最多还能延长几年: the years left from the span said to the most. */
  'bound.restToMax': ['title', 'value', 'max', 'rest'],
  /** A percentage or a span of years as written in the remarks above. */
  'figure.percentAbout': ['value'],
  'figure.percent': ['value'],
  'figure.assumedPercent': ['value'],
  'figure.years': ['value'],
  'bound.above': ['title', 'value', 'max'],
  'bound.aboveClaim': ['title', 'value', 'max'],
  'bound.aboveOpen': ['title', 'value', 'max'],
  'bound.below': ['title', 'value', 'min'],
  /** Two dates of one event (签订 and 登记): the text says not which counts. */
  'date.which': [],
  /** A month with no year (8月份签的): each year it may be, against the validity. */
  'date.undated': ['month', 'cases'],
  'date.undated.before': ['year', 'month', 'from'],
  'date.undated.during': ['year', 'month', 'from', 'to'],
  'date.undated.after': ['year', 'month', 'to'],

  // Items without a computation.
  provision: ['measure', 'title', 'outcome'],
  'provision.noAmount': ['measure', 'title', 'outcome'],
  'provision.noMoneyAsked': ['measure', 'title', 'outcome'],
  'check.outcomeIf': ['outcome'],
  'note.laterReward': ['title', 'cap', 'per', 'measure'],
  /** How far a ceiling may rise, asked of an item whose text says it may (特别重大的项目可适当上浮). */
  'note.riseOpen': ['title', 'cap', 'rise'],
  /** A partner said to be outside Wuxi (和上海交大签的): the text sets no place for partners. */
  'note.otherPartyOutside': ['place', 'party'],
  'note.partnerOutside': ['place'],
  /** The same, asked of an item whose text says nothing of rising. */
  'note.noRise': ['title', 'cap'],
  /** When and how an item's money is paid (什么时候到账, 一次性给吗): the text never says. */
  'note.payment': ['items'],
  'note.tax': ['items'],
  /** Which level's budget pays (市里出钱还是区里出钱): not said; the measure's departments are. */
  'note.funder': ['items', 'measure', 'departments'],
  /** Whose budget, asked of the measures as a whole: not said. */
  'doc.funder': [],
  /** Places of Wuxi asked whether they are in scope (江阴、宜兴的企业能享受吗): they are. */
  'place.inside': ['places'],
  /** 是直接给吗 of an item with a review condition: no, with the condition's words. */
  'note.notAutomatic': ['measure', 'title', 'quote'],
  /** 是直接给吗 of an item with no review condition: the text names none. */
  /** 只要有成交就发吗: the conditions besides the figure. */
  'note.notOnlyFigure': ['measure', 'title', 'conditions'],
  'note.automatic': ['measure', 'title'],
  /** By what standard an item is judged (评价标准是啥): the text never says. */
  'note.criteria': ['items'],
  'note.askerOutside': ['title', 'place'],
  'note.askerOutsideScope': ['title', 'place'],
  'note.founderOutside': ['place', 'founder', 'kind'],
  'cap.quotedAbove': ['title', 'quoted', 'cap', 'amount'],
  'cap.appliedOverComputed': ['title', 'quoted', 'amount'],
  'cap.appliedMatches': ['title', 'quoted'],
  'combination.notBoth': ['quoted', 'other', 'payable', 'both'],
  'cap.quotedIsCap': ['title', 'cap', 'quote'],
  'cap.quotedIsCapCertain': ['title', 'cap', 'quote'],
  'cap.askedIsCap': ['title', 'cap', 'quote'],
  'cap.askedIsCapEach': ['title', 'cap', 'quote'],
  'cap.quotedNotCap': ['title', 'quoted', 'cap', 'quote'],
  /** 行业协会属于适用范围吗: a kind of body the list of who the measures apply to does not name. */
  'doc.scope.notListed': ['kind', 'appliesTo'],
  'cap.quotedIsCapRateOther': ['title', 'cap', 'quote', 'rate', 'value'],
  /** 揭榜类项目最高500万、不得上浮，对吗: the ceiling right, but the text lets it rise. */
  'cap.quotedIsCapRises': ['title', 'cap', 'quote', 'rise'],
  /** 揭榜类项目是按项目投入的30%给，最高500万，对吗: the ceiling right, a rate the text does not give. */
  'cap.quotedIsCapNoRate': ['title', 'cap', 'quote', 'value'],
  /** 2028年8月20日签的，9月份才去申报: done within the validity, applied for after it. */
  'date.appliedAfter': ['date', 'applied', 'to'],
  /** 2028年9月…来申报2028年上半年使用创新券的: done within the validity, applied for after it. */
  'date.appliedAfterDone': ['done', 'applied', 'to'],
  /** …成交额5000万元，按10%申请500万元资助，这个算法对吗: a sum claimed on the year's total, not its increase. */
  'claim.onYearTotal': ['amount', 'quoted', 'measure'],
  /** 听说按合同额10%可以给我们企业补500万，对吗: the rate and ceiling of an item for another kind of applicant. */
  'claim.otherApplicant': ['measure', 'title', 'beneficiary', 'party'],
  /** 我们企业能拿到2%的奖补吗: a rate asked of for the asker, of an item for another kind. */
  'rate.otherApplicant': ['measure', 'title', 'beneficiary', 'party'],
  /** 合计1500万，对吗: the total claimed is the ceilings' sum. */
  'total.quotedRight': ['amount'],
  /** 新型研发机构建交易平台符合条件吗: money for a platform whose builder the text does not name. */
  'applies.openBuilder': ['measure', 'title', 'beneficiary', 'party', 'quote'],
  'amount.actualNothing': ['items'],
  'applicant.headlineSome': ['all', 'count', 'amount'],
  'rate.upToHoped': ['measure', 'title', 'rate', 'said'],
  'rate.upToHopedMost': ['measure', 'title', 'rate', 'said', 'base', 'most'],
  'rate.upToHopedOther': ['measure', 'title', 'rate', 'said', 'base', 'most'],
  'amount.actualNothingSigned': ['items', 'signed'],
  'amount.actualNothingItems': [],
  'cap.perItemClaims': ['over', 'title', 'each', 'quote', 'count', 'sum'],
  'cap.quotedOverCap': ['title', 'quoted', 'cap', 'quote'],
  'cap.noCapClaimed': ['title', 'cap', 'quote'],
  'cap.quotedOverPerItem': ['title', 'quoted', 'each', 'quote'],
  'total.quotedSum': ['quoted'],
  'rate.matchOther': ['measure', 'title', 'ratio', 'value', 'cap'],
  'note.noTerms': ['measure', 'title'],
  'applicant.cases': ['count'],
  'cap.whichOf': ['title', 'cap', 'other'],
  'payment.sumOfCaps': ['sum'],
  'payment.after': ['title', 'cap', 'before', 'quote'],
  'provision.compared': ['a', 'b'],
  'cap.acrossYears': ['years', 'title', 'quote', 'cap', 'once', 'parts', 'sum'],
  'cap.whichOfOwned': ['title', 'cap', 'other', 'owners'],
  'doc.scope.kindListed': ['kinds'],
  'note.elsewhereToo': ['place'],
  'note.programmeToo': ['name', 'title'],
  'which.measure': ['titles', 'measure', 'heading'],
  'measure.absent': ['title', 'count', 'measure', 'headings'],
  'measure.header': ['measure', 'heading'],
  'measure.benefit': ['title', 'beneficiary', 'rule', 'cap'],
  'measure.provision': ['title', 'outcome'],
  'measure.provisionNoAmount': ['title', 'outcome'],
  'measure.other': ['text'],
  'measure.departments': ['departments'],
  'clauses.header': ['measure'],

  // The document itself.
  'doc.issuer': ['issuer', 'date', 'title', 'noticeTitle'],
  'doc.issueDate': ['date', 'issuer', 'from'],
  'doc.issueGap': ['date', 'from', 'days'],
  'doc.noNumber': [],
  'doc.measureCount': ['count', 'headings'],
  'doc.validity.before': ['asOf', 'from', 'to'],
  'doc.validity.during': ['asOf', 'from', 'to'],
  'doc.validity.after': ['asOf', 'from', 'to'],
  'doc.validity.yearWhole': ['year'],
  'doc.validity.yearPart': ['year', 'from', 'to'],
  'doc.validity.beforeStart': ['from'],
  'doc.guide.term': ['from', 'to'],
  'doc.adjustment': [],
  'doc.renewal': ['from', 'to'],
  'doc.renewal.granted': [],
  'doc.interpretation': ['interpreters'],
  /** 适用医院吗: a kind named that the list of who the measures apply to holds. */
  'doc.scope.kind': ['kinds'],
  'doc.scope': ['appliesTo', 'beneficiaries'],
  /** 个人能申请吗: the applicants listed are organisations; the items addressed to people. */
  'doc.individuals': ['appliesTo', 'items'],
  /** 一定要注册在无锡吗: the text sets no place of registration. */
  'doc.registration': ['appliesTo'],
  'doc.guide': ['interpreters'],
  /** 区里能不能自己定更细的申报条件: details are the guide's; the text says nothing of local rules. */
  /** 对企业规模有没有要求: the text sets no threshold of size, capital, age or revenue. */
  'doc.thresholds': ['appliesTo'],
  'doc.localRules': ['interpreters'],
  /** 写“最高1000万”的有哪几条: the items with that ceiling. */
  'doc.byCap.header': ['cap', 'count'],
  'doc.byCap.none': ['cap'],
  'doc.byCap.headerBy': ['cap', 'by', 'count'],
  'doc.byCap.noneBy': ['cap', 'by'],
  'doc.byRate.header': ['rate', 'count'],
  'doc.byRate.none': ['rate'],
  'doc.byRate.item': ['measure', 'title', 'rule', 'cap'],
  'doc.list.header': ['title'],
  'doc.list.item': ['measure', 'title', 'cap', 'per'],
  'doc.list.itemPer': ['measure', 'title', 'each', 'cap', 'per'],
  'doc.list.noAmount': ['items'],
  'doc.list.footer': ['example'],
  'doc.combination': ['principle'],
  'doc.combination.scope': ['principle', 'quote'],
  'doc.combination.where': ['principle', 'heading', 'quote'],
  /** 不同的项目呢 beside the rule: it speaks of one matter under two policies; different matters are each applied for. */
  'doc.combination.otherMatters': ['principle'],
  /** The rule asked of a provincial or national policy: it speaks of the city's own only. */
  'doc.combination.higher': ['principle'],
  'doc.combination.notSameKind': ['principle'],
  /** The rule asked of two items of this policy: it speaks of other policies only. */
  'doc.combination.parties': ['principle', 'parties'],
  'doc.combination.within': ['principle', 'items'],
  /** Items of this policy asked together that are each for a different kind of applicant: each applies for its own. */
  'doc.combination.apart': ['principle', 'items', 'beneficiaries'],
  'doc.department': ['department', 'measures'],
  'doc.department.none': ['department'],
  'doc.department.money': ['items'],
  'doc.department.item': ['title', 'per', 'cap'],
  'doc.department.noMoney': [],
  'doc.department.exclude': ['department', 'measures'],
  'doc.department.notEvery': ['department', 'measures'],
  'doc.addressees': ['addressees'],
  'doc.noAmountList': ['measures'],
  'doc.rateList': ['items', 'share', 'depends'],
  'doc.rateList.rest': [],
  'doc.rateList.capOnly': ['items'],
  'doc.largest': ['cap', 'items', 'rising'],
  'doc.smallest': ['cap', 'items'],
  'doc.measureDepartments': ['measure', 'departments'],
  /** 发改牵头还是科技局牵头: the text lists the departments responsible and names no lead. */
  'doc.measureDepartments.noLead': ['first'],
  'doc.measureDepartments.tasks': [],
  /** 这两条都有的部门是哪个: the departments both measures list. */
  'doc.sharedDepartments': ['measures', 'departments'],
  /** …when the two lists have none in common. */
  'doc.sharedDepartments.none': ['measures'],
  /** 第四条为什么没有我们: the text lists those responsible and gives no reason for the list. */
  'doc.measureDepartments.why': ['measure'],
  'doc.department.inMeasure': ['department', 'measure', 'departments'],
  /** 我是人社局的…我们要负责哪些: the department among the measure's, said without a yes. */
  'doc.department.listed': ['department', 'measure', 'departments'],
  /** 这一条除了我们工信局，还有哪些部门负责: the measure's departments, the one set aside apart. */
  'doc.department.besides': ['department', 'measure', 'departments', 'others'],
  'doc.department.notInMeasure': ['department', 'measure', 'departments'],
} as const satisfies Record<string, readonly string[]>;

export type TemplateId = keyof typeof templateCatalogue;
