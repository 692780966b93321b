// The snapshot child's side of the launcher's pipe (launch.ts): the launcher holds the only other end of fd 3, so
// when the launcher ends, however it ends (kill -9 included), the pipe closes and the child ends as well, instead
// of running on unseen. No timer, nothing that keeps the process alive: the pipe is watched by the event loop, unref'd.
import { createRequire } from 'node:module';

// node:net is loaded when the child starts, not at snapshot build time (see src/batch/pool.ts on node:worker_threads).
const require = createRequire(import.meta.url);

/** Exit status when the launcher went away: as if hung up (128 + SIGHUP). */
const PARENT_GONE = 129;

export function endWithParent(env: NodeJS.ProcessEnv): void {
  const fd = Number(env.ARTICLE_ENTITIES_PARENT_FD);
  delete env.ARTICLE_ENTITIES_PARENT_FD; // not for anything this process starts
  if (!Number.isInteger(fd) || fd < 3) return;
  try {
    const { Socket } = require('node:net') as typeof import('node:net');
    const pipe = new Socket({ fd, readable: true, writable: false });
    const gone = (): never => process.exit(PARENT_GONE);
    pipe.on('end', gone);
    pipe.on('error', gone);
    pipe.resume();
    pipe.unref();
  } catch { /* fd 3 is no pipe: there is nothing to watch */ }
}
