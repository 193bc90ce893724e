import { expect, test } from 'vitest';
import { chatAbbreviations, endingParticles, intentNames, nameCues, whoCues } from '../../src/answer/intents.js';
import { topicRegistry } from '../../src/answer/topics.js';
import { indicators } from '../../src/facts/indicators.js';
import { unitKinds } from '../../src/facts/units.js';
import { unitKindLabels } from '../../src/answer/templates.js';
import { foldPhrase } from '../../src/text/words.js';

const chatTurns = new Set(['greeting', 'help', 'unknown']);

test('no cue belongs to two topics once folded', () => {
  const owner = new Map<string, string>();
  const shared: string[] = [];
  for (const intent of intentNames) {
    for (const cue of Object.keys(topicRegistry[intent].cues)) {
      const folded = foldPhrase(cue);
      const first = owner.get(folded);
      if (first && first !== intent) shared.push(`${cue}: ${first} and ${intent}`);
      owner.set(folded, intent);
    }
  }
  expect(shared).toEqual([]);
});

test('every topic is labelled in Vietnamese and English; every topic a button can ask has its question in both', () => {
  for (const intent of intentNames) {
    const { label, ask } = topicRegistry[intent];
    expect(label.vi.trim()).not.toBe('');
    expect(label.en.trim()).not.toBe('');
    expect(label.vi).not.toBe(label.en);
    if (chatTurns.has(intent)) continue;
    expect(ask?.vi('Kiên Giang')).toContain('Kiên Giang');
    expect(ask?.en('Kiên Giang')).toContain('Kiên Giang');
  }
});

test('every indicator a topic shows exists, and every headline group is among what it shows', () => {
  for (const intent of intentNames) {
    const { shows = [], headline = [] } = topicRegistry[intent];
    for (const id of shows) expect(indicators[id]).toBeDefined();
    for (const id of headline.flat()) expect(shows).toContain(id);
  }
});

test('every chat abbreviation is short, plain ASCII (or "đ"), and stands for words written with diacritics', () => {
  for (const [abbreviation, words] of Object.entries(chatAbbreviations)) {
    expect(abbreviation).toMatch(/^[a-zđ]{2,4}$/);
    expect(foldPhrase(words)).not.toBe(words);
  }
});

test('every kind of figure is named in both languages, for saying the articles give none of it', () => {
  for (const kind of unitKinds) {
    expect(unitKindLabels[kind].vi.length, kind).toBeGreaterThan(0);
    expect(unitKindLabels[kind].en.length, kind).toBeGreaterThan(0);
  }
});

test('no particle a question may end with is a topic cue once folded, so stripping it loses no topic', () => {
  const cues = new Set(Object.values(topicRegistry).flatMap((topic) => Object.keys(topic.cues).map(foldPhrase)));
  // "vậy" folds to the loans' "vay": a last "vay" is read as the particle by its own rule (no word of borrowing before it).
  for (const particle of endingParticles.filter((word) => word !== 'vậy'))
    expect(cues.has(foldPhrase(particle)), particle).toBe(false);
});

test('question-word tables keyed by language hold words of both', () => {
  for (const table of [whoCues, nameCues]) {
    expect(table.vi.length).toBeGreaterThan(0);
    expect(table.en.length).toBeGreaterThan(0);
  }
});
