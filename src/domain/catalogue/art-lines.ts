import type { TitleLineDefinition } from './series-data';

/** An 艺术 line: 一级X (正高级) … 四级X (助理级). */
export function artLine(key: string, specialty: string): TitleLineDefinition {
  return {
    key,
    name: specialty,
    titles: {
      senior: `一级${specialty}`,
      'associate-senior': `二级${specialty}`,
      intermediate: `三级${specialty}`,
      assistant: `四级${specialty}`,
    },
  };
}
