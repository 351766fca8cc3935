/**
 * The bot's handling of long answers, group chats, floods and faults, on the
 * loopback fake Bot API server, with a stand-in assistant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../bot/core/index.ts';
import { MESSAGE_LIMIT, RATE_LIMITED, UPDATE_FAILED } from '../../bot/telegram/index.ts';
import { botReplies, emptyPolicy, group, plainResponse, privateChat, startBotOnFake, user, type BotOnFake } from '../support/telegram.ts';

/** 50 paragraphs of 98 characters (the last 100): 5,000 characters with the blank lines between them. */
const paragraphs = Array.from({ length: 50 }, (_, i) => `第${String(i + 1).padStart(2, '0')}段：${'政'.repeat(i === 49 ? 94 : 92)}。`);
const longAnswer = paragraphs.join('\n\n');

const asked: { message: string; sessionId?: string }[] = [];
const assistant: Assistant = {
  async chat(request) {
    const r = request as { message: string; sessionId?: string };
    asked.push(r);
    if (r.message === '长回答') return plainResponse(longAnswer);
    if (r.message === '出错') throw new Error('stand-in assistant fault');
    if (r.message.startsWith('选一个')) return { ...plainResponse(`${r.message}？`), question: { fact: 'institutionType', text: '哪类单位？', example: '高校', options: ['高校', '科研院所'] } };
    if (r.message === '问金额') return { ...plainResponse('还需确认：技术合同的实际成交额是多少？（例如：300万元）'), question: { fact: 'contractAmountYuan', text: '技术合同的实际成交额是多少？', example: '300万元', options: [] } };
    if (r.message === '<b>&') return plainResponse('回答里有 <b> 和 & 和 <script>alert(1)</script>，原样显示。');
    return plainResponse(`收到：${r.message}`, `session-${r.sessionId ?? 'new'}`);
  },
};

let t: BotOnFake;
const chat = privateChat(user);
const flooder = { id: 2002, first_name: '赵' };

beforeAll(async () => {
  t = await startBotOnFake((fake, log) => ({ token: fake.token, apiRoot: fake.apiRoot, assistant, kb: () => emptyPolicy, log, rateLimit: { timeFrameMs: 1000, limit: 100 } }));
});
afterAll(async () => {
  await t?.stop();
});

async function say(c = chat, from = user, text: string, count = 1) {
  const before = t.fake.botMessages(c.id).length;
  t.fake.sendText(c, from, text);
  return botReplies(t.fake, c.id, before, count);
}

describe('Telegram bot: long answers, groups, floods and faults', () => {
  it('splits a 5,000-character answer in two at a paragraph boundary', async () => {
    expect(longAnswer.length).toBe(5000);
    const replies = await say(chat, user, '长回答', 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.fake.botMessages(chat.id).length).toBe(2);
    const [a, b] = replies;
    for (const m of [a!, b!]) expect(m.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    // Each message is whole paragraphs, and together they are the answer.
    expect(a!.text.endsWith('。')).toBe(true);
    expect(b!.text.startsWith('第')).toBe(true);
    expect(`${a!.text}\n\n${b!.text}`).toBe(longAnswer);
  });

  it('escapes what the answer says, so Telegram parses it as text', async () => {
    const [reply] = await say(chat, user, '<b>&');
    expect(reply!.text).toBe('回答里有 <b> 和 & 和 <script>alert(1)</script>，原样显示。');
    expect(reply!.entities ?? []).toEqual([]);
  });

  it('keeps the session id the core returns, one per chat', async () => {
    const someone = { id: 4004, first_name: '孙' };
    const c = privateChat(someone);
    await say(c, someone, '第一句');
    await say(c, someone, '第二句');
    const mine = asked.filter((a) => a.message === '第一句' || a.message === '第二句');
    // The first turn starts a session; the second sends back the id the first answer carried.
    expect(mine.map((a) => a.sessionId)).toEqual([undefined, 'session-new']);
  });

  it('in a group, ignores messages not addressed to it and answers a mention or a reply', async () => {
    const member = { id: 3003, first_name: '钱' };
    t.fake.sendText(group, member, '大家好，今天讨论一下技术合同');
    const [reply] = await say(group, member, `@${t.fake.bot.username} 技术合同能补多少`);
    // Updates of a chat are handled in order: had the first been answered, it would have come first.
    expect(reply!.text).toBe('收到：技术合同能补多少');
    await new Promise((r) => setTimeout(r, 200));
    expect(t.fake.botMessages(group.id)).toHaveLength(1);
    const before = t.fake.botMessages(group.id).length;
    t.fake.sendText(group, member, '那研究所呢', { replyTo: reply!.message_id });
    const [second] = await botReplies(t.fake, group.id, before);
    expect(second!.text).toBe('收到：那研究所呢');
    // A question without options asks the group for a reply (that is how the answer reaches the bot).
    const [asking] = await say(group, member, `@${t.fake.bot.username} 问金额`);
    const sent = t.fake.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === group.id).pop()!;
    expect(sent.payload.reply_markup).toMatchObject({ force_reply: true, selective: true, input_field_placeholder: '例如：300万元' });
    const [amount] = await (async () => {
      const n = t.fake.botMessages(group.id).length;
      t.fake.sendText(group, member, '300万元', { replyTo: asking!.message_id });
      return botReplies(t.fake, group.id, n);
    })();
    expect(amount!.text).toBe('收到：300万元');
    // A command for another bot is not ours.
    t.fake.sendText(group, member, '/start@another_bot');
    const [third] = await say(group, member, `/help@${t.fake.bot.username}`);
    expect(third!.text).toContain('怎么用');
  });

  it('limits each user politely and goes on for the others', async () => {
    const limited = await startBotOnFake((fake) => ({ token: fake.token, apiRoot: fake.apiRoot, assistant, kb: () => emptyPolicy, rateLimit: { timeFrameMs: 60_000, limit: 3 } }));
    try {
      const c = privateChat(flooder);
      for (const text of ['一', '二', '三', '四', '五']) limited.fake.sendText(c, flooder, text);
      await botReplies(limited.fake, c.id, 0, 4);
      await new Promise((r) => setTimeout(r, 300));
      // Three answered, one polite reply, the rest dropped until the window passes.
      expect(limited.fake.botMessages(c.id).map((m) => m.text)).toEqual(['收到：一', '收到：二', '收到：三', RATE_LIMITED]);
      limited.fake.sendText(chat, user, '我还在');
      const [other] = await botReplies(limited.fake, chat.id, 0);
      expect(other!.text).toBe('收到：我还在');
    } finally {
      await limited.stop();
    }
  });

  it('answers only the question on screen: a button of an earlier one is refused and cleared', async () => {
    const someone = { id: 5005, first_name: '周' };
    const c = privateChat(someone);
    const [first] = await say(c, someone, '选一个A');
    const [second] = await say(c, someone, '选一个B');
    const n = t.fake.botMessages(c.id).length;
    const stale = t.fake.press(c, someone, first!.message_id, 'o:1');
    await t.fake.waitFor(() => t.fake.callbackAnswers.get(stale));
    expect(t.fake.callbackAnswers.get(stale)!.text).toContain('已过期');
    await t.fake.waitFor(() => !t.fake.message(c.id, first!.message_id)!.reply_markup);
    const current = t.fake.press(c, someone, second!.message_id, 'o:1');
    const [answer] = await botReplies(t.fake, c.id, n);
    expect(t.fake.callbackAnswers.get(current)!.text).toBe('已选择：科研院所');
    expect(answer!.text).toBe('收到：科研院所');
  });

  it('one bad update does not stop the bot (bot.catch)', async () => {
    const [sorry] = await say(chat, user, '出错');
    expect(sorry!.text).toBe(UPDATE_FAILED);
    expect(t.logs.some((l) => /update \d+ failed: Error: stand-in assistant fault/.test(l))).toBe(true);
    const [next] = await say(chat, user, '之后');
    expect(next!.text).toBe('收到：之后');
  });
});
