/**
 * A fake Telegram Bot API server on loopback for tests: real HTTP and the
 * Bot API's wire format — POST /bot<token>/<method> with JSON, answers
 * {"ok": true, "result": …} or {"ok": false, "error_code", "description",
 * "parameters"?}; getUpdates long polling with offsets (confirmed updates are
 * dropped), or delivery to a webhook with its secret token; getMe,
 * sendMessage (HTML checked as Telegram checks it, 4,096 characters after
 * parsing, callback data 1–64 bytes), editMessageText,
 * editMessageReplyMarkup, answerCallbackQuery, setMyCommands, set/deleteWebhook,
 * getFile and GET /file/bot<token>/<path>. Tests play users through
 * sendText, sendDocument and press, inject failures with failNext, and read
 * what the bot did in `calls` and each chat's log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup';
  title?: string;
}

type Json = Record<string, any>;

export interface Call {
  method: string;
  payload: Json;
  /** The HTTP status the fake answered with. */
  status: number;
  at: number;
}

/** One line of a chat as a person would see it happen. */
export type ChatEvent =
  | { kind: 'user'; from: FakeUser; text: string; messageId: number }
  | { kind: 'document'; from: FakeUser; fileName: string; caption: string; messageId: number }
  | { kind: 'bot'; text: string; html: string | null; buttons: string[][]; messageId: number }
  | { kind: 'press'; from: FakeUser; label: string; data: string; messageId: number }
  | { kind: 'toast'; text: string }
  | { kind: 'edit'; messageId: number; text?: string; buttons: string[][] };

export interface Injected {
  status: number;
  body: Json;
}

export interface FakeTelegram {
  apiRoot: string;
  token: string;
  bot: FakeUser & { is_bot: true; username: string };
  calls: Call[];
  /** Each chat's log, in order. */
  events(chatId: number): ChatEvent[];
  /** The bot's messages in a chat (as stored now, edits applied). */
  botMessages(chatId: number): Json[];
  message(chatId: number, messageId: number): Json | undefined;
  sendText(chat: FakeChat, from: FakeUser, text: string, options?: { replyTo?: number }): Json;
  sendDocument(chat: FakeChat, from: FakeUser, file: { name: string; data: Uint8Array; mime?: string }, caption?: string, options?: { replyTo?: number }): Json;
  /** Presses an inline button of a bot message by its callback data; returns the callback query id. */
  press(chat: FakeChat, from: FakeUser, messageId: number, data: string): string;
  /** The next `times` calls of `method` are answered with `response` instead. */
  failNext(method: string, response: Injected, times?: number): void;
  /** Polls `probe` until it returns something truthy. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
  /** The webhook set by the bot, if any. */
  webhook(): { url: string; secretToken?: string } | null;
  /** Answers of answerCallbackQuery by query id. */
  callbackAnswers: Map<string, Json>;
  commands: Map<string, Json[]>;
  /** A readable transcript of a chat. */
  transcript(chatId: number): string;
  close(): Promise<void>;
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler', 'span', 'tg-emoji']);
const ENTITY_OF: Record<string, string> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline', s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', code: 'code', pre: 'pre', blockquote: 'blockquote', a: 'text_link', 'tg-spoiler': 'spoiler', span: 'spoiler' };
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

class BadRequest extends Error {}

/** Parses Telegram's HTML subset: the plain text and its entities, or a BadRequest as Telegram words it. */
export function parseTelegramHtml(html: string): { text: string; entities: Json[] } {
  let text = '';
  const entities: Json[] = [];
  const open: { tag: string; offset: number; attrs: string }[] = [];
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) throw new BadRequest(`can't parse entities: Unclosed start tag at byte offset ${i}`);
      const raw = html.slice(i + 1, end);
      const closing = raw.startsWith('/');
      const m = (closing ? raw.slice(1) : raw).match(/^([a-z-]+)(\s[^]*)?$/i);
      if (!m || !ALLOWED_TAGS.has(m[1]!.toLowerCase())) throw new BadRequest(`can't parse entities: Unsupported start tag "${raw.split(/\s/)[0]}" at byte offset ${i}`);
      const tag = m[1]!.toLowerCase();
      if (closing) {
        const top = open.pop();
        if (!top || top.tag !== tag) throw new BadRequest(`can't parse entities: Unmatched end tag at byte offset ${i}, expected "</${top?.tag ?? ''}>", found "</${tag}>"`);
        if (text.length > top.offset) entities.push({ type: ENTITY_OF[tag] ?? tag, offset: top.offset, length: text.length - top.offset });
      } else open.push({ tag, offset: text.length, attrs: m[2] ?? '' });
      i = end + 1;
      continue;
    }
    if (c === '>') throw new BadRequest(`can't parse entities: Character '>' is reserved at byte offset ${i}`);
    if (c === '&') {
      const m = html.slice(i).match(/^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i);
      if (!m) throw new BadRequest(`can't parse entities: Character '&' is reserved at byte offset ${i}`);
      if (m[1]) {
        const v = NAMED[m[1].toLowerCase()];
        if (v === undefined) throw new BadRequest(`can't parse entities: Unsupported HTML entity at byte offset ${i}`);
        text += v;
      } else text += String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16));
      i += m[0].length;
      continue;
    }
    text += c;
    i++;
  }
  if (open.length) throw new BadRequest(`can't parse entities: Can't find end tag corresponding to start tag "${open[open.length - 1]!.tag}"`);
  return { text, entities: entities.sort((a, b) => a.offset - b.offset) };
}

function commandEntities(text: string, prefix: 'entities' | 'caption_entities'): Json {
  const entities: Json[] = [];
  const cmd = text.match(/^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/);
  if (cmd) entities.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/(^|[^\w@/])(@[A-Za-z0-9_]{3,})/g)) entities.push({ type: 'mention', offset: m.index! + m[1]!.length, length: m[2]!.length });
  return entities.length ? { [prefix]: entities } : {};
}

function buttonsOf(markup: Json | undefined): string[][] {
  return (markup?.inline_keyboard ?? []).map((row: Json[]) => row.map((b) => b.text as string));
}

export async function startFakeTelegram(options: { token?: string; botUsername?: string } = {}): Promise<FakeTelegram> {
  const token = options.token ?? '123456:TEST-token_abcdefghijklmnopqrstuvwxyz';
  const bot = { id: Number(token.split(':')[0]), is_bot: true as const, first_name: '成果转化政策助手', username: options.botUsername ?? 'cg_policy_test_bot' };
  const calls: Call[] = [];
  const chats = new Map<number, { chat: FakeChat; messages: Map<number, Json>; next: number; events: ChatEvent[] }>();
  const updates: Json[] = [];
  let nextUpdate = 1;
  let waiters: (() => void)[] = [];
  const injected = new Map<string, { response: Injected; times: number }>();
  const files = new Map<string, { data: Uint8Array; path: string; unique: string }>();
  const callbackAnswers = new Map<string, Json>();
  const openQueries = new Set<string>();
  const commands = new Map<string, Json[]>();
  let webhook: { url: string; secretToken?: string } | null = null;
  let delivering = Promise.resolve();
  const now = () => Math.floor(Date.now() / 1000);

  function chatState(chat: FakeChat) {
    let s = chats.get(chat.id);
    if (!s) {
      s = { chat, messages: new Map(), next: 1, events: [] };
      chats.set(chat.id, s);
    }
    return s;
  }

  function chatJson(chat: FakeChat): Json {
    return chat.type === 'private' ? { id: chat.id, type: 'private', first_name: chat.title ?? 'user' } : { id: chat.id, type: chat.type, title: chat.title ?? 'group' };
  }

  function userJson(u: FakeUser): Json {
    return { is_bot: false, language_code: 'zh-hans', ...u };
  }

  /** A stored message as it is embedded in another (reply_to_message holds no reply of its own). */
  function shallow(m: Json): Json {
    const { reply_to_message: _ignored, ...rest } = m;
    return rest;
  }

  function pushUpdate(update: Json) {
    const u = { update_id: nextUpdate++, ...update };
    if (webhook) {
      const target = webhook;
      delivering = delivering.then(() => deliver(target, u)).catch(() => {});
      return;
    }
    updates.push(u);
    const w = waiters;
    waiters = [];
    for (const wake of w) wake();
  }

  async function deliver(target: { url: string; secretToken?: string }, update: Json) {
    await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(target.secretToken ? { 'x-telegram-bot-api-secret-token': target.secretToken } : {}) },
      body: JSON.stringify(update),
    });
  }

  function userMessage(chat: FakeChat, from: FakeUser, content: Json, replyTo?: number): Json {
    const s = chatState(chat);
    const reply = replyTo !== undefined ? s.messages.get(replyTo) : undefined;
    const message = { message_id: s.next++, from: userJson(from), chat: chatJson(chat), date: now(), ...content, ...(reply ? { reply_to_message: shallow(reply) } : {}) };
    s.messages.set(message.message_id, message);
    return message;
  }

  function checkMarkup(markup: Json | undefined) {
    for (const row of markup?.inline_keyboard ?? []) {
      for (const b of row as Json[]) {
        if (typeof b.text !== 'string' || !b.text) throw new BadRequest('text buttons are unallowed in the inline keyboard');
        if (b.callback_data !== undefined) {
          const bytes = Buffer.byteLength(String(b.callback_data));
          if (bytes < 1 || bytes > 64) throw new BadRequest('BUTTON_DATA_INVALID');
        }
      }
    }
  }

  function messageText(p: Json): { text: string; entities?: Json[]; html: string | null } {
    if (typeof p.text !== 'string') throw new BadRequest('message text is empty');
    let text = p.text as string;
    let entities: Json[] | undefined;
    let html: string | null = null;
    if (p.parse_mode === 'HTML') {
      html = text;
      ({ text, entities } = parseTelegramHtml(text));
    } else if (p.parse_mode !== undefined) throw new BadRequest(`unsupported parse_mode ${String(p.parse_mode)} in this fake`);
    if (!text.trim()) throw new BadRequest('message text is empty');
    if (text.length > 4096) throw new BadRequest('message is too long');
    return { text, ...(entities?.length ? { entities } : {}), html };
  }

  function knownChat(id: unknown) {
    const s = chats.get(Number(id));
    if (!s) throw new BadRequest('chat not found');
    return s;
  }

  function botMessageOf(p: Json) {
    const s = knownChat(p.chat_id);
    const m = s.messages.get(Number(p.message_id));
    if (!m) throw new BadRequest('message to edit not found');
    if (m.from?.id !== bot.id) throw new BadRequest("message can't be edited");
    return { s, m };
  }

  const methods: Record<string, (p: Json, wait: (ms: number) => Promise<void>) => unknown | Promise<unknown>> = {
    getMe: () => ({ ...bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false }),
    async getUpdates(p, wait) {
      if (webhook) throw Object.assign(new BadRequest("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"), { code: 409 });
      const offset = Number(p.offset ?? 0);
      const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
      // Updates below the offset are confirmed: Telegram forgets them.
      while (updates.length && updates[0]!.update_id < offset) updates.shift();
      const timeoutMs = Math.max(0, Number(p.timeout ?? 0)) * 1000;
      if (!updates.length && timeoutMs > 0) await wait(timeoutMs);
      while (updates.length && updates[0]!.update_id < offset) updates.shift();
      return updates.slice(0, limit);
    },
    sendMessage(p) {
      const s = knownChat(p.chat_id);
      const { text, entities, html } = messageText(p);
      checkMarkup(p.reply_markup);
      const replyTo = p.reply_parameters?.message_id ?? p.reply_to_message_id;
      const reply = replyTo !== undefined ? s.messages.get(Number(replyTo)) : undefined;
      if (replyTo !== undefined && !reply && !p.reply_parameters?.allow_sending_without_reply) throw new BadRequest('message to be replied not found');
      const message: Json = {
        message_id: s.next++,
        from: { ...bot },
        chat: chatJson(s.chat),
        date: now(),
        text,
        ...(entities ? { entities } : {}),
        ...(p.reply_markup?.inline_keyboard ? { reply_markup: p.reply_markup } : {}),
        ...(reply ? { reply_to_message: shallow(reply) } : {}),
      };
      s.messages.set(message.message_id, message);
      s.events.push({ kind: 'bot', text, html, buttons: buttonsOf(p.reply_markup), messageId: message.message_id });
      return message;
    },
    editMessageText(p) {
      const { s, m } = botMessageOf(p);
      const { text, entities, html } = messageText(p);
      checkMarkup(p.reply_markup);
      if (m.text === text && JSON.stringify(m.reply_markup ?? null) === JSON.stringify(p.reply_markup ?? null)) {
        throw new BadRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
      }
      m.text = text;
      if (entities) m.entities = entities;
      else delete m.entities;
      if (p.reply_markup?.inline_keyboard) m.reply_markup = p.reply_markup;
      else delete m.reply_markup;
      m.edit_date = now();
      s.events.push({ kind: 'edit', messageId: m.message_id, text, buttons: buttonsOf(m.reply_markup) });
      void html;
      return m;
    },
    editMessageReplyMarkup(p) {
      const { s, m } = botMessageOf(p);
      checkMarkup(p.reply_markup);
      if (JSON.stringify(m.reply_markup ?? null) === JSON.stringify(p.reply_markup?.inline_keyboard ? p.reply_markup : null)) {
        throw new BadRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
      }
      if (p.reply_markup?.inline_keyboard) m.reply_markup = p.reply_markup;
      else delete m.reply_markup;
      s.events.push({ kind: 'edit', messageId: m.message_id, buttons: buttonsOf(m.reply_markup) });
      return m;
    },
    answerCallbackQuery(p) {
      const id = String(p.callback_query_id);
      if (!openQueries.has(id)) throw new BadRequest('query is too old and response timeout expired or query ID is invalid');
      openQueries.delete(id);
      callbackAnswers.set(id, p);
      const chatId = Number(id.split('-')[0]);
      if (p.text) chats.get(chatId)?.events.push({ kind: 'toast', text: String(p.text) });
      return true;
    },
    setMyCommands(p) {
      const list = p.commands as Json[];
      if (!Array.isArray(list) || list.length > 100) throw new BadRequest('commands must be a list of at most 100');
      for (const c of list) {
        if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) throw new BadRequest('BOT_COMMAND_INVALID');
        if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) throw new BadRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
      const scope = p.scope ? JSON.stringify(p.scope) : 'default';
      if (p.scope?.type === 'chat' && !chats.has(Number(p.scope.chat_id))) throw new BadRequest('chat not found');
      commands.set(scope, list);
      return true;
    },
    setWebhook(p) {
      if (typeof p.url !== 'string' || !/^https?:\/\//.test(p.url)) throw new BadRequest('bad webhook: An HTTPS URL must be provided for webhook');
      if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(p.secret_token))) throw new BadRequest('bad webhook: secret token contains unallowed characters');
      webhook = { url: p.url, ...(p.secret_token ? { secretToken: String(p.secret_token) } : {}) };
      return true;
    },
    deleteWebhook() {
      webhook = null;
      return true;
    },
    getWebhookInfo: () => ({ url: webhook?.url ?? '', has_custom_certificate: false, pending_update_count: updates.length }),
    getFile(p) {
      const f = files.get(String(p.file_id));
      if (!f) throw new BadRequest('invalid file_id');
      return { file_id: String(p.file_id), file_unique_id: f.unique, file_size: f.data.length, file_path: f.path };
    },
    sendChatAction: () => true,
  };

  function send(res: ServerResponse, status: number, body: Json | Uint8Array) {
    if (body instanceof Uint8Array) {
      res.writeHead(status, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  }

  async function readBody(req: IncomingMessage): Promise<Json> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (!raw) return {};
    if (!/application\/json/.test(req.headers['content-type'] ?? '')) throw new BadRequest('this fake reads JSON bodies only');
    return JSON.parse(raw) as Json;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
      if (file) {
        const f = [...files.values()].find((x) => x.path === decodeURIComponent(file[2]!));
        if (file[1] !== token || !f) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
        return send(res, 200, f.data);
      }
      const m = url.pathname.match(/^\/bot([^/]*)\/([A-Za-z]+)$/);
      if (!m) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, given, method] = m as unknown as [string, string, string];
      let payload: Json = {};
      try {
        payload = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };
      } catch (e) {
        return send(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${(e as Error).message}` });
      }
      const record = (status: number) => calls.push({ method, payload, status, at: Date.now() });
      if (given !== token) {
        // Telegram: a malformed token is not found, a well-formed wrong one unauthorized.
        const status = /^\d+:[\w-]{20,}$/.test(given) ? 401 : 404;
        record(status);
        return send(res, status, { ok: false, error_code: status, description: status === 401 ? 'Unauthorized' : 'Not Found' });
      }
      const inject = injected.get(method);
      if (inject && inject.times > 0) {
        inject.times--;
        record(inject.response.status);
        return send(res, inject.response.status, inject.response.body);
      }
      const handler = methods[method];
      if (!handler) {
        record(404);
        return send(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
      }
      const wait = (ms: number) =>
        new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== done);
            res.off('close', done);
            resolve();
          };
          const timer = setTimeout(done, ms);
          waiters.push(done);
          res.on('close', done);
        });
      try {
        const result = await handler(payload, wait);
        if (res.destroyed) return;
        record(200);
        send(res, 200, { ok: true, result });
      } catch (e) {
        if (e instanceof BadRequest) {
          const code = (e as BadRequest & { code?: number }).code ?? 400;
          record(code);
          return send(res, code, { ok: false, error_code: code, description: `${code === 409 ? '' : 'Bad Request: '}${e.message}` });
        }
        record(500);
        send(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${(e as Error).message}` });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let queryCounter = 0;
  let fileCounter = 0;

  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    bot,
    calls,
    callbackAnswers,
    commands,
    events: (chatId) => chats.get(chatId)?.events ?? [],
    botMessages: (chatId) => [...(chats.get(chatId)?.messages.values() ?? [])].filter((m) => m.from?.id === bot.id),
    message: (chatId, messageId) => chats.get(chatId)?.messages.get(messageId),
    sendText(chat, from, text, opts = {}) {
      const message = userMessage(chat, from, { text, ...commandEntities(text, 'entities') }, opts.replyTo);
      chatState(chat).events.push({ kind: 'user', from, text, messageId: message.message_id });
      pushUpdate({ message });
      return message;
    },
    sendDocument(chat, from, f, caption, opts = {}) {
      const id = `doc-${++fileCounter}-${'x'.repeat(60)}`;
      files.set(id, { data: f.data, path: `documents/file_${fileCounter}.zip`, unique: `u${fileCounter}` });
      const message = userMessage(
        chat,
        from,
        {
          document: { file_id: id, file_unique_id: `u${fileCounter}`, file_name: f.name, mime_type: f.mime ?? 'application/zip', file_size: f.data.length },
          ...(caption ? { caption, ...commandEntities(caption, 'caption_entities') } : {}),
        },
        opts.replyTo,
      );
      chatState(chat).events.push({ kind: 'document', from, fileName: f.name, caption: caption ?? '', messageId: message.message_id });
      pushUpdate({ message });
      return message;
    },
    press(chat, from, messageId, data) {
      const s = chatState(chat);
      const message = s.messages.get(messageId);
      if (!message) throw new Error(`fake: no message ${messageId} in chat ${chat.id}`);
      const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((b: Json) => b.callback_data === data);
      if (!button) throw new Error(`fake: message ${messageId} has no button with data ${data}`);
      const id = `${chat.id}-${++queryCounter}`;
      openQueries.add(id);
      s.events.push({ kind: 'press', from, label: button.text, data, messageId });
      pushUpdate({ callback_query: { id, from: userJson(from), message, chat_instance: `ci${chat.id}`, data } });
      return id;
    },
    failNext(method, response, times = 1) {
      injected.set(method, { response, times });
    },
    async waitFor(probe, timeoutMs = 15_000, what = 'condition') {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = probe();
        if (v) return v;
        if (Date.now() > until) throw new Error(`fake telegram: timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    webhook: () => webhook,
    transcript(chatId) {
      const out: string[] = [];
      const buttons = (rows: string[][]) => (rows.length ? `\n    [${rows.map((r) => r.join(' | ')).join('] [')}]` : '');
      for (const e of fake.events(chatId)) {
        if (e.kind === 'user') out.push(`👤 ${e.from.first_name}: ${e.text}`);
        else if (e.kind === 'document') out.push(`👤 ${e.from.first_name}: 📎 ${e.fileName}${e.caption ? `（说明：${e.caption}）` : ''}`);
        else if (e.kind === 'press') out.push(`👆 ${e.from.first_name} 按下「${e.label}」`);
        else if (e.kind === 'toast') out.push(`   （提示：${e.text}）`);
        else if (e.kind === 'edit') out.push(`✏️ 机器人改写消息 #${e.messageId}${e.text ? `：${e.text}` : ''}${buttons(e.buttons)}`);
        else out.push(`🤖 ${e.text.replace(/\n/g, '\n   ')}${buttons(e.buttons)}`);
      }
      return out.join('\n');
    },
    close: () =>
      new Promise((resolve) => {
        for (const w of waiters) w();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
