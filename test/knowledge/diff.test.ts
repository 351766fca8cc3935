/** The readable diff staff see before they publish. */
import { afterEach, describe, expect, it } from 'vitest';
import { diffKnowledge, formatDiff, markChanges, sentencesOf } from '../../knowledge/diff.ts';
import { loadKnowledge } from '../../knowledge/index.ts';
import { cleanupTemp, knowledgeCopy, revisedCopy } from '../support/knowledge.ts';

afterEach(cleanupTemp);
const bundled = loadKnowledge();
const lines = (dir: string) => diffKnowledge(bundled, loadKnowledge(dir)).sections.flatMap((s) => s.lines.map((l) => l.text));

describe('diffKnowledge', () => {
  it('says measure 6 changed its rate and cap in one line, and shows the changed sentence once', () => {
    const d = diffKnowledge(bundled, loadKnowledge(revisedCopy()));
    expect(d.changed).toBe(true);
    expect(d.sections.map((s) => s.title)).toEqual(['第6条 组织实施体系化科技成果转移转化']);
    const [numbers, sentence, ...rest] = d.sections[0]!.lines;
    expect(numbers).toEqual({ kind: 'number', text: '第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元' });
    expect(sentence!.kind).toBe('text');
    expect(sentence!.sentence!.segments.filter((s) => s.change !== 'same')).toEqual([
      { text: '30%', change: 'removed' },
      { text: '40%', change: 'added' },
      { text: '100万元', change: 'removed' },
      { text: '150万元', change: 'added' },
    ]);
    expect(rest).toEqual([]);
    expect(d.summary).toBe('第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元；另有原文 1 处改动');
    const text = formatDiff(d).join('\n');
    expect(text).toContain('原文改动：30% → 40%；100万元 → 150万元');
    expect(text).toContain('新：对与科研事业单位开展产学研合作的企业，按技术合同实际成交额的40%，给予企业最高150万元补助。');
  });

  it('says nothing changed for the same knowledge base', () => {
    const d = diffKnowledge(bundled, loadKnowledge(knowledgeCopy()));
    expect(d).toMatchObject({ changed: false, sections: [], summary: '无内容改动' });
    expect(formatDiff(d)).toEqual([`与当前版本 ${bundled.version} 相同，没有改动。`]);
  });

  it('lists conditions, keywords, facts and lexicon changes in words', () => {
    const dir = knowledgeCopy({
      'measures/06.yaml': (t) =>
        t
          .replace('oneOf: [university, research_institute, new_rd_institution, medical_institution, public_research_unit]', 'oneOf: [university, research_institute]')
          .replace('keywords: [技术合同, 合同,', 'keywords: [技术合同, 合同, 横向课题,'),
      'facts.yaml': (t) => t.replace('label: 技术合同实际成交额', 'label: 技术合同实际成交金额'),
      'lexicon.yaml': (t) => t.replace('words:\n', 'words:\n  - 横向课题\n').replace('variants: [创新券, 科技券, 服务券]', 'variants: [创新券, 科技券]'),
    });
    const all = lines(dir);
    expect(all).toContainEqual(expect.stringMatching(/^第6条 产学研合作技术合同补助：条件「合作方为科研事业单位.*要求 合作的科研单位类型为 高校、科研院所、新型研发机构、医疗卫生机构、其他科研事业单位 → 合作的科研单位类型为 高校、科研院所/));
    expect(all).toContain('第6条 产学研合作技术合同补助 用户用语：新增 横向课题');
    expect(all).toContainEqual(expect.stringContaining('事实「技术合同实际成交金额」：名称 技术合同实际成交额 → 技术合同实际成交金额'));
    expect(all).toContain('专有词：新增 横向课题');
    expect(all).toContainEqual(expect.stringMatching(/^同义词组「.*」：删去 服务券$/));
  });

  it('names other files, and lists the changes of a YAML file it does not know', () => {
    const before = knowledgeCopy({ 'vocabulary/intents.yaml': () => 'intents:\n  - id: greeting\n    words: [你好, 您好]\n' });
    const after = knowledgeCopy({
      'vocabulary/intents.yaml': () => 'intents:\n  - id: greeting\n    words: [你好, 您好, 哈喽]\n',
      'templates/answers.yaml': () => 'thanks: 不客气\n',
      'README.txt': () => 'notes\n',
    });
    const d = diffKnowledge(loadKnowledge(before), loadKnowledge(after));
    const other = d.sections.find((s) => s.title === '其他文件')!.lines.map((l) => l.text);
    expect(other).toEqual(['新增文件 README.txt', '新增文件 templates/answers.yaml', 'vocabulary/intents.yaml intents[id=greeting].words：新增「哈喽」']);
  });

  it('says a file changed only in its comments', () => {
    const dir = knowledgeCopy({ 'facts.yaml': (t) => `# 注释\n${t}` });
    expect(lines(dir)).toEqual(['文件 facts.yaml 只改了注释或格式']);
  });

  it('reports dates of the document', () => {
    const dir = knowledgeCopy({
      'document.yaml': (t) => t.replace('to: 2028-08-31', 'to: 2029-08-31').replace('有效期至2028年8月31日', '有效期至2029年8月31日'),
      'measures/00.yaml': (t) => t.replace('有效期至2028年8月31日', '有效期至2029年8月31日'),
      'policy/wuxi-2025-full-chain-tech-transfer-measures.txt': (t) => t.replace('有效期至2028年8月31日', '有效期至2029年8月31日'),
    });
    const all = lines(dir);
    expect(all).toContain('政策文件：有效期至 2028-08-31 → 2029-08-31');
    expect(all.filter((l) => l.startsWith('原文改动（2028年 → 2029年）'))).toHaveLength(1);
  });
});

describe('sentences and words', () => {
  it('splits Chinese text into sentences', () => {
    expect(sentencesOf('第一句。第二句；第三句！\n第四句')).toEqual(['第一句。', '第二句；', '第三句！', '第四句']);
  });
  it('keeps a figure with its unit as one word', () => {
    expect(markChanges('最高1000万元', '最高1500万元')).toEqual([
      { text: '最高', change: 'same' },
      { text: '1000万元', change: 'removed' },
      { text: '1500万元', change: 'added' },
    ]);
  });
});
