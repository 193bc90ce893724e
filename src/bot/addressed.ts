import type { Context } from 'grammy';

/**
 * Telegram's stand-in senders: anonymous group admins (GroupAnonymousBot) and posts on behalf of a
 * channel (Channel_Bot) all carry one of these ids, whoever wrote them.
 */
const sharedSenderIds = new Set([1087968824, 136817688]);

/** Whether a group message mentions the bot by its @username. */
export function mentionsBot(ctx: Context): boolean {
  const message = ctx.message;
  if (!message?.text) return false;
  const mention = `@${ctx.me.username.toLowerCase()}`;
  return (message.entities ?? []).some(
    (entity) =>
      entity.type === 'mention' &&
      message.text?.slice(entity.offset, entity.offset + entity.length).toLowerCase() === mention,
  );
}

/**
 * Whether the bot will answer this update: everything in a private chat, buttons and inline queries,
 * and in groups only commands for it, mentions of it and replies to it. Only these count towards a
 * user's rate limit, so group chatter never earns anyone a "too fast" notice.
 */
export function isAddressedToBot(ctx: Context): boolean {
  if (ctx.callbackQuery || ctx.inlineQuery) return true;
  const message = ctx.message;
  if (!message) return false;
  if (ctx.chat?.type === 'private') return true;
  const command = message.text?.match(/^\/\w+(?:@(\w+))?/);
  if (command) return command[1] === undefined || command[1].toLowerCase() === ctx.me.username.toLowerCase();
  return mentionsBot(ctx) || message.reply_to_message?.from?.id === ctx.me.id;
}

/**
 * Whose rate limit an update counts towards: its sender, except for Telegram's shared stand-in senders
 * (every anonymous admin of every group has the same id), which are limited per chat.
 */
export function rateLimitKey(ctx: Context): string | undefined {
  const sender = ctx.from?.id;
  if (ctx.message?.sender_chat || (sender !== undefined && sharedSenderIds.has(sender))) {
    return ctx.chat ? `chat:${ctx.chat.id}` : undefined;
  }
  return sender === undefined ? undefined : `user:${sender}`;
}
