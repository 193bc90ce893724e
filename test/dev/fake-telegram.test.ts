import { Api, GrammyError, InputFile } from 'grammy';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { FakeTelegram } from '../../src/dev/fake-telegram.js';

let fake: FakeTelegram;
let api: Api;

beforeEach(async () => {
  fake = new FakeTelegram();
  await fake.start();
  api = new Api(fake.token, { apiRoot: fake.apiRoot });
});
afterEach(() => fake.stop());

const refusal = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return (error as GrammyError).description;
};

test('a document uploaded as multipart is recorded with its bytes, file name and caption', async () => {
  const bytes = Buffer.from('\ufeff"tỉnh","giá trị"\r\n"Bình Thuận","1,28"\r\n');
  const sent = await api.sendDocument(7, new InputFile(bytes, 'giam-ngheo-binh-thuan.csv'), {
    caption: '<b>Bình Thuận</b> — 1 số liệu',
    parse_mode: 'HTML',
    reply_markup: { inline_keyboard: [[{ text: '📄', callback_data: 'src' }]] },
  });
  expect(sent.document?.file_name).toBe('giam-ngheo-binh-thuan.csv');
  const [call] = fake.sent('sendDocument');
  expect(call?.files.document?.bytes.equals(bytes)).toBe(true);
  expect(call?.files.document?.filename).toBe('giam-ngheo-binh-thuan.csv');
  expect(call?.payload.caption).toBe('<b>Bình Thuận</b> — 1 số liệu');
  expect(call?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: '📄', callback_data: 'src' }]] });
  // The file sent can be sent again by its id, as with Telegram.
  await api.sendDocument(8, sent.document?.file_id ?? '');
});

test('invalid uploads get a 400 with what Telegram says', async () => {
  expect(await refusal(api.sendDocument(7, new InputFile(Buffer.alloc(0), 'empty.csv')))).toBe(
    'Bad Request: file must be non-empty',
  );
  expect(
    await refusal(api.sendDocument(7, new InputFile(Buffer.from('x'), 'a.csv'), { caption: 'c'.repeat(1025) })),
  ).toBe('Bad Request: message caption is too long');
  expect(
    await refusal(
      api.sendDocument(7, new InputFile(Buffer.from('x'), 'a.csv'), { caption: '<p>', parse_mode: 'HTML' }),
    ),
  ).toMatch(/can't parse entities/);
  expect(await refusal(api.sendPhoto(7, new InputFile(Buffer.from('not a png'), 'chart.png')))).toBe(
    'Bad Request: IMAGE_PROCESS_FAILED',
  );
  expect(fake.delivered).toHaveLength(0);
});

test('a quiz poll is recorded; an invalid one is refused', async () => {
  const sent = await api.sendPoll(
    7,
    'Tỷ lệ hộ nghèo Kiên Giang cuối năm 2023?',
    [{ text: '1,28%' }, { text: '2,5%' }],
    {
      type: 'quiz',
      correct_option_ids: [0],
      is_anonymous: false,
      explanation: '«Tỷ lệ hộ nghèo còn 1,28%»',
    },
  );
  expect(sent.poll?.type).toBe('quiz');
  expect(sent.poll?.options.map((option) => option.text)).toEqual(['1,28%', '2,5%']);
  expect(fake.delivered.map((call) => call.method)).toEqual(['sendPoll']);
  expect(
    await refusal(api.sendPoll(7, 'Q?', [{ text: 'a' }, { text: 'b' }], { type: 'quiz', correct_option_ids: [2] })),
  ).toBe('Bad Request: wrong correct option ID specified');
  expect(await refusal(api.sendPoll(7, 'Q?', [{ text: 'a' }, { text: 'a' }]))).toBe(
    'Bad Request: POLL_OPTION_DUPLICATE',
  );
});
