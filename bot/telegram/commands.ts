/** The commands as Telegram lists them (setMyCommands), in Chinese. */
import type { BotCommand } from 'grammy/types';

export const userCommands: readonly BotCommand[] = [
  { command: 'start', description: '开始：助手能做什么，示例问题' },
  { command: 'help', description: '使用帮助' },
  { command: 'measures', description: '12条措施原文，点选阅读' },
  { command: 'calc', description: '分步测算补助金额' },
  { command: 'reset', description: '清空本次对话，重新开始' },
];

/** Shown only in the chats of the admins (ADMIN_TELEGRAM_IDS). */
export const adminCommands: readonly BotCommand[] = [
  ...userCommands,
  { command: 'kb_status', description: '知识库：当前版本、发布人、数量' },
  { command: 'kb_history', description: '知识库：发布和回滚记录' },
  { command: 'kb_diff', description: '知识库：检查上传的 zip 并显示改动' },
  { command: 'kb_publish', description: '知识库：发布上传的 zip（需确认）' },
  { command: 'kb_rollback', description: '知识库：回滚到某个版本' },
];
