import { expect, test } from 'vitest';
import { formatNumber } from '../../src/answer/compose.js';
import { checkPoll } from '../../src/dev/telegram-rules.js';
import { indicators } from '../../src/facts/indicators.js';
import { context } from '../answer/context.js';
import { offlineBot, textUpdate } from './harness.js';

const polls = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls.filter((call) => call.method === 'sendPoll').map((call) => call.payload);
const optionTexts = (poll: Record<string, unknown> | undefined) =>
  ((poll?.options ?? []) as { text: string }[]).map((option) => option.text);

test('/dovui sends a quiz poll Telegram accepts, and not the same fact twice in a row', async () => {
  const { bot, calls } = offlineBot();
  for (let i = 0; i < 6; i++) await bot.handleUpdate(textUpdate('/dovui'));
  const sent = polls(calls);
  expect(sent).toHaveLength(6);
  for (const poll of sent) {
    expect(poll).toMatchObject({ chat_id: 7, type: 'quiz', is_anonymous: false });
    expect(checkPoll(poll)).toBeNull();
  }
  for (let i = 1; i < sent.length; i++)
    expect(`${String(sent[i]?.question)}${String(sent[i]?.explanation)}`).not.toBe(
      `${String(sent[i - 1]?.question)}${String(sent[i - 1]?.explanation)}`,
    );
});

test('/dovui Bắc Kạn asks about Bắc Kạn; /dovui vay vốn about loans, with real figures as options', async () => {
  const { bot, calls } = offlineBot();
  await bot.handleUpdate(textUpdate('/dovui Bắc Kạn'));
  const [bacKan] = polls(calls);
  expect(String(bacKan?.question)).toContain('Bắc Kạn');
  await bot.handleUpdate(textUpdate('/dovui tỷ lệ hộ nghèo'));
  const rate = polls(calls)[1];
  expect(String(rate?.question)).toMatch(/tỷ lệ hộ (cận )?nghèo/i);
  const values = new Set(context.base.facts.map((fact) => formatNumber(fact.value, 'vi')));
  for (const option of optionTexts(rate)) expect(values).toContain(option.replace(/^\D*?(\d[\d.,]*).*$/, '$1'));
  const loanLabels = Object.values(indicators)
    .filter((definition) => definition.topic === 'loans')
    .map((definition) => definition.vi);
  await bot.handleUpdate(textUpdate('/dovui vay vốn'));
  const last = calls.at(-1);
  // Loans figures are few: a quiz when three of one kind exist, otherwise a polite refusal.
  if (last?.method === 'sendPoll')
    expect(loanLabels.some((label) => String(last.payload.question).includes(label))).toBe(true);
  else expect(String(last?.payload.text)).toMatch(/^Không đủ số liệu để ra câu đố về «vay vốn»/);
});

test('works in a group for a trainer, in English for an English user, and refuses politely when there is nothing', async () => {
  const { bot, calls } = offlineBot();
  await bot.handleUpdate(textUpdate('/dovui@giamngheo_bot', { chat: 'group' }));
  expect(polls(calls)[0]).toMatchObject({ chat_id: -100, type: 'quiz' });
  await bot.handleUpdate(textUpdate('/dovui', { language: 'en' }));
  expect(String(polls(calls)[1]?.question)).toMatch(/: which is right\?$/);
  await bot.handleUpdate(textUpdate('/dovui Hà Nội'));
  expect(String(calls.at(-1)?.payload.text)).toMatch(/^Không đủ số liệu để ra câu đố về «Hà Nội»/);
});

test('/help and the command list name /xuat and /dovui in both languages', async () => {
  const { bot, calls } = offlineBot();
  await bot.handleUpdate(textUpdate('/help'));
  await bot.handleUpdate(textUpdate('/help', { language: 'en' }));
  const texts = calls.map((call) => String(call.payload.text)).join('\n');
  expect(texts).toContain('/xuat — tải số liệu');
  expect(texts).toContain('/dovui — a multiple-choice quiz');
});
