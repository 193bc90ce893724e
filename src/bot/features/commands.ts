import { Composer } from 'grammy';
import { templates } from '../../answer/templates.js';
import { formatDate } from '../../answer/compose.js';
import { type BotContext, userLanguage } from '../deps.js';
import { botWording } from '../wording.js';
import { exampleKeyboard, policyKeyboard, provinceKeyboard } from '../keyboards.js';
import { escapeHtml, renderMessages } from '../render.js';

/** /start, /help, /tinh, /nguon and /chinhsach. */
export const commands = new Composer<BotContext>();

commands.command('start', async (ctx) => {
  ctx.intent = 'start';
  const language = userLanguage(ctx);
  const t = templates[language];
  const { base } = ctx.deps.knowledge;
  const topics = (
    ['poverty_rate', 'loans', 'housing', 'health_insurance', 'education', 'employment', 'budget', 'targets'] as const
  )
    .map((topic) => t.topic[topic].toLowerCase())
    .join(', ');
  const articles = base.entries.filter((entry) => entry.kind === 'article').length;
  const text = t.bot.welcome(base.provincesWithFacts.join(', '), topics, articles);
  await ctx.reply(escapeHtml(text), { parse_mode: 'HTML', reply_markup: exampleKeyboard(language) });
});

commands.command('help', async (ctx) => {
  ctx.intent = 'help';
  const t = templates[userLanguage(ctx)];
  const extra = botWording[userLanguage(ctx)].help;
  const text = `${t.help(ctx.deps.knowledge.base.provincesWithFacts.join(', '))}\n\n${t.examples.map((e) => `• ${e}`).join('\n')}\n\n${extra}`;
  for (const html of renderMessages(text)) await ctx.reply(html, { parse_mode: 'HTML' });
});

commands.command('tinh', async (ctx) => {
  ctx.intent = 'provinces';
  const t = templates[userLanguage(ctx)];
  await ctx.reply(escapeHtml(t.bot.chooseProvince), { parse_mode: 'HTML', reply_markup: provinceKeyboard(ctx.deps) });
});

commands.command('nguon', async (ctx) => {
  ctx.intent = 'sources';
  const t = templates[userLanguage(ctx)];
  const articles = ctx.deps.knowledge.base.entries.filter((entry) => entry.kind === 'article');
  const lines = articles.map(
    (entry, index) =>
      `${index + 1}. ${entry.title} — ${entry.publisher ?? t.noPublisher}, ${formatDate(entry.published) ?? t.noDate}`,
  );
  for (const html of renderMessages(`${t.sources}\n${lines.join('\n')}`)) await ctx.reply(html, { parse_mode: 'HTML' });
});

commands.command('chinhsach', async (ctx) => {
  ctx.intent = 'policies';
  const t = templates[userLanguage(ctx)];
  await ctx.reply(escapeHtml(t.bot.choosePolicy), {
    parse_mode: 'HTML',
    reply_markup: policyKeyboard(ctx.deps, userLanguage(ctx)),
  });
});
