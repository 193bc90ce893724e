/**
 * A fake Telegram Bot API on 127.0.0.1 for end-to-end tests and the demo. It long-polls getUpdates
 * with real offset and timeout, records what the bot sends (files uploaded as multipart included),
 * and rejects what Telegram rejects (telegram-rules.ts): malformed HTML, text over 4096 characters,
 * captions over 1,024, empty files, invalid polls, callback data over 64 bytes. Faults can be injected.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UserFromGetMe } from 'grammy/types';
import { isMultipart, readMultipart } from './multipart.js';
import {
  checkHtml,
  checkMessage,
  checkPoll,
  checkUpload,
  fieldText,
  pollOptionTexts,
  type UploadedFile,
  visibleText,
} from './telegram-rules.js';

export { checkHtml, htmlLinks, type UploadedFile, visibleText } from './telegram-rules.js';

export interface RecordedCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** Files the call uploaded, by the field that attached them ("document", "photo"). */
  readonly files: Readonly<Record<string, UploadedFile>>;
}

interface Fault {
  method: string;
  remaining: number;
  /** A response to send (a string is sent as is, not as JSON), or null to drop the connection without one. */
  respond: () => { status: number; body: unknown } | null;
}

/** The bot the fake serves: a full getMe result (grammY needs all 13 fields to run offline). */
export const fakeBotInfo: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Giảm nghèo',
  username: 'giamngheo_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_guest_queries: false,
} as UserFromGetMe;

export class FakeTelegram {
  /** Every call as it arrived (before any injected delay). */
  readonly calls: RecordedCall[] = [];
  /** Calls that were answered successfully: what the bot has delivered. */
  readonly delivered: RecordedCall[] = [];
  readonly #updates: Record<string, unknown>[] = [];
  readonly #waiting: (() => void)[] = [];
  readonly #faults: Fault[] = [];
  readonly #server: Server;
  #nextUpdateId = 1;
  #nextMessageId = 1;
  /** The id of the message each delivered send* call created (what a button press on it refers to). */
  readonly #messageIds = new WeakMap<RecordedCall, number>();
  /** Ids of files sent so far: a later call may send one again by its id. */
  readonly #fileIds = new Set<string>();
  #confirmed = 0;
  #served = 0;
  /** Delay before each response of these methods, to make handlers slow. */
  readonly delays = new Map<string, number>();
  /**
   * Messages delivered per second at most, as Telegram paces a bot (about 30 a second across chats):
   * a sendMessage beyond it waits for its turn. Unlimited when null.
   */
  sendRate: number | null = null;
  #nextSendSlot = 0;
  webhook: string | null = null;
  /** Like a broken Bot API: getUpdates returns every pending update, whatever limit was asked. */
  ignoreLimit = false;
  /** Most calls (other than getUpdates) that were being served at once. */
  maxConcurrentCalls = 0;
  #activeCalls = 0;

  constructor(readonly token = '123456:FAKE-TOKEN-FOR-TESTS-abcdefghijklmnopq') {
    this.#server = createServer((request, response) => void this.#handle(request, response));
  }

  /** Listens on `port` (any free one by default), e.g. the port a bot was told of before the API came up. */
  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(port, '127.0.0.1', resolve));
    return this.apiRoot;
  }

  get apiRoot(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.#waiting.splice(0)) wake();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Queues an update as a user would cause it; returns its id. */
  push(update: Record<string, unknown>): number {
    const id = this.#nextUpdateId++;
    this.#updates.push({ update_id: id, ...update });
    for (const wake of this.#waiting.splice(0)) wake();
    return id;
  }

  /** Updates confirmed by the bot through getUpdates' offset. */
  get confirmedUpTo(): number {
    return this.#confirmed;
  }

  /** The next `count` calls of `method` fail as given (429 with retry_after, 500, ...). */
  fail(method: string, count: number, status: number, parameters?: Record<string, unknown>): void {
    this.#faults.push({
      method,
      remaining: count,
      respond: () => ({
        status,
        body: {
          ok: false,
          error_code: status,
          description: status === 429 ? 'Too Many Requests: retry later' : 'Internal Server Error',
          ...(parameters ? { parameters } : {}),
        },
      }),
    });
  }

  /** The next `count` calls of `method` get a 200 whose body is not JSON (a proxy's error page). */
  garbage(method: string, count: number): void {
    this.#faults.push({ method, remaining: count, respond: () => ({ status: 200, body: '<html>Bad Gateway' }) });
  }

  /** The next `count` calls of `method` lose their connection before any response. */
  drop(method: string, count: number): void {
    this.#faults.push({ method, remaining: count, respond: () => null });
  }

  /** How many injected faults were served (each one a request the bot had to retry). */
  get faultsServed(): number {
    return this.#served;
  }

  sent(method = 'sendMessage'): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The id of the message a delivered call created, as a button pressed on it would carry. */
  messageIdOf(call: RecordedCall): number | undefined {
    return this.#messageIds.get(call);
  }

  /** Waits until a call matching `predicate` has been recorded. */
  async waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 15_000): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`timed out; calls so far: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Milliseconds until this message's turn under `sendRate`. */
  #waitForSendSlot(): number {
    if (this.sendRate === null) return 0;
    const now = performance.now();
    const slot = Math.max(now, this.#nextSendSlot);
    this.#nextSendSlot = slot + 1000 / this.sendRate;
    return slot - now;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = request.url?.match(/^\/bot([^/]+)\/(\w+)/);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const reply = (status: number, body: unknown) => {
      if (!response.destroyed)
        response
          .writeHead(status, { 'content-type': 'application/json' })
          .end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (!match || match[1] !== this.token) {
      reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const method = match[2] ?? '';
    let payload: Record<string, unknown> = {};
    let files: Record<string, UploadedFile> = {};
    try {
      if (isMultipart(request.headers)) {
        ({ payload, files } = await readMultipart(request.headers, Buffer.concat(chunks)));
      } else {
        const text = Buffer.concat(chunks).toString('utf8');
        payload = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      }
    } catch {
      reply(400, { ok: false, error_code: 400, description: 'Bad Request: body is neither JSON nor multipart' });
      return;
    }
    const fault = this.#faults.find((f) => f.method === method && f.remaining > 0);
    if (fault) {
      fault.remaining -= 1;
      this.#served += 1;
      const response_ = fault.respond();
      if (response_) reply(response_.status, response_.body);
      else request.socket.destroy();
      return;
    }
    const call = { method, payload, files };
    if (method !== 'getUpdates') {
      this.calls.push(call);
      this.#activeCalls += 1;
      this.maxConcurrentCalls = Math.max(this.maxConcurrentCalls, this.#activeCalls);
    }
    const delay = (this.delays.get(method) ?? 0) + (method === 'sendMessage' ? this.#waitForSendSlot() : 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const result = await this.#result(method, payload, files);
    if (method !== 'getUpdates') this.#activeCalls -= 1;
    if ('error' in result) {
      reply(400, { ok: false, error_code: 400, description: result.error });
    } else {
      if (method !== 'getUpdates') this.delivered.push(call);
      const messageId = (result.value as { message_id?: unknown } | null)?.message_id;
      if (typeof messageId === 'number') this.#messageIds.set(call, messageId);
      reply(200, { ok: true, result: result.value });
    }
  }

  async #result(
    method: string,
    payload: Record<string, unknown>,
    files: Readonly<Record<string, UploadedFile>>,
  ): Promise<{ value: unknown } | { error: string }> {
    switch (method) {
      case 'getMe':
        return { value: fakeBotInfo };
      case 'getUpdates':
        return { value: await this.#getUpdates(payload) };
      case 'sendMessage':
      case 'editMessageText': {
        const problem = checkMessage(payload);
        if (problem) return { error: problem };
        return {
          value: {
            message_id: this.#nextMessageId++,
            date: Math.floor(Date.now() / 1000),
            chat: { id: payload.chat_id, type: 'private' },
            text: visibleText(String(payload.text)),
          },
        };
      }
      case 'sendDocument':
      case 'sendPhoto': {
        const field = method === 'sendDocument' ? 'document' : 'photo';
        const problem = checkUpload(field, payload, files, this.#fileIds);
        if (problem) return { error: problem };
        const file = files[field];
        const fileId = file ? `file-${this.#fileIds.size + 1}` : String(payload[field]);
        this.#fileIds.add(fileId);
        const sent = { file_id: fileId, file_unique_id: fileId, file_size: file?.bytes.length ?? 0 };
        return {
          value: {
            ...this.#message(payload),
            ...(field === 'document'
              ? { document: { ...sent, file_name: file?.filename ?? 'file' } }
              : { photo: [{ ...sent, width: 0, height: 0 }] }),
            ...(payload.caption === undefined ? {} : { caption: visibleText(fieldText(payload.caption)) }),
          },
        };
      }
      case 'sendPoll': {
        const problem = checkPoll(payload);
        if (problem) return { error: problem };
        return {
          value: {
            ...this.#message(payload),
            poll: {
              id: String(this.#nextMessageId),
              question: String(payload.question),
              options: pollOptionTexts(payload).map((text) => ({ text, voter_count: 0 })),
              total_voter_count: 0,
              is_closed: false,
              is_anonymous: payload.is_anonymous ?? true,
              type: payload.type ?? 'regular',
              allows_multiple_answers: payload.allows_multiple_answers ?? false,
              ...(payload.type === 'quiz'
                ? { correct_option_ids: payload.correct_option_ids ?? [payload.correct_option_id] }
                : {}),
              ...(payload.explanation === undefined
                ? {}
                : { explanation: visibleText(fieldText(payload.explanation)) }),
            },
          },
        };
      }
      case 'answerInlineQuery': {
        const results = (payload.results ?? []) as { id: string; input_message_content?: { message_text?: string } }[];
        for (const result of results) {
          if (Buffer.byteLength(result.id) > 64) return { error: 'Bad Request: RESULT_ID_INVALID' };
          const text = result.input_message_content?.message_text;
          if (text !== undefined) {
            const problem =
              checkHtml(text) ?? (visibleText(text).length > 4096 ? 'Bad Request: MESSAGE_TOO_LONG' : null);
            if (problem) return { error: problem };
          }
        }
        return { value: true };
      }
      case 'setWebhook': {
        const problem = checkWebhookUrl(String(payload.url));
        if (problem) return { error: problem };
        this.webhook = String(payload.url);
        return { value: true };
      }
      case 'deleteWebhook':
        this.webhook = null;
        return { value: true };
      case 'answerCallbackQuery':
      case 'setMyCommands':
        return { value: true };
      default:
        return { error: `Not Found: method ${method} is not faked` };
    }
  }

  /** The message a send* call creates, before what its kind adds. */
  #message(payload: Record<string, unknown>): Record<string, unknown> {
    return {
      message_id: this.#nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: payload.chat_id, type: 'private' },
    };
  }

  async #getUpdates(payload: Record<string, unknown>): Promise<unknown[]> {
    const offset = Number(payload.offset ?? 0);
    const timeout = Math.min(Number(payload.timeout ?? 0), 50);
    if (offset > 0) {
      this.#confirmed = Math.max(this.#confirmed, offset - 1);
      const confirmed = this.#updates.findIndex((u) => Number(u.update_id) >= offset);
      this.#updates.splice(0, confirmed < 0 ? this.#updates.length : confirmed);
    }
    const pending = () =>
      this.#updates
        .filter((u) => Number(u.update_id) >= offset)
        .slice(0, this.ignoreLimit ? undefined : Number(payload.limit ?? 100));
    if (pending().length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeout * 1000);
        this.#waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return pending();
  }
}

/** Telegram's rules for a webhook URL: HTTPS, on one of four ports. */
function checkWebhookUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Bad Request: bad webhook: invalid URL';
  }
  if (parsed.protocol !== 'https:') return 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook';
  if (!['', '443', '80', '88', '8443'].includes(parsed.port))
    return 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443';
  return null;
}
