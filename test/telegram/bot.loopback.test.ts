/**
 * The bot against a loopback fake Bot API server (real HTTP, the Bot API's
 * wire format), grammY pointed at it with apiRoot, over a real runtime with
 * published knowledge versions in a temporary DATA_DIR. The conversations
 * are written to test-artifacts/telegram/transcript.txt (git-ignored).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { telegramDeps } from '../../bot/main.ts';
import { ADMIN_ONLY, exampleQuestions } from '../../bot/telegram/index.ts';
import { knowledgeFiles } from '../../knowledge/index.ts';
import { cleanupTemp, knowledgeCopy, question, revisedCopy, tempDir } from '../support/knowledge.ts';
import { admin, botReplies, buttonData, privateChat, startBotOnFake, user, type BotOnFake } from '../support/telegram.ts';

let runtime: Runtime;
let t: BotOnFake;
const chat = privateChat(user);
const adminChat = privateChat(admin);

function zipOf(dir: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of knowledgeFiles(dir)) entries[`knowledge/${f}`] = readFileSync(join(dir, f));
  return zipSync(entries);
}

/** Sends a text and resolves with the bot's replies (waits for `count`). */
async function say(c: typeof chat, from: typeof user, text: string, count = 1) {
  const before = t.fake.botMessages(c.id).length;
  t.fake.sendText(c, from, text);
  return botReplies(t.fake, c.id, before, count);
}

beforeAll(async () => {
  runtime = await createRuntime({ dataDir: tempDir('cg-tg-'), today: () => '2026-06-01', pollMs: 200, questionLog: false });
  t = await startBotOnFake(
    (fake, log) =>
      telegramDeps(runtime, { token: fake.token, apiRoot: fake.apiRoot, adminIds: [admin.id], webhook: null }, { log, rateLimit: { timeFrameMs: 1000, limit: 50 } }),
    { adminIds: [admin.id] },
  );
  // The admin opens a chat with the bot: /start also lists the /kb_ commands in their chat.
  t.fake.sendText(adminChat, admin, '/start');
  await botReplies(t.fake, adminChat.id, 0);
}, 60_000);

afterAll(async () => {
  // The conversations, as people would read them, for review (git-ignored).
  if (t) {
    const dir = join(import.meta.dirname, '../../test-artifacts/telegram');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'transcript.txt'), `${['用户', t.fake.transcript(chat.id), '', '管理员', t.fake.transcript(adminChat.id)].join('\n')}\n`);
  }
  await t?.stop();
  runtime?.close();
  cleanupTemp();
});

describe('Telegram bot on a fake Bot API server', () => {
  it('registers its commands in Chinese with setMyCommands', () => {
    const calls = t.fake.calls.filter((c) => c.method === 'setMyCommands' && c.status === 200);
    const everyone = t.fake.commands.get('default')!;
    expect(everyone.map((c) => c.command)).toEqual(['start', 'help', 'measures', 'calc', 'reset']);
    expect(everyone.every((c) => /[\u4e00-\u9fff]/.test(c.description))).toBe(true);
    expect(calls.length).toBeGreaterThanOrEqual(1);
  });

  it('/start says what the assistant does, with example questions as buttons that ask them', async () => {
    const [reply] = await say(chat, user, '/start');
    expect(reply!.text).toContain('成果转化政策助手');
    expect(reply!.text).toContain('无锡市促进全链式科技成果转化的若干措施');
    const labels = reply!.reply_markup.inline_keyboard.flat().map((b: any) => b.text);
    expect(labels).toEqual(exampleQuestions);
    for (const b of reply!.reply_markup.inline_keyboard.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    const before = t.fake.botMessages(chat.id).length;
    const id = t.fake.press(chat, user, reply!.message_id, buttonData(reply!, exampleQuestions[0]!));
    const [answer] = await botReplies(t.fake, chat.id, before);
    expect(t.fake.callbackAnswers.has(id)).toBe(true);
    expect(answer!.text).toContain(`问：${exampleQuestions[0]}`);
    expect(answer!.text).toContain('可获 90万元');
  });

  it('answers a question with the exact amount, result first, the clause quoted', async () => {
    await say(chat, user, '/reset');
    const [reply] = await say(chat, user, question);
    const lines = reply!.text.split('\n');
    expect(lines[0]).toBe('【第6条·产学研合作技术合同补助】可获 90万元');
    expect(reply!.text).toContain('300万元 × 30% = 90万元，未超过100万元上限');
    // The headline in bold, the clause as a quote block (the fake parsed the HTML as Telegram does).
    expect(reply!.entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'bold', offset: 0 }), expect.objectContaining({ type: 'blockquote' })]));
    const quote = reply!.entities!.find((e) => e.type === 'blockquote')!;
    expect(reply!.text.slice(quote.offset, quote.offset + quote.length)).toContain('按技术合同实际成交额的30%，给予企业最高100万元补助');
  });

  it('asks a clarifying question with buttons and takes the pressed option in the same session', async () => {
    await say(chat, user, '/reset');
    const [q] = await say(chat, user, '我们企业签了300万元技术合同，能拿多少补助？');
    expect(q!.text).toContain('与企业合作（签订技术合同）的是哪类单位？');
    const labels = q!.reply_markup.inline_keyboard.flat().map((b: any) => b.text);
    expect(labels).toEqual(['高校', '科研院所', '新型研发机构', '医疗卫生机构', '其他单位（非科研事业单位）', '其他科研事业单位']);
    // Callback data is an index, not the label.
    expect(q!.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data)).toEqual(['o:0', 'o:1', 'o:2', 'o:3', 'o:4', 'o:5']);
    const before = t.fake.botMessages(chat.id).length;
    const id = t.fake.press(chat, user, q!.message_id, 'o:0');
    const [answer] = await botReplies(t.fake, chat.id, before);
    expect(t.fake.callbackAnswers.get(id)).toMatchObject({ text: '已选择：高校' });
    expect(answer!.text.split('\n')[0]).toBe('【第6条·产学研合作技术合同补助】可获 90万元');
    expect(answer!.text).not.toContain('还需确认');
    // The buttons of the answered question give way to the choice.
    expect(t.fake.message(chat.id, q!.message_id)!.reply_markup.inline_keyboard).toEqual([[{ text: '✓ 高校', callback_data: 'noop' }]]);
    // Pressing it again is no second answer.
    const n = t.fake.botMessages(chat.id).length;
    const again = t.fake.press(chat, user, q!.message_id, 'noop');
    await t.fake.waitFor(() => t.fake.callbackAnswers.has(again));
    expect(t.fake.botMessages(chat.id).length).toBe(n);
  });

  it('/measures lists the 12 measures; a tap shows one from the knowledge base', async () => {
    const [list] = await say(chat, user, '/measures');
    const buttons = list!.reply_markup.inline_keyboard.flat();
    expect(buttons).toHaveLength(13);
    expect(buttons[5]).toMatchObject({ callback_data: 'm:6' });
    expect(buttons[12]).toMatchObject({ callback_data: 'm:0' });
    const before = t.fake.botMessages(chat.id).length;
    t.fake.press(chat, user, list!.message_id, 'm:6');
    const [measure] = await botReplies(t.fake, chat.id, before);
    expect(measure!.text).toContain('第6条 组织实施体系化科技成果转移转化');
    expect(measure!.text).toContain(runtime.kb.measures[6]!.text);
    expect(measure!.reply_markup.inline_keyboard.flat().map((b: any) => b.text)).toContain('测算：产学研合作技术合同补助');
  });

  it('/calc guides a calculation: pick an item, then answer its questions', async () => {
    const [list] = await say(chat, user, '/calc');
    let before = t.fake.botMessages(chat.id).length;
    t.fake.press(chat, user, list!.message_id, buttonData(list!, '产学研合作技术合同补助'));
    const [first] = await botReplies(t.fake, chat.id, before);
    expect(first!.text).toContain('测算：第6条 产学研合作技术合同补助');
    expect(first!.text).toContain('技术合同的实际成交额是多少？');
    const [second] = await say(chat, user, '250万元');
    expect(second!.text).toContain('250万元 × 30% = 75万元');
    before = t.fake.botMessages(chat.id).length;
    t.fake.press(chat, user, second!.message_id, buttonData(second!, '科研院所'));
    const [done] = await botReplies(t.fake, chat.id, before);
    expect(done!.text.split('\n')[0]).toBe('【第6条·产学研合作技术合同补助】可获 75万元');
  });

  it('/kb_status for an admin: the version serving, who published it and when, counts', async () => {
    const [reply] = await say(adminChat, admin, '/kb_status');
    expect(reply!.text).toContain(`正在服务：版本 ${runtime.kb.version.slice(0, 8)}`);
    expect(reply!.text).toContain('随程序发布：system');
    expect(reply!.text).toMatch(/12条措施和附则，奖补项目 \d+ 项，检索条款 \d+ 条/);
    expect(t.fake.commands.get(JSON.stringify({ type: 'chat', chat_id: admin.id }))!.map((c) => c.command)).toContain('kb_status');
  });

  it('/kb_ commands from anyone else: 仅限管理员, and nothing changes', async () => {
    const history = await runtime.versions!.history();
    for (const command of ['/kb_status', '/kb_history', `/kb_rollback ${runtime.kb.version.slice(0, 8)}`, '/kb_publish']) {
      const [reply] = await say(chat, user, command);
      expect(reply!.text).toContain('仅限管理员');
      expect(reply!.text).toBe(ADMIN_ONLY);
    }
    const before = t.fake.botMessages(chat.id).length;
    t.fake.sendDocument(chat, user, { name: 'knowledge.zip', data: zipOf(revisedCopy()) }, '/kb_publish 改一下');
    const [refused] = await botReplies(t.fake, chat.id, before);
    expect(refused!.text).toBe(ADMIN_ONLY);
    expect(t.fake.calls.some((c) => c.method === 'getFile')).toBe(false);
    expect(await runtime.versions!.history()).toEqual(history);
  });

  it('/kb_diff names a bad file and field, and changes nothing', async () => {
    const bad = knowledgeCopy({ 'measures/06.yaml': (t) => t.replace('rate: { kind: exact, percent: "30" }', 'rate: { kind: exact, percent: "35" }') });
    const before = t.fake.botMessages(adminChat.id).length;
    t.fake.sendDocument(adminChat, admin, { name: 'bad.zip', data: zipOf(bad) }, '/kb_diff');
    const [reply] = await botReplies(t.fake, adminChat.id, before);
    expect(reply!.text).toMatch(/检查未通过：\d+ 处问题/);
    expect(reply!.text).toContain('measures/06.yaml');
    expect(reply!.text).toMatch(/rate|percent/);
    const notZip = t.fake.botMessages(adminChat.id).length;
    t.fake.sendDocument(adminChat, admin, { name: 'notes.txt', data: new TextEncoder().encode('hi'), mime: 'text/plain' }, '/kb_diff');
    const [refused] = await botReplies(t.fake, adminChat.id, notZip);
    expect(refused!.text).toContain('不是 .zip 压缩包');
  });

  it('an admin publishes a zip with confirm; the assistant then answers with the new figure; rollback restores it', async () => {
    const bundled = runtime.kb.version;
    let before = t.fake.botMessages(adminChat.id).length;
    t.fake.sendDocument(adminChat, admin, { name: 'knowledge.zip', data: zipOf(revisedCopy()) }, '/kb_publish 第6条调整为40%，上限150万元');
    const replies = await botReplies(t.fake, adminChat.id, before, 2);
    const diff = replies[0]!;
    expect(diff.text).toContain('检查通过');
    expect(diff.text).toContain('比例 30% → 40%');
    expect(diff.text).toContain('上限 100万元 → 150万元');
    const confirm = replies[replies.length - 1]!;
    expect(confirm.text).toContain('确认发布版本');
    expect(confirm.text).toContain('备注：第6条调整为40%，上限150万元');
    const data = buttonData(confirm, '确认发布');
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    // Nothing is published before the press.
    expect(runtime.versions!.current()!.version).toBe(bundled);

    before = t.fake.botMessages(adminChat.id).length;
    t.fake.press(adminChat, admin, confirm.message_id, data);
    await t.fake.waitFor(() => /已发布版本/.test(t.fake.message(adminChat.id, confirm.message_id)!.text), 20_000, 'the confirmation edited to 已发布');
    const published = runtime.versions!.current()!.version;
    expect(published).not.toBe(bundled);
    expect(t.fake.message(adminChat.id, confirm.message_id)!.text).toContain('发布人：李科长 (Telegram 9001 @li_kezhang)');
    await botReplies(t.fake, adminChat.id, before); // 现在服务的版本
    expect(runtime.kb.version).toBe(published);

    const [answer] = await say(chat, user, question);
    expect(answer!.text.split('\n')[0]).toBe('【第6条·产学研合作技术合同补助】可获 120万元');
    expect(answer!.text).toContain('300万元 × 40% = 120万元，未超过150万元上限');

    const [history] = await say(adminChat, admin, '/kb_history');
    expect(history!.text).toContain(`▶ ${published.slice(0, 8)} 发布 · 李科长`);
    expect(history!.text).toContain('备注：第6条调整为40%，上限150万元');

    const [rolled] = await say(adminChat, admin, `/kb_rollback ${bundled.slice(0, 8)} 恢复原政策`);
    expect(rolled!.text).toContain(`已回滚到版本 ${bundled.slice(0, 8)}`);
    const [again] = await say(chat, user, question);
    expect(again!.text.split('\n')[0]).toBe('【第6条·产学研合作技术合同补助】可获 90万元');
    const [unknown] = await say(adminChat, admin, '/kb_rollback ffffffff');
    expect(unknown!.text).toBe('没有这个版本，请用 /kb_history 查看版本号。');
    const [bad] = await say(adminChat, admin, '/kb_rollback ../etc');
    expect(bad!.text).toContain('版本号应为 4–16 位十六进制字符');
  });

  it('survives a sendMessage answered once with 429 and retry_after, and retries it', async () => {
    t.fake.failNext('sendMessage', { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } });
    const started = Date.now();
    const before = t.fake.botMessages(chat.id).length;
    const [reply] = await say(chat, user, question);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(reply!.text).toContain('可获 90万元');
    const sends = t.fake.calls.filter((c) => c.method === 'sendMessage' && c.at >= started);
    expect(sends.map((c) => c.status)).toEqual([429, 200]);
    expect(sends[1]!.payload.text).toBe(sends[0]!.payload.text);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.fake.botMessages(chat.id).slice(before)).toHaveLength(1);
    expect(t.logs.filter((l) => l.includes('failed'))).toEqual([]);
    // And goes on answering.
    const [next] = await say(chat, user, '政策有效期到什么时候？');
    expect(next!.text).toContain('2028年8月31日');
  });
});
