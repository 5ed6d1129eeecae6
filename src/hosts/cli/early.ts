/**
 * The CLI's first step, a bundle of its own (lib/cli/early.js, issue 19: start-up): bin/budget-check.js
 * loads it before the command (lib/cli/main.js) and, for a check, starts the checking worker at once, so
 * that the worker boots and loads the engine while this thread loads the rest of the command. It holds the
 * argument parser and the worker's start, nothing else. Anything but a check (narrate, --help, --version,
 * arguments that do not parse) starts nothing here: main.js parses the arguments again and says what is
 * wrong, as it always did.
 */
import { parseArgs } from './args';
import { spawnWorker, workerScript, type Spawned } from './spawn';

/** The worker started for these arguments, or null when they do not ask for a check with a worker. */
export function startEarly(argv: string[], script: string | null = workerScript()): Spawned | null {
  if (argv[0] === 'narrate') return null;
  let opts;
  try {
    opts = parseArgs(argv);
  } catch {
    return null;
  }
  if (opts.help || opts.version) return null;
  return script ? spawnWorker(script, opts.maxMemoryMb) : null;
}
