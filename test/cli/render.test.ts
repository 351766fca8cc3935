/** The terminal's text for one reply: a clarifying question's options appear once. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../bot/cli/ask.ts';
import type { ChatResponse } from '../../bot/core/index.ts';

const reply: ChatResponse = {
  answer: '还需确认 2 项\n还需要确认：您的身份是？（例如：科研人员）',
  citations: [{ measure: 2, excerpt: '科研人员在市级以上科技创新创业大赛活动中获奖且是成果转化项目主要完成人的，可直接申报相应职称。', heading: '激发各类人才科技成果转化活力' }],
  calculations: [],
  checks: [],
  missing: ['personRole'],
  question: { fact: 'personRole', text: '您的身份是？', example: '科研人员', options: ['科研人员', '技术经理（纪）人', '其他'] },
  remarks: [],
  mode: 'template',
  sessionId: 'abc',
};

describe('renderText', () => {
  it('lists the options once: plain for ask, numbered for chat', () => {
    const ask = renderText(reply);
    expect(ask).toContain('可选：科研人员 / 技术经理（纪）人 / 其他');
    expect(ask).toContain('--session abc');
    const chat = renderText(reply, { numberedOptions: true, session: false });
    expect(chat.split('\n').filter((l) => l.includes('科研人员') && l.includes('其他'))).toEqual(['回复序号选择：1. 科研人员  2. 技术经理（纪）人  3. 其他']);
    expect(chat).not.toContain('会话');
    // The options come right under the line that asks, before the clauses.
    expect(chat.split('\n').slice(0, 3)).toEqual(['还需确认 2 项', '还需要确认：您的身份是？（例如：科研人员）', '回复序号选择：1. 科研人员  2. 技术经理（纪）人  3. 其他']);
  });

  it('puts the options under the answer when the answer does not say the question', () => {
    const r = renderText({ ...reply, answer: '请选择身份。' }, { session: false });
    expect(r.split('\n').slice(0, 2)).toEqual(['请选择身份。', '可选：科研人员 / 技术经理（纪）人 / 其他']);
  });

  it('prints no options line for a reply without a question', () => {
    const { question: _, ...plain } = reply;
    expect(renderText(plain, { numberedOptions: true })).not.toMatch(/可选|回复序号/);
  });
});
