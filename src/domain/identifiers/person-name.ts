/**
 * A name as a public notice shows it: the surname and, for names of three or more
 * characters, the last character, the rest as ＊ (李志远 → 李＊远, 王伟 → 王＊).
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}＊`;
  return `${chars[0]}${'＊'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
