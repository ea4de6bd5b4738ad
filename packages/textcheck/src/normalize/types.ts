// The normaliser's public contract: a normalised view of a text with a map back to the original.

export interface NormalizeOptions {
  /** Full-width letters, digits and punctuation to half-width. Default true. */
  fullWidth?: boolean;
  /** Latin letters to lower case. Default true. */
  lowerCase?: boolean;
  /** Traditional to simplified Chinese. Default true. */
  simplified?: boolean;
  /** Number styles (①, Ⅻ, 壹 …) to ASCII digits where unambiguous. Default true. */
  numbers?: boolean;
  /** Look-alike symbols and letters to their plain form. Default true. */
  lookAlike?: boolean;
  /** Drop noise inside words: spaces, punctuation, zero-width characters, emoji. Default true. */
  stripNoise?: boolean;
  /** Configured sound-alike variants, e.g. `V信` → `微信`, applied after the steps above. */
  soundAlike?: ReadonlyMap<string, string>;
}

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Maps a span of `text` back to the smallest span of `original` that produced it. */
  toOriginal(start: number, end: number): { start: number; end: number };
}
