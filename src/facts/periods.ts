import { foldDiacritics } from '../text/fold.js';

/** A time a figure refers to, as written, with the years it spans. */
export interface Period {
  readonly text: string;
  readonly from: number | null;
  readonly to: number | null;
  /** Where in the year: its end ("cuối năm"), its start, or a dated point. */
  readonly point: 'end' | 'start' | 'date' | null;
}

export interface TimeMention extends Period {
  readonly start: number;
  readonly end: number;
  /** A comparison baseline ("so với năm 2022"): never the period of a figure. */
  readonly baseline: boolean;
  /** A range attached to a programme or standard's name ("Chương trình MTQG ... giai đoạn 2021-2025"). */
  readonly nameQualifier: boolean;
  /** The date of a decision or resolution ("Quyết định số 353/QĐ-TTg ngày 15/03/2022"): never a period. */
  readonly document: boolean;
}

/**
 * Time expressions in the forms the articles and users write them, most specific first. Matched on
 * folded text (same length as the original, so positions carry over).
 */
const timePatterns: readonly {
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray) => Omit<Period, 'text'>;
}[] = [
  {
    pattern: /(?:(?:tinh )?den (?:het )?)?ngay (\d{1,2})\/(\d{1,2})\/(\d{4})/g,
    read: (m) => ({ from: Number(m[3]), to: Number(m[3]), point: 'date' }),
  },
  {
    pattern: /(?:(?:tinh )?den (?:het )?)?thang (\d{1,2})\/(\d{4})/g,
    read: (m) => ({ from: Number(m[2]), to: Number(m[2]), point: 'date' }),
  },
  {
    pattern: /(?:giai doan |tu (?:nam )?)?((?:19|20)\d\d) ?(?:-|–|den) ?((?:19|20)\d\d)/g,
    read: (m) => ({ from: Number(m[1]), to: Number(m[2]), point: null }),
  },
  {
    pattern: /\d{1,2} thang (?:dau )?nam ((?:19|20)\d\d)/g,
    read: (m) => ({ from: Number(m[1]), to: Number(m[1]), point: null }),
  },
  {
    pattern: /(?:(?:tinh )?den )?(cuoi|dau|giua) nam ((?:19|20)\d\d)/g,
    read: (m) => ({
      from: Number(m[2]),
      to: Number(m[2]),
      point: m[1] === 'dau' ? 'start' : m[1] === 'cuoi' ? 'end' : null,
    }),
  },
  {
    pattern: /(?:nam |\b)((?:19|20)\d\d)\b/g,
    read: (m) => ({ from: Number(m[1]), to: Number(m[1]), point: null }),
  },
];

/** Words before a range that make it part of a name, within the same clause. */
const nameContext =
  /(?:chuong trinh|mtqg|chuan ngheo|nghi quyet|quyet dinh|phong trao|ke hoach|ben vung)[^,;.()]{0,40}$/;

/** A document number right before a date: the date is the document's. */
const documentContext = /(?:quyet dinh|nghi quyet|so) ?\d+[\w/-]*\s*(?:cua [^,;.]{0,30})?$/;

/** Every time expression in a text, in order, without overlaps. */
export function findTimeMentions(text: string): TimeMention[] {
  const folded = foldDiacritics(text);
  const taken = new Array<boolean>(folded.length).fill(false);
  const mentions: TimeMention[] = [];
  for (const { pattern, read } of timePatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      if (/[\d/.,]/.test(folded[start - 1] ?? '') || /[\d/]/.test(folded[end] ?? '')) continue;
      taken.fill(true, start, end);
      const before = folded.slice(Math.max(0, start - 60), start);
      const period = read(m);
      mentions.push({
        ...period,
        text: text.slice(start, end),
        start,
        end,
        baseline: /so voi (?:[^,;.]{0,25} )?$/.test(before),
        nameQualifier: period.from !== period.to && nameContext.test(before),
        document: documentContext.test(before),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
