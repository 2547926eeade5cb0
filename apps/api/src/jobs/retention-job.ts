/**
 * The daily retention job (issue 11 point 10; Law 91/2025 Art. 3, PDP-09): once shortly after start and then every
 * day, closed cases past their retention period are pseudonymised (`pseudonymiseDueCases`, packages/db). `runOnce`
 * takes the instant to judge by, so a test runs it on an injected `now`; the server passes its clock.
 */
import { pseudonymiseDueCases, type Db } from '@hgcs/db';
import { todayInVietnam, type RetentionRules } from '@hgcs/domain';

const day = 24 * 60 * 60 * 1000;

/** One run on `now`'s day in Vietnam; how many cases it pseudonymised. */
export function runRetention(db: Db, now: Date, rules: RetentionRules = {}) {
  return pseudonymiseDueCases(db, todayInVietnam(now), rules);
}

type Job = {
  db: Db;
  clock: () => Date;
  onDone: (result: { pseudonymised: number }) => void;
  onError: (error: unknown) => void;
  rules?: RetentionRules;
  firstAfterMs?: number;
  everyMs?: number;
};

/** Starts the schedule; `stop` ends it. A run still going when the next is due is not doubled. */
export function startRetentionJob({ db, clock, onDone, onError, rules, firstAfterMs = 60_000, everyMs = day }: Job) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      onDone(await runRetention(db, clock(), rules));
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), firstAfterMs);
  const timer = setInterval(() => void run(), everyMs);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
