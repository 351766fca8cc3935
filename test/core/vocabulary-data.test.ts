/**
 * What the assistant recognises and says is data: a copy of the knowledge
 * base with a new party word, a renamed option label, a new cue word, a new
 * intent phrase and a reworded template is followed with no code change —
 * and the bundled knowledge base does not already do what the copy does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { cleanupTemp, knowledgeCopy } from '../support/knowledge.ts';

const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test: «${from}» is no longer in the knowledge base; update this test`);
  return text.replace(from, to);
};

let bundled: Runtime;
let edited: Runtime;
beforeAll(async () => {
  const dir = knowledgeCopy({
    // A new word for a kind of partner.
    'vocabulary.yaml': (t) =>
      replaceOnce(
      replaceOnce(
        replaceOnce(
          replaceOnce(t, '    words: [大学, 高校,', '    words: [书院, 大学, 高校,'),
          // A new cue word for the contract amount.
          "      before: [合同, 成交,",
          "      before: [项目款, 合同, 成交,",
        ),
        // A new phrase for the validity question.
        '    phrases: [有效期,',
        '    phrases: [啥时候到头, 有效期,',
      ),
        // A group of kinds without one of its members.
        '    members: [university, research_institute, new_rd_institution, medical_institution]',
        '    members: [university, research_institute, new_rd_institution]',
      ),
    // A renamed option label.
    'facts.yaml': (t) => replaceOnce(t, '      university: 高校\n      research_institute: 科研院所\n      new_rd_institution: 新型研发机构\n      medical_institution: 医疗卫生机构\n      other: 其他单位（非科研事业单位）', '      university: 高等院校\n      research_institute: 科研院所\n      new_rd_institution: 新型研发机构\n      medical_institution: 医疗卫生机构\n      other: 其他单位（非科研事业单位）'),
    // Reworded answer text.
    'templates.yaml': (t) => replaceOnce(t, 'result.computed: 可获 {amount}', 'result.computed: 可以拿到 {amount}'),
  });
  [bundled, edited] = await Promise.all([createRuntime({ today: () => '2026-06-01' }), createRuntime({ knowledgeDir: dir, today: () => '2026-06-01' })]);
}, 60_000);
afterAll(() => {
  bundled?.close();
  edited?.close();
  cleanupTemp();
});

const m6 = (r: { calculations: { benefit: string; status: string; amountYuan: number | null }[] }) => r.calculations.find((c) => c.benefit === 'm6-contract-subsidy');

describe('vocabulary and wording as data', () => {
  it('follows a new party word', async () => {
    const message = '我们公司和无锡书院签了300万技术合同，能补多少';
    // Bundled: the partner is no kind it knows, so whether it is a research unit stays open.
    expect(m6(await bundled.assistant.chat({ message }))).toMatchObject({ status: 'computed', eligible: null });
    expect(m6(await edited.assistant.chat({ message }))).toMatchObject({ status: 'computed', amountYuan: 900000, eligible: true });
  });

  it('follows a new cue word', async () => {
    // After a voucher answer, a figure with no cue is read as the topic's voucher amount; the new cue makes it a contract.
    const ask = async (rt: Runtime) => {
      const first = await rt.assistant.chat({ message: '用了8万元科技创新券，在省平台上用的，能拿多少' });
      return rt.assistant.chat({ message: '另外我们公司和江南大学的项目款300万呢', sessionId: first.sessionId });
    };
    expect(m6(await ask(bundled))?.amountYuan).not.toBe(900000);
    expect(m6(await ask(edited))).toMatchObject({ status: 'computed', amountYuan: 900000, eligible: true });
  });

  it('follows a new intent phrase', async () => {
    const message = '这个政策啥时候到头';
    expect((await bundled.assistant.chat({ message })).answer).not.toContain('2028年8月31日');
    expect((await edited.assistant.chat({ message })).answer).toContain('2028年8月31日');
  });

  it('offers a renamed option label and reads it back exactly when pressed', async () => {
    const first = await edited.assistant.chat({ message: '我们企业签了300万技术合同，能补多少？' });
    expect(first.question?.fact).toBe('institutionType');
    expect(first.question?.options).toContain('高等院校');
    expect(first.question?.options).not.toContain('高校');
    const pressed = await edited.assistant.chat({ message: '高等院校', sessionId: first.sessionId });
    expect(m6(pressed)).toMatchObject({ status: 'computed', amountYuan: 900000 });
    expect(pressed.calculations[0]!.conditions.every((c) => c.status === 'met')).toBe(true);
  });

  it("follows a group's members", async () => {
    const message = '医院属于政策里说的科研事业单位吗？';
    expect((await bundled.assistant.chat({ message })).answer).toMatch(/^属于：第4条/);
    expect((await edited.assistant.chat({ message })).answer).toMatch(/^不属于：第4条/);
  });

  it('says what the reworded template says', async () => {
    const message = '我们企业和江南大学签了300万元技术合同，能拿多少补助？';
    expect((await bundled.assistant.chat({ message })).answer.split('\n')[0]).toContain('可获 90万元');
    const after = await edited.assistant.chat({ message });
    expect(after.answer.split('\n')[0]).toContain('可以拿到 90万元');
    expect(after.calculations[0]!.headline).toBe('可以拿到 90万元');
  });
});
