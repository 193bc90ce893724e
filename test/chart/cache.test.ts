import { expect, test } from 'vitest';
import { LeastRecentlyUsed } from '../../src/chart/cache.js';

test('forgets the least recently used entry first, and a read makes an entry recent', () => {
  const cache = new LeastRecentlyUsed<string, number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  expect(cache.get('a')).toBe(1);
  cache.set('c', 3);
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('a')).toBe(1);
  expect(cache.get('c')).toBe(3);
  expect(cache.size).toBe(2);
});

test('a cache of size 0 keeps nothing', () => {
  const cache = new LeastRecentlyUsed<string, number>(0);
  cache.set('a', 1);
  expect(cache.get('a')).toBeUndefined();
});
