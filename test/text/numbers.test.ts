import { expect, test } from 'vitest';
import { formatVietnameseNumber, parseVietnameseNumber } from '../../src/text/numbers.js';

test.each([
  ['1.329', 1329],
  ['1,28', 1.28],
  ['51.020', 51020],
  ['22,733', 22.733],
  ['7.943,93', 7943.93],
  ['02', 2],
  ['1.200.000', 1200000],
  ['1.5', 1.5],
])('reads %s as %d', (written, value) => {
  expect(parseVietnameseNumber(written)).toBe(value);
});

test('refuses what is not a number', () => {
  expect(parseVietnameseNumber('1,2,3')).toBeNull();
  expect(parseVietnameseNumber('abc')).toBeNull();
  expect(parseVietnameseNumber('1.23.4')).toBeNull();
});

test('writes numbers the Vietnamese way', () => {
  expect(formatVietnameseNumber(51020)).toBe('51.020');
  expect(formatVietnameseNumber(1.28)).toBe('1,28');
  expect(formatVietnameseNumber(7943.93)).toBe('7.943,93');
});
