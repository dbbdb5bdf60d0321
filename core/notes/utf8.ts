/**
 * A strict UTF-8 decoder for byte arrays. Core has no TextDecoder type (no DOM or Node lib), and
 * mojibake repair needs strictness anyway: a byte string that is not valid UTF-8 was never UTF-8.
 */

/** Decodes `bytes` as UTF-8; null if they are not valid (overlong, surrogate, truncated...). */
export function decodeUtf8(bytes: ArrayLike<number>): string | null {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else return null;
    if (i + need >= bytes.length) return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
