/**
 * Keeps one child process of `pnpm start` running: when it exits unexpectedly it is started again after a growing
 * pause (1 s, 2 s, 4 s … at most 30 s); after `maxQuickFailures` exits in a row each within `quickMs` of its start,
 * it is given up with a clear message, since restarting again would not help (a port or data directory in use,
 * a broken configuration). A child that ran longer than `quickMs` starts the count again.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export type Supervised = { name: string; args: string[]; env: NodeJS.ProcessEnv; cwd: string };
export type Supervisor = { child: () => ChildProcess; stop: () => Promise<void> };

/** Starts `node <args>` and restarts it as above; `onGiveUp` is called once when it is given up. */
export function supervise(
  { name, args, env, cwd }: Supervised,
  {
    onGiveUp,
    maxQuickFailures = 5,
    quickMs = 30_000,
    firstPauseMs = 1000,
  }: { onGiveUp: () => void; maxQuickFailures?: number; quickMs?: number; firstPauseMs?: number },
): Supervisor {
  let stopping = false;
  let quickFailures = 0;
  let current: ChildProcess;
  let pause: NodeJS.Timeout | undefined;
  const start = () => {
    const startedAt = performance.now();
    current = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    current.once('exit', (code, signal) => {
      if (stopping) return;
      quickFailures = performance.now() - startedAt < quickMs ? quickFailures + 1 : 1;
      if (quickFailures >= maxQuickFailures) {
        console.error(
          `[${name}] dừng ${quickFailures} lần liên tiếp ngay sau khi khởi động; không khởi động lại nữa — xem lỗi ở trên. / exited ${quickFailures} times in a row right after starting; not restarting again — see the error above.`,
        );
        onGiveUp();
        return;
      }
      const seconds = Math.min(firstPauseMs * 2 ** (quickFailures - 1), 30_000) / 1000;
      console.error(
        `[${name}] dừng bất thường (${code ?? signal}); khởi động lại sau ${seconds} giây. / exited (${code ?? signal}); restarting in ${seconds} s.`,
      );
      pause = setTimeout(start, seconds * 1000);
    });
  };
  start();
  return {
    child: () => current,
    stop: async () => {
      stopping = true;
      clearTimeout(pause);
      if (current.exitCode === null && current.signalCode === null) {
        const exited = new Promise((resolve) => current.once('exit', resolve));
        current.kill('SIGTERM');
        await exited;
      }
    },
  };
}
