import type { UserActionState } from "./actions";

/**
 * The result of one control, next to it. The status region is always rendered so screen
 * readers announce a success when its text appears; an error is an alert of its own.
 */
export function ActionStatus({ state, id }: { state: UserActionState; id?: string }) {
  return (
    <div id={id} className="text-sm">
      <p role="status" className="text-ok">
        {state.status === "success" ? state.message : null}
      </p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
