/**
 * What the news pages in `knowledge/raw/` put around an article, as data. Ingest uses these tables to
 * tell the article from the page; a new site's furniture is added here, not in code.
 */

/** Section labels printed above a title ("An sinh xã hội"). */
export const sectionLabels = ['Xã hội', 'An sinh xã hội', 'Thời sự', 'Kinh tế', 'Tin tức'] as const;

/** A line that ends the article: what follows is page furniture or teasers. */
export const articleEndMarkers: readonly RegExp[] = [
  /^TAG:?$/i,
  /^Chủ đề\s*:?$/,
  /^\(\d+\)\s*Bình luận$/,
  /^Tin khác$/,
  /^List comment$/,
  /^Nổi bật$/,
  /^POWERED BY\b/,
];

/** Lines dropped wherever they appear: breadcrumbs, image file names, widget labels. */
export const furnitureLines: readonly RegExp[] = [
  /^Trang chủ\s*\//,
  /^[\w-]+\.(?:jpe?g|png|gif|webp)$/i,
  /^icon$/,
  /^Đừng bỏ lỡ$/,
];

/** Byline markers that name the publisher at the start of the lead: "(LĐXH) - ". */
export const publisherMarkers: Readonly<Record<string, string>> = {
  LĐXH: 'Báo Lao động và Xã hội',
  'TN&MT': 'Báo Tài nguyên và Môi trường',
};

/** The line that separates a teaser's headline from its summary on related-article lists. */
export const teaserSeparator = /^icon$/;

/** The date formats these pages print, with how to read each into parts. */
export const datePatterns: readonly {
  readonly pattern: RegExp;
  readonly read: (m: RegExpMatchArray) => {
    day: string;
    month: string;
    year: string;
    hour: number;
    minute: string;
  };
}[] = [
  {
    // "07:30 PM 18/04/2024"
    pattern: /(\d{1,2}):(\d{2})\s*(AM|PM)\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/,
    read: (m) => ({
      day: m[4] ?? '',
      month: m[5] ?? '',
      year: m[6] ?? '',
      hour: (Number(m[1]) % 12) + (m[3] === 'PM' ? 12 : 0),
      minute: m[2] ?? '',
    }),
  },
  {
    // "30/05/2024 - 15:12"
    pattern: /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*-\s*(\d{1,2}):(\d{2})/,
    read: (m) => ({
      day: m[1] ?? '',
      month: m[2] ?? '',
      year: m[3] ?? '',
      hour: Number(m[4]),
      minute: m[5] ?? '',
    }),
  },
];

/** Pages here are Vietnamese: times are Indochina Time. */
export const pageTimeZoneOffset = '+07:00';
