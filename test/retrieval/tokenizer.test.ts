import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { chunkKnowledge, createJiebaTokenizer, createLexiconTokenizer, createQueryExpander, splitSentences, weightedTerms } from '../../retrieval/index.ts';

const kb = loadKnowledge();
const tokenizer = createLexiconTokenizer(kb.lexicon);

describe('tokenizer', () => {
  it('keeps the lexicon words whole and drops stop words and punctuation', () => {
    const tokens = tokenizer.tokenize('拿了比赛名次评高工能不能快一点？');
    expect(tokens).toContain('评高工');
    expect(tokens).not.toContain('了');
    expect(tokens).not.toContain('？');
    const plain = createJiebaTokenizer();
    expect(plain.tokenize('评高工')).not.toContain('评高工');
  });

  it('has an id that changes with the dictionary', () => {
    expect(createJiebaTokenizer({ words: ['甲乙丙'] }).id).not.toBe(createJiebaTokenizer({ words: ['甲乙'] }).id);
  });

  it('expands synonyms to the policy wording, weighted lower than the query', () => {
    const expand = createQueryExpander(kb.lexicon);
    expect(expand('技术经纪人能拿多少')).toContain('技术经理（纪）人');
    expect(expand('想找地方做小批量试生产')).toContain('中试');
    expect(expand('评高级工程师')).toContain('职称');
    expect(expand('今天天气怎么样')).toBe('今天天气怎么样');
    const terms = weightedTerms(tokenizer.tokenize('小批量试生产'), tokenizer.tokenize(expand('小批量试生产')));
    expect(terms.get('小批量试生产')).toBe(1);
    expect(terms.get('中试')).toBe(0.5);
  });
});

describe('chunks', () => {
  const chunks = chunkKnowledge(kb);
  it('split every measure into verbatim sentences that rebuild its text', () => {
    for (const m of kb.measures) {
      const mine = chunks.filter((c) => c.measure === m.number);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map((c) => c.excerpt).join('')).toBe(m.text);
    }
  });
  it('keep a benefit quote inside one chunk and put its keywords in the context', () => {
    const c = chunks.find((x) => x.excerpt.includes('按技术合同实际成交额的30%'))!;
    expect(c.measure).toBe(6);
    expect(c.context).toContain('产学研合作技术合同补助');
  });
  it('do not split off the departments bracket', () => {
    expect(splitSentences('一、甲。乙。〔市科技局按职责分工负责〕')).toEqual(['一、甲。', '乙。〔市科技局按职责分工负责〕']);
  });
});
