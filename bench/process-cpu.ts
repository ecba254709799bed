import fs from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/**
 * CPU seconds used so far by these processes and all their descendants, from Linux's /proc:
 * user + system time of each, plus what its children that have exited used (which the kernel
 * adds to the parent that reaps them, as PostgreSQL's postmaster reaps its backends and
 * autovacuum workers). Null where /proc is not there. Read before and after a phase, it shows
 * where a run's CPU went; a long-lived child that exits within the phase brings its whole life.
 */
export function cpuSeconds(rootPids: readonly number[]): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const processes: { pid: number; ppid: number; ticks: number }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    processes.push({
      pid: Number(entry),
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
    });
  }
  const counted = new Set(rootPids);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes)
      if (!counted.has(p.pid) && counted.has(p.ppid)) {
        counted.add(p.pid);
        grew = true;
      }
  }
  return processes.filter((p) => counted.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0) / TICKS;
}
