// A search several gates ask of the same post (its document numbers, URLs, squeezed copy …),
// remembered for the last few texts, so that a post is searched once per check.

/** `compute`, remembered for the last `size` texts asked about; its answers must not be changed. */
export function memoByText<T>(compute: (text: string) => T, size = 1): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text)!;
    const value = compute(text);
    if (recent.size >= size) recent.clear();
    recent.set(text, value);
    return value;
  };
}
