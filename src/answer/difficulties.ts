/**
 * How Vietnamese reports on poverty reduction name difficulties and shortcomings, by what they are
 * about: a general lexicon of the genre's usual wording ("khó khăn, hạn chế", "còn thấp", "tư tưởng
 * trông chờ, ỷ lại", "còn lúng túng", "nguồn lực hạn hẹp"), not taken from any one article. It is added
 * to a search for a place's difficulties so that a paragraph listing them is found whatever words it
 * uses. The search matches syllables, not phrases, so every entry is negative on its own: "chưa hiệu
 * quả" or "hạn chế tái nghèo" would match the "hiệu quả" and "tái nghèo" of a paragraph of goals, and
 * words are folded, so "thiếu" also matches "tối thiểu" and "dịch bệnh" the "dịch" of "dịch vụ".
 * test/answer/difficulties.test.ts checks it on difficulty paragraphs written for the test.
 */
export const difficultyLexicon = {
  /** The words that announce a list of problems, and how shortfalls are stated. */
  announced: ['khó khăn', 'hạn chế', 'thách thức', 'vướng mắc', 'bất cập', 'tồn tại', 'yếu kém', 'chưa', 'còn thấp'],
  /** Implementation that falls short. */
  implementation: ['lúng túng', 'chậm', 'chồng chéo', 'dàn trải'],
  /** Resources that are lacking. */
  resources: ['hạn hẹp', 'eo hẹp'],
  /** The mindset of some households, as reports put it. */
  mindset: ['trông chờ', 'ỷ lại'],
  /** Conditions outside anyone's control. */
  conditions: ['thiên tai', 'nguy cơ'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Every phrase of the lexicon, as one search text. */
export const difficultyWords = Object.values(difficultyLexicon).flat().join(' ');
