/**
 * What the real Bot API refuses, as the fake Bot API checks it: formatted text (HTML entities,
 * lengths after the markup is parsed), captions, uploaded files and polls. Each check returns the
 * description Telegram would answer with (a 400), or null when Telegram would accept the call.
 * Lengths are in UTF-16 code units of the text a user sees, as Telegram counts them.
 */

/** Telegram's limits, as the Bot API documents them. */
export const telegramLimits = {
  messageText: 4096,
  caption: 1024,
  pollQuestion: 300,
  pollOptions: { min: 2, max: 10 },
  pollOption: 100,
  quizExplanation: 200,
  callbackData: 64,
} as const;

/** The tags Telegram's HTML parse mode knows; any other is "Unsupported start tag". */
const allowedTags = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'a',
  'tg-spoiler',
  'tg-emoji',
  'blockquote',
  'span',
]);

/** Attributes Telegram reads without a value: `<blockquote expandable>`; any other needs "=". */
const flagAttributes: Readonly<Record<string, readonly string[]>> = { blockquote: ['expandable'] };

/** A field as text: a client may send any JSON where a string belongs, and Telegram reads it as written. */
export const fieldText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);

const parseError = (problem: string) => `Bad Request: can't parse entities: ${problem}`;

/**
 * Telegram's HTML rules, enough to catch what a bot gets wrong: unknown tags, unbalanced tags, an
 * attribute without a value (other than `expandable` on a blockquote), a `span` that is not a
 * spoiler, and a bare "<" or "&" (stricter than Telegram on "&", so an unescaped string is caught).
 */
export function checkHtml(text: string): string | null {
  const stack: string[] = [];
  const tag = /<(\/?)([a-z-]+)(\s[^<>]*)?>|&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);|[<>&]/gi;
  for (const match of text.matchAll(tag)) {
    const [whole, closing, rawName, attributes = ''] = match;
    if (!rawName) {
      if (whole.startsWith('&') && whole.length > 1) continue;
      return parseError(`unexpected "${whole}" at byte offset ${match.index}`);
    }
    const name = rawName.toLowerCase();
    if (!allowedTags.has(name)) return parseError(`Unsupported start tag "${name}" at byte offset ${match.index}`);
    if (closing) {
      const open = stack.pop();
      if (open === undefined) return parseError(`Unexpected end tag at byte offset ${match.index}`);
      if (open !== name)
        return parseError(`Unmatched end tag at byte offset ${match.index}, expected "</${open}>", found "</${name}>"`);
      continue;
    }
    const problem = checkAttributes(name, attributes, match.index);
    if (problem) return parseError(problem);
    stack.push(name);
  }
  const open = stack.at(-1);
  return open === undefined ? null : parseError(`Can't find end tag corresponding to start tag ${open}`);
}

/** A start tag's attributes as Telegram's parser reads them: `name="value"`, `name=token`, or a known flag. */
function checkAttributes(tag: string, attributes: string, offset: number): string | null {
  const parsed = new Map<string, string>();
  const attribute = /\s*([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+)))?/gy;
  const rest = attributes.trimEnd();
  while (attribute.lastIndex < rest.length) {
    const start = attribute.lastIndex;
    const match = attribute.exec(rest);
    if (!match || match.index !== start) return `Unexpected end of name token at byte offset ${offset}`;
    const [whole, name = '', double, single, token] = match;
    const value = double ?? single ?? token;
    if (value === undefined && !whole.includes('=') && !(flagAttributes[tag] ?? []).includes(name.toLowerCase()))
      return `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${offset}`;
    parsed.set(name.toLowerCase(), value ?? '');
  }
  if (tag === 'span' && parsed.get('class') !== 'tg-spoiler')
    return `Tag "span" must have class "tg-spoiler" at byte offset ${offset}`;
  return null;
}

/** The text a user sees: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** The links a user can tap in an HTML text: each `<a href>`'s target and its visible text. */
export function htmlLinks(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\s[^>]*href\s*=\s*"([^"]*)"[^>]*>(.*?)<\/a>/gis)].map(([, href = '', text = '']) => ({
    href: visibleText(href),
    text: visibleText(text),
  }));
}

/**
 * Formatted text as Telegram checks it in a message, a caption or a quiz explanation: its markup when
 * the parse mode is HTML, then its length as the user sees it.
 */
export function checkFormattedText(text: string, parseMode: unknown, limit: number, tooLong: string): string | null {
  if (parseMode === 'HTML') {
    const problem = checkHtml(text);
    if (problem) return problem;
  } else if (parseMode !== undefined) {
    return `Bad Request: unsupported parse_mode "${fieldText(parseMode)}"`;
  }
  const visible = parseMode === 'HTML' ? visibleText(text) : text;
  return visible.length > limit ? tooLong : null;
}

/** Inline keyboard buttons: callback data of at most 64 bytes. */
export function checkReplyMarkup(markup: unknown): string | null {
  const keyboard = (markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
  for (const button of keyboard.flat()) {
    if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > telegramLimits.callbackData)
      return 'Bad Request: BUTTON_DATA_INVALID';
  }
  return null;
}

/** sendMessage and editMessageText. */
export function checkMessage(payload: Record<string, unknown>): string | null {
  const text = typeof payload.text === 'string' ? payload.text : '';
  if (!text.trim()) return 'Bad Request: message text is empty';
  return (
    checkFormattedText(text, payload.parse_mode, telegramLimits.messageText, 'Bad Request: message is too long') ??
    checkReplyMarkup(payload.reply_markup)
  );
}

/** A file as a multipart request carried it. */
export interface UploadedFile {
  readonly filename: string;
  readonly bytes: Buffer;
}

/** The signatures of the image formats Telegram turns into photos. */
const imageSignatures: readonly Buffer[] = [
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from('RIFF'), // WebP
];

/**
 * sendDocument and sendPhoto (`field` is "document" or "photo"): an uploaded, non-empty file (a photo
 * an image), or the id of a file sent before; a caption within 1,024 characters once parsed.
 */
export function checkUpload(
  field: 'document' | 'photo',
  payload: Record<string, unknown>,
  files: Readonly<Record<string, UploadedFile>>,
  knownFileIds: ReadonlySet<string>,
): string | null {
  const file = files[field];
  const reference = payload[field];
  if (!file) {
    if (typeof reference === 'string' && knownFileIds.has(reference)) return null;
    if (reference === undefined || reference === '') return `Bad Request: there is no ${field} in the request`;
    return 'Bad Request: wrong file identifier/HTTP URL specified';
  }
  if (file.bytes.length === 0) return 'Bad Request: file must be non-empty';
  if (
    field === 'photo' &&
    !imageSignatures.some((signature) => file.bytes.subarray(0, signature.length).equals(signature))
  )
    return 'Bad Request: IMAGE_PROCESS_FAILED';
  if (payload.caption !== undefined) {
    const problem = checkFormattedText(
      fieldText(payload.caption),
      payload.parse_mode,
      telegramLimits.caption,
      'Bad Request: message caption is too long',
    );
    if (problem) return problem;
  }
  return checkReplyMarkup(payload.reply_markup);
}

/** A poll option as the Bot API takes it: a string (older clients) or an InputPollOption. */
const optionText = (option: unknown): string =>
  typeof option === 'string' ? option : fieldText((option as { text?: unknown } | null)?.text);

/**
 * sendPoll: a question of 1–300 characters; 2–10 distinct options of 1–100; a quiz with its correct
 * option(s) among the options and an explanation of at most 200 characters and 2 line feeds once
 * parsed. The Bot API now allows 1–12 options; 2–10 (its limits until 2025) is kept so that what the
 * bot sends is accepted by either, and a one-option quiz would be no question.
 */
export function checkPoll(payload: Record<string, unknown>): string | null {
  const question = typeof payload.question === 'string' ? payload.question.trim() : '';
  if (!question) return 'Bad Request: poll question must be non-empty';
  if (question.length > telegramLimits.pollQuestion) return 'Bad Request: poll question length must not exceed 300';
  const options = Array.isArray(payload.options) ? payload.options.map((option) => optionText(option).trim()) : [];
  const { min, max } = telegramLimits.pollOptions;
  if (options.length < min) return 'Bad Request: poll must have at least 2 option';
  if (options.length > max) return `Bad Request: poll can't have more than ${max} options`;
  if (options.some((option) => option.length === 0)) return 'Bad Request: poll options must be non-empty';
  if (options.some((option) => option.length > telegramLimits.pollOption))
    return 'Bad Request: poll options length must not exceed 100';
  if (new Set(options).size !== options.length) return 'Bad Request: POLL_OPTION_DUPLICATE';
  const type = payload.type ?? 'regular';
  if (type !== 'regular' && type !== 'quiz') return 'Bad Request: wrong poll type specified';
  if (type === 'quiz') {
    // The Bot API grammY speaks takes a list (`correct_option_ids`); the older single id is still read.
    const correct =
      payload.correct_option_ids ?? (payload.correct_option_id === undefined ? undefined : [payload.correct_option_id]);
    if (!Array.isArray(correct) || correct.length === 0)
      return 'Bad Request: correct_option_ids must be specified for quiz polls';
    const inRange = correct.every(
      (id, index) =>
        Number.isInteger(id) &&
        Number(id) >= 0 &&
        Number(id) < options.length &&
        (index === 0 || id > correct[index - 1]),
    );
    if (!inRange) return 'Bad Request: wrong correct option ID specified';
    if (correct.length > 1 && payload.allows_multiple_answers !== true)
      return 'Bad Request: several correct options need allows_multiple_answers';
  }
  if (payload.explanation !== undefined) {
    if (type !== 'quiz') return 'Bad Request: explanation can be specified only for quiz polls';
    const problem = checkFormattedText(
      fieldText(payload.explanation),
      payload.explanation_parse_mode,
      telegramLimits.quizExplanation,
      'Bad Request: explanation is too long',
    );
    if (problem) return problem;
    if ((visibleText(fieldText(payload.explanation)).match(/\n/g) ?? []).length > 2)
      return 'Bad Request: explanation can have at most 2 line feeds';
  }
  for (const flag of ['is_anonymous', 'allows_multiple_answers', 'is_closed', 'protect_content'] as const) {
    if (payload[flag] !== undefined && typeof payload[flag] !== 'boolean')
      return `Bad Request: field "${flag}" must be of type Boolean`;
  }
  return checkReplyMarkup(payload.reply_markup);
}

/** The options of a poll as the user sees them. */
export const pollOptionTexts = (payload: Record<string, unknown>): string[] =>
  Array.isArray(payload.options) ? payload.options.map(optionText) : [];
