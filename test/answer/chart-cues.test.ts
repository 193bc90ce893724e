import { expect, test } from 'vitest';
import { chartCues, intentNames } from '../../src/answer/intents.js';
import { topicRegistry } from '../../src/answer/topics.js';
import { understand } from '../../src/answer/understand.js';
import { foldPhrase } from '../../src/text/words.js';
import { context } from './context.js';

test('no chart cue is a topic cue or a place name once folded', () => {
  const topical = new Set(intentNames.flatMap((intent) => Object.keys(topicRegistry[intent].cues).map(foldPhrase)));
  for (const cue of chartCues) {
    expect(topical.has(foldPhrase(cue))).toBe(false);
    expect(understand(cue, context.base.gazetteer).places).toEqual([]);
  }
});

test('every chart cue, with or without diacritics, asks for a chart; a question without one does not', () => {
  for (const cue of chartCues) {
    expect(understand(`${cue} tỷ lệ hộ nghèo Bắc Kạn`, context.base.gazetteer).chart).toBe(true);
    expect(understand(foldPhrase(cue), context.base.gazetteer).chart).toBe(true);
  }
  expect(understand('tỷ lệ hộ nghèo Bắc Kạn', context.base.gazetteer).chart).toBe(false);
});
