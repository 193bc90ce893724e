import type { StorageAdapter } from 'grammy';
import type { Update } from 'grammy/types';
import { fakeBotInfo } from '../../src/dev/fake-telegram.js';
import type { ChatSession } from '../../src/bot/session.js';
import { createBot } from '../../src/bot/bot.js';
import { type BotDeps, placeList } from '../../src/bot/deps.js';
import { createLogger } from '../../src/log.js';
import { context } from '../answer/context.js';

/** The same bot the fake Bot API serves, for offline tests. */
export const botInfo = fakeBotInfo;

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

/** A bot over the real knowledge whose API calls are recorded instead of sent. */
export function offlineBot(
  options: {
    adminIds?: number[];
    storage?: StorageAdapter<ChatSession>;
    reload?: BotDeps['reload'];
    rateLimit?: BotDeps['rateLimit'];
    charts?: BotDeps['charts'];
  } = {},
) {
  const calls: ApiCall[] = [];
  const logs: string[] = [];
  const log = createLogger('debug', [], (line) => logs.push(line));
  const deps: BotDeps = {
    knowledge: context,
    log,
    adminIds: options.adminIds ?? [],
    places: placeList(context),
    ...(options.reload ? { reload: options.reload } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.charts ? { charts: options.charts } : {}),
  };
  const bot = createBot('123:TEST', deps, { botInfo, ...(options.storage ? { storage: options.storage } : {}) });
  let messageId = 1000;
  bot.api.config.use((_prev, method, payload) => {
    calls.push({ method, payload: payload });
    const result =
      method === 'sendMessage'
        ? { message_id: ++messageId, date: 0, chat: { id: 1, type: 'private' }, text: '' }
        : true;
    return Promise.resolve({ ok: true, result } as never);
  });
  return { bot, calls, logs, deps, lastMessageId: () => messageId };
}

let updateId = 0;
const user = (language = 'vi') => ({ id: 7, is_bot: false, first_name: 'An', language_code: language });

export function textUpdate(
  text: string,
  options: {
    chat?: 'private' | 'group';
    language?: string;
    replyToBot?: boolean;
    entities?: { type: 'mention' | 'bot_command'; offset: number; length: number }[];
  } = {},
): Update {
  const chat =
    options.chat === 'group'
      ? { id: -100, type: 'group' as const, title: 'Tổ công tác' }
      : { id: 7, type: 'private' as const, first_name: 'An' };
  const command = text.startsWith('/')
    ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/[\s@]/)[0]?.length ?? 1 }]
    : [];
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat,
      from: user(options.language),
      text,
      entities: options.entities ?? command,
      ...(options.replyToBot
        ? { reply_to_message: { message_id: 1, date: 0, chat, from: { ...botInfo }, text: 'x' } }
        : {}),
    },
  } as unknown as Update;
}

export function callbackUpdate(data: string, messageId = 1): Update {
  return {
    update_id: ++updateId,
    callback_query: {
      id: `cb${updateId}`,
      from: user(),
      chat_instance: 'c',
      data,
      message: { message_id: messageId, date: 0, chat: { id: 7, type: 'private', first_name: 'An' }, text: 'x' },
    },
  } as unknown as Update;
}

export function inlineUpdate(query: string): Update {
  return {
    update_id: ++updateId,
    inline_query: { id: `iq${updateId}`, from: user(), query, offset: '' },
  };
}

export function stickerUpdate(): Update {
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: 7, type: 'private', first_name: 'An' },
      from: user(),
      sticker: {
        file_id: 'x',
        file_unique_id: 'y',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    },
  } as unknown as Update;
}
