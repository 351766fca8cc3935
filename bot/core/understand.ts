/**
 * Understanding without a model: the intent of a message and the facts it
 * states (amounts, counts, roles, entity types, competition level and result,
 * main completer, provincial rewards, vouchers …), as values of the fact
 * catalogue in knowledge/facts.yaml.
 */
import { fenToYuanString } from '../../eligibility/index.ts';
import { findAmounts, findCounts, findPercents, normalizeAmountText, normalizeDigits, type AmountMention } from './numbers.ts';

export type Intent =
  | 'reset'
  | 'help'
  | 'thanks'
  | 'list'
  | 'elsewhere'
  | 'validity'
  | 'combination'
  | 'interpretation'
  | 'scope'
  | 'title'
  | 'amount'
  | 'measure'
  | 'unknown';

/** Raw fact values as the engine takes them (amounts as decimal yuan strings). */
export type StatedFacts = Record<string, string | number | boolean>;

export interface AmountProblem {
  raw: string;
  reason: 'negative' | 'zero' | 'too_large' | 'currency';
}

export interface Understanding {
  intent: Intent;
  facts: StatedFacts;
  problems: AmountProblem[];
  /** The user asks to change a fact already given (改成500万). */
  correction: boolean;
  /** The measure number the user names (第6条, 第六条). */
  measure: number | null;
}

const has = (text: string, re: RegExp) => re.test(text);

const cnDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function namedMeasure(text: string): number | null {
  const m = /第\s*(\d{1,2}|十[一二]?|[一二三四五六七八九十])\s*(?:条|项|点)(?!件)/.exec(text) ?? /(?:措施|政策)\s*(\d{1,2}|十[一二]?|[一二三四五六七八九十])(?![\d万亿元个项])/.exec(text);
  if (!m) return null;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : cnDigits[m[1]!] ?? null;
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

export function detectIntent(text: string): Intent {
  const t = text.trim();
  if (/^(重新开始|重来|清空|新对话|从头开始|reset|\/start|\/reset)$/i.test(t) || has(t, /^(我要|请)?(重新开始|从头再来)/)) return 'reset';
  if (/^(你好|您好|hi|hello|帮助|help|\/help|你能做什么|你会什么|怎么用)[!！。？?]*$/i.test(t)) return 'help';
  if (/^(谢谢|多谢|感谢|谢啦|thanks|thank you|好的谢谢)[!！。.~～]*$/i.test(t)) return 'thanks';
  if (/(苏州|南京|上海|杭州|常州|南通|北京|深圳|广州|合肥|宁波|扬州|镇江|泰州)[^，。；]{0,8}(政策|补贴|奖励|措施|规定)/.test(t) && !/无锡/.test(t)) return 'elsewhere';
  if (/哪些(资金|奖补|补贴|支持|奖励|钱)|列(一下|出)|一共有哪些|所有(的)?(奖补|补贴|资金)|全部(的)?(奖补|补贴|资金)/.test(t)) return 'list';
  if (has(t, /职称|评高工|高工|高级工程师|绿色通道|直接申报|评正高|评副高|大赛|比赛|竞赛/)) return 'title';
  if (has(t, /一起拿|叠加|重复(拿|享受|申报|领)|同时(享受|拿|申请)|两份|就高|从优|不重复|兼得|能不能都拿|都能拿吗/)) return 'combination';
  if (has(t, /谁(来)?解释|解释权|哪个部门(负责)?解释|看不懂.*(找|问)|解释工作/)) return 'interpretation';
  if (has(t, /有效期|什么时候(开始|截止|到期|结束|生效|实施|执行)|哪年|到期|截止|过期|几号开始|多久有效|还有效|施行|生效/)) return 'validity';
  if (has(t, /适用(于|范围|对象)?|哪些单位|管得到|能不能报|可以报吗|也能报|对象是谁/) && !has(t, /多少|补|奖/)) return 'scope';
  if (has(t, /多少|能拿|能补|能领|能返|补贴|补助|资助|奖补|奖励|给多少|上限|封顶|最高|算一下|计算|比例/)) return 'amount';
  if (namedMeasure(t) !== null || has(t, /说的是|讲的是|什么意思|是什么|内容|规定/)) return 'measure';
  return 'unknown';
}

interface AmountCue {
  fact: string;
  re: RegExp;
}

/**
 * Which fact an amount states, from the words just before (and after) it.
 * The first cue that matches wins, so the specific ones come first.
 */
const amountCues: AmountCue[] = [
  { fact: 'otherPolicyAmountYuan', re: /(区里|区级|县里|县级|其他政策|别的政策|另一个政策|同类政策)[^，。；]*?(给了|补了|奖了|核定|拿了|获得)?$/ },
  { fact: 'provincialRewardYuan', re: /(省级?绩效奖励|省里(给的?)?(绩效)?奖励|省级奖励|省里奖了|省里给了)[^，。；]*$/ },
  { fact: 'voucherUsedYuan', re: /(创新券|科技券|服务券)[^，。；]*$/ },
  { fact: 'newTechEquipmentInvestmentYuan', re: /(设备|技术和设备|新增投资|扩产|投资额)[^，。；]*$/ },
  { fact: 'projectInvestmentYuan', re: /(场景|应用|示范|采购|投入|投了)[^，。；]*$/ },
  { fact: 'annualNewContractAmountYuan', re: /(年度新增|今年新增|新增|一年)[^，。；]*(合同|成交)?[^，。；]*$/ },
  { fact: 'contractAmountYuan', re: /(合同|成交|交易|签了|签订|撮合|委托|付了|转让|许可|开发费)[^，。；]*$/ },
];
const afterCues: AmountCue[] = [
  { fact: 'voucherUsedYuan', re: /^[^，。；]{0,4}(创新券|科技券)/ },
  { fact: 'provincialRewardYuan', re: /^[^，。；]{0,6}(省级?绩效奖励|绩效奖励)/ },
  { fact: 'annualNewContractAmountYuan', re: /^[^，。；]{0,4}的?新增/ },
  { fact: 'contractAmountYuan', re: /^[^，。；]{0,6}(的?(技术)?(开发|服务|转让|许可)?合同|成交额|的?交易)/ },
];

/** Figures about the company, not about the item: 注册资本5000万, 营收3亿. */
const notAFact = /(注册资本|注册资金|营收|营业收入|年收入|收入|产值|利润|估值|融资|市值|销售额|资产|规模|员工|总投资)[^，。；]{0,4}$/;

function cueFor(text: string, a: AmountMention): string | null {
  // The words before the amount within its clause (up to 24 characters).
  const before = text.slice(Math.max(0, a.start - 24), a.start).split(/[，。；！？]/).pop()!;
  const after = text.slice(a.end, a.end + 10);
  for (const c of afterCues) if (c.re.test(after)) return c.fact;
  for (const c of amountCues) if (c.re.test(before)) return c.fact;
  return null;
}


export interface UnderstandOptions {
  /** The fact the assistant just asked for: a bare answer fills it. */
  pendingFact?: string | null;
  /** Its kind in the fact catalogue (a count accepts 5项 / 三个). */
  pendingKind?: string | null;
  /** The amount fact the current topic needs, for an amount with no cue. */
  defaultAmountFact?: string | null;
  /** Facts the current topic still needs: a short bare answer (省级, 高校) may fill any of them. */
  expectedFacts?: readonly string[];
  /** Facts of the current topic a correction may change (改成市级 → competitionLevel). */
  topicFacts?: readonly string[];
  /** The count fact of the current topic (改成8个). */
  defaultCountFact?: string | null;
  /** Who is asking, when the message says so. */
  asker?: 'enterprise' | 'institution' | 'technology_manager' | null;
  maxAmountYuan: number;
}

const yes = /^(是|是的|对|对的|有|有的|嗯|好|已经|已|yes|y|肯定|当然|没错|评上了|落地了)[!！。.]*$/i;
const no = /^(不是|否|没有|没|还没|还没有|无|no|n|不|不对|没评上|未|尚未)[!！。.]*$/i;

/** Enum answers: each value's words, most specific first. */
const enumWords: Record<string, [string, RegExp][]> = {
  institutionType: [
    ['new_rd_institution', /新型研发机构|研发机构/],
    ['medical_institution', /医院|医疗|卫生院|卫生机构/],
    ['research_institute', /研究所|研究院|科学院|中科院|院所|科研院所/],
    ['university', /大学|高校|学院|学校|院校/],
    ['other', /其他|公司|企业|民营|私营|个人/],
  ],
  devZoneLevel: [
    ['national', /国家级|国家高新区|国家经开区|国家级开发区/],
    ['provincial', /省级/],
    ['municipal', /市级/],
    ['district', /区级|县级|镇/],
    ['none', /不在(任何)?(开发区|高新区|园区)|没有在/],
  ],
  personRole: [
    ['technology_manager', /技术经理|技术经纪|经纪人|技术转移/],
    ['researcher', /科研人员|研究员|科研|教授|老师|博士|工程师|研究人员|医生|副研/],
    ['other', /其他|行政|管理人员|企业员工/],
  ],
  competitionLevel: [
    ['national', /国家级|全国|国赛|^国家/],
    ['provincial', /省级|省赛|江苏省|全省|省里|^省/],
    ['municipal', /市级|市赛|无锡市|全市|市里|^市/],
    ['district', /区级|区赛|县级|区里|县里|校级|院级|^[区县]/],
  ],
  competitionResult: [
    ['participated', /没(有)?(获奖|拿奖|得奖|拿到奖)|未获奖|只是参赛|参加了?但|没名次|入围|参赛而已|陪跑/],
    ['awarded', /获奖|拿了?奖|得奖|等奖|优秀奖|金奖|银奖|铜奖|冠军|亚军|季军|名次|一等|二等|三等/],
  ],
  achievementAward: [
    ['national_first_second', /国家(科技进步|技术发明|科学技术)奖?[^，。]{0,6}[一二]等奖?|国家级[一二]等奖/],
    ['provincial_first_second', /(江苏)?省(科学技术|科技进步|科技)奖?[^，。]{0,6}[一二]等奖?/],
    ['other', /三等奖|其他奖|没获奖/],
  ],
};

function enumFrom(fact: string, text: string): string | null {
  for (const [value, re] of enumWords[fact] ?? []) if (re.test(text)) return value;
  return null;
}

/** Reads the facts a message states. Amounts are returned as decimal yuan strings. */
export function extractFacts(input: string, options: UnderstandOptions): { facts: StatedFacts; problems: AmountProblem[] } {
  const text = normalizeAmountText(input);
  const facts: StatedFacts = {};
  const problems: AmountProblem[] = [];
  const maxFen = BigInt(options.maxAmountYuan) * 100n;

  // Amounts, each assigned by its cue words, else to the fact asked for or the topic's base.
  const amounts = findAmounts(text);
  const perFact = new Map<string, bigint[]>();
  for (const a of amounts) {
    if (a.currency) { problems.push({ raw: `${a.raw}${a.currency}`, reason: 'currency' }); continue; }
    if (a.fen < 0n) { problems.push({ raw: a.raw, reason: 'negative' }); continue; }
    if (a.fen === 0n) { problems.push({ raw: a.raw, reason: 'zero' }); continue; }
    if (a.fen > maxFen) { problems.push({ raw: a.raw, reason: 'too_large' }); continue; }
    if (notAFact.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    let fact = cueFor(text, a);
    // An institution's contracts signed with enterprises this year are its yearly new contract amount.
    if (fact === 'contractAmountYuan' && options.asker === 'institution' && /今年|本年|年度|一年/.test(text)) fact = 'annualNewContractAmountYuan';
    if (fact === 'otherPolicyAmountYuan' && /最高|上限|封顶/.test(text.slice(Math.max(0, a.start - 4), a.start))) fact = 'otherPolicyCapYuan';
    if (!fact) {
      const pending = options.pendingFact;
      fact = pending && /Yuan$/.test(pending) ? pending : options.defaultAmountFact ?? 'contractAmountYuan';
    }
    perFact.set(fact, [...(perFact.get(fact) ?? []), a.fen]);
  }
  // Several amounts of one kind: 分别是800万、900万 / 一共两份合同 are added up; otherwise the first counts.
  const adds = /一共|合计|总共|总计|分别|加起来|两份|两笔|三笔|几笔|多笔|各/.test(text);
  for (const [fact, fens] of perFact) {
    const fen = adds ? fens.reduce((x, y) => x + y, 0n) : fens[0]!;
    if (fen <= maxFen) facts[fact] = fenToYuanString(fen);
    else problems.push({ raw: fens.map(String).join('+'), reason: 'too_large' });
  }
  // A bare number answering an amount question: 1000000 → yuan.
  if (amounts.length === 0 && options.pendingFact && /Yuan$/.test(options.pendingFact)) {
    const bare = /^\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
    if (bare) {
      const v = bare[1]!;
      if (v.startsWith('-')) problems.push({ raw: v, reason: 'negative' });
      else if (/^0+(\.0+)?$/.test(v)) problems.push({ raw: v, reason: 'zero' });
      else if (Number(v) > options.maxAmountYuan) problems.push({ raw: v, reason: 'too_large' });
      else facts[options.pendingFact] = v;
    }
  }

  // Another policy's terms for the same item (区里按20%、最高200万).
  const percents = findPercents(text);
  if (/区里|区级|县里|县级|其他政策|别的政策|同类政策/.test(text)) {
    const p = percents.find((x) => /区里|区级|县|政策|按/.test(text.slice(Math.max(0, x.start - 10), x.start)));
    if (p && Number(p.percent) > 0) facts.otherPolicyRatePercent = p.percent;
    const capMatch = amounts.find((a) => /最高|上限|封顶/.test(text.slice(Math.max(0, a.start - 4), a.start)) && /区里|区级|县|政策/.test(text.slice(0, a.start)));
    if (capMatch && capMatch.fen > 0n && capMatch.fen <= maxFen) {
      facts.otherPolicyCapYuan = fenToYuanString(capMatch.fen);
      if (facts.otherPolicyAmountYuan === facts.otherPolicyCapYuan) delete facts.otherPolicyAmountYuan;
    }
  }

  // Counts of landed projects; any count answers a count question.
  const allCounts = findCounts(text);
  const counts = allCounts.filter((c) => /项目|成果|落地/.test(text.slice(c.start, c.end + 6)) || /落地/.test(text.slice(Math.max(0, c.start - 6), c.start)));
  if (counts[0]) facts.landedProjectCount = counts[0].count;
  if (options.pendingKind === 'count' && options.pendingFact && facts[options.pendingFact] === undefined) {
    const bare = /^\s*(\d+)\s*$/.exec(text);
    const n = allCounts[0]?.count ?? (bare ? Number(bare[1]) : undefined);
    if (n !== undefined) facts[options.pendingFact] = n;
  }

  // The research-side party of a contract: the partner an enterprise names, or the
  // institution that speaks (我们大学…跟企业签 makes the university that party).
  const partner = /(和|跟|与|同|委托|找)([^，。；]{0,12})(签|合作|做|搞|的)/.exec(text);
  const partnerType = partner ? enumFrom('institutionType', partner[2]!) : null;
  // 对方不是高校也不是科研院所，是一家普通公司: the named kinds are denied.
  const denied = /(不是|并非|非)[^，。；]{0,3}(高校|大学|研究所|科研院所|医院|科研事业单位)/.test(text);
  const company = /(普通|一家|上市|民营|私营|外资|国有)[^，。；]{0,3}(公司|企业)|检测公司/.test(text);
  if (partnerType && partnerType !== 'other' && !denied) facts.institutionType = partnerType;
  else if ((partnerType === 'other' || denied) && company) facts.institutionType = 'other';
  else if (denied) { /* a denial without a kind named stays unknown */ }
  else if (/(我们|我|本)(是|在)?[^，。；]{0,6}(大学|高校|学院|学校|研究所|研究院|医院|新型研发机构)/.test(text)) {
    facts.institutionType = enumFrom('institutionType', text)!;
  } else if (/大学|高校|研究所|研究院|中科院|医院|新型研发机构/.test(text) && !/私营|民营公司|检测公司/.test(text)) {
    facts.institutionType = enumFrom('institutionType', text)!;
  } else if (/(私营|民营)[^，。；]{0,6}公司|检测公司|跟[^，。；]{0,6}公司签/.test(text)) {
    facts.institutionType = 'other';
  }

  // A key platform counts for the research-side party, not for an enterprise that has one.
  if (/重点实验室|技术创新中心|工程技术研究中心|国家实验室/.test(text) && !/(我们|我司|本)(企业|公司|厂)[^，。；]{0,6}(建有|有)/.test(text)) facts.hasKeyPlatform = !/没有|没建|无(重点)?实验室/.test(text);
  else if (/没有(科研)?平台|没有实验室/.test(text)) facts.hasKeyPlatform = false;

  // Measure 7 rewards results from national or provincial high-level platforms.
  if (/(国家|省)[^，。；]{0,3}(重点实验室|实验室|技术创新中心)|大科学装置|国家实验室/.test(text) && /对接|落地|转化|成果/.test(text)) facts.connectsHighLevelPlatform = true;
  if (/(市级|区级|县级|企业自己的|自建)[^，。；]{0,3}(重点实验室|实验室|技术创新中心)/.test(text) && /对接/.test(text)) facts.connectsHighLevelPlatform = false;
  if (/龙头企业|链主|头部企业/.test(text)) facts.isLeadingEnterprise = !/不是(龙头|链主|头部)/.test(text);
  const zone = /(国家级|国家|省级|市级|区级|县级)[^，。；]{0,3}(高新区|开发区|经开区|园区|高新技术产业开发区)/.exec(text);
  if (zone) facts.devZoneLevel = enumFrom('devZoneLevel', zone[0]) ?? (zone[1] === '国家' ? 'national' : 'district');

  if (/优秀技术经[理纪]|评为优秀|评上(了)?(年度)?优秀|年度优秀/.test(text)) facts.isExcellentTechManager = !/没(有)?(被)?评|不是(年度)?优秀|未(被)?评|没当选|落选/.test(text);
  if (/落地|转化成功|已经转化|实现转化/.test(text) && /技术经[理纪]|经纪人|撮合|交易|服务/.test(text)) {
    // One landed deal is enough: 一笔已经落地，另一笔还没 is landed.
    facts.dealLanded = /已(经)?(实现)?(转化)?落地|落地了|已经转化|实现(了)?转化|转化成功/.test(text) || !/没(有)?落地|还没|未落地|尚未/.test(text);
  }

  if (/不是(搞)?科研(人员)?|非科研人员|不是研究人员|不做科研/.test(text)) facts.personRole = 'other';
  else if (/我是[^，。；]{0,6}(技术经理|技术经纪|经纪人)|作为技术经[理纪]人/.test(text)) facts.personRole = 'technology_manager';
  else if (/(我|本人)(是|在)?[^，。；]{0,8}(科研人员|研究员|教授|老师|博士|工程师|研究人员|医生|科研)/.test(text) || (/我|本人/.test(text) && /做科研|搞科研|搞研究|做研究|科研人员|研究员|课题组|实验室工作/.test(text))) facts.personRole = 'researcher';
  else if (/我(是|在)[^，。；]{0,8}(行政|管理岗|财务|销售)/.test(text)) facts.personRole = 'other';

  const contest = /(国家级|全国|国赛|国家|省级|省赛|江苏省|全省|省|市级|市赛|无锡市|全市|市|区级|区赛|县级|校级|院级|区里|市里|省里|区|县)[^，。；]{0,12}(比赛|大赛|竞赛|赛)|(比赛|大赛|竞赛)[^，。；]{0,4}(国家级|省级|市级|区级)/.exec(text);
  if (contest) facts.competitionLevel = enumFrom('competitionLevel', contest[0])!;
  // 二等奖 of a science award is not a competition result: it needs a contest or a title question.
  if (/比赛|大赛|竞赛|赛/.test(text) || /职称|评高工|高工|绿色通道/.test(text)) {
    const result = enumFrom('competitionResult', text.replace(/国家(科技进步|技术发明)奖|科学技术奖/g, ''));
    if (result) facts.competitionResult = result;
  }
  if (/第一完成人|主要完成人|项目负责人|主持人|牵头人|主要贡献/.test(text)) facts.isMainCompleter = !/不是(第一|主要)?(完成人|负责人)|并非/.test(text);
  else if (/只是参与|普通成员|排名靠后|不是主要/.test(text)) facts.isMainCompleter = false;

  if (/省平台|江苏省科技资源统筹服务平台|省科技资源统筹|省里的平台/.test(text) && !/不知道|不确定|不清楚|是不是/.test(text)) {
    facts.voucherOnProvincialPlatform = !/(没有|没|不是|未|并非)[^，。；]{0,3}(在)?[^，。；]{0,2}(省平台|江苏省科技资源统筹服务平台|省科技资源统筹|省里的平台)/.test(text);
  }

  const award = enumFrom('achievementAward', text);
  if (award && /奖/.test(text) && !contest) facts.achievementAward = award;

  // A correction (改成市级 / 不对，是市级的 / 改成8个) changes a fact of the current topic.
  if (/改成|改为|更正|不对|应该是|说错了|其实是/.test(text)) {
    for (const f of options.topicFacts ?? []) {
      if (!(f in enumWords)) continue;
      const v = enumFrom(f, text.replace(/^.*?(改成|改为|更正为?|不对，?|应该是|说错了，?|其实是)/, ''));
      if (v) facts[f] = v;
    }
    if (options.defaultCountFact && facts[options.defaultCountFact] === undefined && allCounts[0]) facts[options.defaultCountFact] = allCounts[0].count;
  }

  // A short bare answer (省级, 高校) fills a fact the topic still needs.
  if (text.trim().length <= 15) {
    for (const f of options.expectedFacts ?? []) {
      if (facts[f] !== undefined || !(f in enumWords)) continue;
      const v = enumFrom(f, text);
      if (v) facts[f] = v;
    }
  }

  // A bare answer to the question just asked.
  const pending = options.pendingFact;
  if (pending && facts[pending] === undefined) {
    const t = text.trim();
    if (pending in enumWords) {
      const v = enumFrom(pending, t);
      if (v) facts[pending] = v;
    } else if (options.pendingKind !== 'boolean') {
      // Amounts and counts are read above; a yes or no does not answer them.
    } else if (yes.test(t)) facts[pending] = true;
    else if (no.test(t)) facts[pending] = false;
    else if (t.length <= 12 && /不是|没|未|否|无|还没/.test(t)) facts[pending] = false;
    else if (t.length <= 12 && /是|对|有|已|嗯|好|评上|落地|用的/.test(t)) facts[pending] = true;
  }
  return { facts, problems };
}

export function understand(text: string, options: UnderstandOptions): Understanding {
  const { facts, problems } = extractFacts(text, options);
  return {
    intent: detectIntent(text),
    facts,
    problems,
    correction: /改成|改为|更正|更改为|不对，?是|应该是|说错了|如果是|如果合同|要是|假如|假设|换成|若是/.test(text),
    measure: namedMeasure(normalizeDigits(text)),
  };
}
