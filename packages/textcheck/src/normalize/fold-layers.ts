// The fold layers (full width, case, simplified, numbers, look-alikes) and their composition.
import fold from '../../lexicons/normalization/fold.json' with { type: 'json' };
import type { NormalizeOptions } from './types.ts';

type LayerName = keyof typeof fold.layers;
/** Application order; each layer sees the output of the ones before it. */
const ORDER: readonly (LayerName & keyof NormalizeOptions)[] = [
  'fullWidth',
  'lowerCase',
  'simplified',
  'numbers',
  'lookAlike',
];

const layers = new Map<LayerName, Map<string, string>>(
  ORDER.map((name) => [name, new Map(fold.layers[name].map((pair) => [pair[0]!, pair[1]!]))]),
);

/** Returns a function folding one code point to its normal form under the enabled layers. */
export function composeFold(options: NormalizeOptions): (char: string) => string {
  const enabled = ORDER.filter((name) => options[name] !== false).map((name) => layers.get(name)!);
  const once = (text: string): string => {
    let out = text;
    for (const layer of enabled) {
      let next = '';
      for (const ch of out) next += layer.get(ch) ?? ch;
      out = next;
    }
    return out;
  };
  return (char) => {
    // Iterate to a fixed point so that folding is idempotent (chains such as Ⓐ → A → a).
    let current = char;
    for (let round = 0; round < 4; round++) {
      const next = once(current);
      if (next === current) break;
      current = next;
    }
    return current;
  };
}

/** Full-width to half-width only: the fold applied to punctuation and symbols that are kept. */
export function widthFold(options: NormalizeOptions): (char: string) => string {
  const width = layers.get('fullWidth')!;
  return options.fullWidth === false ? (char) => char : (char) => width.get(char) ?? char;
}
