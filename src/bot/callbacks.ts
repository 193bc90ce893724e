import { z } from 'zod';

/**
 * Callback data, validated before use: Telegram allows 64 bytes, and a client can send anything.
 * `src` shows the sources of the message pressed; `t:I:P` asks topic I (intent index) for place P
 * (index in the place list); `p:P` lists a place's topics; `ex:N` asks example N.
 */
const callbackPattern = /^(?:src|t:(\d{1,2}):(\d{1,3})|p:(\d{1,3})|ex:(\d{1,2}))$/;

export type Callback =
  | { readonly kind: 'sources' }
  | { readonly kind: 'topic'; readonly intent: number; readonly place: number }
  | { readonly kind: 'place'; readonly place: number }
  | { readonly kind: 'example'; readonly example: number };

export const callbackSchema = z
  .string()
  .max(64)
  .regex(callbackPattern)
  .transform((data): Callback => {
    const [, intent, topicPlace, place, example] = data.match(callbackPattern) ?? [];
    if (data === 'src') return { kind: 'sources' };
    if (intent !== undefined) return { kind: 'topic', intent: Number(intent), place: Number(topicPlace) };
    if (place !== undefined) return { kind: 'place', place: Number(place) };
    return { kind: 'example', example: Number(example) };
  });

export const callbackData = {
  sources: () => 'src',
  topic: (intent: number, place: number) => `t:${intent}:${place}`,
  place: (place: number) => `p:${place}`,
  example: (example: number) => `ex:${example}`,
};
