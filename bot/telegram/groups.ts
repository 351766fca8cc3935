/**
 * Group chats: the bot answers only what is addressed to it — a mention
 * (@bot), a reply to one of its messages, a command for it, or a press on its
 * buttons. Everything else in a group is none of its business.
 */
import type { MessageEntity } from 'grammy/types';
import type { BotContext } from './types.ts';

function entitiesOf(ctx: BotContext): { text: string; entities: MessageEntity[] } {
  const m = ctx.message;
  if (!m) return { text: '', entities: [] };
  return { text: m.text ?? m.caption ?? '', entities: m.entities ?? m.caption_entities ?? [] };
}

/** Whether an update in this chat is meant for the bot. */
export function addressedToBot(ctx: BotContext): boolean {
  const type = ctx.chat?.type;
  if (type === 'private') return true;
  if (ctx.callbackQuery) return true;
  const m = ctx.message;
  if (!m || type === undefined || type === 'channel') return false;
  if (m.reply_to_message?.from?.id === ctx.me.id) return true;
  const { text, entities } = entitiesOf(ctx);
  const me = `@${ctx.me.username}`.toLowerCase();
  for (const e of entities) {
    const part = text.slice(e.offset, e.offset + e.length);
    if (e.type === 'mention' && part.toLowerCase() === me) return true;
    if (e.type === 'text_mention' && e.user?.id === ctx.me.id) return true;
    // A command with no @bot may be for any bot in the group; one for another bot is not ours.
    if (e.type === 'bot_command' && e.offset === 0) {
      const at = part.indexOf('@');
      return at < 0 || part.slice(at).toLowerCase() === me;
    }
  }
  return false;
}

/** The message's text with the bot's @mention taken out. */
export function textForBot(ctx: BotContext): string {
  const { text } = entitiesOf(ctx);
  const username = ctx.me.username;
  return text.replace(new RegExp(`@${username}\\b`, 'gi'), ' ').replace(/\s+/g, ' ').trim();
}
