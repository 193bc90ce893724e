/**
 * Vietnamese numerals: "." groups thousands and "," is the decimal mark ("1.329" is 1329,
 * "1,28" is 1.28, "7.943,93" is 7943.93). A "." not followed by groups of exactly three digits is read
 * as an English decimal point, since users also type "1.5".
 */
export function parseVietnameseNumber(written: string): number | null {
  const text = written.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const [whole = '', fraction, ...rest] = text.split(',');
  if (rest.length > 0) return null;
  const groups = whole.split('.');
  const thousandsGrouped = groups.slice(1).every((group) => group.length === 3);
  let integerPart: string;
  let decimals = fraction;
  if (groups.length === 1 || thousandsGrouped) {
    integerPart = groups.join('');
  } else if (groups.length === 2 && fraction === undefined) {
    integerPart = groups[0] ?? '';
    decimals = groups[1];
  } else {
    return null;
  }
  const value = Number(decimals === undefined ? integerPart : `${integerPart}.${decimals}`);
  return Number.isFinite(value) ? value : null;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number as Vietnamese readers write it: 51020 → "51.020", 1.28 → "1,28". */
export function formatVietnameseNumber(value: number, locale = 'vi-VN'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}
