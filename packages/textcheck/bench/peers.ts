// The peer libraries measured in the same run, behind one shape: build from the dictionary,
// then scan a text. None of them normalises, so they scan the raw haystack.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Peer {
  name: string;
  key: string;
  build(terms: readonly string[]): (text: string) => unknown;
}

interface FastScanner {
  search(text: string): unknown;
}
interface Mint {
  filter(text: string, options: { replace: boolean }): unknown;
}
interface AhoCorasick {
  search(text: string): unknown;
}

export const PEERS: readonly Peer[] = [
  {
    name: 'fastscan 1.0.6',
    key: 'fastscan',
    build(terms) {
      const FastScanner = require('fastscan') as new (words: string[]) => FastScanner;
      const scanner = new FastScanner([...terms]);
      return (text) => scanner.search(text);
    },
  },
  {
    name: 'mint-filter 4.0.3',
    key: 'mintFilter',
    build(terms) {
      const { Mint } = require('mint-filter') as { Mint: new (keys: string[]) => Mint };
      const mint = new Mint([...terms]);
      return (text) => mint.filter(text, { replace: false });
    },
  },
  {
    name: 'ahocorasick 1.0.2',
    key: 'ahocorasick',
    build(terms) {
      const Aho = require('ahocorasick') as new (keys: string[]) => AhoCorasick;
      const aho = new Aho([...terms]);
      return (text) => aho.search(text);
    },
  },
];
