/**
 * Knowledge commands for bureau staff (ADMIN_TELEGRAM_IDS): /kb_status,
 * /kb_history, /kb_diff and /kb_publish for a knowledge zip sent as a
 * document (downloaded through the Bot API file endpoint, validated, the
 * readable diff shown; publishing waits for a confirm button), and
 * /kb_rollback VERSION. Anyone else gets 仅限管理员 and nothing changes.
 *
 * The confirm button carries the version previewed and the version it was
 * compared with; the zip is read again from the message the confirmation
 * replies to, so a confirmation needs nothing kept in memory and works on
 * whichever process (webhook mode) receives it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Composer, InlineKeyboard } from 'grammy';
import type { Document, Message } from 'grammy/types';
import { describeError } from '../errors.ts';
import { adminCommands } from '../commands.ts';
import { sendHtml } from '../conversation.ts';
import { clip, renderMessages, type Block } from '../format.ts';
import { measuresInOrder, shortVersion } from '../policy.ts';
import type { AdminDeps, BotContext, BotDeps, HistoryView, KnowledgeAdmin, KnowledgeIssueView } from '../types.ts';

export const ADMIN_ONLY = '仅限管理员使用：知识库命令只对市科技局的知识库管理员开放。';
const DEFAULT_MAX_ZIP_BYTES = 10 * 1024 * 1024;
const ISSUES_SHOWN = 30;
const HISTORY_SHOWN = 10;
const NOTE_LINE = '备注：';
/** `/kb_name@bot rest`, in a text or a caption. */
const kbCommand = /^\/(kb_[a-z_]*)(?:@(\w+))?(?:\s+([\s\S]*))?$/i;
/** Confirm: `kb:pub:<version>:<base>` (16 hex each, 40 bytes); cancel: `kb:cancel`. */
const publishData = /^kb:pub:([0-9a-f]{16}):([0-9a-f]{0,16})$/;

/** A zip the bot cannot take: the message says what to fix. */
class UploadError extends Error {}

const actionCn: Record<HistoryView['action'], string> = { bundled: '随程序发布', publish: '发布', rollback: '回滚' };

/** An ISO time as Wuxi reads it: 2026-06-01 09:30. */
function wuxiTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function who(ctx: BotContext): string {
  const u = ctx.from;
  if (!u) return 'Telegram';
  const name = [u.first_name, u.last_name].filter(Boolean).join(' ');
  return clip(`${name} (Telegram ${u.id}${u.username ? ` @${u.username}` : ''})`, 80);
}

function issueLines(issues: readonly KnowledgeIssueView[]): string {
  const lines = issues.slice(0, ISSUES_SHOWN).map((i) => `• ${i.file}${i.line ? ` 第${i.line}行` : ''}${i.field ? ` ${i.field}` : ''}：${i.message}`);
  if (issues.length > ISSUES_SHOWN) lines.push(`…另有 ${issues.length - ISSUES_SHOWN} 处问题`);
  return lines.join('\n');
}

/** A refusal of the version store (stale review, nothing to do, unknown or damaged version) in words for staff. */
function refusalText(e: unknown): string | null {
  const err = e as { name?: string; code?: string; message?: string };
  if (err?.name === 'VersionError') {
    const detail = String(err.message).replace(/^knowledge: /, '');
    switch (err.code) {
      case 'stale':
        return `在您预览之后，知识库已有新的版本生效，请重新发送 zip 查看改动后再发布。（${detail}）`;
      case 'unchanged':
        return `没有改动：与当前版本相同。（${detail}）`;
      case 'unknown_version':
        // The detail names folders on the server: not for a chat.
        return '没有这个版本，请用 /kb_history 查看版本号。';
      case 'ambiguous_version':
        return `这个版本号对应多个版本，请多写几位。（${detail}）`;
      case 'bad_input':
        return '版本号应为 4–16 位十六进制字符（见 /kb_history）。';
      case 'damaged':
        return `该版本的文件已损坏，不能使用。（${detail}）`;
      default:
        return detail;
    }
  }
  if (err?.name === 'KnowledgeError') return `该版本无法通过检查：${String(err.message).split('\n')[0]}`;
  return null;
}

function isZip(doc: Document): boolean {
  return /\.zip$/i.test(doc.file_name ?? '') || /zip/i.test(doc.mime_type ?? '');
}

export function adminFeature(deps: Pick<BotDeps, 'admin' | 'kb' | 'token' | 'apiRoot' | 'log'>): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const admin: AdminDeps | undefined = deps.admin;
  const ids = new Set(admin?.ids ?? []);
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && ids.has(ctx.from.id);
  const maxZip = admin?.maxZipBytes ?? DEFAULT_MAX_ZIP_BYTES;
  const log = deps.log ?? (() => {});
  const fileRoot = (deps.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');

  /** Reads a document through getFile and the file endpoint of the same Bot API server. */
  async function download(ctx: BotContext, doc: Document): Promise<Uint8Array> {
    if (!isZip(doc)) throw new UploadError(`「${doc.file_name ?? '文件'}」不是 .zip 压缩包：请把知识库文件夹压缩成 zip 后发送`);
    if (doc.file_size !== undefined && doc.file_size > maxZip) throw new UploadError(`压缩包超过 ${Math.round(maxZip / 1024 / 1024)} MB，不像一个知识库`);
    const file = await ctx.api.getFile(doc.file_id);
    if (!file.file_path) throw new UploadError('Telegram 没有提供这个文件的下载地址，请重新发送');
    let res: Response;
    try {
      res = await fetch(`${fileRoot}/file/bot${deps.token}/${file.file_path}`, { signal: AbortSignal.timeout(60_000) });
    } catch (e) {
      // The URL holds the token: name the cause only.
      throw new UploadError(`下载文件失败（${e instanceof Error ? e.name : 'error'}），请稍后重试`);
    }
    if (!res.ok) throw new UploadError(`下载文件失败（HTTP ${res.status}），请重新发送`);
    const data = new Uint8Array(await res.arrayBuffer());
    if (data.length > maxZip) throw new UploadError(`压缩包超过 ${Math.round(maxZip / 1024 / 1024)} MB，不像一个知识库`);
    return data;
  }

  /** Downloads and unpacks a document into a temporary folder, runs `fn` on it, and removes the folder. */
  async function withUpload<T>(ctx: BotContext, knowledge: KnowledgeAdmin, doc: Document, fn: (dir: string) => Promise<T>): Promise<T> {
    const data = await download(ctx, doc);
    const dir = mkdtempSync(join(tmpdir(), 'cg-telegram-kb-'));
    try {
      try {
        knowledge.unpack(data, dir);
      } catch (e) {
        throw new UploadError(e instanceof Error ? e.message : String(e));
      }
      return await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  function knowledgeOrSay(ctx: BotContext): KnowledgeAdmin | null {
    if (!admin?.knowledge) {
      void ctx.reply('此服务未启用知识库版本管理（没有 DATA_DIR 或使用固定的知识库目录）。');
      return null;
    }
    return admin.knowledge;
  }

  async function status(ctx: BotContext) {
    if (!admin) return;
    const s = admin.status();
    const measures = measuresInOrder(deps.kb());
    const numbered = measures.filter((m) => m.number !== 0).length;
    const items = measures.reduce((n, m) => n + m.benefits.length, 0);
    const lines = [`正在服务：版本 ${shortVersion(s.version)}（${s.version}），自 ${wuxiTime(s.since)} 起`];
    const history = admin.knowledge ? await admin.knowledge.history() : [];
    const current = history.find((h) => h.current);
    if (current) {
      lines.push(`${actionCn[current.action]}：${current.by}，${wuxiTime(current.at)}${current.version === s.version ? '' : `（版本 ${shortVersion(current.version)}）`}`);
      if (current.note) lines.push(`${NOTE_LINE}${current.note}`);
    } else if (!admin.knowledge) lines.push('未启用版本管理（固定的知识库目录）');
    lines.push(`内容：${numbered}条措施和附则，奖补项目 ${items} 项，检索条款 ${s.clauses} 条`);
    if (admin.knowledge) lines.push(`已存版本：${new Set(history.map((h) => h.version)).size} 个（/kb_history 查看）`);
    if (!s.current) lines.push('⚠ 最新发布的版本尚未生效（正在加载，或加载失败，见下）');
    for (const p of s.problems) lines.push(`⚠ ${p}`);
    await sendHtml(ctx, renderMessages([{ kind: 'heading', text: '知识库状态' }, { text: lines.join('\n') }]));
  }

  async function history(ctx: BotContext, knowledge: KnowledgeAdmin) {
    const entries = (await knowledge.history()).slice(0, HISTORY_SHOWN);
    const blocks: Block[] = [{ kind: 'heading', text: `最近 ${entries.length} 次变更（新的在前，▶ 为当前版本）` }];
    for (const e of entries) {
      blocks.push({
        text: [`${e.current ? '▶ ' : ''}${shortVersion(e.version)} ${actionCn[e.action]} · ${e.by} · ${wuxiTime(e.at)}`, clip(e.summary, 200), ...(e.note ? [`备注：${e.note}`] : [])].join('\n'),
      });
    }
    await sendHtml(ctx, renderMessages(blocks));
  }

  /** Validates an uploaded zip and shows the faults or the diff; for /kb_publish, asks to confirm. */
  async function review(ctx: BotContext, knowledge: KnowledgeAdmin, doc: Document, docMessageId: number, publish: boolean, note: string) {
    const preview = await withUpload(ctx, knowledge, doc, async (dir) => knowledge.preview(dir));
    if (!preview.ok) {
      await sendHtml(ctx, renderMessages([{ kind: 'heading', text: `检查未通过：${preview.issues.length} 处问题（未作任何改动）` }, { text: issueLines(preview.issues) }]));
      return;
    }
    if (!preview.changed) {
      await ctx.reply(`与当前版本 ${shortVersion(preview.base)} 相同，没有改动。`);
      return;
    }
    const blocks: Block[] = [{ kind: 'heading', text: `检查通过：版本 ${shortVersion(preview.version)}（当前 ${shortVersion(preview.base)}）` }, { text: preview.lines.join('\n') }];
    await sendHtml(ctx, renderMessages(blocks));
    if (!publish) {
      await ctx.reply('以上为改动预览，未发布。要发布，请回复该文件发送 /kb_publish 备注，或重新发送时在说明里写 /kb_publish 备注。');
      return;
    }
    const text = [`确认发布版本 ${shortVersion(preview.version)}？发布后助手立即按新版本回答，可用 /kb_rollback ${shortVersion(preview.base)} 回滚。`, ...(note ? [`${NOTE_LINE}${clip(note, 300)}`] : [])].join('\n');
    await ctx.reply(text, {
      reply_parameters: { message_id: docMessageId, allow_sending_without_reply: true },
      reply_markup: new InlineKeyboard().text('✅ 确认发布', `kb:pub:${preview.version}:${preview.base}`).text('取消', 'kb:cancel'),
    });
  }

  async function run(ctx: BotContext, command: string, rest: string) {
    if (!admin) return;
    const message = ctx.message!;
    switch (command) {
      case 'kb_status':
        return status(ctx);
      case 'kb_history': {
        const k = knowledgeOrSay(ctx);
        if (k) await history(ctx, k);
        return;
      }
      case 'kb_diff':
      case 'kb_publish': {
        const k = knowledgeOrSay(ctx);
        if (!k) return;
        const source: Message | undefined = message.document ? message : message.reply_to_message?.document ? message.reply_to_message : undefined;
        if (!source?.document) {
          await ctx.reply(`请把知识库文件夹压缩成 .zip，作为文件发送，并在文件说明里写 /${command}${command === 'kb_publish' ? ' 备注' : ''}；或回复已发送的 zip 文件，发送 /${command}。`);
          return;
        }
        return review(ctx, k, source.document, source.message_id, command === 'kb_publish', rest);
      }
      case 'kb_rollback': {
        const k = knowledgeOrSay(ctx);
        if (!k) return;
        const [version, ...noteWords] = rest.split(/\s+/).filter(Boolean);
        if (!version) {
          await ctx.reply('用法：/kb_rollback 版本号 [备注]（版本号写前几位即可，见 /kb_history）');
          return;
        }
        const entry = await k.rollback(version, { by: who(ctx), note: noteWords.join(' ') || null });
        log(`telegram: ${who(ctx)} rolled back to knowledge version ${entry.version}`);
        const serving = await admin.refresh?.();
        await ctx.reply(`已回滚到版本 ${shortVersion(entry.version)}（${entry.version}）。${serving ? `现在服务的版本：${shortVersion(serving)}。` : '助手将在几秒内切换到该版本。'}`);
        return;
      }
      default:
        await ctx.reply('没有这个知识库命令。可用：/kb_status /kb_history /kb_diff /kb_publish /kb_rollback');
    }
  }

  // An admin's /start also lists the /kb_ commands in their chat (Telegram sets a chat's list only once the chat exists).
  feature.command('start', async (ctx, next) => {
    if (isAdmin(ctx) && ctx.chat.type === 'private') {
      await ctx.api.setMyCommands(adminCommands, { scope: { type: 'chat', chat_id: ctx.chat.id } }).catch((e: unknown) => log(`telegram: could not list the admin commands for ${ctx.chat.id}: ${describeError(e)}`));
    }
    return next();
  });

  // Every /kb_ command, in a text or a caption: refused for anyone not on the list before anything is read.
  feature.on(['message:text', 'message:caption'], async (ctx, next) => {
    const m = (ctx.message.text ?? ctx.message.caption ?? '').match(kbCommand);
    if (!m) return next();
    if (m[2] && m[2].toLowerCase() !== ctx.me.username.toLowerCase()) return; // for another bot
    if (!isAdmin(ctx)) {
      await ctx.reply(ADMIN_ONLY);
      return;
    }
    try {
      await run(ctx, m[1]!.toLowerCase(), (m[3] ?? '').trim());
    } catch (e) {
      if (e instanceof UploadError) await ctx.reply(e.message);
      else {
        const refused = refusalText(e);
        if (refused) await ctx.reply(refused);
        else throw e;
      }
    }
  });

  // A zip an admin sends without a command is previewed (nothing changes).
  feature.on('message:document', async (ctx, next) => {
    if (!isAdmin(ctx) || ctx.chat.type !== 'private' || !isZip(ctx.message.document)) return next();
    const k = knowledgeOrSay(ctx);
    if (!k) return;
    try {
      await review(ctx, k, ctx.message.document, ctx.message.message_id, false, '');
    } catch (e) {
      if (e instanceof UploadError) await ctx.reply(e.message);
      else throw e;
    }
  });

  feature.callbackQuery('kb:cancel', async (ctx) => {
    if (!isAdmin(ctx)) return ctx.answerCallbackQuery({ text: ADMIN_ONLY, show_alert: true });
    await ctx.answerCallbackQuery({ text: '已取消' });
    await ctx.editMessageText('已取消发布，知识库没有改动。');
  });

  feature.callbackQuery(publishData, async (ctx) => {
    if (!isAdmin(ctx)) return ctx.answerCallbackQuery({ text: ADMIN_ONLY, show_alert: true });
    const k = admin?.knowledge;
    if (!k) return ctx.answerCallbackQuery({ text: '此服务未启用知识库版本管理', show_alert: true });
    const [, version, base] = ctx.match as RegExpMatchArray;
    const confirm = ctx.callbackQuery.message;
    const doc = confirm && 'reply_to_message' in confirm ? confirm.reply_to_message?.document : undefined;
    const note = confirm && 'text' in confirm ? (confirm.text ?? '').split('\n').find((l) => l.startsWith(NOTE_LINE))?.slice(NOTE_LINE.length) ?? null : null;
    await ctx.answerCallbackQuery({ text: '正在发布…' });
    if (!doc) {
      await ctx.editMessageText('找不到要发布的 zip 文件（原消息已删除？），请重新发送 /kb_publish。');
      return;
    }
    try {
      const result = await withUpload(ctx, k, doc, async (dir) => {
        const again = k.preview(dir);
        if (again.ok && again.version !== version) throw new UploadError('文件与预览时不一致，未发布；请重新发送 /kb_publish。');
        return k.publish(dir, { by: who(ctx), note, ...(base ? { base } : {}) });
      });
      if (!result.ok) {
        await ctx.editMessageText(`检查未通过，未发布：\n${issueLines(result.issues)}`);
        return;
      }
      log(`telegram: ${who(ctx)} published knowledge version ${result.version}`);
      await ctx.editMessageText(
        [`✅ 已发布版本 ${shortVersion(result.version)}（${result.version}）`, `发布人：${result.entry.by}`, ...(note ? [`${NOTE_LINE}${note}`] : []), `改动：${clip(result.entry.summary, 500)}`].join('\n'),
      );
      const serving = await admin?.refresh?.();
      if (serving) await ctx.reply(`现在服务的版本：${shortVersion(serving)}。`);
    } catch (e) {
      const text = e instanceof UploadError ? e.message : refusalText(e);
      if (!text) throw e;
      await ctx.editMessageText(`未发布：${text}`);
    }
  });

  return feature;
}
