// A text as the change from another text: what the main thread sends the lint worker instead of the whole document.

/** `text` is `base` with `base.slice(start, base.length - suffix)` replaced by `middle`. */
export interface TextDelta {
  start: number;
  suffix: number;
  middle: string;
}

/** Block sizes for comparing two texts: whole slices compare as one memcmp, so long runs go fast and the end is exact. */
const BLOCKS = [65536, 4096, 256, 16, 1];

/** The delta that turns `base` into `text`: their common prefix and (not overlapping it) common suffix are left out. */
export function textDelta(base: string, text: string): TextDelta {
  const max = Math.min(base.length, text.length);
  let start = 0;
  for (const b of BLOCKS) while (start + b <= max && base.slice(start, start + b) === text.slice(start, start + b)) start += b;
  let suffix = 0;
  const room = max - start;
  for (const b of BLOCKS) {
    while (suffix + b <= room && base.slice(base.length - suffix - b, base.length - suffix) === text.slice(text.length - suffix - b, text.length - suffix)) suffix += b;
  }
  return { start, suffix, middle: text.slice(start, text.length - suffix) };
}

export function applyTextDelta(base: string, delta: TextDelta): string {
  return base.slice(0, delta.start) + delta.middle + base.slice(base.length - delta.suffix);
}
