import { z } from 'zod';
import { intentNames, type Intent } from '../answer/intents.js';
import { foldPhrase } from '../text/words.js';

/**
 * Callback data, validated before use: Telegram allows 64 bytes, and a client can send anything.
 * `src` shows the sources of the message pressed; `csv` sends its facts as a spreadsheet; `chart` as a chart; `t:INTENT:PLACE` asks a topic (its name) for a
 * place (its key: the folded name, "kien-giang"); `p:PLACE` lists a place's topics; `ex:N` asks
 * example N; `pol:ID` shows a policy of the catalogue; `grp:ID` what support a group gets. Names, not positions, so a button already sent keeps meaning the same after an upgrade
 * adds a topic or a place. Buttons sent before this format (`t:3:12`, `p:12`: positions) are still read.
 */
const callbackPattern =
  /^(?:src|csv|chart|t:([a-z_]{1,24}|\d{1,2}):([a-z0-9-]{1,40})|p:([a-z0-9-]{1,40})|ex:(\d{1,2})|pol:([a-z0-9-]{1,48})|grp:([a-z_]{1,24}))$/;

export type Callback =
  | { readonly kind: 'sources' }
  /** The facts of the message pressed, as a CSV file. */
  | { readonly kind: 'export' }
  /** The chart of the message pressed's facts. */
  | { readonly kind: 'chart' }
  | { readonly kind: 'topic'; readonly intent: string; readonly place: string }
  | { readonly kind: 'place'; readonly place: string }
  | { readonly kind: 'example'; readonly example: number }
  /** A policy of the catalogue, by its stable id. */
  | { readonly kind: 'policy'; readonly id: string }
  /** What support a group gets (a target group's id). */
  | { readonly kind: 'group'; readonly id: string };

export const callbackSchema = z
  .string()
  .max(64)
  .regex(callbackPattern)
  .transform((data): Callback => {
    const [, intent, topicPlace, place, example, policy, group] = data.match(callbackPattern) ?? [];
    if (data === 'src') return { kind: 'sources' };
    if (data === 'csv') return { kind: 'export' };
    if (data === 'chart') return { kind: 'chart' };
    if (policy !== undefined) return { kind: 'policy', id: policy };
    if (group !== undefined) return { kind: 'group', id: group };
    if (intent !== undefined && topicPlace !== undefined) return { kind: 'topic', intent, place: topicPlace };
    if (place !== undefined) return { kind: 'place', place };
    return { kind: 'example', example: Number(example) };
  });

/** A place's key in callback data: its folded name, words joined by "-". */
export const placeKey = (name: string): string => foldPhrase(name).replace(/ /g, '-');

/**
 * The place a key names, among `places`. A key of digits is a position in the list, as buttons sent
 * before keys were names wrote it.
 */
export function placeOfKey(key: string, places: readonly string[]): string | undefined {
  if (/^\d+$/.test(key)) return places[Number(key)];
  return places.find((name) => placeKey(name) === key);
}

/** The topic a callback names: its name, or (in buttons sent before names) its position. */
export function intentOfKey(key: string): Intent | undefined {
  if (/^\d+$/.test(key)) return intentNames[Number(key)];
  return intentNames.find((name) => name === key);
}

export const callbackData = {
  sources: () => 'src',
  export: () => 'csv',
  chart: () => 'chart',
  topic: (intent: Intent, place: string) => `t:${intent}:${placeKey(place)}`,
  place: (place: string) => `p:${placeKey(place)}`,
  example: (example: number) => `ex:${example}`,
  policy: (id: string) => `pol:${id}`,
  group: (id: string) => `grp:${id}`,
};
