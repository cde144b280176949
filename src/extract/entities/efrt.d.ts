// efrt (the packer of compromise's lexicon) ships no types.
declare module 'efrt' {
  export function unpack(packed: string): Record<string, true>;
}
