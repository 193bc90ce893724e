import { Composer } from 'grammy';
import { templates, type Topical } from '../../answer/templates.js';
import { quoteBlock } from '../../answer/compose.js';
import { policyCatalogue } from '../../policies/catalogue.js';
import { callbackSchema, intentOfKey, placeOfKey } from '../callbacks.js';
import { type BotContext, userLanguage } from '../deps.js';
import { supportGroups, topicKeyboard } from '../keyboards.js';
import { renderMessages, escapeHtml } from '../render.js';
import { answerAndReply } from '../reply.js';
import { factsById, factsFile, partsOfFacts, sendFactsFile } from '../exports.js';
import { botWording } from '../wording.js';
import { chartOfFacts, sendChart } from '../charts.js';

/** Button presses: sources of an answer, its facts as a spreadsheet, a topic for a place, a place's topics, an example question. */
export const buttons = new Composer<BotContext>();

buttons.on('callback_query:data', async (ctx) => {
  const t = templates[userLanguage(ctx)];
  const parsed = callbackSchema.safeParse(ctx.callbackQuery.data);
  if (!parsed.success) {
    ctx.intent = 'forged_callback';
    await ctx.answerCallbackQuery({ text: t.bot.forged });
    return;
  }
  // A button on a message shared inline has no chat to answer in (nor a session): say where to ask.
  if (!ctx.chat) {
    ctx.intent = 'inline_message_button';
    await ctx.answerCallbackQuery({ text: t.bot.openChat });
    return;
  }
  const callback = parsed.data;
  ctx.intent = `button_${callback.kind}`;
  switch (callback.kind) {
    case 'sources': {
      const sources = kept(ctx.session.sources, ctx.callbackQuery.message?.message_id);
      await ctx.answerCallbackQuery();
      if (!sources) {
        await ctx.reply(escapeHtml(t.bot.sourcesExpired), { parse_mode: 'HTML' });
        return;
      }
      const text = [t.bot.sourcesTitle, ...sources.map((source) => quoteBlock(source, userLanguage(ctx)))].join('\n\n');
      for (const html of renderMessages(text))
        await ctx.reply(html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      return;
    }
    case 'export': {
      const ids = kept(ctx.session.facts, ctx.callbackQuery.message?.message_id);
      const facts = factsById(ctx.deps.knowledge.base, ids ?? []);
      await ctx.answerCallbackQuery();
      // Gone when the message is older than the answers a chat keeps, or the knowledge has changed since.
      if (facts.length === 0) {
        await ctx.reply(escapeHtml(botWording[userLanguage(ctx)].exportExpired), { parse_mode: 'HTML' });
        return;
      }
      const language = userLanguage(ctx);
      await sendFactsFile(ctx, factsFile(facts, partsOfFacts(facts, language), 'csv', language));
      return;
    }
    case 'chart': {
      const ids = kept(ctx.session.facts, ctx.callbackQuery.message?.message_id);
      const spec = chartOfFacts(ctx.deps.knowledge.base, ids ?? [], userLanguage(ctx));
      await ctx.answerCallbackQuery();
      if (!spec) {
        await ctx.reply(escapeHtml(botWording[userLanguage(ctx)].chartExpired), { parse_mode: 'HTML' });
        return;
      }
      await sendChart(ctx, spec);
      return;
    }
    case 'topic': {
      const intent = intentOfKey(callback.intent);
      const place = placeOfKey(callback.place, ctx.deps.places);
      const ask = intent && intent in t.askAbout ? t.askAbout[intent as Topical] : undefined;
      if (!ask || !place) {
        await ctx.answerCallbackQuery({ text: t.bot.forged });
        return;
      }
      await ctx.answerCallbackQuery();
      // A button starts a fresh question: it names both the topic and the place.
      ctx.session.previous = null;
      await answerAndReply(ctx, ask(place));
      return;
    }
    case 'place': {
      const place = placeOfKey(callback.place, ctx.deps.places);
      if (!place) {
        await ctx.answerCallbackQuery({ text: t.bot.forged });
        return;
      }
      await ctx.answerCallbackQuery();
      await ctx.reply(escapeHtml(t.bot.topicsFor(place)), {
        parse_mode: 'HTML',
        reply_markup: topicKeyboard(place, ctx.deps, userLanguage(ctx)),
      });
      return;
    }
    case 'policy': {
      const policy = policyCatalogue(ctx.deps.knowledge.base).byId.get(callback.id);
      if (!policy) {
        await ctx.answerCallbackQuery({ text: t.bot.forged });
        return;
      }
      await ctx.answerCallbackQuery();
      // A button starts a fresh question: the policy, named alone.
      ctx.session.previous = null;
      await answerAndReply(ctx, policy.name);
      return;
    }
    case 'group': {
      const group = supportGroups.find((candidate) => candidate.id === callback.id);
      if (!group) {
        await ctx.answerCallbackQuery({ text: t.bot.forged });
        return;
      }
      await ctx.answerCallbackQuery();
      ctx.session.previous = null;
      // Asked as the figures name the group, so the question reads it as that group.
      await answerAndReply(
        ctx,
        t.bot.askGroupSupport(userLanguage(ctx) === 'vi' ? group.subject : (t.subject[group.subject] ?? group.en)),
      );
      return;
    }
    case 'example': {
      const example = t.examples[callback.example];
      if (!example) {
        await ctx.answerCallbackQuery({ text: t.bot.forged });
        return;
      }
      await ctx.answerCallbackQuery();
      await answerAndReply(ctx, example);
      return;
    }
  }
});

/** What the session keeps for the message a button is on (its sources, its facts' ids), if it still does. */
function kept<T>(byMessage: Readonly<Record<string, T>> | undefined, messageId: number | undefined): T | undefined {
  return messageId === undefined ? undefined : byMessage?.[String(messageId)];
}
