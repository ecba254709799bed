/**
 * A name as a public notice shows it: the surname and, for names of three or more
 * characters, the last character, the rest as `mark` (李志远 → 李＊远, 王伟 → 王＊; the public
 * certificate check uses an ASCII * as CONTRACTS §4 shows: 张*明).
 */
export function maskPersonName(name: string, mark = '＊'): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}${mark}`;
  return `${chars[0]}${mark.repeat(chars.length - 2)}${chars.at(-1)}`;
}
