// What the numbers were measured on.
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

export function machine(browserVersion) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
  return {
    cpus: availableParallelism(),
    cpu,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
  };
}
