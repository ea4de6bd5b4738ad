// Regex source fragments for "one character inside the current sentence": a pattern repeats one
// (`${IN}{0,12}?`) so that its words may lie apart without crossing a sentence end. Gates import
// the form they need, usually as `IN`; forms that also stop at commas or brackets stay local.

/** Excludes 。；！？ and a line break (ASCII ; ! ? and commas pass). */
export const IN_SENTENCE = '[^。；！？\\n]';
/** Excludes 。；！？, ASCII ! ? and a line break (an ASCII ; and commas pass). */
export const IN_SENTENCE_ASCII_MARKS = '[^。；！？!?\\n]';
/** Excludes 。；！？, ASCII ; ! ? and a line break (commas pass). */
export const IN_SENTENCE_ALL_MARKS = '[^。；;！!？?\\n]';
