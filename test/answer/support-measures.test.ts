import { describe, expect, test } from 'vitest';
import {
  groupsNamed,
  measureTopics,
  supportMeasureEntries,
  supportMeasures,
} from '../../src/answer/support-measures.js';
import { targetGroups } from '../../src/answer/target-groups.js';
import { topicRegistry } from '../../src/answer/topics.js';
import { foldPhrase } from '../../src/text/words.js';
import { context } from './context.js';

describe('target groups (data)', () => {
  test('every group is labelled in both languages, and no cue names two groups once folded', () => {
    const owners = new Map<string, string>();
    for (const group of targetGroups) {
      expect(group.vi.length).toBeGreaterThan(0);
      expect(group.en.length).toBeGreaterThan(0);
      for (const cue of group.cues) {
        const folded = foldPhrase(cue);
        expect(owners.get(folded) ?? group.id).toBe(group.id);
        owners.set(folded, group.id);
      }
    }
  });

  test('groups are read from sentences never seen: "hộ cận nghèo" is not "hộ nghèo"', () => {
    const ids = (sentence: string) => groupsNamed(sentence).map((group) => group.id);
    expect(ids('Cấp thẻ cho 1.200 hộ cận nghèo trên địa bàn.')).toEqual(['near_poor']);
    expect(ids('Hỗ trợ 50 hộ nghèo và 30 hộ mới thoát nghèo là đồng bào dân tộc thiểu số.')).toEqual([
      'poor',
      'newly_escaped',
      'ethnic_minority',
    ]);
    expect(ids('Tỉnh tổ chức hội nghị tổng kết.')).toEqual([]);
  });
});

describe('support measures, read from the sentences their figures come from', () => {
  const measures = supportMeasures(context.base);

  test('one per support topic with figures, each naming who it is for and where, as its sentences do', () => {
    expect(measures.length).toBeGreaterThan(3);
    for (const measure of measures) {
      expect(measureTopics).toContain(measure.topic);
      expect(measure.provinces.length).toBeGreaterThan(0);
      const facts = (topicRegistry[measure.topic].shows ?? []).flatMap(
        (id) => context.base.factsByIndicator.get(id) ?? [],
      );
      // Each group listed is named by at least that many of the measure's own sentences.
      for (const { group, sentences } of measure.groups) {
        const naming = new Set(
          facts.filter((fact) => groupsNamed(fact.citation.quote).includes(group)).map((fact) => fact.citation.quote),
        );
        expect(naming.size).toBeGreaterThanOrEqual(sentences);
      }
    }
  });
});

test('the support measures listed beside the catalogue are each cited by verbatim sentences, with the groups they name', () => {
  const entries = supportMeasureEntries(context.base);
  expect(entries.map((entry) => entry.id)).toEqual(
    expect.arrayContaining(['support-loans', 'support-electricity', 'support-legal-aid']),
  );
  for (const entry of entries) {
    expect(entry.mentions.length).toBeGreaterThan(0);
    expect(entry.groups.length).toBeGreaterThan(0);
    for (const mention of entry.mentions)
      expect(context.base.entriesById.get(mention.entryId)?.body.slice(mention.start, mention.end)).toBe(mention.quote);
  }
});
