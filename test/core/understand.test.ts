import { describe, expect, it } from 'vitest';
import { detectIntent, extractFacts } from '../../bot/core/index.ts';

const facts = (text: string, extra: Parameters<typeof extractFacts>[1] extends infer O ? Partial<O> : never = {}) =>
  extractFacts(text, { maxAmountYuan: 100000000000, ...extra }).facts;

describe('intents', () => {
  it.each([
    ['我们能拿多少补助', 'amount'],
    ['拿了比赛名次评高工能不能快一点', 'title'],
    ['政策有效期到什么时候', 'validity'],
    ['区里的补贴和市里的能一起拿吗', 'combination'],
    ['这个文件谁来解释', 'interpretation'],
    ['重新开始', 'reset'],
    ['你好', 'help'],
    ['第六条说的是什么', 'measure'],
  ])('%s → %s', (text, intent) => {
    expect(detectIntent(text)).toBe(intent);
  });
});

describe('facts from the message', () => {
  it('assigns each amount by its cue words', () => {
    expect(facts('和高校签了300万技术合同，区里按20%补、最高200万元')).toMatchObject({
      contractAmountYuan: '3000000.00', institutionType: 'university', otherPolicyRatePercent: '20', otherPolicyCapYuan: '2000000.00',
    });
    expect(facts('今年新增合同2000万，我们研究所有省重点实验室')).toMatchObject({ annualNewContractAmountYuan: '20000000.00', institutionType: 'research_institute', hasKeyPlatform: true });
    expect(facts('用了8万元科技创新券，在省平台上用的')).toMatchObject({ voucherUsedYuan: '80000.00', voucherOnProvincialPlatform: true });
    expect(facts('省里给了30万绩效奖励')).toMatchObject({ provincialRewardYuan: '300000.00' });
  });

  it('reads roles, entity types and the competition', () => {
    expect(facts('我是研究所的科研人员，在省级创新创业大赛拿了二等奖，是第一完成人')).toMatchObject({
      personRole: 'researcher', competitionLevel: 'provincial', competitionResult: 'awarded', isMainCompleter: true,
    });
    expect(facts('区级比赛没获奖')).toMatchObject({ competitionLevel: 'district', competitionResult: 'participated' });
    expect(facts('国家级高新区的龙头企业，今年落地了3个项目')).toMatchObject({ isLeadingEnterprise: true, devZoneLevel: 'national', landedProjectCount: 3 });
    expect(facts('跟私营检测公司签的技术合同')).toMatchObject({ institutionType: 'other' });
    expect(facts('我是技术经纪人，评上了年度优秀，撮合的交易已经落地')).toMatchObject({ personRole: 'technology_manager', isExcellentTechManager: true, dealLanded: true });
  });

  it('fills the fact just asked for from a bare answer', () => {
    expect(facts('是', { pendingFact: 'isMainCompleter', pendingKind: 'boolean' })).toEqual({ isMainCompleter: true });
    expect(facts('没有', { pendingFact: 'hasKeyPlatform', pendingKind: 'boolean' })).toEqual({ hasKeyPlatform: false });
    expect(facts('已经落地', { pendingFact: 'dealLanded', pendingKind: 'boolean' })).toEqual({ dealLanded: true });
    expect(facts('嗯嗯', { pendingFact: 'landedProjectCount', pendingKind: 'count' })).toEqual({});
    expect(facts('高校', { pendingFact: 'institutionType' })).toEqual({ institutionType: 'university' });
    expect(facts('1000000', { pendingFact: 'contractAmountYuan' })).toEqual({ contractAmountYuan: '1000000' });
    expect(facts('省级', { pendingFact: 'personRole', expectedFacts: ['personRole', 'competitionLevel'] })).toEqual({ competitionLevel: 'provincial' });
  });

  it('reports negative, zero and absurd amounts instead of using them', () => {
    expect(extractFacts('合同-300万', { maxAmountYuan: 100000000000 }).problems).toEqual([{ raw: '-300万', reason: 'negative' }]);
    expect(extractFacts('合同0元', { maxAmountYuan: 100000000000 }).problems[0]!.reason).toBe('zero');
    expect(extractFacts('合同5000亿', { maxAmountYuan: 100000000000 }).problems[0]!.reason).toBe('too_large');
  });
});
