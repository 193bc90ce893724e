import { z } from 'zod';

/** An ISO date, or a date-time with its offset as the page gave it ("2024-04-18T19:30:00+07:00"). */
const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Front matter of a knowledge entry (`knowledge/articles/*.md`, `knowledge/summaries/*.md`). */
export const entryFrontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
    /** `article`: a page's own article; `summary`: a related-article teaser shown on a page. */
    kind: z.enum(['article', 'summary']),
    title: z.string().trim().min(1),
    /** Named only where the page says it (a "(LĐXH)" marker); never a photo credit. */
    publisher: z.string().trim().min(1).nullable(),
    author: z.string().trim().min(1).nullable(),
    /** Null where the page shows no date: never guessed. */
    published: isoDateOrDateTime.nullable(),
    /** Canonical pre-2025 province names the entry is about. */
    provinces: z.array(z.string().trim().min(1)),
    /** The raw page under `knowledge/raw/` this entry was read from. */
    source: z.string().regex(/^[\w.-]+\.txt$/, 'must name a file in knowledge/raw/'),
    url: z.url().optional(),
    /** For a summary: the id of the article whose page showed it. */
    page: z.string().min(1).optional(),
    /** Hash of the file as ingest wrote it; a file whose content no longer matches was edited by hand. */
    checksum: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional(),
  })
  .strict();

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;

/** A validated knowledge entry: front matter plus the body's paragraphs. */
export interface KnowledgeEntry extends EntryFrontMatter {
  /** Path relative to the knowledge folder, for messages. */
  readonly file: string;
  /** The body as stored: paragraphs separated by blank lines. Quotes and offsets refer to this text. */
  readonly body: string;
}
