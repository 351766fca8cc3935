/**
 * The item index deciding works from (createItemIndex in bot/core/decide.ts),
 * on the real knowledge base: the facts each item's conditions test, the
 * figure a benefit computes on, the facts only a check asks about, the items
 * named by the same words, who someone is rather than what they did, and the
 * facts of the benefits of each kind of beneficiary. Values checked against
 * knowledge/measures/*.yaml and knowledge/vocabulary.yaml. An id the knowledge
 * base no longer holds (a session saved under an older version) answers
 * nothing rather than failing.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { createItemIndex } from '../../bot/core/decide.ts';

const kb = loadKnowledge();
const index = createItemIndex(kb);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const sorted = (s: Iterable<string>) => [...s].sort();

describe('createItemIndex', () => {
  it('holds every benefit and provision with its measure', () => {
    expect(index.benefits.get('m6-contract-subsidy')?.measure).toBe(6);
    expect(index.benefits.get('m7-platform-institution')?.measure).toBe(7);
    expect(index.provisions.get('title-fast-track')?.measure).toBe(2);
    expect(index.provisions.get('pay-after-use')?.measure).toBe(4);
    expect(index.benefits.has('title-fast-track')).toBe(false);
  });

  it('the facts an item’s conditions test, in order, without conditions decided by review', () => {
    // 产学研合作补助: 申请主体为企业, 合作方为科研事业单位.
    expect(index.conditionFacts(['m6-contract-subsidy'])).toEqual(['applicantType', 'institutionType']);
    // 揭榜类: 企业联合高校院所 (a fact) and 择优支持 (decided by review, no fact).
    expect(index.conditionFacts(['m6-open-call-project'])).toEqual(['partnersWithInstitution']);
    // 职称绿色通道: a researcher, a contest at municipal level or above, an award, the main completer.
    expect(index.conditionFacts(['title-fast-track'])).toEqual(['personRole', 'competitionLevel', 'competitionResult', 'isMainCompleter']);
    // 概念验证中心: only a ceiling, no condition.
    expect(index.conditionFacts(['m8-concept-center'])).toEqual([]);
  });

  it('the facts of several items are those of each, in turn', () => {
    expect(index.conditionFacts(['m6-contract-subsidy', 'm7-platform-institution'])).toEqual(['applicantType', 'institutionType', 'applicantType', 'hasKeyPlatform']);
    expect(index.conditionFacts(['m2-tech-manager-award', 'title-fast-track'])).toEqual(['isExcellentTechManager', 'dealLanded', 'personRole', 'competitionLevel', 'competitionResult', 'isMainCompleter']);
    expect(index.conditionFacts([])).toEqual([]);
  });

  it('an id the knowledge base does not hold tests no facts', () => {
    expect(index.conditionFacts(['m99-withdrawn'])).toEqual([]);
    expect(index.conditionFacts(['m99-withdrawn', 'm6-contract-subsidy'])).toEqual(['applicantType', 'institutionType']);
  });

  it('the figure a benefit computes on: its base, else what it pays per item', () => {
    expect(index.baseFact('m6-contract-subsidy')).toBe('contractAmountYuan');
    expect(index.baseFact('m7-platform-institution')).toBe('annualNewContractAmountYuan');
    expect(index.baseFact('m2-tech-manager-award')).toBe('contractAmountYuan');
    // 龙头企业对接高能级平台: 每落地1个项目 — per project landed.
    expect(index.baseFact('m7-leading-enterprise')).toBe('landedProjectCount');
    // Only a ceiling (最高500万元): nothing to compute on.
    expect(index.baseFact('m6-open-call-project')).toBeNull();
    // A provision or an unknown id computes on nothing.
    expect(index.baseFact('title-fast-track')).toBeNull();
    expect(index.baseFact('m99-withdrawn')).toBeNull();
  });

  it('who someone is (a researcher, a technology manager) is a person’s fact; an applicant’s kind is not', () => {
    expect(index.personFact('personRole')).toBe(true);
    expect(index.personFact('applicantType')).toBe(false);
    expect(index.personFact('institutionType')).toBe(false);
    expect(index.personFact('contractAmountYuan')).toBe(false);
  });

  it('a check’s own facts are those no benefit tests and that say nothing of who speaks', () => {
    // The contest's level, result and the main completer; not personRole (我是科研人员 says who speaks).
    expect(index.ownFacts('title-fast-track')).toEqual(['competitionLevel', 'competitionResult', 'isMainCompleter']);
    // 先使用后付费: the licensee a small or medium enterprise; the licensor's kind is tested by the contract subsidy too.
    expect(index.ownFacts('pay-after-use')).toEqual(['isSmallOrMediumEnterprise']);
    // 赋权改革试点: state-owned.
    expect(index.ownFacts('m3-empowerment-pilot')).toEqual(['isStateOwned']);
    expect(index.ownFacts('m8-concept-center')).toEqual([]);
    expect(index.ownFacts('m2-title-evaluation')).toEqual([]);
    expect(index.ownFacts('m99-withdrawn')).toEqual([]);
  });

  it('items named by a word of this one are its siblings, itself not among them', () => {
    // 概念验证中心 and its reward for excellent performance; 中试平台 likewise.
    expect(ids(index.siblings('m8-concept-center'))).toEqual(['m8-concept-center-excellence']);
    expect(ids(index.siblings('m8-concept-center-excellence'))).toEqual(['m8-concept-center']);
    expect(ids(index.siblings('m8-pilot-platform'))).toEqual(['m8-pilot-platform-excellence']);
    // 创新联合体 names the task consortium and both kinds of support for the ecological one.
    expect(ids(index.siblings('m5-eco-consortium-follow-on'))).toEqual(['m5-eco-consortium-construction', 'm5-task-consortium']);
    expect(ids(index.siblings('m5-task-consortium'))).toEqual(['m5-eco-consortium-construction', 'm5-eco-consortium-follow-on']);
    // Named by words of its own alone.
    expect(index.siblings('m6-contract-subsidy')).toEqual([]);
    expect(index.siblings('m2-young-scientists')).toEqual([]);
    // 评职称 names the fast track and the evaluation by transfer results.
    expect(ids(index.siblings('title-fast-track'))).toEqual(['m2-title-evaluation']);
    expect(index.siblings('m99-withdrawn')).toEqual([]);
  });

  it('a provision with conditions is checked; one without is described; a benefit is neither', () => {
    expect(index.checkable('title-fast-track')).toBe(true);
    expect(index.checkable('pay-after-use')).toBe(true);
    expect(index.checkable('m2-title-evaluation')).toBe(false);
    expect(index.checkable('m6-contract-subsidy')).toBe(false);
    expect(index.checkable('m99-withdrawn')).toBe(false);
  });

  it('the facts the benefits of a kind of beneficiary test', () => {
    // 科研平台资助 (institution): 科研事业单位, 建有重点实验室等科研平台.
    expect(sorted(index.factsServing(new Set(['institution'])))).toEqual(['applicantType', 'hasKeyPlatform']);
    // 技术经理人奖励: 年度优秀, 已落地转化.
    expect(sorted(index.factsServing(new Set(['technology_manager'])))).toEqual(['dealLanded', 'isExcellentTechManager']);
    expect(sorted(index.factsServing(new Set(['enterprise'])))).toEqual(
      ['achievementAward', 'applicantType', 'connectsHighLevelPlatform', 'devZoneLevel', 'institutionType', 'isLeadingEnterprise', 'partnersWithInstitution', 'voucherOnProvincialPlatform'],
    );
    // 交易平台 and 服务机构: only ceilings, no condition.
    expect(sorted(index.factsServing(new Set(['service_institution'])))).toEqual([]);
  });

  it('the facts of several kinds together, whatever their order, and asked again', () => {
    const both = ['applicantType', 'dealLanded', 'hasKeyPlatform', 'isExcellentTechManager'];
    expect(sorted(index.factsServing(new Set(['institution', 'technology_manager'])))).toEqual(both);
    expect(sorted(index.factsServing(new Set(['technology_manager', 'institution'])))).toEqual(both);
    expect(sorted(index.factsServing(new Set(['institution'])))).toEqual(['applicantType', 'hasKeyPlatform']);
    expect(sorted(index.factsServing(new Set(['application_unit'])))).toEqual(['isApplicationUnit']);
    expect(sorted(index.factsServing(new Set<string>()))).toEqual([]);
  });
});
