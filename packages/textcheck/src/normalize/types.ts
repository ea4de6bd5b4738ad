// The normaliser's public contract: a normalised view of a text with a map back to the original.

export interface NormalizeOptions {
  /** Full-width letters, digits and punctuation to half-width. Default true. */
  fullWidth?: boolean;
  /** Letters to lower case (Latin, Greek, Cyrillic …). Default true. */
  lowerCase?: boolean;
  /** Traditional to simplified Chinese. Default true. */
  simplified?: boolean;
  /**
   * Number styles (①, Ⅻ, ４, ㈢ …) to ASCII digits where unambiguous; Chinese and financial
   * numerals (一, 壹, 陆) are ordinary words too and stay. Default true.
   */
  numbers?: boolean;
  /** Look-alike symbols and letters to their plain form. Default true. */
  lookAlike?: boolean;
  /**
   * Drop noise inside words: spaces, punctuation, symbols, emoji. Zero-width and format
   * characters are dropped even when this is off. Default true.
   */
  stripNoise?: boolean;
  /**
   * Longest run of noise characters (spaces, punctuation, emoji) dropped between two word
   * characters; longer runs are kept as separators. Default 3.
   */
  maxNoiseRun?: number;
  /** Configured sound-alike variants, e.g. `V信` → `微信`, applied after the steps above. */
  soundAlike?: ReadonlyMap<string, string>;
}

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Maps a span of `text` back to the smallest span of `original` that produced it. */
  toOriginal(start: number, end: number): { start: number; end: number };
}
