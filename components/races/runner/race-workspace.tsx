"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { finishRace, startRace, type FinishRaceState, type StartRaceState } from "@/app/(app)/races/[module]/actions";
import { ResultsPanel } from "@/components/modules/results-panel";
import type { RaceFinish } from "@/db/races/engine";
import { RaceFinishPanel, type RaceFinishData } from "./race-finish";
import { RaceRunner, type RaceRunnerData } from "./race-runner";
import { StartPanel, type GhostChoice, type RaceAccess } from "./start-panel";

const idleStart: StartRaceState = { status: "idle" };
const idleFinish: FinishRaceState = { status: "idle" };

interface RacedGhost {
  attemptId: number;
  ghostLabel: string;
  ghostFinish: number | null;
  masteryThreshold: number;
}

const racedOf = (runner: RaceRunnerData): RacedGhost => ({
  attemptId: runner.attemptId,
  ghostLabel: runner.ghostLabel,
  ghostFinish: runner.ghostFinish,
  masteryThreshold: runner.masteryThreshold,
});

/**
 * The part of the race page that changes as the student races: the ghost picker and Start, the
 * race, then the finish. It stays mounted while the server re-renders the page after starting or
 * finishing, so the finish just made (with its score details, only known at that moment) stays
 * on screen while the leaderboard below updates.
 */
export function RaceWorkspace({
  slug,
  access,
  ghosts,
  checkpoints,
  runner,
  lastFinish,
  masteryThreshold,
}: {
  slug: string;
  access: RaceAccess;
  ghosts: readonly GhostChoice[];
  checkpoints: readonly { id: string; title: string }[];
  runner: RaceRunnerData | null;
  /** The student's latest finished race on this module, from an earlier visit. */
  lastFinish: { race: RaceFinish; ghostLabel: string; ghostFinish: number | null } | null;
  /** The module's mastery line, for the score details after finishing. */
  masteryThreshold: number;
}) {
  const [startState, startAction, starting] = useActionState(startRace, idleStart);
  const [finishState, finishAction, finishing] = useActionState(finishRace, idleFinish);
  const finishRef = useRef<HTMLHeadingElement>(null);
  // What was raced, remembered from the runner: the page re-rendered after finishing has no runner.
  const [raced, setRaced] = useState<RacedGhost | null>(() => (runner ? racedOf(runner) : null));
  if (runner && raced?.attemptId !== runner.attemptId) setRaced(racedOf(runner));
  const finished = finishState.status === "success" ? finishState : null;

  useEffect(() => {
    if (finished) finishRef.current?.focus();
  }, [finished]);

  if (runner) {
    return (
      <RaceRunner
        key={runner.attemptId}
        data={runner}
        finishAction={finishAction}
        finishing={finishing}
        finishError={finishState.status === "error" ? finishState.message : null}
        focusOnMount={startState.status === "success" && startState.attemptId === runner.attemptId}
      />
    );
  }

  const finishData: RaceFinishData | null = finished
    ? {
        race: finished.race,
        checkpoints,
        ghostLabel: raced?.ghostLabel ?? lastFinish?.ghostLabel ?? "the ghost",
        ghostFinish: raced?.ghostFinish ?? lastFinish?.ghostFinish ?? null,
      }
    : lastFinish
      ? { race: lastFinish.race, checkpoints, ghostLabel: lastFinish.ghostLabel, ghostFinish: lastFinish.ghostFinish }
      : null;

  return (
    <div className="space-y-6">
      {finishData ? <RaceFinishPanel data={finishData} lead={finished ? "You finished in" : "Your last race took"} headingRef={finishRef} /> : null}
      <StartPanel
        slug={slug}
        access={access}
        ghosts={ghosts}
        again={finishData !== null}
        action={startAction}
        starting={starting}
        error={startState.status === "error" ? startState.message : null}
        attemptOpenRefused={startState.status === "error" && startState.code === "attempt_open"}
      />
      {finished ? (
        <ResultsPanel
          lead="Your score"
          results={{
            attemptNumber: finished.outcome.attemptNumber,
            masteryScore: finished.outcome.masteryScore,
            masteryThreshold: raced?.masteryThreshold ?? masteryThreshold,
            timeSpentSeconds: finished.outcome.timeSpentSeconds,
            errorsCount: finished.outcome.errorsCount,
            mastered: finished.outcome.mastered,
            personalBest: finished.outcome.personalBest,
            bestMastery: finished.outcome.bestMastery,
            wrong: finished.outcome.wrong,
            competency: finished.outcome.competency,
          }}
        />
      ) : null}
    </div>
  );
}
