/**
 * What bot/core/words.ts finds in a message: clauses, plain words and words
 * written with … (their parts in order within one clause, at most GAP apart),
 * finds inside longer ones dropped, negation and asking. Each case pins one
 * behaviour a mutation run found untested.
 */
import { describe, expect, it } from 'vitest';
import { clauseAt, clauseIndex, contrasts, findWord, GAP, isAsked, isNegated, sentenceAt, withoutWords, WordList } from '../../bot/core/words.ts';

/** The finds of a list in a text as [start, end, word, value]. */
const finds = <T>(list: WordList<T>, text: string) => list.findAll(text).map((f) => [f.start, f.end, f.word, f.value]);
/** Spans in a fixed order, for results given in no particular order. */
const sorted = (spans: [number, number][]) => [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('clauseIndex', () => {
  it('numbers the clauses of every character; a clause end belongs to the clause it ends', () => {
    expect(clauseIndex('能补多少？我们是企业，合同300万')).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
  });

  it('has one entry per character', () => {
    expect(clauseIndex('合同')).toEqual([0, 0]);
    expect(clauseIndex('')).toEqual([]);
  });

  it.each(['，', ',', '。', '；', ';', '！', '!', '？', '?', '\n', '：', ':'])('ends a clause at %j', (mark) => {
    expect(clauseIndex(`是企业${mark}有合同`)).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(clauseAt(`是企业${mark}有合同`, 5)).toEqual([4, 7]);
  });

  it('does not end a clause at other marks', () => {
    expect(clauseIndex('是企业、有合同 和高校')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('answers again for the same text, and for another text after it', () => {
    expect(clauseIndex('是企业，有合同')).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(clauseIndex('是企业，有合同')).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(clauseIndex('是，企，业')).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('clauseAt', () => {
  it('gives the bounds of the clause holding a position, without its clause end', () => {
    const text = '我们是企业，和江南大学签了合同。';
    expect(clauseAt(text, 2)).toEqual([0, 5]);
    expect(clauseAt(text, 8)).toEqual([6, 15]);
  });

  it('ends the last clause at the end of the text when no mark closes it', () => {
    expect(clauseAt('是企业，合同300万', 6)).toEqual([4, 10]);
    expect(clauseAt('合同', 0)).toEqual([0, 2]);
  });
});

describe('sentenceAt', () => {
  it('gives the bounds of the sentence holding a position: commas do not end it, 。！？； do', () => {
    const text = 'X大学有重点实验室，新增3500万；Y研究所新增6200万。';
    expect(sentenceAt(text, 12)).toEqual([0, 17]);
    expect(sentenceAt(text, 20)).toEqual([18, 29]);
    expect(sentenceAt('合同300万', 3)).toEqual([0, 6]);
  });
});

describe('contrasts', () => {
  it('finds a word of contrast in a stretch of text, and none where there is none', () => {
    expect(contrasts('500万但学校那边实际只收到了')).toBe(true);
    expect(contrasts('500万，实际到账')).toBe(false);
  });
});

describe('findWord', () => {
  it('finds every occurrence of a plain word, overlapping ones included', () => {
    expect(findWord('合同合同', '合同')).toEqual([[0, 2], [2, 4]]);
    expect(findWord('哈哈哈', '哈哈')).toEqual([[0, 2], [1, 3]]);
    expect(findWord('签了技术合同', '合同')).toEqual([[4, 6]]);
  });

  it('finds nothing when the word is not there', () => {
    expect(findWord('签了协议', '合同')).toEqual([]);
  });

  it('finds a word written with … by its parts in order, the gap between them inside the span', () => {
    expect(findWord('申请补贴，再申请了补贴', '申请…补贴')).toEqual([[0, 4], [6, 11]]);
    expect(findWord('我们想申请一下那个补贴', '申请…补贴')).toEqual([[3, 11]]);
  });

  it('does not take … as a character of the text', () => {
    expect(findWord('申请…补贴', '申请…补贴')).toEqual([[0, 5]]);
    expect(findWord('申请补贴', '申请补贴…')).toEqual([[0, 4]]);
  });

  it('ignores a leading …', () => {
    expect(findWord('申请补贴', '…补贴')).toEqual([[2, 4]]);
  });

  it('does not find a word written with … whose later part is missing, too far, or across a clause end', () => {
    expect(findWord('申请了', '申请…补贴')).toEqual([]);
    expect(findWord('补贴申请', '申请…补贴')).toEqual([]);
    expect(findWord('申请了，补贴', '申请…补贴')).toEqual([]);
    expect(findWord(`申请${'一'.repeat(GAP + 1)}补贴`, '申请…补贴')).toEqual([]);
  });

  it('finds only the occurrences of the first part that the later parts complete', () => {
    expect(findWord('申请，申请了补贴', '申请…补贴')).toEqual([[3, 8]]);
  });
});

describe('WordList.findAll: plain words', () => {
  it('finds words in text order with their values', () => {
    const list = new WordList([['合同', 'contract'], ['高校', 'university'], ['企业', 'enterprise']]);
    expect(finds(list, '我们企业和高校签了合同')).toEqual([[2, 4, '企业', 'enterprise'], [5, 7, '高校', 'university'], [9, 11, '合同', 'contract']]);
  });

  it('finds words that share their first characters', () => {
    const list = new WordList([['技术合同', 'tech'], ['技术转让', 'transfer'], ['技术', 'tech-word']]);
    expect(finds(list, '技术转让和技术合同')).toEqual([[0, 4, '技术转让', 'transfer'], [5, 9, '技术合同', 'tech']]);
    expect(finds(list, '技术')).toEqual([[0, 2, '技术', 'tech-word']]);
  });

  it('finds a word at the very end of the text', () => {
    const list = new WordList([['合同', 1]]);
    expect(finds(list, '签合同')).toEqual([[1, 3, '合同', 1]]);
    expect(finds(list, '合')).toEqual([]);
  });

  it('finds nothing in a text without the words, or in an empty text', () => {
    const list = new WordList([['合同', 1]]);
    expect(list.findAll('签了协议')).toEqual([]);
    expect(list.findAll('')).toEqual([]);
  });

  it('drops a find that lies inside a longer one (没获奖 hides its 获奖)', () => {
    const list = new WordList([['获奖', 'yes'], ['没获奖', 'no']]);
    expect(finds(list, '我们没获奖')).toEqual([[2, 5, '没获奖', 'no']]);
    expect(finds(list, '我们获奖了')).toEqual([[2, 4, '获奖', 'yes']]);
  });

  it('drops a find inside a longer one whether it starts it, ends it or sits in its middle', () => {
    const list = new WordList([['技术合同登记', 'registered'], ['技术', 't'], ['合同', 'c'], ['登记', 'r']]);
    expect(finds(list, '已完成技术合同登记')).toEqual([[3, 9, '技术合同登记', 'registered']]);
    expect(finds(list, '技术合同')).toEqual([[0, 2, '技术', 't'], [2, 4, '合同', 'c']]);
  });

  it('keeps overlapping finds that are not inside one another', () => {
    const list = new WordList([['技术合同', 'a'], ['合同登记', 'b']]);
    expect(finds(list, '技术合同登记')).toEqual([[0, 4, '技术合同', 'a'], [2, 6, '合同登记', 'b']]);
  });

  it('keeps every value of a word standing for several, in the order the list gives them', () => {
    const list = new WordList([['合同', 'a'], ['合同', 'b']]);
    expect(finds(list, '合同')).toEqual([[0, 2, '合同', 'a'], [0, 2, '合同', 'b']]);
  });

  it('finds a word listed twice for one value once', () => {
    const list = new WordList([['合同', 'a'], ['合同', 'a']]);
    expect(finds(list, '签了合同')).toEqual([[2, 4, '合同', 'a']]);
  });

  it('keeps several finds of different lengths apart, in text order', () => {
    const list = new WordList([['获奖', 'yes'], ['没获奖', 'no'], ['高校', 'u'], ['重点实验室', 'lab']]);
    expect(finds(list, '高校没获奖，有重点实验室，也获奖了')).toEqual([
      [0, 2, '高校', 'u'],
      [2, 5, '没获奖', 'no'],
      [7, 12, '重点实验室', 'lab'],
      [14, 16, '获奖', 'yes'],
    ]);
  });

  it('drops a short find inside a long one found later in the text too', () => {
    const list = new WordList([['奖', 'x'], ['获奖', 'yes'], ['一等奖', 'first'], ['国家科技进步奖一等奖', 'national']]);
    expect(finds(list, '我们拿过国家科技进步奖一等奖')).toEqual([[4, 14, '国家科技进步奖一等奖', 'national']]);
  });
});

describe('WordList.findAll: words written with …', () => {
  const list = new WordList([['申请…补贴', 'apply'], ['补贴', 'subsidy']]);

  it('finds the parts in order within one clause, the span from the first part to the last', () => {
    expect(finds(list, '我想申请一下那个补贴')).toEqual([[2, 10, '申请…补贴', 'apply']]);
  });

  it('finds the parts side by side', () => {
    expect(finds(list, '申请补贴')).toEqual([[0, 4, '申请…补贴', 'apply']]);
  });

  it(`lets the parts be at most ${GAP} characters apart`, () => {
    const gap = '一'.repeat(GAP);
    expect(finds(list, `申请${gap}补贴`)).toEqual([[0, GAP + 4, '申请…补贴', 'apply']]);
    expect(finds(list, `申请一${gap}补贴`)).toEqual([[GAP + 3, GAP + 5, '补贴', 'subsidy']]);
  });

  it('does not reach across a clause end', () => {
    expect(finds(list, '我要申请，补贴多少')).toEqual([[5, 7, '补贴', 'subsidy']]);
    expect(finds(list, '申请。补贴')).toEqual([[3, 5, '补贴', 'subsidy']]);
  });

  it('lets a later part begin with a clause-ending mark itself', () => {
    const asking = new WordList([['能不能…？', 'q']]);
    expect(finds(asking, '能不能申请？')).toEqual([[0, 6, '能不能…？', 'q']]);
  });

  it('needs the whole first part, not only its first character', () => {
    const other = new WordList([['申报…补贴', 'declare']]);
    expect(finds(other, '申请补贴')).toEqual([]);
    expect(finds(other, '申报补贴')).toEqual([[0, 4, '申报…补贴', 'declare']]);
  });

  it('needs every part', () => {
    expect(finds(list, '我想申请')).toEqual([]);
  });

  it('ignores a leading or doubled …', () => {
    const loose = new WordList([['…补贴', 'lead'], ['国家……奖', 'double']]);
    expect(finds(loose, '拿补贴')).toEqual([[1, 3, '…补贴', 'lead']]);
    expect(finds(loose, '国家科技进步奖')).toEqual([[0, 7, '国家……奖', 'double']]);
  });

  it('finds nothing for a word that is only …', () => {
    const empty = new WordList([['…', 'none'], ['合同', 'c']]);
    expect(finds(empty, '…合同…')).toEqual([[1, 3, '合同', 'c']]);
  });

  it('finds words with … that begin with the same character', () => {
    const awards = new WordList([['拿了…奖', 'took'], ['拿到…证书', 'cert']]);
    expect(finds(awards, '拿了一等奖，拿到了证书')).toEqual([[0, 5, '拿了…奖', 'took'], [6, 11, '拿到…证书', 'cert']]);
  });

  it('drops a plain find inside a find of a word with …', () => {
    const awards = new WordList([['拿了…奖', 'took'], ['一等奖', 'first']]);
    expect(finds(awards, '拿了一等奖')).toEqual([[0, 5, '拿了…奖', 'took']]);
  });

  it('reports the longer-written word when two words with … of one value find the same span', () => {
    expect(finds(new WordList([['拿…奖', 'a'], ['拿了…奖', 'a']]), '拿了奖')).toEqual([[0, 3, '拿了…奖', 'a']]);
  });

  it('keeps both values when two words with … find the same span, the longer-written first', () => {
    expect(finds(new WordList([['拿…奖', 'a'], ['拿了…奖', 'b']]), '拿了奖')).toEqual([[0, 3, '拿了…奖', 'b'], [0, 3, '拿…奖', 'a']]);
  });

  it('finds a plain word and a word with … of one value once when they find the same span', () => {
    expect(finds(new WordList([['申请…补贴', 'x'], ['申请补贴', 'x']]), '申请补贴')).toHaveLength(1);
  });
});

describe('WordList.findEvery', () => {
  it('gives the span of every occurrence of every plain word, overlapping and nested ones included', () => {
    const list = new WordList([['技术合同', 1], ['合同', 2], ['合同登记', 3], ['技术', 4]]);
    expect(sorted(list.findEvery('签技术合同登记'))).toEqual([[1, 3], [1, 5], [3, 5], [3, 7]]);
  });

  it('gives nothing for a prefix of a word that is not a word itself', () => {
    const list = new WordList([['技术合同', 1]]);
    expect(list.findEvery('技术合')).toEqual([]);
    expect(list.findEvery('技术合同')).toEqual([[0, 4]]);
  });

  it('gives every occurrence of a word, up to the end of the text', () => {
    const list = new WordList([['合同', 1]]);
    expect(sorted(list.findEvery('合同和合同'))).toEqual([[0, 2], [3, 5]]);
    expect(list.findEvery('')).toEqual([]);
  });

  it('ignores words written with …', () => {
    const list = new WordList([['申请…补贴', 1], ['补贴', 2]]);
    expect(list.findEvery('申请补贴')).toEqual([[2, 4]]);
  });
});

describe('WordList.has', () => {
  it('tells whether a plain word is in the text', () => {
    const list = new WordList([['技术合同', 1], ['高校', 2]]);
    expect(list.has('签了技术合同')).toBe(true);
    expect(list.has('和高校')).toBe(true);
    expect(list.has('签了技术合')).toBe(false);
    expect(list.has('技术')).toBe(false);
    expect(list.has('')).toBe(false);
  });

  it('tells whether a word written with … is completed in the text', () => {
    const list = new WordList([['申请…补贴', 1]]);
    expect(list.has('我想申请一下补贴')).toBe(true);
    expect(list.has('申请补贴')).toBe(true);
    expect(list.has('我想申请')).toBe(false);
    expect(list.has('我想申请，补贴呢')).toBe(false);
    expect(list.has('补贴')).toBe(false);
  });

  it('needs the whole first part of a word written with …', () => {
    const list = new WordList([['申报…补贴', 1]]);
    expect(list.has('申请补贴')).toBe(false);
    expect(list.has('申申报补贴')).toBe(true);
  });
});

describe('WordList.size and words', () => {
  it('counts and lists the words, plain and written with …', () => {
    const list = new WordList([['合同', 1], ['申请…补贴', 2], ['技术合同', 3]]);
    expect(list.size).toBe(3);
    expect([...list.words()].sort()).toEqual(['合同', '技术合同', '申请…补贴'].sort());
  });
});

describe('isNegated', () => {
  const at = (text: string, word: string) => isNegated(text, text.indexOf(word));

  it('counts the reach from where the negator ends, across a few words (还没有在无锡建设重点实验室)', () => {
    expect(at('我们还没有在无锡建设重点实验室', '重点实验室')).toBe(true);
    expect(at('我们没有单独建设重点实验室', '重点实验室')).toBe(true);
    expect(at('我们没有在本市建重点实验室', '重点实验室')).toBe(true);
  });

  it('stops at a word of contrast (没拿到钱但是重点实验室建了)', () => {
    expect(at('没拿到钱但是重点实验室建了', '重点实验室')).toBe(false);
    expect(at('没拿到奖可是有实验室', '实验室')).toBe(false);
  });

  it('is true when a negator stands shortly before the word in its clause', () => {
    expect(at('我们没有重点实验室', '重点实验室')).toBe(true);
    expect(at('我们不是高校', '高校')).toBe(true);
    expect(at('还没获奖', '获奖')).toBe(true);
  });

  it('is false without a negator, or with one in another clause', () => {
    expect(at('我们有重点实验室', '重点实验室')).toBe(false);
    expect(at('没有问题，我们是高校', '高校')).toBe(false);
  });

  it(`reaches five characters before the word, not six`, () => {
    expect(isNegated('未独立建设实验室', 5)).toBe(true);
    expect(at('不少企业今年都获奖了', '获奖')).toBe(false);
  });

  it('is not fooled by a harmless word that begins with a negator’s character, and still sees a negator after it', () => {
    expect(at('无锡的高校', '高校')).toBe(false);
    expect(at('无锡没有重点实验室', '重点实验室')).toBe(true);
    expect(at('能不能申请补贴', '补贴')).toBe(false);
  });

  it('is not denied by a negator that runs into the word itself (尚未上市企业 is a 未上市企业)', () => {
    expect(isNegated('尚未上市企业', 1)).toBe(false);
  });
});

describe('isAsked', () => {
  const grammar = {
    asking: ['算不算', '是不是', '是否', '算是', '属于', '算'],
    askingByThemselves: ['算不算', '是不是', '是否'],
    questionMarks: ['吗', '么', '嘛', '？', '?'],
  };
  const at = (text: string, word: string) => isAsked(text, text.indexOf(word), grammar);

  it('is true with an asking word just before the word and a question mark in its clause', () => {
    expect(at('我们算高校吗', '高校')).toBe(true);
    expect(at('我们属于高新技术企业？', '高新技术企业')).toBe(true);
  });

  it('is true with an asking word at the very start of the text', () => {
    expect(at('算高校吗？', '高校')).toBe(true);
  });

  it('is true with an asking word that is a question by itself, without a question mark', () => {
    expect(at('我们是否高新技术企业', '高新技术企业')).toBe(true);
  });

  it('is false with an asking word but no question in the clause', () => {
    expect(at('我们算高校。', '高校')).toBe(false);
  });

  it('is false when the question mark is in a later clause', () => {
    expect(at('我们算高校。那能申请吗？', '高校')).toBe(false);
  });

  it('is false when the asking word does not stand just before the word', () => {
    expect(at('是否我们高校', '高校')).toBe(false);
    expect(at('我们是高校吗', '高校')).toBe(false);
  });
});

describe('withoutWords', () => {
  it('takes every occurrence of each word out, in the order given', () => {
    expect(withoutWords('第三年没评上优秀，优秀', ['没评上优秀', '优秀'])).toBe('第三年，');
    // Order matters where one word holds another: the shorter first leaves the longer broken.
    expect(withoutWords('没评上优秀', ['优秀', '没评上优秀'])).toBe('没评上');
  });
});
